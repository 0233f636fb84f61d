using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Newsroom.Generator;

namespace Newsroom.Benchmarks;

/// <summary>
/// The whole generator's throughput, in characters of article a second: a new driver over the same articles, run after
/// run in one process, each run timed apart (the first one also compiles every method, as a build's one run does).
/// BenchmarkDotNet's generator benchmarks give means over few runs; this gives every run, and the median of the warm ones.
/// <code>
/// dotnet run -c Release --project bench/Newsroom.Benchmarks -- --generator-runs [RUNS] [ARTICLES]   # default 16 runs, 1,000 articles
/// </code>
/// </summary>
public static class GeneratorRuns
{
    public static int Run(string[] args)
    {
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 16;
        var count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000;
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var articles = Corpus.Articles(count);
        var texts = articles.Select(a => (AdditionalText)new GeneratorInputs.Text(a.Path, a.Text)).ToArray();
        var chars = articles.Sum(a => (long)a.Text.Length);
        var compilation = CSharpCompilation.Create("Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer { public class A { } }", parse) },
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Console.WriteLine($"// {count} articles, {chars} chars; a new driver each run (texts embedded, as with the package)");

        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            CSharpGeneratorDriver.Create(new[] { new NewsroomGenerator().AsSourceGenerator() }, texts, parse, new GeneratorInputs.AllArticles())
                .RunGenerators(compilation);
            times[i] = clock.Elapsed.TotalMilliseconds;
            var allocated = (GC.GetTotalAllocatedBytes(precise: true) - before) / 1e6;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {i + 1}: {times[i]:F1} ms = {chars / times[i] / 1e3:F1} M chars/s, {allocated:F0} MB allocated{(i == 0 ? " (first run: every method compiled)" : "")}"));
        }
        var warm = times.Skip(1).ToArray();
        if (warm.Length > 0)
        {
            var (min, median) = (warm.Min(), ColdPass.Median(warm));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"first run {times[0]:F1} ms ({chars / times[0] / 1e3:F1} M chars/s); later runs: min {min:F1} ms ({chars / min / 1e3:F1} M chars/s), median {median:F1} ms ({chars / median / 1e3:F1} M chars/s)"));
        }
        return 0;
    }
}
