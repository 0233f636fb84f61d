using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Newsroom.Generator.Extraction;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Generator.Tests.Generator.Robustness;

/// <summary>
/// The generated code is byte-identical whatever the order of the AdditionalFiles, the culture of the machine and
/// the run; a cancelled run stops promptly with <see cref="OperationCanceledException"/>.
/// </summary>
public class DeterminismTests
{
    /// <summary>
    /// The sample articles plus text that culture-sensitive code would get wrong: Turkish dotted and dotless i, German
    /// ß, numbers, capitals, and names that differ only in case.
    /// </summary>
    private static (string Path, string Text)[] Corpus() =>
    [
        .. Fixture.SampleArticlePaths.Select(p => ("/project/Articles/" + Path.GetFileName(p), File.ReadAllText(p))),
        ("/project/Articles/istanbul.txt", "istanbul için iyi haber\n\nİstanbul belediye başkanı İlker Işık konuştu. “İyi bir gün,” dedi İlker Işık. “iyi,” said Ilker Isik.\n"),
        ("/project/Articles/Istanbul.txt", "ISTANBUL IN THE NEWS\n\nThe mayor of Iğdır, Irmak İnce, spoke on Friday. “It is 1,000.5 times better,” said Irmak İnce.\n"),
        ("/project/Articles/strasse.txt", "Große Straße wird gesperrt\n\n„Die Straße bleibt zu“, sagte Jürgen Weiß. “STRASSE,” said Jurgen Weiss, 1.234,5 meters away.\n"),
        ("/project/Articles/dup.txt", "Mayor opens bridge\n\nThe mayor opened it. “Yes,” said Ana Lima.\n"),
        ("/project/Other/dup.txt", "Mayor opens bridge\n\nThe mayor opened it again. “No,” said Ana Lima.\n"),
        ("/project/Articles/stray.txt", "Council votes\n\nIt was close,” said Ana Lima. “Nobody knows where the money went.”\n"),
    ];

    private sealed record Output(string[] Sources, string[] Diagnostics);

    private static Output Generate(IEnumerable<(string Path, string Text)> articles)
    {
        var texts = articles.Select(a => (AdditionalText)new InMemoryAdditionalText(a.Path, a.Text)).ToArray();
        var run = Robust.Run(texts);
        Robust.AssertBuildIsClean(run);
        var sources = run.GeneratedSources.Select(s => s.HintName + "\n" + Convert.ToHexString(s.SourceText.GetChecksum().ToArray()) + "\n" + s.SourceText).ToArray();
        var diagnostics = GeneratorRun.SortDiagnostics(run.GeneratorDiagnostics).Select(d => d.ToString()).ToArray();
        return new Output(sources, diagnostics);
    }

    private static T InCulture<T>(string name, Func<T> action)
    {
        var (culture, ui, defaultCulture, defaultUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        var c = name.Length == 0 ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(name);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = c;
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = c;
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
            (CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = (defaultCulture, defaultUi);
        }
    }

    [Fact]
    public void The_cultures_under_test_really_differ()
    {
        // Guards the test below: in invariant-globalization mode every culture would behave like the invariant one.
        Assert.Equal("İ", InCulture("tr-TR", () => "i".ToUpper(CultureInfo.CurrentCulture)));
        Assert.Equal("1.234,5", InCulture("de-DE", () => 1234.5.ToString("N1", CultureInfo.CurrentCulture)));
        Assert.True(InCulture("tr-TR", () => string.Compare("ı", "i", StringComparison.CurrentCulture)) != 0);
    }

    [Fact]
    public void Output_is_byte_identical_whatever_the_file_order_culture_and_run()
    {
        var corpus = Corpus();
        var expected = InCulture("", () => Generate(corpus));
        Assert.True(expected.Sources.Length > corpus.Length);

        var random = new Random(4);
        var orders = new[]
        {
            corpus,
            corpus.Reverse().ToArray(),
            corpus.OrderBy(_ => random.Next()).ToArray(),
        };
        foreach (var culture in new[] { "", "tr-TR", "de-DE" })
        {
            foreach (var order in orders)
            {
                var actual = InCulture(culture, () => Generate(order));
                Assert.Equal(expected.Sources.Length, actual.Sources.Length);
                for (var i = 0; i < expected.Sources.Length; i++)
                {
                    if (!string.Equals(expected.Sources[i], actual.Sources[i], StringComparison.Ordinal))
                    {
                        Robust.Fail($"culture '{culture}': {expected.Sources[i].Split('\n')[0]} differs:\n" +
                            TextDiff.Unified(expected.Sources[i], actual.Sources[i], "invariant, file order", culture));
                    }
                }
                Assert.Equal(expected.Diagnostics, actual.Diagnostics);
            }
        }
    }

    [Fact]
    public void Extraction_cancelled_mid_article_stops_promptly()
    {
        ArticleExtractor.Extract(LargeArticle(20_000)); // compiled and warm, so the timer lands mid-extraction
        // Long enough that even a fast machine is mid-article when the timer fires (warm extraction of 5 M characters
        // takes well over 20 ms anywhere: 2 M once finished before a 100 ms timer).
        var text = LargeArticle(5_000_000);
        var cts = new CancellationTokenSource(); // not disposed: the cancelling thread may still hold it
        var watch = Stopwatch.StartNew();
        CancelAfter(cts, 20);

        Assert.ThrowsAny<OperationCanceledException>(() => ArticleExtractor.Extract(text, cts.Token));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1.5), $"stopped {watch.Elapsed - TimeSpan.FromMilliseconds(20)} after the cancellation");
    }

    [Fact]
    public void A_run_cancelled_mid_corpus_stops_promptly_and_the_next_run_is_whole()
    {
        var articles = Enumerable.Range(0, 5).SelectMany(i => Fixture.SampleArticlePaths.Select(p => ($"/project/Articles/{i:00}/{Path.GetFileName(p)}", File.ReadAllText(p)))).ToArray();
        using var cts = new CancellationTokenSource();
        var reads = 0;
        const int cancelAt = 20;
        var texts = articles.Select(a => (AdditionalText)new ObservedText(a.Item1, a.Item2, () =>
        {
            if (Interlocked.Increment(ref reads) == cancelAt) cts.Cancel();
        })).ToArray();
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(GeneratorHarness.CreateNewsroomGenerator(), texts, GeneratorHarness.ArticleOptions(texts));
        var watch = Stopwatch.StartNew();

        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out _, cts.Token));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        Assert.InRange(reads, cancelAt, cancelAt + 1); // nothing was read after the cancellation

        // The driver is not left half-done: running it again gives what a fresh run gives.
        var again = GeneratorHarness.Run(driver, compilation);
        var fresh = GeneratorHarness.Run(GeneratorHarness.CreateDriver(GeneratorHarness.CreateNewsroomGenerator(), texts, GeneratorHarness.ArticleOptions(texts)), compilation);
        Assert.Empty(again.Exceptions);
        Assert.Equal(articles.Length, again.ArticleMembers.Length);
        Assert.True(again.HasFixedSources);
        GeneratorHarness.AssertSameSources(fresh, again);
    }

    [Fact]
    public void A_run_cancelled_on_a_timer_during_extraction_stops_promptly()
    {
        var texts = Enumerable.Range(0, 8).Select(i => (AdditionalText)new InMemoryAdditionalText($"/project/Articles/big{i}.txt", LargeArticle(400_000))).ToArray();
        var driver = GeneratorHarness.CreateDriver(GeneratorHarness.CreateNewsroomGenerator(), texts, GeneratorHarness.ArticleOptions(texts));
        var cts = new CancellationTokenSource(); // not disposed: the cancelling thread may still hold it
        var watch = Stopwatch.StartNew();
        CancelAfter(cts, 300);

        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out _, out _, cts.Token));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"stopped {watch.Elapsed - TimeSpan.FromMilliseconds(300)} after the cancellation");
    }

    /// <summary>
    /// Cancels after <paramref name="milliseconds"/> from a thread of its own: a timer's callback waits for a free
    /// thread-pool thread, which a busy test host may not have for half a second.
    /// </summary>
    private static void CancelAfter(CancellationTokenSource cts, int milliseconds)
    {
        var thread = new Thread(() =>
        {
            Thread.Sleep(milliseconds);
            cts.Cancel();
        }) { IsBackground = true };
        thread.Start();
    }

    /// <summary>Short news paragraphs with a quote each, to <paramref name="length"/> characters.</summary>
    private static string LargeArticle(int length)
    {
        var sb = new StringBuilder("Council talks go on\n\n");
        for (var i = 0; sb.Length < length; i++)
        {
            sb.Append("The council met again on day ").Append(i).Append(" and talked about the budget for a long time. ")
              .Append(i % 3 == 0 ? "“We are still talking,” said Ana Lima.\n\n" : "Nothing was decided.\n\n");
        }
        return sb.ToString();
    }

    /// <summary>An article that calls back when the generator reads it.</summary>
    private sealed class ObservedText(string path, string text, Action onRead) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            onRead();
            return _text;
        }
    }
}
