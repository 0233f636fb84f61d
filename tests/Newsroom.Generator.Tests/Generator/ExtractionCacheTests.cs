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

    [Fact]
    public void Side_by_side_gives_the_same_articles_in_the_same_order_as_one_at_a_time()
    {
        var files = Enumerable.Range(0, 40).Select(i => File(i)).ToImmutableArray();

        var all = ExtractionCache.ExtractAll(files, CancellationToken.None);

        Assert.Equal(files.Select(f => f.Path), all.Select(a => a.Path));
        for (var i = 0; i < files.Length; i++) Assert.Equal(ArticleExtraction.Run(files[i], CancellationToken.None), all[i]);
        Assert.All(all, a => Assert.Single(a.Model.Quotes));
    }

    [Fact]
    public void A_file_passed_again_as_the_same_object_is_not_extracted_again()
    {
        var files = Enumerable.Range(0, 40).Select(i => File(i)).ToImmutableArray();
        var first = ExtractionCache.ExtractAll(files, CancellationToken.None);

        var edited = File(17, "Story number 17\n\n“We did it on day seventeen,” said Ana Ruiz.\n");
        var second = ExtractionCache.ExtractAll(files.SetItem(17, edited), CancellationToken.None);

        var again = Enumerable.Range(0, files.Length).Where(i => !ReferenceEquals(first[i], second[i])).ToArray();
        Assert.Equal(new[] { 17 }, again);
        Assert.Contains("day seventeen", second[17].Model.Text, StringComparison.Ordinal);

        // An equal file that is a new object (the step before reran) is extracted again, to the same value.
        var copy = files[3] with { };
        var third = ExtractionCache.ExtractAll(files.SetItem(3, copy), CancellationToken.None);
        Assert.NotSame(first[3], third[3]);
        Assert.Equal(first[3], third[3]);
    }

    [Fact]
    public void A_cancelled_run_throws_OperationCanceledException_and_nothing_else()
    {
        var files = Enumerable.Range(0, 40).Select(i => File(i, $"Story {i}\n\n“Words,” said Ana Ruiz.\n")).ToImmutableArray();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ExtractionCache.ExtractAll(files, cancelled.Token));
    }
}
