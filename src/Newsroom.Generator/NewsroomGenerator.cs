using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Newsroom.Generator.Emit;
using Newsroom.Generator.Extraction;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Extraction.Text;
using Newsroom.Generator.Pipeline;

namespace Newsroom.Generator;

/// <summary>
/// Compiles news articles into typed data. The pipeline, top to bottom:
/// settings (MSBuild properties) → article files (AdditionalFiles marked <c>NewsroomArticle="true"</c>) → text →
/// checks and extraction (side by side, then cached per file) → small summaries → naming (Collect) → each article's
/// code (cached per article) → the files of article, quote and actor members, the catalog, and diagnostics apart (per
/// article, from naming, from the settings).
/// </summary>
/// <remarks>
/// Nothing in an article may break the user's build: every step catches what the user's text could make go wrong
/// and turns it into a diagnostic located in the article file (docs/diagnostics.md); only cancellation escapes.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class NewsroomGenerator : IIncrementalGenerator
{
    /// <summary>The item metadata that marks an AdditionalFile as an article.</summary>
    public const string ArticleMetadata = "build_metadata.AdditionalFiles.NewsroomArticle";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var settings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => NewsroomSettings.From(options.GlobalOptions))
            .WithTrackingName(TrackingNames.Settings);

        // WPF's temporary assembly (EmitOptions.DeclarationsOnly) reports nothing: the project's own compilation does.
        var quiet = settings.Select(static (s, _) => s.Emit.DeclarationsOnly);

        // What the project's C# and framework allow (UTF-8 literals, records, nullable annotations), read into a small
        // value: a C# 7.3 library on .NET Standard 2.0 gets the same API as a .NET 10 app. The compilation gives only
        // which types exist; it changes with every edit, the value almost never.
        var language = context.ParseOptionsProvider
            .Select(static (options, _) => ConsumerLanguage.VersionOf(options))
            .Combine(context.CompilationProvider.Select(static (compilation, _) => ConsumerLanguage.FrameworkOf(compilation)))
            .Select(static (pair, _) => pair.Right with { LanguageVersion = pair.Left })
            .WithTrackingName(TrackingNames.Language);
        context.RegisterSourceOutput(language.Combine(quiet), static (spc, pair) =>
        {
            var (language, quietly) = pair;
            if (!language.Supported && !quietly) spc.ReportDiagnostic(Diagnostic.Create(Descriptors.LanguageVersionTooLow, Location.None, language.VersionText));
        });

        // Namespace, visibility and language: the fixed types depend on them only, and every emitter on this small value.
        // Below C# 7.3 nothing is generated (one diagnostic says why, no error in generated code).
        var emitOptions = settings
            .Combine(language)
            .Select(static (pair, _) => pair.Right.Apply(pair.Left.Emit) with { Supported = pair.Right.Supported, Namespace = pair.Right.NamespaceFor(pair.Left) })
            .WithTrackingName(TrackingNames.EmitOptions);

        // Another project's (or package's) Newsroom types hold the default namespace: this project's go to their own.
        context.RegisterSourceOutput(settings.Combine(language), static (spc, pair) =>
        {
            var (s, l) = pair;
            if (!s.NamespaceSet && !s.Emit.DeclarationsOnly && l.DefaultNamespaceTakenBy is not null && l.OwnNamespaceFor(s) is { } own)
            {
                spc.ReportDiagnostic(Diagnostic.Create(Descriptors.NamespaceTaken, Location.None, own, l.DefaultNamespaceTakenBy, EmitOptions.DefaultNamespace));
            }
        });
        context.RegisterSourceOutput(emitOptions, static (spc, options) =>
        {
            if (!options.Supported) return;
            foreach (var (hintName, source) in FixedTypes.For(options)) spc.AddSource(hintName, SourceText.From(source, Encoding.UTF8));
        });

        // Only the size limit and whether to look for indirect quotes reach the per-file steps, so no other option change
        // touches them (turning indirect quotes off or on extracts every article again, without them or with them).
        var fileSettings = settings.Select(static (s, _) => (s.MaxArticleSize, s.IndirectQuotes));

        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => (File: pair.Left, Overrides: ArticleOptionsOf(pair.Left, pair.Right)))
            .Where(static pair => pair.Overrides is not null)
            .Combine(fileSettings)
            .Select(static (pair, ct) => Read(pair.Left.File, pair.Left.Overrides!.Value, pair.Right.MaxArticleSize, pair.Right.IndirectQuotes, ct))
            .WithTrackingName(TrackingNames.ArticleFiles);

        // Extraction, the expensive step, on every core: the files are gathered and the ones not yet extracted are
        // extracted side by side (warmed: always true, so nothing downstream depends on it but its order); the
        // per-article step then takes each one's extraction from ExtractionCache. An unchanged file is the same
        // ArticleFile object and is never extracted again; an edit, an added or a removed file touches its own item only.
        var allFiles = files.Collect();
        var warmed = allFiles
            .Select(static (all, ct) =>
            {
                ExtractionCache.Warm(all, ct);
                return true;
            })
            .WithTrackingName(TrackingNames.Warm);
        var extracted = files
            .Combine(warmed)
            .Select(static (pair, ct) => ExtractionCache.Get(pair.Left, ct))
            .WithTrackingName(TrackingNames.Extracted);

        // One article per path, whatever a host passes twice: two sources with one hint name would throw. Articles
        // whose path is unique (all of them, in any real build) stay one item each, so that an edit, an added or a
        // removed file only touches its own item; only the copies of a path passed twice go through a Collect.
        var duplicatePaths = files
            .Select(static (file, _) => file.Path)
            .Collect()
            .Select(static (paths, _) => DuplicatesOf(paths))
            .WithTrackingName(TrackingNames.DuplicatePaths);

        var articles = extracted
            .Combine(duplicatePaths)
            .Where(static pair => !pair.Right.Contains(pair.Left.Path, StringComparer.Ordinal))
            .Select(static (pair, _) => pair.Left)
            .WithTrackingName(TrackingNames.Articles);

        var duplicates = extracted
            .Collect()
            .Combine(duplicatePaths)
            .SelectMany(static (pair, _) => OnePerPath(pair.Left, pair.Right)); // not tracked: it has no output to track, in any real build

        var naming = articles
            .Select(static (article, _) => Naming.Summarize(article))
            .WithTrackingName(TrackingNames.Summaries)
            .Collect()
            .Combine(duplicates.Select(static (article, _) => Naming.Summarize(article)).WithTrackingName(TrackingNames.Summaries).Collect())
            .Select(static (pair, ct) => Naming.Assign(pair.Left.AddRange(pair.Right), ct))
            .WithTrackingName(TrackingNames.Naming);

        var names = naming
            .Select(static (result, _) => result.Table)
            .WithTrackingName(TrackingNames.Names);

        // Up to NewsroomStringDataLimit articles, a short article's data is a plain string literal, which the compiler
        // takes as one constant, where it lowers a "…"u8 literal byte by byte; past the limit, UTF-8 literals only, so
        // that the 16 MB string heap never fills whatever the number of articles (the limit is at most 2,500: 7.5 MB).
        // A bool: the articles' code is made again only when the project crosses the limit.
        var stringData = allFiles
            .Select(static (all, _) => all.Length)
            .Combine(settings.Select(static (s, _) => s.StringDataLimit))
            .Select(static (pair, _) => pair.Left <= pair.Right)
            .WithTrackingName(TrackingNames.StringData);
        var articleOptions = emitOptions
            .Combine(stringData)
            .Select(static (pair, _) => pair.Left with { StringData = pair.Right });

        var articleCode = new List<IncrementalValueProvider<ImmutableArray<ArticleCode>>>();
        foreach (var stream in new[] { articles, duplicates })
        {
            var emitInputs = stream
                .Combine(names)
                .Combine(articleOptions)
                .Select(static (pair, _) => new ArticleEmit(pair.Left.Left, NamesFor(pair.Left.Right, pair.Left.Left.Path), pair.Right))
                .WithTrackingName(TrackingNames.EmitInputs);

            // Each article's member (with its data) and its quotes' members, made once per article: the files of article
            // members and of speakers only put them together.
            var code = emitInputs
                .Select(static (input, _) => CodeOf(input))
                .WithTrackingName(TrackingNames.ArticleCode);
            articleCode.Add(code.Collect());
            context.RegisterSourceOutput(code.Select(static (article, _) => article.Failure).Combine(quiet), static (spc, pair) =>
            {
                if (pair.Left is { } failure && !pair.Right) spc.ReportDiagnostic(ToDiagnostic(failure));
            });

            // Diagnostics have outputs of their own: a diagnostic that moves (or comes and goes) never regenerates source.
            var diagnostics = stream
                .Select(static (article, _) => article.Diagnostics)
                .WithTrackingName(TrackingNames.Diagnostics);
            context.RegisterSourceOutput(diagnostics.Combine(quiet), static (spc, pair) => Report(spc, pair.Left, pair.Right));
        }

        // The catalog holds the articles' list only: an edit that changes quotes or actors leaves it as it is.
        var articleList = names
            .Select(static (table, _) => CatalogEmitter.ArticlesOf(table))
            .WithTrackingName(TrackingNames.ArticleList);
        context.RegisterSourceOutput(articleList.Combine(emitOptions), static (spc, pair) =>
        {
            // Declarations only: no catalog (its methods are partial, and the fixed types run without them).
            if (pair.Right.Supported && !pair.Right.DeclarationsOnly) spc.AddSource(Naming.CatalogHintName, TextOf(CatalogEmitter.Emit(pair.Left, pair.Right)));
        });

        // Article members in a few dozen files: each is cached by value, so an edit re-emits the file of its article.
        var allCode = articleCode[0].Combine(articleCode[1]);
        var articleShards = allCode
            .Combine(emitOptions)
            .SelectMany(static (pair, ct) => ArticleEmitter.Shards(pair.Left.Left.Concat(pair.Left.Right), pair.Right, ct))
            .WithTrackingName(TrackingNames.ArticleShards);
        context.RegisterSourceOutput(articleShards, static (spc, shard) =>
        {
            if (shard.Code.Count > 0 && shard.Options.Supported) spc.AddSource(shard.HintName, TextOf(ArticleEmitter.EmitShard(shard)));
        });

        // Actor members by first letter: each shard is cached by value, so an edit re-emits the shards it changes.
        var actorShards = names
            .Combine(emitOptions)
            .SelectMany(static (pair, _) => CatalogEmitter.Shards(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.ActorShards);
        context.RegisterSourceOutput(actorShards, static (spc, shard) =>
        {
            if (shard.Actors.Count > 0 && shard.Options.Supported) spc.AddSource(shard.HintName, TextOf(CatalogEmitter.EmitShard(shard)));
        });

        // Quote members by the first letter of the speaker's class, each speaker declared once: each shard is cached by
        // value, so an edit re-emits the shards of the speakers whose quotes it changes.
        var quoteShards = allCode
            .Combine(names)
            .Combine(emitOptions)
            .SelectMany(static (pair, ct) => QuoteEmitter.Shards(
                pair.Left.Left.Left.Concat(pair.Left.Left.Right).Select(static article => article.Quotes), pair.Left.Right.Speakers, pair.Right, ct))
            .WithTrackingName(TrackingNames.QuoteShards);
        context.RegisterSourceOutput(quoteShards, static (spc, shard) =>
        {
            if (shard.Speakers.Count > 0 && shard.Options.Supported) spc.AddSource(shard.HintName, TextOf(QuoteEmitter.EmitShard(shard)));
        });

        var namingDiagnostics = naming
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.NamingDiagnostics);
        context.RegisterSourceOutput(namingDiagnostics.Combine(quiet), static (spc, pair) => Report(spc, pair.Left, pair.Right));

        var invalidSettings = settings
            .Select(static (s, _) => s.Emit.DeclarationsOnly ? EquatableArray<InvalidSetting>.Empty : s.Invalid)
            .WithTrackingName(TrackingNames.InvalidSettings);
        context.RegisterSourceOutput(invalidSettings, static (spc, invalid) =>
        {
            foreach (var setting in invalid)
            {
                spc.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidSetting, Location.None,
                    setting.Property, Messages.Excerpt(setting.Value, 100), setting.Expected, setting.Default));
            }
        });
    }

    /// <summary>The item metadata that gives an article's member name (MSBuild: <c>MemberName</c> of a NewsroomArticle).</summary>
    public const string MemberNameMetadata = "build_metadata.AdditionalFiles.NewsroomMemberName";

    /// <summary>The item metadata that gives an article's headline (MSBuild: <c>Headline</c> of a NewsroomArticle).</summary>
    public const string HeadlineMetadata = "build_metadata.AdditionalFiles.NewsroomHeadline";

    /// <summary>The item metadata that names the manifest resource holding the article's bytes (set by the package's targets).</summary>
    public const string ResourceMetadata = "build_metadata.AdditionalFiles.NewsroomResource";

    /// <summary>The file's per-article metadata when it is marked as an article, else null (one options look-up a file).</summary>
    private static ArticleOverrides? ArticleOptionsOf(AdditionalText file, AnalyzerConfigOptionsProvider options)
    {
        var o = options.GetOptions(file);
        if (!o.TryGetValue(ArticleMetadata, out var marker) || !string.Equals(marker?.Trim(), "true", StringComparison.OrdinalIgnoreCase)) return null;
        static string? Value(AnalyzerConfigOptions o, string key) =>
            o.TryGetValue(key, out var v) && v is not null && v.Trim().Length > 0 ? v.Trim() : null;
        return new ArticleOverrides(Value(o, MemberNameMetadata), Value(o, HeadlineMetadata),
            ResourceText.NameFor(file.Path, o.TryGetValue(ResourceMetadata, out var resource) ? resource : null));
    }

    private static ArticleFile Read(AdditionalText file, ArticleOverrides overrides, int maxLength, bool indirectQuotes, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        SourceText? text;
        try
        {
            text = file.GetText(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            text = null;
        }
        if (text is null) return new ArticleFile(file.Path, null, ReadStatus.NoText, 0, 0, overrides with { Resource = null });
        // The length is known without materializing the text: a huge file costs nothing past this point.
        if (text.Length > maxLength) return new ArticleFile(file.Path, null, ReadStatus.TooLarge, text.Length, maxLength, overrides with { Resource = null });
        var content = text.ToString();
        // The text is read back from the embedded file only when its bytes give exactly these characters.
        if (overrides.Resource is not null && !ResourceText.CanCarry(content, text.Encoding?.CodePage)) overrides = overrides with { Resource = null };
        return new ArticleFile(file.Path, content, ReadStatus.Read, 0, 0, overrides, indirectQuotes);
    }

    /// <summary>The paths that more than one article file has, in ordinal order (almost always none).</summary>
    private static EquatableArray<string> DuplicatesOf(ImmutableArray<string> paths)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (!seen.Add(path)) duplicates.Add(path);
        }
        return duplicates.Count == 0 ? EquatableArray<string>.Empty : duplicates.ToEquatableArray();
    }

    /// <summary>One article for each duplicated path: the first by text, so that the choice does not depend on order.</summary>
    private static IEnumerable<ExtractedArticle> OnePerPath(ImmutableArray<ExtractedArticle> all, EquatableArray<string> duplicatePaths)
    {
        if (duplicatePaths.Count == 0) yield break;
        foreach (var path in duplicatePaths)
        {
            ExtractedArticle? chosen = null;
            foreach (var article in all)
            {
                if (article.Path == path && (chosen is null || string.CompareOrdinal(article.Model.Text, chosen.Model.Text) < 0)) chosen = article;
            }
            if (chosen is not null) yield return chosen;
        }
    }

    private static ArticleModel TextOnly(string text, bool paragraphs) => ArticleExtraction.TextOnly(text, paragraphs);

    /// <summary>
    /// Each article looks its names up once per name table: a dictionary built on first use and kept beside the table
    /// (not in it, so the table's equality stays that of its names), so N articles cost N look-ups, not N².
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<NameTable, Dictionary<string, ArticleNames>> ByPath = new();

    private static ArticleNames NamesFor(NameTable table, string path)
    {
        var byPath = ByPath.GetValue(table, static t =>
        {
            var map = new Dictionary<string, ArticleNames>(StringComparer.Ordinal);
            foreach (var n in t.Articles)
            {
                if (!map.ContainsKey(n.Path)) map.Add(n.Path, n);
            }
            return map;
        });
        if (byPath.TryGetValue(path, out var names)) return names;
        // Unreachable: every extracted article was summarized. Keep the build alive anyway.
        return new ArticleNames(path, Messages.FileName(path), "Unnamed", EquatableArray<string>.Empty, EquatableArray<string>.Empty);
    }

    /// <summary>
    /// For tests only, always null in a build: the articles whose code <see cref="CodeOf"/> fails to make, so that the
    /// fallback (NWS900, the article with its text only) can be checked; no emitter fails on its own on any input known.
    /// </summary>
    internal static Func<string, bool>? FailCodeOf;

    /// <summary>
    /// One article's code and its quotes' members. Should making them ever fail, the article is made again without its
    /// extraction (so that <c>Articles.{Member}</c>, which the catalog names, still exists, with the text), its quotes
    /// get no members, and NWS900 says why.
    /// </summary>
    private static ArticleCode CodeOf(ArticleEmit input)
    {
        try
        {
            if (FailCodeOf is { } fail && fail(input.Article.Path)) throw new InvalidOperationException("making this article's code failed (test)");
            return new ArticleCode(input.Article.Path, input.Names.Member, ArticleEmitter.Code(input), QuoteEmitter.MembersOf(input), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var bare = input.Article with { Model = TextOnly(input.Article.Model.Text, paragraphs: false) };
            var names = input.Names with
            {
                QuoteClasses = EquatableArray<string>.Empty,
                QuoteMembers = EquatableArray<string>.Empty,
            };
            var failure = DiagnosticInfo.Create(Descriptors.ExtractionFailed.Id, input.Article.Path, FileSpan.FileStart,
                Messages.Excerpt(input.Article.FileName, 200), Messages.Excerpt("while emitting: " + e.GetType().Name + ": " + e.Message, 300));
            return new ArticleCode(input.Article.Path, input.Names.Member, ArticleEmitter.Code(new ArticleEmit(bare, names, input.Options)),
                EquatableArray<QuoteMemberDoc>.Empty, failure);
        }
    }

    /// <summary>
    /// A generated file as the compiler takes it, read from the writer (a file over 40,000 characters is kept by the
    /// compiler in chunks, so no string of the whole file is made for the large object heap).
    /// </summary>
    private static SourceText TextOf(SourceWriter writer) => SourceText.From(writer.Reader(), writer.Length, Encoding.UTF8);

    private static void Report(SourceProductionContext spc, EquatableArray<DiagnosticInfo> list, bool quietly)
    {
        if (quietly) return;
        foreach (var d in list)
        {
            spc.CancellationToken.ThrowIfCancellationRequested();
            spc.ReportDiagnostic(ToDiagnostic(d));
        }
    }

    /// <summary>The diagnostic, located in the article file (path, span, and line span as the IDE shows it). Never throws.</summary>
    private static Diagnostic ToDiagnostic(DiagnosticInfo d)
    {
        var descriptor = Descriptors.ById(d.Id) ?? Descriptors.ExtractionFailed;
        var args = new object[d.Arguments.Count];
        for (var i = 0; i < args.Length; i++) args[i] = d.Arguments[i];
        return Diagnostic.Create(descriptor, LocationOf(d), args);
    }

    private static Location LocationOf(DiagnosticInfo d)
    {
        if (d.Path.Length == 0) return Location.None;
        var s = d.Span;
        var valid = s.Start >= 0 && s.Length >= 0 && s.Line >= 1 && s.Column >= 1
            && (s.EndLine > s.Line || (s.EndLine == s.Line && s.EndColumn >= s.Column));
        return valid
            ? Location.Create(d.Path, new TextSpan(s.Start, s.Length),
                new LinePositionSpan(new Microsoft.CodeAnalysis.Text.LinePosition(s.Line - 1, s.Column - 1), new Microsoft.CodeAnalysis.Text.LinePosition(s.EndLine - 1, s.EndColumn - 1)))
            : Location.Create(d.Path, default, default);
    }
}
