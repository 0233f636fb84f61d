using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Xunit.Sdk;

namespace Newsroom.Generator.Tests.Infrastructure;

/// <summary>One output of one execution of a tracked incremental step.</summary>
/// <param name="StepName">The tracking name (<c>WithTrackingName</c>), or SourceOutput / ImplementationSourceOutput.</param>
/// <param name="Execution">Index of the execution among the step's executions in the run (one per input item for a Select).</param>
/// <param name="Output">Index of the output within that execution (a SelectMany can have several).</param>
/// <param name="Value">The output value.</param>
/// <param name="Reason">Why it has that value in this run: New, Modified, Unchanged, Cached or Removed.</param>
public sealed record TrackedOutput(string StepName, int Execution, int Output, object Value, IncrementalStepRunReason Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{StepName}[{Execution}.{Output}] {Reason}: {IncrementalSteps.Describe(Value)}";
}

/// <summary>
/// Reads the incremental steps a <see cref="GeneratorDriverRunResult"/> tracked (the driver must have been created with
/// step tracking, which <see cref="GeneratorHarness"/> does by default) and asserts on them.
/// </summary>
/// <remarks>
/// Tracked steps are the pipeline nodes the generator named with <c>WithTrackingName</c>, plus Roslyn's own input
/// nodes (<see cref="RoslynInputStepNames"/>). The latter output Compilation, AdditionalText and other host objects
/// by design, so every helper here leaves them out unless a test names them. Source outputs (RegisterSourceOutput)
/// are kept apart, in <see cref="GeneratorRunResult.TrackedOutputSteps"/>.
/// </remarks>
public static class IncrementalSteps
{
    /// <summary>
    /// Names Roslyn gives its own input nodes (<see cref="WellKnownGeneratorInputs"/>: Compilation, AdditionalTexts,
    /// AnalyzerConfigOptions, …) and the internal steps of <c>ForAttributeWithMetadataName</c>, whose names contain
    /// <c>_ForAttribute</c>.
    /// </summary>
    public static IReadOnlyCollection<string> RoslynInputStepNames { get; } =
        typeof(WellKnownGeneratorInputs)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToImmutableHashSet(StringComparer.Ordinal);

    /// <summary>Names of the source-output steps (<see cref="WellKnownGeneratorOutputs"/>: SourceOutput, ImplementationSourceOutput).</summary>
    public static IReadOnlyCollection<string> OutputStepNames { get; } =
        typeof(WellKnownGeneratorOutputs)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToImmutableHashSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="stepName"/> is one of Roslyn's own input steps rather than the generator's.</summary>
    public static bool IsRoslynStep(string stepName) =>
        RoslynInputStepNames.Contains(stepName) || stepName.Contains("_ForAttribute", StringComparison.Ordinal);

    /// <summary>
    /// The values of every <c>const string</c> field of <paramref name="trackingNamesType"/>, e.g.
    /// <c>TrackingNamesOf(typeof(TrackingNames))</c> for a class of tracking-name constants.
    /// </summary>
    public static string[] TrackingNamesOf(Type trackingNamesType) =>
        trackingNamesType
            .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.IsLiteral && !f.IsInitOnly && f.FieldType == typeof(string))
            .Select(f => (string?)f.GetRawConstantValue())
            .Where(name => !string.IsNullOrEmpty(name))
            .Select(name => name!)
            .ToArray();

    /// <summary>
    /// Tracked steps by name, merged over all generators of the run.
    /// </summary>
    /// <remarks>
    /// By default that is the generator's own named steps: neither Roslyn's input steps nor the source outputs, which
    /// <paramref name="includeOutputSteps"/> adds.
    /// </remarks>
    /// <param name="result">A run result from a driver with step tracking on.</param>
    /// <param name="stepNames">
    /// Only these steps (a source-output step may be named too); each must be present. By default every step except
    /// Roslyn's (<see cref="IsRoslynStep"/>).
    /// </param>
    /// <param name="includeOutputSteps">Also include all source-output steps (SourceOutput, ImplementationSourceOutput).</param>
    public static IReadOnlyDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> GetTrackedSteps(
        GeneratorDriverRunResult result,
        IEnumerable<string>? stepNames = null,
        bool includeOutputSteps = false)
    {
        // TrackedSteps has every named node, source outputs included; TrackedOutputSteps has only the source outputs.
        var tracked = Merge(result.Results.SelectMany(r => r.TrackedSteps));
        var outputSteps = Merge(result.Results.SelectMany(r => r.TrackedOutputSteps));

        var selected = new Dictionary<string, ImmutableArray<IncrementalGeneratorRunStep>>(StringComparer.Ordinal);
        if (stepNames is null)
        {
            foreach (var (name, steps) in tracked)
            {
                if (!IsRoslynStep(name) && !outputSteps.ContainsKey(name) && !OutputStepNames.Contains(name)) selected[name] = steps;
            }
        }
        else
        {
            var missing = new List<string>();
            foreach (var name in stepNames)
            {
                if (tracked.TryGetValue(name, out var steps) || outputSteps.TryGetValue(name, out steps)) selected[name] = steps;
                else missing.Add(name);
            }
            if (missing.Count > 0)
            {
                throw new XunitException(
                    $"Tracked step(s) {string.Join(", ", missing.Select(n => $"'{n}'"))} did not run. Tracked steps in this run: " +
                    $"{string.Join(", ", tracked.Keys.Concat(outputSteps.Keys).OrderBy(n => n, StringComparer.Ordinal))}. " +
                    "Was the driver created with step tracking, and did the generator name the step with WithTrackingName?");
            }
        }

        if (includeOutputSteps)
        {
            foreach (var (name, steps) in outputSteps) selected.TryAdd(name, steps);
        }
        return selected;

        static Dictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> Merge(
            IEnumerable<KeyValuePair<string, ImmutableArray<IncrementalGeneratorRunStep>>> steps)
        {
            var merged = new Dictionary<string, ImmutableArray<IncrementalGeneratorRunStep>>(StringComparer.Ordinal);
            foreach (var (name, runSteps) in steps)
            {
                merged[name] = merged.TryGetValue(name, out var existing) ? existing.AddRange(runSteps) : runSteps;
            }
            return merged;
        }
    }

    /// <summary>Every output of every execution of the tracked step <paramref name="stepName"/>, in execution order.</summary>
    public static IReadOnlyList<TrackedOutput> Outputs(GeneratorDriverRunResult result, string stepName)
    {
        var steps = GetTrackedSteps(result, [stepName])[stepName];
        return steps
            .SelectMany((step, execution) => step.Outputs.Select((output, index) =>
                new TrackedOutput(stepName, execution, index, output.Value, output.Reason)))
            .ToArray();
    }

    /// <summary>
    /// Per step name, the reason of each output in execution order, e.g. to check that after editing one of three
    /// articles the extraction step reports <c>[Cached, Modified, Cached]</c>.
    /// </summary>
    /// <param name="result">A run result from a driver with step tracking on.</param>
    /// <param name="stepNames">Only these steps; each must be present. By default every step except Roslyn's.</param>
    /// <param name="includeOutputSteps">Also include the source-output steps.</param>
    public static IReadOnlyDictionary<string, IReadOnlyList<IncrementalStepRunReason>> OutputReasons(
        GeneratorDriverRunResult result,
        IEnumerable<string>? stepNames = null,
        bool includeOutputSteps = false) =>
        GetTrackedSteps(result, stepNames, includeOutputSteps).ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<IncrementalStepRunReason>)pair.Value
                .SelectMany(step => step.Outputs.Select(output => output.Reason))
                .ToArray(),
            StringComparer.Ordinal);

    /// <summary>
    /// Fails unless every output of the checked steps (and of the source outputs) has reason
    /// <see cref="IncrementalStepRunReason.Cached"/> (input unchanged) or <see cref="IncrementalStepRunReason.Unchanged"/>
    /// (input changed, output equal to last time): what a run after a change the generator should ignore must show.
    /// </summary>
    /// <param name="result">The run after the change.</param>
    /// <param name="stepNames">Only these steps; each must be present. By default every step except Roslyn's.</param>
    /// <param name="previous">The run before the change, if at hand: the failure message then shows the earlier value too.</param>
    /// <param name="includeOutputSteps">Also check the source-output steps.</param>
    public static void AssertAllCachedOrUnchanged(
        GeneratorDriverRunResult result,
        IEnumerable<string>? stepNames = null,
        GeneratorDriverRunResult? previous = null,
        bool includeOutputSteps = true)
    {
        var names = stepNames?.ToArray();
        var steps = GetTrackedSteps(result, names, includeOutputSteps);
        if (names is null && GetTrackedSteps(result).Count == 0)
        {
            throw new XunitException(
                "No tracked steps to check: was the driver created with step tracking, and does the generator name its steps with WithTrackingName?");
        }
        IReadOnlyDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>>? before = null;
        try
        {
            if (previous is not null) before = GetTrackedSteps(previous, names, includeOutputSteps);
        }
        catch (XunitException)
        {
            // A step missing from the earlier run only costs the "before" lines of the message.
        }

        var failures = new StringBuilder();
        foreach (var (name, executions) in steps.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            for (var execution = 0; execution < executions.Length; execution++)
            {
                var outputs = executions[execution].Outputs;
                for (var index = 0; index < outputs.Length; index++)
                {
                    var (value, reason) = outputs[index];
                    if (reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged) continue;

                    failures.Append($"  {name}[{execution}.{index}] is {reason}: {Describe(value)}\n");
                    if (before is not null && before.TryGetValue(name, out var old) && execution < old.Length
                        && index < old[execution].Outputs.Length)
                    {
                        var oldValue = old[execution].Outputs[index].Value;
                        failures.Append($"      before: {Describe(oldValue)} (Equals: {Equals(oldValue, value)})\n");
                    }
                }
            }
        }

        if (failures.Length > 0)
        {
            throw new XunitException(
                "Expected every tracked step output to be Cached or Unchanged, but:\n" + failures +
                "A Modified output that looks equal to the one before usually means a model without value equality " +
                "(a plain array or list, or a class instead of a record, somewhere inside it).");
        }
    }

    /// <summary>
    /// Fails if any output of the checked steps holds (at any depth) a Roslyn object that pins a compilation: a symbol,
    /// syntax node, tree, compilation, semantic model, location and the like (see <see cref="RoslynObjectWalker"/>).
    /// Such outputs defeat caching and keep old compilations alive in the IDE.
    /// </summary>
    /// <param name="result">A run result from a driver with step tracking on.</param>
    /// <param name="stepNames">Only these steps; each must be present. By default every step except Roslyn's, whose
    /// outputs are compilations and the like by design. Source-output steps are never walked: they hold the
    /// generated texts and diagnostics (with locations), as they should.</param>
    public static void AssertNoRoslynObjects(GeneratorDriverRunResult result, IEnumerable<string>? stepNames = null)
    {
        var failures = new StringBuilder();
        foreach (var (name, executions) in GetTrackedSteps(result, stepNames).OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            for (var execution = 0; execution < executions.Length; execution++)
            {
                var outputs = executions[execution].Outputs;
                for (var index = 0; index < outputs.Length; index++)
                {
                    foreach (var finding in RoslynObjectWalker.FindRoslynObjects(outputs[index].Value, "output"))
                    {
                        failures.Append($"  {name}[{execution}.{index}]: {finding}\n");
                    }
                }
            }
        }

        if (failures.Length > 0)
        {
            throw new XunitException(
                "Tracked step outputs hold Roslyn objects; pipeline models must be plain equatable data:\n" + failures);
        }
    }

    /// <summary>A one-line description of a step output for failure messages (type and ToString, truncated).</summary>
    public static string Describe(object? value)
    {
        if (value is null) return "null";
        if (value is ITuple { Length: 2 } output && output[1] is ImmutableArray<Diagnostic> diagnostics
            && output[0] is System.Collections.IEnumerable sources)
        {
            // What a source-output step records: (ImmutableArray<GeneratedSourceText>, ImmutableArray<Diagnostic>).
            // GeneratedSourceText is internal to Roslyn, hence the reflection for its HintName.
            var hints = string.Join(", ", sources.Cast<object>().Select(source =>
                source.GetType().GetProperty("HintName", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                    ?.GetValue(source) as string ?? "?"));
            var ids = diagnostics.IsDefault ? "" : string.Join(", ", diagnostics.Select(d => d.Id));
            return $"(source output) sources [{hints}], diagnostics [{ids}]";
        }
        string text;
        try
        {
            text = value.ToString() ?? string.Empty;
        }
        catch (Exception e)
        {
            text = $"<ToString threw {e.GetType().Name}>";
        }
        text = text.ReplaceLineEndings(" ");
        const int max = 300;
        if (text.Length > max) text = text[..max] + "…";
        return $"({value.GetType().Name}) {text}";
    }
}
