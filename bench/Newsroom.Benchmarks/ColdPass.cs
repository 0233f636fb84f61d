using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Newsroom.Generator.Extraction;
using Newsroom.Generator.Extraction.Model;

namespace Newsroom.Benchmarks;

/// <summary>
/// The extraction as a build runs it: once, in a fresh process, nothing compiled or loaded beforehand (the lexicons
/// load and every method is compiled during the pass). BenchmarkDotNet measures warm code; this measures the first pass.
/// <code>
/// dotnet run -c Release --project bench/Newsroom.Benchmarks -- --cold [RUNS]   # RUNS fresh processes (default 5): min, median
/// dotnet run -c Release --project bench/Newsroom.Benchmarks -- --cold-once     # one pass in this process
/// dotnet run -c Release --project bench/Newsroom.Benchmarks -- --passes N        # N passes in one process, each timed (for a profiler)
/// dotnet run -c Release --project bench/Newsroom.Benchmarks -- --dump FILE     # every field of every model, to compare with cmp
/// </code>
/// </summary>
public static class ColdPass
{
    public static int Run(string[] args)
    {
        switch (args[0])
        {
            case "--cold-once":
                return Once();
            case "--passes":
                return Passes(int.Parse(args[1], CultureInfo.InvariantCulture));
            case "--dump":
                return Dump(args.Length > 1 ? args[1] : "models.txt");
            default:
                return Repeat(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5);
        }
    }

    /// <summary>One cold pass: the corpus is read first (not timed), then every article extracted once.</summary>
    private static int Once()
    {
        var texts = Corpus.Mix;
        long chars = 0;
        foreach (var t in texts) chars += t.Length;

        var clock = Stopwatch.StartNew();
        var quotes = ArticleExtractor.Extract(texts[0]).Quotes.Count;
        var first = clock.Elapsed.TotalMilliseconds;
        for (var i = 1; i < texts.Count; i++) quotes += ArticleExtractor.Extract(texts[i]).Quotes.Count;
        var total = clock.Elapsed.TotalMilliseconds;

        // One line a pass, read back by Repeat: total ms, first article ms, M chars/s.
        Console.WriteLine(FormattableString.Invariant(
            $"cold: {texts.Count} articles, {chars} chars, {quotes} quotes in {total:F1} ms (first article {first:F1} ms) = {chars / total / 1000:F2} M chars/s"));
        return 0;
    }

    /// <summary>The first pass and the ones after it in one process: how far a warm pass is from a cold one.</summary>
    private static int Passes(int passes)
    {
        var texts = Corpus.Mix;
        long chars = 0;
        foreach (var t in texts) chars += t.Length;
        for (var pass = 1; pass <= passes; pass++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var t in texts) ArticleExtractor.Extract(t);
            var ms = clock.Elapsed.TotalMilliseconds;
            Console.WriteLine(FormattableString.Invariant($"pass {pass}: {ms:F1} ms = {chars / ms / 1000:F2} M chars/s"));
        }
        return 0;
    }

    /// <summary>Runs <see cref="Once"/> in <paramref name="runs"/> fresh processes, one after the other.</summary>
    private static int Repeat(int runs)
    {
        var totals = new List<double>();
        var firsts = new List<double>();
        var rates = new List<double>();
        for (var r = 0; r < runs; r++)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
            // Started as `dotnet Newsroom.Benchmarks.dll`, the process is the host: the child needs the assembly too.
            if (System.IO.Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") start.ArgumentList.Add(typeof(ColdPass).Assembly.Location);
            start.ArgumentList.Add("--cold-once");
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var line = output.Split('\n').First(l => l.StartsWith("cold:", StringComparison.Ordinal)).Trim();
            Console.WriteLine(line);
            totals.Add(Number(line, " in ", " ms"));
            firsts.Add(Number(line, "(first article ", " ms"));
            rates.Add(Number(line, "= ", " M chars/s"));
        }
        Console.WriteLine(FormattableString.Invariant(
            $"cold, {runs} processes: total min {totals.Min():F1} ms, median {Median(totals):F1} ms; first article median {Median(firsts):F1} ms; M chars/s max {rates.Max():F2}, median {Median(rates):F2}"));
        return 0;
    }

    private static double Number(string line, string before, string after)
    {
        var from = line.IndexOf(before, StringComparison.Ordinal) + before.Length;
        return double.Parse(line.Substring(from, line.IndexOf(after, from, StringComparison.Ordinal) - from), CultureInfo.InvariantCulture);
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>Every field of every article's model, one article after the other, to check that output did not change.</summary>
    private static int Dump(string path)
    {
        var s = new StringBuilder();
        foreach (var text in Corpus.Mix)
        {
            var m = ArticleExtractor.Extract(text);
            s.Append("article ").Append(text.Length).Append(' ').Append(m.Headline).Append(' ').Append(m.Dateline)
                .Append(" byline=").Append(m.Byline).Append(" lede=").Append(m.Lede).Append('\n');
            foreach (var p in m.Paragraphs) s.Append("  paragraph ").Append(p).Append('\n');
            foreach (var c in m.Credits) s.Append("  credit ").Append(c).Append('\n');
            foreach (var q in m.Quotes) s.Append("  ").Append(q).Append('\n');
            foreach (var a in m.Actors)
                s.Append("  actor ").Append(a.Name).Append(" | ").Append(a.Kind).Append(" | ").Append(a.Role).Append(" | ")
                    .Append(string.Join(" | ", a.Aliases)).Append(" | ").Append(a.Mentions).Append('\n');
            foreach (var x in m.StrayMarks) s.Append("  ").Append(x).Append('\n');
        }
        File.WriteAllText(path, s.ToString());
        Console.WriteLine($"dump: {Corpus.Mix.Count} articles to {path}");
        return 0;
    }
}
