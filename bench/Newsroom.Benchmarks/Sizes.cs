using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Newsroom.Benchmarks;

/// <summary>
/// The generated files of one run over the articles: the largest ones, each kind's count and size, and how long the
/// largest takes to parse on its own (warm median), as a file an edit re-emits may be parsed again.
/// </summary>
public static class Sizes
{
    public static int Run(string[] args)
    {
        var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var texts = Corpus.Articles(count, Corpus.Named(args.Length > 2 ? args[2] : null)).Select(a => (AdditionalText)new GeneratorInputs.Text(a.Path, a.Text)).ToArray();
        var sources = GeneratorInputs.Driver(texts, parse).RunGenerators(GeneratorInputs.Consumer(parse)).GetRunResult().Results[0].GeneratedSources;
        Console.WriteLine($"// {count} articles: {sources.Length} files, {sources.Sum(s => s.SourceText.Length)} characters");
        foreach (var s in sources.OrderByDescending(s => s.SourceText.Length).Take(8)) Console.WriteLine($"{s.HintName,-28} {s.SourceText.Length,10}");
        foreach (var kind in new[] { "Newsroom.Articles.", "Newsroom.Quotes.", "Newsroom.Actors.", "Newsroom.Catalog." })
        {
            var files = sources.Where(s => s.HintName.StartsWith(kind, StringComparison.Ordinal)).ToArray();
            Console.WriteLine($"{kind + "*",-28} {files.Length,3} files, {files.Sum(s => s.SourceText.Length),10} characters");
        }
        var largest = sources.OrderByDescending(s => s.SourceText.Length).First();
        var text = largest.SourceText.ToString();
        var times = new double[12];
        for (var i = 0; i < times.Length; i++)
        {
            var clock = Stopwatch.StartNew();
            CSharpSyntaxTree.ParseText(text, parse).GetRoot();
            times[i] = clock.Elapsed.TotalMilliseconds;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"parsing {largest.HintName}: median {ColdPass.Median(times.Skip(4).ToArray()):F1} ms (8 runs after 4)"));
        return 0;
    }
}
