using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Pipeline;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Sdk;

namespace Newsroom.Generator.Tests.Generator.Robustness;

/// <summary>
/// What every robustness test checks after a run: the build survives (no generator exception, no error, the output
/// compiles cleanly), every diagnostic points at a real place in its article file, and every extracted span slices
/// exactly the words it claims with the line and column Roslyn itself computes.
/// </summary>
internal static class Robust
{
    /// <summary>A well-behaved article that must come out intact whatever its neighbours contain.</summary>
    public const string NormalPath = "/project/Articles/normal.txt";

    public const string NormalText = "Mayor opens bridge\n\nMayor Jane Okafor opened the bridge on Monday. “It is a great day for the city,” she said.\n";

    public const string NormalQuote = "It is a great day for the city,";

    public static InMemoryAdditionalText Normal() => new(NormalPath, NormalText);

    /// <summary>Runs the generator over <paramref name="texts"/>, all marked as articles.</summary>
    public static GeneratorRun Run(IReadOnlyList<AdditionalText> texts, IReadOnlyDictionary<string, string>? globalOptions = null, Compilation? compilation = null) =>
        GeneratorHarness.RunGenerator(compilation ?? GeneratorHarness.CreateCompilation(), texts, GeneratorHarness.ArticleOptions(texts, globalOptions));

    /// <summary>The extraction step's output for every article of the run (tracked step, so internal values).</summary>
    public static IReadOnlyList<ExtractedArticle> Extracted(GeneratorRun run) =>
        IncrementalSteps.Outputs(run.Result, TrackingNames.Extracted).Select(o => (ExtractedArticle)o.Value!).ToArray();

    public static ExtractedArticle Extracted(GeneratorRun run, string path) => Assert.Single(Extracted(run), a => a.Path == path);

    /// <summary>The names the run gave (tracked step).</summary>
    public static NameTable Names(GeneratorRun run) =>
        (NameTable)IncrementalSteps.Outputs(run.Result, TrackingNames.Names).Single().Value!;

    /// <summary>
    /// The user's build survives: no generator threw (no CS8784/CS8785), nothing is an error, and the output
    /// compilation has no error and no warning at all.
    /// </summary>
    public static void AssertBuildIsClean(GeneratorRun run)
    {
        Assert.True(run.Exceptions.IsEmpty, "generator threw: " + string.Join("\n", run.Exceptions));
        var crashes = run.GeneratorDiagnostics.Where(d => d.Id is "CS8784" or "CS8785" || d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(crashes.Count == 0, string.Join("\n", crashes));
        var problems = run.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, "the output compilation has errors or warnings:\n" + string.Join("\n", problems.Take(20)));
        AssertNothingHidden(run);
    }

    /// <summary>
    /// No generated file holds a character that reads otherwise than it compiles: a bidi override or other invisible
    /// format character, a line or paragraph separator, a control other than tab and line ends (user text lands in
    /// literals as escapes, in hovers and comments without them).
    /// </summary>
    public static void AssertNothingHidden(GeneratorRun run)
    {
        foreach (var source in run.GeneratedSources)
        {
            var text = source.SourceText.ToString();
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                var category = char.GetUnicodeCategory(c);
                var hidden = c is not ('\n' or '\r' or '\t') && (category is UnicodeCategory.Control or UnicodeCategory.Format
                    or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);
                Assert.False(hidden, $"{source.HintName}: U+{(int)c:X4} at {i}: …{text.Substring(Math.Max(0, i - 40), Math.Min(80, text.Length - Math.Max(0, i - 40)))}…");
            }
        }
    }

    /// <summary>
    /// Every generator diagnostic with a file location is in one of <paramref name="texts"/>, its span inside the
    /// text, and its line span exactly what Roslyn's <see cref="SourceText.Lines"/> gives for that span.
    /// </summary>
    public static void AssertDiagnosticsLocated(GeneratorRun run, IEnumerable<AdditionalText> texts)
    {
        var byPath = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        foreach (var t in texts) byPath.TryAdd(t.Path, t.GetText() ?? SourceText.From(""));
        foreach (var d in run.GeneratorDiagnostics)
        {
            if (d.Location == Location.None) continue;
            Assert.Equal(LocationKind.ExternalFile, d.Location.Kind);
            var path = d.Location.GetLineSpan().Path;
            Assert.True(byPath.TryGetValue(path, out var text), $"{d}: not in an article file");
            var span = d.Location.SourceSpan;
            Assert.True(span.End <= text!.Length, $"{d}: span {span} past the end of a text of {text.Length}");
            Assert.Equal(text.Lines.GetLinePositionSpan(span), d.Location.GetLineSpan().Span);
        }
    }

    /// <summary>
    /// Every quote and stray mark of <paramref name="m"/> is inside <paramref name="text"/>, non-empty, slices the
    /// text it claims, and has the line and column Roslyn computes for its start; a quote is trimmed and inside the
    /// paragraph it names. Every other range is inside the text.
    /// </summary>
    public static void AssertSpansExact(ArticleModel m, SourceText text)
    {
        var s = text.ToString();
        Assert.Equal(s, m.Text);
        Assert.Null(ArticleChecks.Problem(m));
        foreach (var q in m.Quotes)
        {
            Assert.True(q.Span.Length > 0, $"empty quote at {q.Span.Start}");
            Assert.True(q.Span.Start >= 0 && q.Span.End <= s.Length, $"quote {q.Span} outside a text of {s.Length}");
            Assert.Equal(s.Substring(q.Span.Start, q.Span.Length), m.Slice(q.Span));
            Assert.Equal(Expected(text, q.Span.Start), q.Position);
            Assert.False(char.IsWhiteSpace(s[q.Span.Start]) || char.IsWhiteSpace(s[q.Span.End - 1]), $"quote {q.Span} starts or ends with white space");
            Assert.True(q.Paragraph >= 0 && q.Paragraph < m.Paragraphs.Count, $"quote {q.Span} in paragraph {q.Paragraph} of {m.Paragraphs.Count}");
            var p = m.Paragraphs[q.Paragraph];
            Assert.True(q.Span.Start >= p.Start && q.Span.End <= p.End, $"quote {q.Span} outside its paragraph {p}");
        }
        foreach (var mark in m.StrayMarks)
        {
            Assert.True(mark.Offset >= 0 && mark.Offset < s.Length, $"stray mark at {mark.Offset} outside a text of {s.Length}");
            Assert.Equal(s[mark.Offset].ToString(), mark.Mark);
            Assert.Equal(Expected(text, mark.Offset), mark.Position);
        }
    }

    /// <summary>The 1-based line and column Roslyn gives for <paramref name="offset"/>.</summary>
    public static global::Newsroom.Generator.Extraction.Model.LinePosition Expected(SourceText text, int offset)
    {
        var p = text.Lines.GetLinePosition(offset);
        return new global::Newsroom.Generator.Extraction.Model.LinePosition(p.Line + 1, p.Character + 1);
    }

    /// <summary>The normal article was extracted as if it were alone, and its quote made it into the generated code.</summary>
    public static void AssertNormalArticleIntact(GeneratorRun run)
    {
        var normal = Extracted(run, NormalPath);
        Assert.Empty(normal.Diagnostics);
        Assert.Equal(global::Newsroom.Generator.Extraction.ArticleExtractor.Extract(NormalText), normal.Model);
        var quote = Assert.Single(normal.Model.Quotes);
        Assert.Equal(NormalQuote, normal.Model.Slice(quote.Span));
        Assert.Equal("Jane Okafor", quote.Speaker);
        var names = Names(run).Articles.Single(a => a.Path == NormalPath);
        Assert.Contains(names.Member, run.ArticleMembers);
        var speaker = Assert.Single(names.QuoteClasses);
        Assert.Contains("“" + NormalQuote + "”", run.GetSource("Newsroom.Quotes." + char.ToUpperInvariant(speaker[0]) + ".g.cs"), StringComparison.Ordinal);
    }

    /// <summary>"ID Severity file(line,col)-(line,col)" with 1-based numbers, as the snapshot files show diagnostics.</summary>
    public static string Describe(Diagnostic d)
    {
        if (d.Location == Location.None) return d.Id + " " + d.Severity;
        var span = d.Location.GetLineSpan();
        var file = span.Path.Substring(span.Path.LastIndexOf('/') + 1);
        return string.Create(CultureInfo.InvariantCulture,
            $"{d.Id} {d.Severity} {file}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})-({span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1})");
    }

    /// <summary>The generator's own diagnostics (NWS…), described and sorted.</summary>
    public static string[] Ours(GeneratorRun run, DiagnosticSeverity minimum = DiagnosticSeverity.Hidden) =>
        GeneratorRun.SortDiagnostics(run.GeneratorDiagnostics)
            .Where(d => d.Id.StartsWith("NWS", StringComparison.Ordinal) && d.Severity >= minimum)
            .Select(Describe)
            .ToArray();

    public static void Fail(string message) => throw new XunitException(message);
}
