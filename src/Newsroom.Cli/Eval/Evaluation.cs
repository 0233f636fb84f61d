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

namespace Newsroom.Cli.Eval;

/// <summary>
/// Runs the real extraction over a gold corpus, writes system JSONL in the format of <c>../shared/tools/score.py</c>
/// and scores it with that script (<c>newsroom eval</c>).
/// </summary>
internal static class Evaluation
{
    private const int FailuresShown = 5;
    private static readonly TimeSpan ArticleTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Extracts every article and writes one system JSON object per line; failures are counted, not fatal.</summary>
    public static void Extract(TextWriter log, List<GoldArticle> articles, string output)
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
        long chars = 0, quotes = 0, indirect = 0, people = 0, organizations = 0, badSpans = 0;
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
                json.WriteString("source", q.Source);
                json.WriteString("kind", Rendering.JsonView.Kind(q.Kind));
                json.WriteEndObject();
                quotes++;
                if (q.Kind == QuoteKind.Indirect) indirect++;
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
            json.WriteStartArray("organizations");
            foreach (var actor in model?.Actors ?? EquatableArray<ActorModel>.Empty)
            {
                if (actor.Kind != ActorKind.Organization) continue;
                json.WriteStringValue(actor.Name);
                organizations++;
            }
            json.WriteEndArray();
            // Places too (the scorer reads none): what a gold that lists acting countries as organizations is compared with.
            json.WriteStartArray("places");
            foreach (var actor in model?.Actors ?? EquatableArray<ActorModel>.Empty)
            {
                if (actor.Kind == ActorKind.Place) json.WriteStringValue(actor.Name);
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
            json.Reset();
        }

        var seconds = clock.Elapsed.TotalSeconds;
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"extract: {articles.Count} article{(articles.Count == 1 ? "" : "s")}, {chars:N0} chars in {seconds * 1000:F1} ms = " +
            $"{(seconds > 0 ? chars / seconds / 1e6 : 0):F2} M chars/s; {quotes} quotes ({indirect} indirect), {people} people, {organizations} organizations"));
        if (badSpans > 0)
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"WARNING: {badSpans} quote spans fall outside their article's text"));
        }
        if (failed.Count > 0)
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FAILED: {failed.Count} of {articles.Count} articles threw (written with no quotes or people):"));
            foreach (var (id, error) in failed.GetRange(0, Math.Min(FailuresShown, failed.Count)))
            {
                log.WriteLine($"  {id}: {error.GetType().Name}: {error.Message}");
            }
            log.WriteLine($"  first stack trace:{Environment.NewLine}{failed[0].Error.StackTrace}");
        }
    }

    /// <summary>
    /// Runs <c>python3 score.py GOLD OUT [--errors N]</c> with its output going straight to the process's standard output.
    /// Returns 0, 3 when the scorer or Python is missing, 4 when the scorer fails.
    /// </summary>
    public static int Score(TextWriter log, TextWriter error, string script, string gold, string output, int errors)
    {
        if (!File.Exists(script))
        {
            error.WriteLine($"scorer not found: {script}");
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
        // Ours first: the scorer writes to the same standard output.
        log.Flush();
        try
        {
            using var python = Process.Start(start)!;
            python.WaitForExit();
            if (python.ExitCode != 0)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"score.py failed with exit code {python.ExitCode}"));
                return 4;
            }
            return 0;
        }
        catch (Win32Exception e)
        {
            error.WriteLine($"cannot run python3 ({e.Message}); install Python 3 or pass --no-score");
            return 3;
        }
    }
}
