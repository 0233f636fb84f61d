using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using Newsroom.Generator.Extraction;
using Newsroom.Generator.Extraction.Model;

namespace Newsroom.Eval;

/// <summary>
/// Runs the real extraction over a gold corpus, writes system JSONL in the format of
/// <c>../shared/tools/score.py</c> and scores it with that script.
/// </summary>
internal static class Program
{
    private const string Usage =
        "usage: dotnet run --project tools/Newsroom.Eval -c Release -- [GOLD] [--seed] [--out FILE] [--errors N] [--no-score]\n" +
        "  GOLD        gold JSONL, or one pretty-printed gold JSON object (default: ../shared/corpus/polnear-dev.jsonl)\n" +
        "  --seed      GOLD = ../shared/seeds/000_94ea7bb9e4850890.gold.json\n" +
        "  --out FILE  system JSONL to write (default: eval-out/system.jsonl under the repo root)\n" +
        "  --errors N  ask score.py for N examples of each kind of error\n" +
        "  --no-score  only extract and write; do not run score.py";

    private const int FailuresShown = 5;
    private static readonly TimeSpan ArticleTimeout = TimeSpan.FromSeconds(10);

    private static int Main(string[] args)
    {
        string? gold = null, output = null;
        int errors = 0;
        bool score = true, seed = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--errors" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n >= 0:
                    errors = n;
                    i++;
                    break;
                case "--no-score":
                    score = false;
                    break;
                case "--seed":
                    seed = true;
                    break;
                case "-h" or "--help":
                    Console.WriteLine(Usage);
                    return 0;
                default:
                    if (args[i].StartsWith('-') || gold is not null)
                    {
                        Console.Error.WriteLine($"unexpected argument '{args[i]}'");
                        Console.Error.WriteLine(Usage);
                        return 2;
                    }
                    gold = args[i];
                    break;
            }
        }
        if (seed && gold is not null)
        {
            Console.Error.WriteLine("give either GOLD or --seed, not both");
            return 2;
        }

        var root = Corpus.FindRepoRoot(Directory.GetCurrentDirectory()) ?? Corpus.FindRepoRoot(AppContext.BaseDirectory);
        if (root is null)
        {
            Console.Error.WriteLine("cannot find the repo root (a folder with Generator.sln or .git) above the current directory");
            return 2;
        }
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared"));
        gold = Path.GetFullPath(gold ?? (seed
            ? Path.Combine(shared, "seeds", "000_94ea7bb9e4850890.gold.json")
            : Path.Combine(shared, "corpus", "polnear-dev.jsonl")));
        output = Path.GetFullPath(output ?? Path.Combine(root, "eval-out", "system.jsonl"));
        if (!File.Exists(gold))
        {
            Console.Error.WriteLine($"gold file not found: {gold}");
            return 2;
        }

        var articles = Corpus.Load(gold);
        Console.WriteLine($"gold:   {gold} ({articles.Count} article{(articles.Count == 1 ? "" : "s")})");
        Extract(articles, output);
        Console.WriteLine($"system: {output}");

        return score ? Score(Path.Combine(shared, "tools", "score.py"), gold, output, errors) : 0;
    }

    /// <summary>Extracts every article and writes one system JSON object per line; failures are counted, not fatal.</summary>
    private static void Extract(List<GoldArticle> articles, string output)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        using var stream = File.Create(output);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        // Warm up outside the timed loop (JIT tiering, static lexicons): a few passes over the first articles.
        // A failure here shows up again below.
        for (var pass = 0; pass < 3; pass++)
        {
            foreach (var article in articles.GetRange(0, Math.Min(20, articles.Count)))
            {
                try { ArticleExtractor.Extract(article.Text); } catch (Exception) { }
            }
        }

        var failed = new List<(string Id, Exception Error)>();
        long chars = 0, quotes = 0, people = 0, badSpans = 0;
        var clock = new Stopwatch();
        foreach (var article in articles)
        {
            ArticleModel? model = null;
            using var timeout = new CancellationTokenSource(ArticleTimeout); // stops a runaway article, if the extractor checks it
            clock.Start();
            try
            {
                model = ArticleExtractor.Extract(article.Text, timeout.Token);
            }
            catch (Exception e)
            {
                failed.Add((article.Id, e));
            }
            clock.Stop();
            chars += article.Text.Length;

            json.WriteStartObject();
            json.WriteString("id", article.Id);
            json.WriteStartArray("quotes");
            foreach (var q in model?.Quotes ?? EquatableArray<QuoteModel>.Empty)
            {
                if (q.Span.Start < 0 || q.Span.Length < 0 || q.Span.End > article.Text.Length) badSpans++;
                json.WriteStartObject();
                json.WriteNumber("start", q.Span.Start);
                json.WriteNumber("end", q.Span.End);
                json.WriteString("speaker", q.Speaker);
                json.WriteString("verb", q.Verb);
                json.WriteEndObject();
                quotes++;
            }
            json.WriteEndArray();
            json.WriteStartArray("people");
            foreach (var actor in model?.Actors ?? EquatableArray<ActorModel>.Empty)
            {
                if (actor.Kind != ActorKind.Person) continue;
                json.WriteStringValue(actor.Name);
                people++;
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
            json.Reset();
        }

        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"extract: {articles.Count} article{(articles.Count == 1 ? "" : "s")}, {chars:N0} chars in {seconds * 1000:F1} ms = " +
            $"{(seconds > 0 ? chars / seconds / 1e6 : 0):F2} M chars/s; {quotes} quotes, {people} people"));
        if (badSpans > 0)
        {
            Console.WriteLine($"WARNING: {badSpans} quote spans fall outside their article's text");
        }
        if (failed.Count > 0)
        {
            Console.WriteLine($"FAILED: {failed.Count} of {articles.Count} articles threw (written with no quotes or people):");
            foreach (var (id, error) in failed.GetRange(0, Math.Min(FailuresShown, failed.Count)))
            {
                Console.WriteLine($"  {id}: {error.GetType().Name}: {error.Message}");
            }
            Console.WriteLine($"  first stack trace:{Environment.NewLine}{failed[0].Error.StackTrace}");
        }
    }

    /// <summary>Runs <c>python3 score.py GOLD OUT [--errors N]</c> with its output going straight to ours.</summary>
    private static int Score(string script, string gold, string output, int errors)
    {
        if (!File.Exists(script))
        {
            Console.Error.WriteLine($"scorer not found: {script}");
            return 3;
        }
        var start = new ProcessStartInfo("python3") { UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(gold);
        start.ArgumentList.Add(output);
        if (errors > 0)
        {
            start.ArgumentList.Add("--errors");
            start.ArgumentList.Add(errors.ToString(CultureInfo.InvariantCulture));
        }
        Console.Out.Flush();
        try
        {
            using var python = Process.Start(start)!;
            python.WaitForExit();
            if (python.ExitCode != 0)
            {
                Console.Error.WriteLine($"score.py failed with exit code {python.ExitCode}");
                return 4;
            }
            return 0;
        }
        catch (Win32Exception e)
        {
            Console.Error.WriteLine($"cannot run python3 ({e.Message}); install Python 3 or pass --no-score");
            return 3;
        }
    }
}
