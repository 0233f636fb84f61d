using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp;
using Newsroom.Generator.Emit;
using Newsroom.Generator.Pipeline;

namespace Newsroom.Benchmarks;

/// <summary>
/// What the generator reruns when an edit changes a name (a new speaker), apart from the driver: the naming pass
/// (<c>Naming.AssignFresh</c>, the whole pass over every article's summary, as a build runs it; the IDE's edits rerun less: --edit-runs), and writing and parsing the cross-article files it feeds (the
/// catalog, the largest file of actors), as the IDE parses every file an edit re-emits. The articles are extracted and
/// summarized once; each part then runs again and again, warm.
/// </summary>
public static class NamingRuns
{
    public static int Run(string[] args)
    {
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40;
        var count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2000;
        var articles = Corpus.Articles(count, Corpus.Named(args.Length > 3 ? args[3] : null));
        var summaries = articles
            .Select(a => Naming.Summarize(ArticleExtraction.Run(new ArticleFile(a.Path, a.Text, ReadStatus.Read, 0, 0), CancellationToken.None)))
            .ToImmutableArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// {count} articles, {summaries.Sum(s => s.Actors.Count)} actors of articles, {summaries.Sum(s => s.Quotes.Count)} quotes; {runs} warm runs of each"));

        NameTable table = null!;
        var naming = Time(runs, () => table = Naming.AssignFresh(summaries, CancellationToken.None).Table, out var allocated);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"naming: median {ColdPass.Median(naming):F2} ms, min {naming.Min():F2} ms, {allocated / 1024.0 / 1024.0:F1} MB allocated a run"));

        var options = EmitOptions.Default;
        var catalog = CatalogEmitter.Emit(CatalogEmitter.ArticlesOf(table), options).ToString();
        var shard = CatalogEmitter.Shards(table, options).OrderByDescending(s => s.Actors.Count).First();
        var actors = CatalogEmitter.EmitShard(shard).ToString();
        foreach (var (name, text, emit) in new (string, string, Func<string>)[]
        {
            ("catalog", catalog, () => CatalogEmitter.Emit(CatalogEmitter.ArticlesOf(table), options).ToString()),
            ("largest actor file (" + shard.HintName + ")", actors, () => CatalogEmitter.EmitShard(shard).ToString()),
        })
        {
            var write = Time(runs, () => emit(), out _);
            var parse = Time(runs, () => CSharpSyntaxTree.ParseText(text).GetRoot(), out _);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {text.Length} characters, written in {ColdPass.Median(write):F2} ms, parsed in {ColdPass.Median(parse):F2} ms (medians)"));
        }
        return 0;
    }

    /// <summary>Runs <paramref name="action"/> as many times again after as many warm-up runs: the times in ms, and the bytes allocated a run.</summary>
    private static double[] Time(int runs, Action action, out long allocatedPerRun)
    {
        for (var i = 0; i < runs; i++) action();
        var times = new double[runs];
        long allocated = 0;
        for (var i = 0; i < runs; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            action();
            times[i] = clock.Elapsed.TotalMilliseconds;
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
        }
        allocatedPerRun = allocated / runs;
        return times;
    }
}
