using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Newsroom.Benchmarks;

/// <summary>
/// The whole generator's throughput, in characters of article a second: a new driver over the same articles, run after
/// run in one process, each run timed apart (the first one also compiles every method, as a build's one run does).
/// BenchmarkDotNet's generator benchmarks give means over few runs; this gives every run, and the median of the warm ones.
/// Each run also prints what the JIT spent in it (<c>JitInfo</c>: methods compiled and their compilation time, Roslyn's
/// own included, as it is not precompiled in this process).
/// <code>
/// dotnet run -c Release --project bench/Newsroom.Benchmarks -- --generator-runs [RUNS] [ARTICLES] [polnear|wikinews|mix]
///   # default 16 runs, 1,000 articles of the mix; polnear: the PolNeAR texts only (as eng/build-cost.sh builds them)
/// dotnet run -c Release --project bench/Newsroom.Benchmarks -- --edit-runs [EDITS] [ARTICLES] [polnear|wikinews|mix] [NAME]
///   # the IDE's loop: one warm driver, then EDITS edits of one article each (default 40, 2,000 articles), alternately
///   # a word of its text changed (no name changes) and a quote by a new speaker added (names change); each rerun timed;
///   # with NAME (Trump), a third kind: a quote by that name, which the project has, added
/// </code>
/// </summary>
public static class GeneratorRuns
{
    public static int Run(string[] args)
    {
        if (args[0] == "--edit-runs") return Edits(args);
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 16;
        var count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000;
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var articles = Corpus.Articles(count, Corpus.Named(args.Length > 3 ? args[3] : null));
        var texts = articles.Select(a => (AdditionalText)new GeneratorInputs.Text(a.Path, a.Text)).ToArray();
        var chars = articles.Sum(a => (long)a.Text.Length);
        var compilation = GeneratorInputs.Consumer(parse);
        Console.WriteLine($"// {count} articles, {chars} chars; a new driver each run (texts embedded, as with the package)");

        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var (jitBefore, methodsBefore) = (System.Runtime.JitInfo.GetCompilationTime(), System.Runtime.JitInfo.GetCompiledMethodCount());
            var clock = Stopwatch.StartNew();
            GeneratorInputs.Driver(texts, parse).RunGenerators(compilation);
            times[i] = clock.Elapsed.TotalMilliseconds;
            var allocated = (GC.GetTotalAllocatedBytes(precise: true) - before) / 1e6;
            var jit = (System.Runtime.JitInfo.GetCompilationTime() - jitBefore).TotalMilliseconds;
            var methods = System.Runtime.JitInfo.GetCompiledMethodCount() - methodsBefore;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {i + 1}: {times[i]:F1} ms = {chars / times[i] / 1e3:F1} M chars/s, {allocated:F0} MB allocated, JIT {jit:F0} ms ({methods} methods){(i == 0 ? " (first run: every method compiled)" : "")}"));
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

    /// <summary>
    /// Reruns of one warm driver after editing one article, as the IDE runs the generator on each keystroke: the edits
    /// alternate between a word changed in an article's body (no name changes: the article's own files only should be
    /// made again) and a quote by a speaker no article has added at its end (new names: naming and the catalog change).
    /// With a fifth argument (a name, such as <c>Trump</c>), a third kind of edit comes in turn: a quote by that name, one
    /// the project already has, added (the names of people across articles are joined again).
    /// </summary>
    private static int Edits(string[] args)
    {
        var edits = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40;
        var count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2000;
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var texts = Corpus.Articles(count, Corpus.Named(args.Length > 3 ? args[3] : null)).Select(a => (AdditionalText)new GeneratorInputs.Text(a.Path, a.Text)).ToArray();
        var compilation = GeneratorInputs.Consumer(parse);
        var driver = GeneratorInputs.Driver(texts, parse).RunGenerators(compilation);
        Console.WriteLine($"// {count} articles; {edits} edits after a warm-up of {edits} (every method compiled and promoted)");
        var word = new System.Collections.Generic.List<double>();
        var quote = new System.Collections.Generic.List<double>();
        var knownQuote = new System.Collections.Generic.List<double>();
        var known = args.Length > 4 ? args[4] : null;
        var kinds = known is null ? 2 : 3;
        for (var i = 0; i < kinds * edits; i++)
        {
            var at = (i * 7919) % texts.Length;
            var old = texts[at];
            var text = old.GetText()!.ToString();
            var kind = i % kinds;
            var speakerEdit = kind == 1;
            // A word of the body: the last "the" becomes "this" (the same names), a new quote by a new speaker, or one by
            // the known name.
            var changed = kind == 1 ? text + $"\n\n“We will see,” said Dana Quillfeather{i}."
                : kind == 2 ? text + $"\n\n“We will see,” said {known}."
                : text.LastIndexOf(" the ", StringComparison.Ordinal) is var k and > 0 ? text.Substring(0, k) + " this " + text.Substring(k + 5) : text + " ";
            var edited = new GeneratorInputs.Text(old.Path, changed);
            var clock = Stopwatch.StartNew();
            driver = driver.ReplaceAdditionalText(old, edited).RunGenerators(compilation);
            var ms = clock.Elapsed.TotalMilliseconds;
            texts[at] = edited;
            if (i < edits) continue; // warm-up
            (kind == 2 ? knownQuote : speakerEdit ? quote : word).Add(ms);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"a word changed (no names change): median {ColdPass.Median(word.ToArray()):F1} ms, min {word.Min():F1} ms, max {word.Max():F1} ms ({word.Count} edits)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"a quote by a new speaker added: median {ColdPass.Median(quote.ToArray()):F1} ms, min {quote.Min():F1} ms, max {quote.Max():F1} ms ({quote.Count} edits)"));
        if (known is not null)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"a quote by {known} added: median {ColdPass.Median(knownQuote.ToArray()):F1} ms, min {knownQuote.Min():F1} ms, max {knownQuote.Max():F1} ms ({knownQuote.Count} edits)"));
        }
        return 0;
    }
}
