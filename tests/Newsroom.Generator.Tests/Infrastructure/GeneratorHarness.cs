using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Sdk;

namespace Newsroom.Generator.Tests.Infrastructure;

/// <summary>
/// Builds compilations and inputs for a generator, runs it through a <see cref="CSharpGeneratorDriver"/> and checks its
/// incremental caching.
/// </summary>
/// <remarks>
/// This file knows nothing about the Newsroom generator: every entry point here takes the generator to run.
/// GeneratorHarness.Newsroom.cs adds the Newsroom-specific defaults (which generator, which metadata marks an article).
/// </remarks>
public static partial class GeneratorHarness
{
    /// <summary>The parse options of every tree this harness makes: latest C#.</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    /// <summary>Name of the assembly <see cref="CreateCompilation(OutputKind, string[])"/> compiles.</summary>
    public const string CompilationAssemblyName = "Newsroom.TestCompilation";

    /// <summary>A class library compiled from <paramref name="sources"/> (see <see cref="CreateCompilation(OutputKind, string[])"/>).</summary>
    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CreateCompilation(OutputKind.DynamicallyLinkedLibrary, sources);

    /// <summary>
    /// A compilation of <paramref name="sources"/> (files <c>Source0.cs</c>, <c>Source1.cs</c>, …) against the .NET 10
    /// reference assemblies, with nullable reference types enabled and the latest language version.
    /// </summary>
    public static CSharpCompilation CreateCompilation(OutputKind outputKind, params string[] sources)
    {
        var trees = sources.Select((source, i) =>
            CSharpSyntaxTree.ParseText(SourceText.From(source, System.Text.Encoding.UTF8), ParseOptions, path: $"Source{i}.cs"));
        return CSharpCompilation.Create(
            CompilationAssemblyName,
            trees,
            Net100.References.All,
            new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>
    /// A driver for <paramref name="generator"/>, not yet run. Step tracking (needed by <see cref="IncrementalSteps"/>) is
    /// on unless <paramref name="trackSteps"/> is false.
    /// </summary>
    public static GeneratorDriver CreateDriver(
        IIncrementalGenerator generator,
        IEnumerable<AdditionalText>? additionalTexts = null,
        AnalyzerConfigOptionsProvider? options = null,
        bool trackSteps = true,
        CSharpParseOptions? parseOptions = null)
    {
        if (generator is null) throw new ArgumentNullException(nameof(generator));
        return CSharpGeneratorDriver.Create(
            [generator.AsSourceGenerator()],
            additionalTexts,
            parseOptions ?? ParseOptions,
            options ?? TestAnalyzerConfigOptionsProvider.Empty,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    /// <summary>Runs <paramref name="generator"/> once on <paramref name="compilation"/> with the given inputs.</summary>
    /// <param name="generator">The generator under test.</param>
    /// <param name="compilation">What the generator sees as the user's code, e.g. from <see cref="CreateCompilation(string[])"/>.</param>
    /// <param name="additionalTexts">The <c>AdditionalFiles</c>.</param>
    /// <param name="options">Analyzer-config options, e.g. a <see cref="TestAnalyzerConfigOptionsProvider"/>; none by default.</param>
    /// <param name="trackSteps">Record incremental steps in the run result (for <see cref="IncrementalSteps"/>).</param>
    public static GeneratorRun RunGenerator(
        IIncrementalGenerator generator,
        Compilation compilation,
        IEnumerable<AdditionalText>? additionalTexts = null,
        AnalyzerConfigOptionsProvider? options = null,
        bool trackSteps = true) =>
        Run(CreateDriver(generator, additionalTexts, options, trackSteps, ParseOptionsOf(compilation)), compilation);

    /// <summary>Runs an existing <paramref name="driver"/> (fresh, or carrying state from earlier runs) on <paramref name="compilation"/>.</summary>
    public static GeneratorRun Run(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorRun(
            driver,
            driver.GetRunResult(),
            compilation,
            output,
            generatorDiagnostics,
            output.GetDiagnostics());
    }

    /// <summary>
    /// NetEscapades-style caching check: runs the generator, applies <paramref name="change"/> (by default none: the
    /// compilation is cloned, which every real edit elsewhere in a project also does), runs the same driver again and
    /// asserts that
    /// <list type="bullet">
    /// <item>every tracked step's outputs in the second run are <see cref="IncrementalStepRunReason.Cached"/> or
    /// <see cref="IncrementalStepRunReason.Unchanged"/>, and so are the source outputs
    /// (<see cref="IncrementalSteps.AssertAllCachedOrUnchanged"/>);</item>
    /// <item>no tracked step's output, in either run, holds a Roslyn object such as a symbol, syntax node or location
    /// (<see cref="IncrementalSteps.AssertNoRoslynObjects"/>);</item>
    /// <item>both runs generated the same sources.</item>
    /// </list>
    /// Only use it with changes the generator should not care about (an unrelated C# file, a non-article additional
    /// text, …). For a relevant change, use <see cref="GeneratorRun.Rerun"/> and <see cref="IncrementalSteps.OutputReasons"/>.
    /// </summary>
    /// <param name="change">Gets the first run's driver and input compilation; returns those for the second run.</param>
    /// <param name="stepNames">
    /// Steps to check; by default every tracked step except Roslyn's own input steps (see
    /// <see cref="IncrementalSteps.RoslynInputStepNames"/>). Named steps must all be present in each run.
    /// </param>
    /// <returns>Both runs, for further assertions.</returns>
    public static (GeneratorRun First, GeneratorRun Second) AssertIncrementalCaching(
        IIncrementalGenerator generator,
        Compilation compilation,
        IEnumerable<AdditionalText>? additionalTexts = null,
        AnalyzerConfigOptionsProvider? options = null,
        Func<GeneratorDriver, Compilation, (GeneratorDriver Driver, Compilation Compilation)>? change = null,
        IEnumerable<string>? stepNames = null)
    {
        var names = stepNames?.ToArray();
        var first = RunGenerator(generator, compilation, additionalTexts, options, trackSteps: true);
        var (driver, nextCompilation) = change is null
            ? (first.Driver, first.InputCompilation.Clone())
            : change(first.Driver, first.InputCompilation);
        var second = Run(driver, nextCompilation);

        IncrementalSteps.AssertNoRoslynObjects(first.Result, names);
        IncrementalSteps.AssertNoRoslynObjects(second.Result, names);
        IncrementalSteps.AssertAllCachedOrUnchanged(second.Result, names, previous: first.Result);
        AssertSameSources(first, second);
        return (first, second);
    }

    /// <summary>Fails unless both runs generated the same hint names with the same text.</summary>
    public static void AssertSameSources(GeneratorRun expected, GeneratorRun actual)
    {
        static ImmutableDictionary<string, string> Sources(GeneratorRun run) =>
            run.GeneratedSources.ToImmutableDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

        var before = Sources(expected);
        var after = Sources(actual);
        var problems = new List<string>();
        foreach (var name in before.Keys.Union(after.Keys).OrderBy(n => n, StringComparer.Ordinal))
        {
            if (!after.ContainsKey(name)) problems.Add($"'{name}' is no longer generated");
            else if (!before.ContainsKey(name)) problems.Add($"'{name}' is newly generated");
            else if (!string.Equals(before[name], after[name], StringComparison.Ordinal))
            {
                problems.Add($"'{name}' changed:\n{TextDiff.Unified(before[name], after[name], "first run", "second run")}");
            }
        }
        if (problems.Count > 0)
        {
            throw new XunitException("The two runs generated different sources:\n" + string.Join("\n", problems));
        }
    }

    private static CSharpParseOptions ParseOptionsOf(Compilation compilation) =>
        compilation.SyntaxTrees.FirstOrDefault()?.Options as CSharpParseOptions ?? ParseOptions;
}
