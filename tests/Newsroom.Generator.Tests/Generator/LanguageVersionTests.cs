using System;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Generator.Tests.Generator;

/// <summary>
/// The generated code compiles, without a warning, at every C# version from 7.3 (the default of .NET Framework and
/// .NET Standard projects) to the latest, and behaves the same: the same quotes, equality and one-line ToString. What
/// each version gets: nullable annotations from C# 8, records with <c>init</c> from C# 9, UTF-8 data from C# 11. Below
/// 7.3, one error (NWS012) and nothing generated. (Which framework APIs exist is the package tests' and
/// src/Newsroom.Api.Check's part: netstandard2.0, net48.)
/// </summary>
public class LanguageVersionTests
{
    // C# 7.3 syntax only: what a .NET Framework project can write.
    private const string Probe = """
        using System.Collections.Generic;
        using System.Linq;
        using System.Text;
        using Newsroom;

        public static class Probe
        {
            public static string Run()
            {
                var sb = new StringBuilder();
                var article = Articles.All[0];
                var quote = Quotes.AnthonyBlinken.IntenseCompetitionRequiresSustainedDiplomacy;
                sb.Append("quotes=").Append(article.Quotes.Count).Append('\n');
                sb.Append("same=").Append(quote.Equals(article.Quotes[2])).Append(' ').Append(quote == article.Quotes[2]).Append(' ').Append(quote != article.Quotes[1]).Append('\n');
                var speakers = new Dictionary<Actor, int>();
                foreach (var q in Quotes.All.Where(q => q.Speaker != null)) speakers[q.Speaker] = speakers.TryGetValue(q.Speaker, out var n) ? n + 1 : 1;
                sb.Append("blinken=").Append(speakers[Actors.Find("Blinken")]).Append('\n');
                string text;
                Actor speaker;
                quote.Deconstruct(out text, out speaker);
                sb.Append("deconstruct=").Append(speaker.Name).Append('\n');
                sb.Append("tostring=").Append(quote).Append('\n');
                sb.Append("actor=").Append(Actors.XiJinping).Append('\n');
                sb.Append("roleof=").Append(article.RoleOf(Actors.XiJinping)).Append('\n');
                sb.Append("source=").Append(quote.Source == null || quote.Source.Length > 0).Append('\n');
                sb.Append("record=").Append(typeof(Quote).GetMethod("<Clone>$") != null).Append('\n');
                return sb.ToString();
            }
        }
        """;

    private static GeneratorRun Run(LanguageVersion version, string consumer)
    {
        var parse = new CSharpParseOptions(version);
        var tree = CSharpSyntaxTree.ParseText(SourceText.From(consumer, System.Text.Encoding.UTF8), parse, path: "Probe.cs");
        var nullable = version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable;
        var compilation = CSharpCompilation.Create("Consumer", [tree], Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable));
        var (texts, options) = GeneratorHarness.Articles(("/consumer/Articles/" + Fixture.SeedFileName, Fixture.SeedText));
        return GeneratorHarness.RunGenerator(compilation, texts, options);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.CSharp9)]
    [InlineData(LanguageVersion.CSharp10)]
    [InlineData(LanguageVersion.CSharp11)]
    [InlineData(LanguageVersion.Latest)]
    public void Every_version_from_7_3_compiles_cleanly_and_reads_the_same(LanguageVersion version)
    {
        var run = Run(version, Probe);

        Assert.Empty(run.Exceptions);
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        // The seed's two stray marks (NWS001) are the generator's, and the probe (C# 7.3, no annotations) gets nullable
        // warnings of its own from C# 8; the compiler has nothing to say about the generated code.
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning
            && !d.Id.StartsWith("NWS", StringComparison.Ordinal) && d.Location.SourceTree?.FilePath != "Probe.cs"));
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        var effective = version.MapSpecifiedToEffectiveVersion();
        var sources = string.Concat(run.GeneratedSources.Select(s => s.SourceText.ToString()));
        Assert.Equal(effective >= LanguageVersion.CSharp11, sources.Contains("\"u8", StringComparison.Ordinal));
        Assert.Equal(effective >= LanguageVersion.CSharp8, sources.Contains("#nullable", StringComparison.Ordinal));
        Assert.DoesNotContain("#if", sources, StringComparison.Ordinal);

        var lines = CompilationTests.Execute(run.OutputCompilation).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("quotes=17", lines);            // the seed's 14 quotes and 3 indirect ones
        Assert.Contains("same=True True True", lines);
        Assert.Contains("blinken=3", lines);
        Assert.Contains("deconstruct=Anthony Blinken", lines);
        // Records or classes, the same line.
        Assert.Contains("tostring=Quote { Kind = Direct, Text = “Intense competition requires sustained diplomacy to ensure that competition does not veer into confrontation or conflict,”, "
            + "Speaker = Anthony Blinken, Source = he, Verb = said, Line = 11, Article = 000_94ea7bb9e4850890.txt }", lines);
        Assert.Contains("actor=Actor { Name = Xi Jinping, Kind = Person, Role = President, Aliases = [Xi], Mentions = 4 }", lines);
        Assert.Contains("record=" + (effective >= LanguageVersion.CSharp9), lines);
        Assert.Contains("roleof=President", lines);
        Assert.Contains("source=True", lines);
    }

    [Fact]
    public void Below_7_3_one_error_says_what_is_needed_and_nothing_is_generated()
    {
        var run = Run(LanguageVersion.CSharp7_2, "public static class Other { }");

        Assert.Empty(run.Exceptions);
        Assert.Empty(run.GeneratedSources);
        var error = Assert.Single(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("NWS012", error.Id);
        Assert.Equal(Location.None, error.Location);
        Assert.Contains("C# 7.2", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("NWS", StringComparison.Ordinal)));
    }
}
