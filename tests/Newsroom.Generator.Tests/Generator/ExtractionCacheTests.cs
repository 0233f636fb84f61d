using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Newsroom.Generator.Pipeline;
using Xunit;

namespace Newsroom.Generator.Tests.Generator;

/// <summary>
/// The generator's extraction step (ExtractionCache): articles extracted side by side give what one at a time gives,
/// and an article file the pipeline passes on unchanged (the same object, as the caching tests show it does) is not
/// extracted again.
/// </summary>
public class ExtractionCacheTests
{
    private static ArticleFile File(int i, string? text = null) =>
        new($"/p/Articles/n{i:00}.txt", text ?? $"Story number {i}\n\n“We did it on day {i},” said Ana Ruiz, the mayor of Eastport.\n", ReadStatus.Read, 0, 0);

    private static ExtractedArticle[] WarmAndGet(ImmutableArray<ArticleFile> files)
    {
        ExtractionCache.Warm(files, CancellationToken.None);
        return files.Select(f => ExtractionCache.Get(f, CancellationToken.None)).ToArray();
    }

    [Fact]
    public void Side_by_side_gives_the_same_articles_as_one_at_a_time()
    {
        var files = Enumerable.Range(0, 40).Select(i => File(i)).ToImmutableArray();

        var all = WarmAndGet(files);

        Assert.Equal(files.Select(f => f.Path), all.Select(a => a.Path));
        for (var i = 0; i < files.Length; i++) Assert.Equal(ArticleExtraction.Run(files[i], CancellationToken.None), all[i]);
        Assert.All(all, a => Assert.Single(a.Model.Quotes));
    }

    [Fact]
    public void Warming_extracts_every_file_so_that_getting_it_extracts_nothing()
    {
        var files = Enumerable.Range(0, 40).Select(i => File(i)).ToImmutableArray();
        ExtractionCache.Warm(files, CancellationToken.None);

        // Got twice: the very same object, made by the warming (an extraction made now would be a new object each time).
        Assert.All(files, f => Assert.Same(ExtractionCache.Get(f, CancellationToken.None), ExtractionCache.Get(f, CancellationToken.None)));
    }

    [Fact]
    public void A_file_passed_again_as_the_same_object_is_not_extracted_again()
    {
        var files = Enumerable.Range(0, 40).Select(i => File(i)).ToImmutableArray();
        var first = WarmAndGet(files);

        var edited = File(17, "Story number 17\n\n“We did it on day seventeen,” said Ana Ruiz.\n");
        var second = WarmAndGet(files.SetItem(17, edited));

        var again = Enumerable.Range(0, files.Length).Where(i => !ReferenceEquals(first[i], second[i])).ToArray();
        Assert.Equal(new[] { 17 }, again);
        Assert.Contains("day seventeen", second[17].Model.Text, StringComparison.Ordinal);

        // An equal file that is a new object (the step before reran) is extracted again, to the same value.
        var copy = files[3] with { };
        var third = WarmAndGet(files.SetItem(3, copy));
        Assert.NotSame(first[3], third[3]);
        Assert.Equal(first[3], third[3]);
    }

    [Fact]
    public void A_cancelled_run_throws_OperationCanceledException_and_keeps_nothing_half_made()
    {
        var files = Enumerable.Range(0, 40).Select(i => File(i, $"Story {i}\n\n“Words,” said Ana Ruiz.\n")).ToImmutableArray();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ExtractionCache.Warm(files, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => ExtractionCache.Get(files[0], cancelled.Token));
    }

    [Fact]
    public void Cancelling_while_articles_are_extracted_side_by_side_throws_OperationCanceledException()
    {
        // Thousands of articles take far longer than the few milliseconds after which the token is cancelled.
        var text = string.Concat(Enumerable.Repeat("“We will build the harbour,” said Ana Ruiz, the mayor. The council met on Tuesday.\n\n", 40));
        var files = Enumerable.Range(0, 4000).Select(i => File(i, "Story " + i + "\n\n" + text)).ToImmutableArray();
        using var cancelling = new CancellationTokenSource();
        // Cancelled from a thread of its own: a timer's callback needs a thread-pool thread, which the extraction keeps busy.
        var canceller = new Thread(() =>
        {
            Thread.Sleep(5);
            cancelling.Cancel();
        });
        canceller.Start();

        var thrown = Record.Exception(() => ExtractionCache.Warm(files, cancelling.Token));
        canceller.Join();

        Assert.IsAssignableFrom<OperationCanceledException>(thrown);
    }
}
