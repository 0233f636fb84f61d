using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Newsroom.Generator.Tests.Infrastructure;

/// <summary>Everything one run of a generator driver produced (see <see cref="GeneratorHarness.RunGenerator(Compilation, IEnumerable{AdditionalText}?, AnalyzerConfigOptionsProvider?, bool)"/>).</summary>
/// <param name="Driver">
/// The driver after the run. It holds the incremental state: run it again (<see cref="Rerun"/>, or after
/// <see cref="GeneratorDriver.ReplaceAdditionalText"/> and friends) to exercise caching.
/// </param>
/// <param name="Result">The run result: generated sources, generator diagnostics, tracked incremental steps.</param>
/// <param name="InputCompilation">The compilation the generators ran on (what a rerun starts from).</param>
/// <param name="OutputCompilation">The input compilation plus every generated source.</param>
/// <param name="GeneratorDiagnostics">
/// Everything the generators reported, of every severity, including the compiler's CS8784/CS8785 warnings when a
/// generator threw.
/// </param>
/// <param name="CompilationDiagnostics">All diagnostics of <see cref="OutputCompilation"/>, of every severity.</param>
public sealed record GeneratorRun(
    GeneratorDriver Driver,
    GeneratorDriverRunResult Result,
    Compilation InputCompilation,
    Compilation OutputCompilation,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> CompilationDiagnostics)
{
    /// <summary>
    /// What a test should look at: every generator diagnostic plus the output compilation's diagnostics of severity
    /// Warning or Error (hidden and info compiler diagnostics are the only thing left out; they remain in
    /// <see cref="CompilationDiagnostics"/>). Sorted by file, position and id so the order is stable.
    /// </summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; } =
        SortDiagnostics(GeneratorDiagnostics.Concat(
            CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)));

    /// <summary>Exceptions thrown by generators during the run (normally none).</summary>
    public ImmutableArray<Exception> Exceptions { get; } =
        Result.Results.Where(r => r.Exception is not null).Select(r => r.Exception!).ToImmutableArray();

    /// <summary>All generated sources of all generators, ordered by hint name.</summary>
    public ImmutableArray<GeneratedSourceResult> GeneratedSources =>
        Result.Results.SelectMany(r => r.GeneratedSources)
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .ToImmutableArray();

    /// <summary>The articles' members under <c>Articles</c>, from the files of article members (<c>Newsroom.Articles.*.g.cs</c>).</summary>
    public string[] ArticleMembers => GeneratedSources
        .Where(s => s.HintName.StartsWith("Newsroom.Articles.", StringComparison.Ordinal))
        .SelectMany(s => System.Text.RegularExpressions.Regex.Matches(s.SourceText.ToString(), @"public static global::[\w.]+\.Article (@?\w+) =>").Select(m => m.Groups[1].Value))
        .ToArray();

    /// <summary>The hint name of the file that holds the article member <paramref name="member"/>; fails if there is none.</summary>
    public string ArticleFileOf(string member) =>
        GeneratedSources.Where(s => s.HintName.StartsWith("Newsroom.Articles.", StringComparison.Ordinal))
            .SingleOrDefault(s => MemberLine(s.SourceText.ToString().Split('\n'), member) >= 0).HintName
        ?? throw new Xunit.Sdk.XunitException($"No article member {member}.");

    /// <summary>
    /// One article's code as generated, from the file that holds it: its hover, its member with its data, and its cache
    /// field. Fails if there is no such member.
    /// </summary>
    public string ArticleCode(string member)
    {
        var lines = GetSource(ArticleFileOf(member)).Split('\n');
        var at = MemberLine(lines, member);
        var start = at;
        while (start > 0 && lines[start - 1].TrimStart().StartsWith("///", StringComparison.Ordinal)) start--;
        var end = Array.FindIndex(lines, at, l => l.Contains("__a_" + member.TrimStart('@') + ";", StringComparison.Ordinal));
        if (end < 0) throw new Xunit.Sdk.XunitException($"The article member {member} has no cache field after it.");
        return string.Join("\n", lines[start..(end + 1)]);
    }

    private static int MemberLine(string[] lines, string member) =>
        Array.FindIndex(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"public static global::[\w.]+\.Article " + System.Text.RegularExpressions.Regex.Escape(member) + " =>"));

    /// <summary>Whether the sources every run has are there: the fixed types and the catalog.</summary>
    public bool HasFixedSources => GeneratedSources.Any(s => s.HintName.StartsWith("Newsroom.Types.", StringComparison.Ordinal)) && GeneratedSources.Any(s => s.HintName == "Newsroom.Catalog.g.cs");

    /// <summary>The text of the generated source named <paramref name="hintName"/>; fails if there is none.</summary>
    public string GetSource(string hintName)
    {
        foreach (var source in GeneratedSources)
        {
            if (string.Equals(source.HintName, hintName, StringComparison.Ordinal)) return source.SourceText.ToString();
        }
        throw new InvalidOperationException(
            $"No generated source '{hintName}'. Generated: {string.Join(", ", GeneratedSources.Select(s => s.HintName))}");
    }

    /// <summary>
    /// Runs <see cref="Driver"/> again, so its incremental state decides what is recomputed.
    /// </summary>
    /// <param name="editDriver">
    /// Changes to the driver's inputs before the run, e.g.
    /// <c>d =&gt; d.ReplaceAdditionalText(old, old.WithText("…"))</c>, <c>AddAdditionalTexts</c>,
    /// <c>WithUpdatedAnalyzerConfigOptions</c>.
    /// </param>
    /// <param name="compilation">
    /// The compilation to run on; by default <see cref="InputCompilation"/> (the same instance, so nothing changed).
    /// Pass e.g. <c>run.InputCompilation.AddSyntaxTrees(…)</c> to simulate a source edit.
    /// </param>
    public GeneratorRun Rerun(Func<GeneratorDriver, GeneratorDriver>? editDriver = null, Compilation? compilation = null)
    {
        var driver = editDriver is null ? Driver : editDriver(Driver);
        return GeneratorHarness.Run(driver, compilation ?? InputCompilation);
    }

    /// <summary>Diagnostics in a stable order: file path, start position, id, message.</summary>
    public static ImmutableArray<Diagnostic> SortDiagnostics(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Location.SourceSpan.End)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal)
            .ToImmutableArray();
}
