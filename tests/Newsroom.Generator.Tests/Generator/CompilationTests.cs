using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Generator.Tests.Generator;

/// <summary>The generated code compiles cleanly, documents every member, and works at run time in a consumer.</summary>
public class CompilationTests
{
    private static (InMemoryAdditionalText[] Texts, TestAnalyzerConfigOptionsProvider Options) SampleArticles() =>
        GeneratorHarness.Articles(Fixture.SampleArticlePaths
            .Select(p => ("/consumer/Articles/" + Path.GetFileName(p), File.ReadAllText(p)))
            .ToArray());

    [Fact]
    public void Generated_code_for_all_sample_articles_compiles_with_zero_warnings_and_documents_every_public_member()
    {
        // DocumentationMode.Diagnose turns on CS1591 (missing XML comment) as it does with GenerateDocumentationFile.
        var parse = GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);
        var compilation = GeneratorHarness.CreateCompilation().WithOptions(
            GeneratorHarness.CreateCompilation().Options.WithSpecificDiagnosticOptions(new[] { KeyValuePair.Create("CS1591", ReportDiagnostic.Warn) }));
        compilation = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { }", parse));
        var (texts, options) = SampleArticles();

        var driver = GeneratorHarness.CreateDriver(GeneratorHarness.CreateNewsroomGenerator(), texts, options, parseOptions: parse);
        var run = GeneratorHarness.Run(driver, compilation);

        Assert.Empty(run.Exceptions);
        Assert.Equal(texts.Length, run.ArticleMembers.Length);
        Assert.True(run.HasFixedSources);
        var problems = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void AdditionalFiles_without_the_article_metadata_are_never_touched()
    {
        var article = new InMemoryAdditionalText("/consumer/Articles/" + Fixture.SeedFileName, Fixture.SeedText);
        var banned = new InMemoryAdditionalText("/consumer/BannedSymbols.txt", "T:System.Console;Use the logger\n“quoted,” he said.");
        var shipped = new InMemoryAdditionalText("/consumer/PublicAPI.Shipped.txt", "#nullable enable\nNewsroom.Article");
        var options = GeneratorHarness.ArticleOptions(article);

        var run = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation(), new[] { banned, article, shipped }, options);

        Assert.Empty(run.Exceptions);
        var hints = run.GeneratedSources.Select(s => s.HintName).Where(h => !h.StartsWith("Newsroom.Actors.", StringComparison.Ordinal) && !h.StartsWith("Newsroom.Quotes.", StringComparison.Ordinal) && !h.StartsWith("Newsroom.Types.", StringComparison.Ordinal)).OrderBy(h => h, StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { run.ArticleFileOf("AnthonyBlinkenTheUSSecretaryOfStateArrived"), "Newsroom.Catalog.g.cs" }, hints);
        // Actor and quote shards hold the seed's people only (nothing of BannedSymbols.txt or PublicAPI.Shipped.txt).
        Assert.DoesNotContain(run.GeneratedSources, s => s.SourceText.ToString().Contains("System.Console", StringComparison.Ordinal));
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Location.GetLineSpan().Path.EndsWith(".txt", StringComparison.Ordinal) && !d.Location.GetLineSpan().Path.Contains("Articles"));
    }

    [Fact]
    public void A_consumer_runs_against_the_generated_api()
    {
        const string consumer = """
            using System.Linq;
            using System.Text;
            using Newsroom;

            public static class Probe
            {
                public static string Run()
                {
                    var sb = new StringBuilder();
                    foreach (var article in Articles.All)
                    {
                        foreach (var quote in article.Quotes)
                        {
                            // Span points at the quoted words in the article text.
                            var ok = article.Text.Substring(quote.Span.Start, quote.Span.Length) == quote.Text;
                            sb.Append(quote.Speaker?.Name ?? "-").Append('|').Append(quote.Verb).Append('|').Append(ok).Append('|')
                              .Append(quote.Span.Line).Append(':').Append(quote.Span.Column).Append('|').Append(quote.Kind).Append('\n');
                        }
                    }
                    var people = Actors.All.Count(a => a.Kind == ActorKind.Person);
                    sb.Append("people=").Append(people).Append('\n');
                    sb.Append("blinken=").Append(Actors.Find("Blinken")?.Quotes.Count).Append('\n');
                    sb.Append("mentions=").Append(Actors.AnthonyBlinken.Mentions).Append('\n');
                    sb.Append("named=").Append(Quotes.AnthonyBlinken.IntenseCompetitionRequiresSustainedDiplomacy.Text.Substring(0, 19)).Append('\n');
                    sb.Append("addressee=").Append(Articles.All[0].Quotes.First(q => q.Addressee != null).Addressee!.Name).Append('\n');
                    sb.Append("equal=").Append(Articles.All[0].Equals(Articles.ByFileName("000_94ea7bb9e4850890.txt"))).Append('\n');
                    sb.Append("tostring=").Append(Actors.Find("Xi")!.ToString()).Append('\n');
                    return sb.ToString();
                }
            }
            """;
        var (texts, options) = GeneratorHarness.Articles(("/consumer/Articles/" + Fixture.SeedFileName, Fixture.SeedText));
        var run = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation(consumer), texts, options);
        Assert.Empty(run.Exceptions);
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));

        var output = Execute(run.OutputCompilation);

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var quoteLines = lines.Where(l => l.Contains('|')).ToArray();
        Assert.Equal(17, quoteLines.Length);   // the gold's 14 quotes and its 3 indirect ones (attributions with marked: false)
        Assert.All(quoteLines, l => Assert.Contains("|True|", l));
        Assert.Equal("Anthony Blinken|said|True|11:2|Direct", quoteLines[2]);
        Assert.Equal(
            ["Vivian Balakrishnan|said|True|13:92|Indirect", "Biden administration|said|True|35:85|Indirect", "Danny Russell|said|True|37:1|Indirect"],
            quoteLines.Where(l => l.EndsWith("|Indirect", StringComparison.Ordinal)));
        Assert.Contains("people=14", lines);
        Assert.Contains("blinken=3", lines);
        Assert.Contains("mentions=10", lines); // "Anthony Blinken" once, "Blinken" nine times (one inside a quote)
        Assert.Contains("named=Intense competition", lines);
        Assert.Contains("addressee=Bill Gates", lines);
        Assert.Contains("equal=True", lines);
        Assert.Contains("tostring=Actor { Name = Xi Jinping, Kind = Person, Role = President, Aliases = [Xi], Mentions = 4 }", lines); // "Xi Jinping" once, "Xi" three times
    }

    internal static string Execute(Compilation compilation, IEnumerable<ResourceDescription>? resources = null)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream, manifestResources: resources);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        var context = new AssemblyLoadContext("consumer", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(stream);
            var probe = assembly.GetType("Probe")!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
            return (string)probe.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}
