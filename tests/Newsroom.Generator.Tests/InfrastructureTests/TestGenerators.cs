using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Newsroom.Generator.Tests.Infrastructure;

namespace Newsroom.Generator.Tests.InfrastructureTests;

/// <summary>
/// Small generators shaped like the Newsroom pipeline (articles marked by analyzer-config metadata, one model per
/// article, one source per model), so that the harness can be tested without the real generator.
/// </summary>
internal static class TestGenerators
{
    public const string ExtractStep = "Extract";

    /// <summary>The part every test generator shares: the articles among the additional texts.</summary>
    public static IncrementalValuesProvider<AdditionalText> Articles(IncrementalGeneratorInitializationContext context) =>
        context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => pair.Right.GetOptions(pair.Left).TryGetValue(GeneratorHarness.ArticleMetadataKey, out var value)
                           && value.Equals("true", StringComparison.OrdinalIgnoreCase))
            .Select((pair, _) => pair.Left);

    public static string NameOf(AdditionalText text) => Path.GetFileNameWithoutExtension(text.Path);
}

/// <summary>A well-behaved generator: an equatable model per article and a class per model.</summary>
internal sealed class EchoGenerator : IIncrementalGenerator
{
    public sealed record Model(string Name, string FirstLine, int Length);

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var models = TestGenerators.Articles(context)
            .Select((text, ct) =>
            {
                var content = text.GetText(ct)?.ToString() ?? string.Empty;
                return new Model(TestGenerators.NameOf(text), content.Split('\n')[0].TrimEnd('\r'), content.Length);
            })
            .WithTrackingName(TestGenerators.ExtractStep);

        context.RegisterSourceOutput(models, (spc, model) =>
        {
            spc.AddSource($"{model.Name}.g.cs",
                $"// {model.FirstLine}\nnamespace Echo\n{{\n    internal static class {model.Name}\n    {{\n        public const int Length = {model.Length};\n    }}\n}}\n");
            if (model.Length == 0)
            {
                spc.ReportDiagnostic(Diagnostic.Create(EmptyArticle, Location.None, model.Name));
            }
        });
    }

#pragma warning disable RS2008 // Release tracking is for shipped analyzers, not for a test double.
    public static readonly DiagnosticDescriptor EmptyArticle = new(
        "ECHO001", "Empty article", "Article '{0}' is empty", "Echo", DiagnosticSeverity.Warning, isEnabledByDefault: true);
#pragma warning restore RS2008
}

/// <summary>Keeps a Location in its model: what <see cref="IncrementalSteps.AssertNoRoslynObjects"/> must catch.</summary>
internal sealed class LocationHoldingGenerator : IIncrementalGenerator
{
    public sealed record Model(string Name, Location Where);

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var models = TestGenerators.Articles(context)
            .Select((text, _) => new Model(TestGenerators.NameOf(text), Location.Create(text.Path, default, default)))
            .WithTrackingName(TestGenerators.ExtractStep);
        context.RegisterSourceOutput(models, (spc, model) => spc.AddSource($"{model.Name}.g.cs", "// located\n"));
    }
}

/// <summary>
/// Recomputes its model from the compilation and uses a plain array in it, so the model never compares equal:
/// what <see cref="IncrementalSteps.AssertAllCachedOrUnchanged"/> must catch.
/// </summary>
internal sealed class NonEquatableGenerator : IIncrementalGenerator
{
    public sealed record Model(string Name, string[] Words);

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var models = TestGenerators.Articles(context)
            .Combine(context.CompilationProvider)
            .Select((pair, ct) => new Model(
                TestGenerators.NameOf(pair.Left),
                (pair.Left.GetText(ct)?.ToString() ?? string.Empty).Split(' ').ToArray()))
            .WithTrackingName(TestGenerators.ExtractStep);
        context.RegisterSourceOutput(models, (spc, model) =>
            spc.AddSource($"{model.Name}.g.cs", $"// {model.Words.Length} words\n"));
    }
}
