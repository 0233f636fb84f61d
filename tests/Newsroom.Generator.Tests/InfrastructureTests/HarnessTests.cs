using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Sdk;

namespace Newsroom.Generator.Tests.InfrastructureTests;

public sealed class HarnessTests
{
    [Fact]
    public void Bytes_are_decoded_like_the_compiler_does()
    {
        byte[] Utf8Bom(string s) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(s)];

        Assert.Equal("Café", new InMemoryAdditionalText("a.txt", Utf8Bom("Café")).GetText()!.ToString());
        Assert.Equal("Café", new InMemoryAdditionalText("a.txt", Encoding.UTF8.GetBytes("Café")).GetText()!.ToString());
        Assert.Equal("Café", new InMemoryAdditionalText("a.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Café")]).GetText()!.ToString());
        Assert.Equal("a\0b", new InMemoryAdditionalText("a.txt", [(byte)'a', 0, (byte)'b']).GetText()!.ToString());
        // Not UTF-8: the compiler's fallback, UTF-8 with U+FFFD on Linux and macOS, the ANSI code page on Windows.
        Assert.Equal("a\uFFFDb", new InMemoryAdditionalText("a.txt", [(byte)'a', 0xFF, (byte)'b'], Encoding.Default).GetText()!.ToString());
        Assert.Equal("aÿb", new InMemoryAdditionalText("a.txt", [(byte)'a', 0xFF, (byte)'b'], Encoding.Latin1).GetText()!.ToString());
        Assert.Equal(Newsroom.Generator.Pipeline.ArticleDecoding.CompilerFallback.GetString([(byte)'a', 0xFF, (byte)'b']), new InMemoryAdditionalText("a.txt", [(byte)'a', 0xFF, (byte)'b']).GetText()!.ToString());
        // Not UTF-8 and two NULs in a row: a binary file, which the compiler gives no text for (CS2015).
        Assert.Null(new InMemoryAdditionalText("a.txt", [0xFF, 0, 0, (byte)'b']).GetText());
    }

    [Fact]
    public void Options_are_per_path_with_case_insensitive_keys_and_separate_globals()
    {
        var article = new InMemoryAdditionalText("articles/a.txt", "x");
        var other = new InMemoryAdditionalText("notes/b.txt", "y");
        var options = GeneratorHarness.ArticleOptions([article], new Dictionary<string, string> { ["build_property.RootNamespace"] = "Demo" });

        Assert.True(options.GetOptions(article).TryGetValue("BUILD_METADATA.AdditionalFiles.NewsroomArticle", out var value));
        Assert.Equal("true", value);
        Assert.False(options.GetOptions(other).TryGetValue(GeneratorHarness.ArticleMetadataKey, out _));
        Assert.False(options.GetOptions(article).TryGetValue("build_property.RootNamespace", out _));
        Assert.True(options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var ns));
        Assert.Equal("Demo", ns);
        Assert.False(options.WithoutFile(article.Path).GetOptions(article).TryGetValue(GeneratorHarness.ArticleMetadataKey, out _));
    }

    [Fact]
    public void Compilation_uses_latest_language_nullable_and_net10_references()
    {
        var compilation = GeneratorHarness.CreateCompilation(OutputKind.ConsoleApplication,
            "System.Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(new int[] { 1 }));",
            "class C { public string? S; public string T = null; }");

        Assert.Equal(OutputKind.ConsoleApplication, compilation.Options.OutputKind);
        Assert.Equal(NullableContextOptions.Enable, compilation.Options.NullableContextOptions);
        Assert.Equal(LanguageVersion.Latest.MapSpecifiedToEffectiveVersion(), ((CSharpParseOptions)compilation.SyntaxTrees[0].Options).LanguageVersion);
        Assert.Equal(["Source0.cs", "Source1.cs"], compilation.SyntaxTrees.Select(t => t.FilePath));
        // Top-level statements and System.Text.Json bind; nullable analysis is on (CS8625: null for a non-nullable field).
        var diagnostics = compilation.GetDiagnostics();
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains(diagnostics, d => d.Id == "CS8625");
    }

    [Fact]
    public void Only_articles_are_generated_and_diagnostics_combine_generator_and_compiler()
    {
        var article = new InMemoryAdditionalText("Alpha.txt", "");
        var notArticle = new InMemoryAdditionalText("Readme.txt", "not an article");
        var compilation = GeneratorHarness.CreateCompilation("using System.Text;\nclass C { void M() { int unused = 1; } }");

        var run = GeneratorHarness.RunGenerator(new EchoGenerator(), compilation, [article, notArticle], GeneratorHarness.ArticleOptions(article));

        Assert.Equal(["Alpha.g.cs"], run.GeneratedSources.Select(s => s.HintName));
        Assert.Contains("public const int Length = 0;", run.GetSource("Alpha.g.cs"));
        Assert.Empty(run.Exceptions);
        Assert.Equal(["ECHO001"], run.GeneratorDiagnostics.Select(d => d.Id));
        // CS0219 (assigned but never used) is a compiler warning; the hidden CS8019 (unnecessary using) is only in
        // CompilationDiagnostics. Diagnostics without a location sort first.
        Assert.Equal(["ECHO001", "CS0219"], run.Diagnostics.Select(d => d.Id));
        Assert.Contains(run.CompilationDiagnostics, d => d.Id == "CS8019" && d.Severity == DiagnosticSeverity.Hidden);
        Assert.Equal(2, run.OutputCompilation.SyntaxTrees.Count());
    }

    [Fact]
    public void Caching_check_passes_for_a_well_behaved_generator_and_an_unrelated_change()
    {
        var (texts, options) = GeneratorHarness.Articles(("A.txt", "a"), ("B.txt", "b"));
        var notArticle = new InMemoryAdditionalText("Readme.txt", "readme");

        // No change but a cloned compilation.
        GeneratorHarness.AssertIncrementalCaching(new EchoGenerator(), GeneratorHarness.CreateCompilation("class C { }"), texts, options);

        // An unrelated source file and a non-article additional text.
        var (first, second) = GeneratorHarness.AssertIncrementalCaching(
            new EchoGenerator(),
            GeneratorHarness.CreateCompilation("class C { }"),
            texts,
            options,
            change: (driver, compilation) => (
                driver.AddAdditionalTexts([notArticle]),
                compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class D { }", GeneratorHarness.ParseOptions))),
            stepNames: [TestGenerators.ExtractStep]);

        Assert.Equal([IncrementalStepRunReason.New, IncrementalStepRunReason.New], IncrementalSteps.OutputReasons(first.Result)[TestGenerators.ExtractStep]);
        Assert.Equal([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached], IncrementalSteps.OutputReasons(second.Result)[TestGenerators.ExtractStep]);
    }

    [Fact]
    public void Editing_one_article_recomputes_only_its_model()
    {
        var (texts, options) = GeneratorHarness.Articles(("A.txt", "a"), ("B.txt", "b"), ("C.txt", "c"));
        var first = GeneratorHarness.RunGenerator(new EchoGenerator(), GeneratorHarness.CreateCompilation(), texts, options);

        var second = first.Rerun(driver => driver.ReplaceAdditionalText(texts[1], texts[1].WithText("b, edited")));

        Assert.Equal(
            [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached],
            IncrementalSteps.OutputReasons(second.Result)[TestGenerators.ExtractStep]);
        var modified = IncrementalSteps.Outputs(second.Result, TestGenerators.ExtractStep)
            .Single(o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal("B", ((EchoGenerator.Model)modified.Value).Name);
        Assert.Contains("b, edited", second.GetSource("B.g.cs"));
        Assert.Throws<XunitException>(() => IncrementalSteps.AssertAllCachedOrUnchanged(second.Result, previous: first.Result));
    }

    [Fact]
    public void Caching_check_catches_models_without_value_equality()
    {
        var (texts, options) = GeneratorHarness.Articles(("A.txt", "some words here"));

        var failure = Assert.Throws<XunitException>(() =>
            GeneratorHarness.AssertIncrementalCaching(new NonEquatableGenerator(), GeneratorHarness.CreateCompilation(), texts, options));

        Assert.Contains("Extract[0.0] is Modified", failure.Message);
        Assert.Contains("(Equals: False)", failure.Message);
    }

    [Fact]
    public void Roslyn_object_check_catches_a_location_in_a_model()
    {
        // B is empty, so the well-behaved generator reports a diagnostic (with a location) from its source output: fine.
        var (texts, options) = GeneratorHarness.Articles(("A.txt", "a"), ("B.txt", ""));
        var run = GeneratorHarness.RunGenerator(new LocationHoldingGenerator(), GeneratorHarness.CreateCompilation(), texts, options);

        var failure = Assert.Throws<XunitException>(() => IncrementalSteps.AssertNoRoslynObjects(run.Result));

        Assert.Contains("Extract[0.0]: output.Where (ExternalFileLocation)", failure.Message);
        Assert.Contains("Extract[1.0]: output.Where (ExternalFileLocation)", failure.Message);
        // The well-behaved generator passes, although Roslyn's own input steps (Compilation, AdditionalTexts, …) are tracked too.
        IncrementalSteps.AssertNoRoslynObjects(GeneratorHarness.RunGenerator(new EchoGenerator(), GeneratorHarness.CreateCompilation(), texts, options).Result);
    }

    [Fact]
    public void Naming_a_step_that_did_not_run_fails_with_the_available_names()
    {
        var (texts, options) = GeneratorHarness.Articles(("A.txt", "a"));
        var run = GeneratorHarness.RunGenerator(new EchoGenerator(), GeneratorHarness.CreateCompilation(), texts, options);

        var failure = Assert.Throws<XunitException>(() => IncrementalSteps.OutputReasons(run.Result, ["Nope"]));

        Assert.Contains("'Nope'", failure.Message);
        Assert.Contains(TestGenerators.ExtractStep, failure.Message);
        Assert.Contains(WellKnownGeneratorOutputs.SourceOutput, IncrementalSteps.OutputReasons(run.Result, includeOutputSteps: true).Keys);
        Assert.Equal([TestGenerators.ExtractStep], IncrementalSteps.OutputReasons(run.Result).Keys);
    }

    private static class SampleTrackingNames
    {
        public const string Read = "Read";
        public const string Extract = "Extract";
        public static readonly string NotAConstant = "x";
    }

    [Fact]
    public void Tracking_names_are_read_from_constants()
    {
        Assert.Equal(["Read", "Extract"], IncrementalSteps.TrackingNamesOf(typeof(SampleTrackingNames)));
    }
}
