using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Newsroom.Generator.Emit;
using Newsroom.Generator.Extraction;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Pipeline;

namespace Newsroom.Generator;

/// <summary>
/// Compiles news articles into typed data. The pipeline, top to bottom:
/// article files (AdditionalFiles marked <c>NewsroomArticle="true"</c>) → text → extraction (cached per file) →
/// small summaries → one name table (Collect) → each article's source, the catalog, and diagnostics apart.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class NewsroomGenerator : IIncrementalGenerator
{
    /// <summary>The item metadata that marks an AdditionalFile as an article.</summary>
    public const string ArticleMetadata = "build_metadata.AdditionalFiles.NewsroomArticle";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static ctx => ctx.AddSource(FixedTypes.HintName, SourceText.From(FixedTypes.Source, Encoding.UTF8)));

        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => IsArticle(pair.Left, pair.Right))
            .Select(static (pair, ct) => Read(pair.Left, ct))
            .WithTrackingName(TrackingNames.ArticleFiles);

        var extracted = files
            .Select(static (file, ct) => Extract(file, ct))
            .WithTrackingName(TrackingNames.Extracted);

        var names = extracted
            .Select(static (article, _) => Naming.Summarize(article))
            .WithTrackingName(TrackingNames.Summaries)
            .Collect()
            .Select(static (summaries, ct) => Naming.Assign(summaries, ct))
            .WithTrackingName(TrackingNames.Names);

        var emitInputs = extracted
            .Combine(names)
            .Select(static (pair, _) => new ArticleEmit(pair.Left, NamesFor(pair.Right, pair.Left.Path)))
            .WithTrackingName(TrackingNames.EmitInputs);

        context.RegisterSourceOutput(emitInputs, static (spc, input) =>
            spc.AddSource(input.Names.HintName, SourceText.From(ArticleEmitter.Emit(input), Encoding.UTF8)));

        context.RegisterSourceOutput(names, static (spc, table) =>
            spc.AddSource(Naming.CatalogHintName, SourceText.From(CatalogEmitter.Emit(table), Encoding.UTF8)));

        var diagnostics = extracted
            .Select(static (article, _) => article.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (spc, list) =>
        {
            foreach (var d in list) spc.ReportDiagnostic(ToDiagnostic(d));
        });
    }

    private static bool IsArticle(AdditionalText file, AnalyzerConfigOptionsProvider options) =>
        options.GetOptions(file).TryGetValue(ArticleMetadata, out var value)
        && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static ArticleFile Read(AdditionalText file, CancellationToken ct)
    {
        try
        {
            return new ArticleFile(file.Path, file.GetText(ct)?.ToString());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ArticleFile(file.Path, null);
        }
    }

    private static ExtractedArticle Extract(ArticleFile file, CancellationToken ct)
    {
        var fileName = Path.GetFileName(file.Path);
        var diagnostics = new List<DiagnosticInfo>();
        if (file.Text is null)
        {
            diagnostics.Add(new DiagnosticInfo(Descriptors.UnreadableArticle.Id, file.Path, 0, 0, 1, 1, 1, 1, new[] { fileName, "the compiler gave no text" }.ToEquatableArray()));
            return new ExtractedArticle(file.Path, fileName, ArticleExtractor.Extract(string.Empty, ct), diagnostics.ToEquatableArray());
        }

        ArticleModel model;
        try
        {
            model = ArticleExtractor.Extract(file.Text, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            diagnostics.Add(new DiagnosticInfo(Descriptors.ExtractionFailed.Id, file.Path, 0, 0, 1, 1, 1, 1, new[] { fileName, e.GetType().Name + ": " + e.Message }.ToEquatableArray()));
            model = TextOnly(file.Text);
        }

        foreach (var s in model.StrayMarks)
        {
            diagnostics.Add(new DiagnosticInfo(Descriptors.StrayQuotationMark.Id, file.Path, s.Offset, s.Mark.Length,
                s.Position.Line, s.Position.Column, s.Position.Line, s.Position.Column + s.Mark.Length, new[] { s.Message }.ToEquatableArray()));
        }
        foreach (var q in model.Quotes)
        {
            if (q.Speaker is not null) continue;
            var text = model.Slice(q.Span);
            if (text.Length > 60) text = text.Substring(0, 59) + "…";
            diagnostics.Add(new DiagnosticInfo(Descriptors.UnattributedQuote.Id, file.Path, q.Span.Start, q.Span.Length,
                q.Position.Line, q.Position.Column, q.Position.Line, q.Position.Column, new[] { text }.ToEquatableArray()));
        }
        return new ExtractedArticle(file.Path, fileName, model, diagnostics.ToEquatableArray());
    }

    /// <summary>The article with its text and nothing extracted: what is left when extraction fails.</summary>
    private static ArticleModel TextOnly(string text) => new(
        text, null, null, null, new[] { new TextRange(0, text.Length) }.ToEquatableArray(), new TextRange(0, text.Length),
        EquatableArray<string>.Empty, EquatableArray<QuoteModel>.Empty, EquatableArray<ActorModel>.Empty, EquatableArray<StrayMark>.Empty);

    private static ArticleNames NamesFor(NameTable table, string path)
    {
        foreach (var n in table.Articles)
        {
            if (n.Path == path) return n;
        }
        // Unreachable: every extracted article was summarized. Keep the build alive anyway.
        return new ArticleNames(path, "Newsroom.Article.unnamed.g.cs", "Unnamed", EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty);
    }

    private static Diagnostic ToDiagnostic(DiagnosticInfo d)
    {
        var descriptor = Descriptors.ById(d.Id) ?? Descriptors.ExtractionFailed;
        var location = Location.Create(d.Path, new TextSpan(d.Start, d.Length),
            new LinePositionSpan(new Microsoft.CodeAnalysis.Text.LinePosition(d.Line - 1, d.Column - 1), new Microsoft.CodeAnalysis.Text.LinePosition(d.EndLine - 1, d.EndColumn - 1)));
        var args = new object[d.Arguments.Count];
        for (var i = 0; i < args.Length; i++) args[i] = d.Arguments[i];
        return Diagnostic.Create(descriptor, location, args);
    }
}
