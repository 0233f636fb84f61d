using System;
using System.Linq;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Newsroom.Generator.Extraction;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Newsroom.Generator.Tests.Generator.Robustness;

/// <summary>
/// Property-based tests over generated and mutated articles (<see cref="ArticleFuzz"/>). By default 10,000 extraction
/// cases and 200 compiled articles; <c>NEWSROOM_FUZZ_ITERATIONS=1000000</c> runs a hundred times more of each, and
/// <c>NEWSROOM_FUZZ_SEED</c> (the seed CsCheck prints on a failure) replays a case. A failure is shrunk by CsCheck
/// and printed as a C# literal: add it to the regression tests at the bottom of this file.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Extraction_never_throws_and_every_span_is_its_own_text_at_Roslyns_line_and_column()
    {
        ArticleFuzz.Articles.Sample(
            text => AssertExtractsExactly(text),
            iter: ArticleFuzz.Iterations,
            seed: ArticleFuzz.Seed,
            print: ArticleFuzz.Print,
            writeLine: output.WriteLine);
    }

    [Fact]
    public void The_generator_on_mutated_articles_reports_no_error_and_its_output_compiles_cleanly()
    {
        // Compiling is the slow part, so each case is a batch of 20 articles compiled together.
        const int batch = 20;
        var batches = Math.Max(10, ArticleFuzz.Iterations / 1_000);
        ArticleFuzz.Articles.Array[batch].Sample(
            texts => AssertGeneratesCleanly(texts),
            iter: batches,
            seed: ArticleFuzz.Seed,
            print: texts => string.Join(",\n", texts.Select(ArticleFuzz.Print)),
            writeLine: output.WriteLine);
    }

    private static void AssertExtractsExactly(string text)
    {
        var model = ArticleExtractor.Extract(text);
        Robust.AssertSpansExact(model, SourceText.From(text));
    }

    private static void AssertGeneratesCleanly(string[] articles)
    {
        var texts = articles.Select((t, i) => (AdditionalText)new InMemoryAdditionalText($"/fuzz/Articles/{i:00}-article.txt", t))
            .Append(Robust.Normal()).ToArray();

        var run = Robust.Run(texts);

        Robust.AssertBuildIsClean(run);
        Robust.AssertDiagnosticsLocated(run, texts);
        Robust.AssertNormalArticleIntact(run);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "NWS900");
        foreach (var article in Robust.Extracted(run))
        {
            var source = texts.First(t => t.Path == article.Path).GetText()!;
            if (article.Model.Text.Length == 0 && source.Length > 0) continue; // NWS003/NWS005: nothing kept.
            Robust.AssertSpansExact(article.Model, source);
        }
    }

    // Edge cases picked by hand; a case the fuzzer finds goes here too, as CsCheck printed it after shrinking.
    [Theory]
    [InlineData("")]
    [InlineData("\u201D")]
    [InlineData("\u201C\u201C\u201D\u201D")]
    [InlineData("\"\r\n\r\n\"")]
    [InlineData("A\u2028\u2028\u201Cb\u201D\u2029\u201D")]
    public void Regression(string text)
    {
        AssertExtractsExactly(text);
        AssertGeneratesCleanly([text]);
    }
}
