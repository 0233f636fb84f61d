using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace Newsroom.Generator.Pipeline;

/// <summary>
/// Extracts a build's articles on every core, each once. Extraction (<see cref="ArticleExtraction.Run"/>) is most of the
/// generator's time and one article never depends on another, so before the per-article step asks for them one at a
/// time, <see cref="Warm"/> extracts all the files not yet extracted side by side; the per-article step then takes each
/// result from here (<see cref="Get"/>). Results are keyed by the <see cref="ArticleFile"/> object: a file that did not
/// change reaches the pipeline as the same object (the steps before are cached) and is never extracted again.
/// </summary>
/// <remarks>
/// The per-article step stays one item per file, so that an edited, added or removed file only touches its own item
/// (a removed one does not shift the others). The table holds an extraction only as long as the pipeline holds its
/// <see cref="ArticleFile"/> (a <see cref="ConditionalWeakTable{TKey, TValue}"/>), so it keeps nothing alive that the
/// driver has let go; the value does not refer to its key. Each article's extraction is deterministic, so the result
/// does not depend on which thread made it, or when.
/// </remarks>
internal static class ExtractionCache
{
    private static readonly ConditionalWeakTable<ArticleFile, ExtractedArticle> Extracted = new();

    /// <summary>Fewer articles than this are not worth the threads.</summary>
    private const int ParallelFrom = 8;

    /// <summary>At most this many threads, whatever the thread pool would give: each keeps its word pool (a few MB).</summary>
    private static readonly int MaxThreads = Math.Max(1, Math.Min(8, ProcessorCount()));

    /// <summary>The extraction of <paramref name="file"/>: made by <see cref="Warm"/>, or now.</summary>
    public static ExtractedArticle Get(ArticleFile file, CancellationToken ct) =>
        Extracted.TryGetValue(file, out var done) ? done : Remember(file, ArticleExtraction.Run(file, ct));

    /// <summary>
    /// Extracts the files of <paramref name="files"/> not extracted yet, side by side when there are enough of them.
    /// Best effort: should an article's extraction throw (a bug), it is left to <see cref="Get"/>, which throws for that
    /// article alone as it always did. Only cancellation escapes.
    /// </summary>
    public static void Warm(ImmutableArray<ArticleFile> files, CancellationToken ct)
    {
        var todo = new int[files.Length];
        var count = 0;
        for (var i = 0; i < files.Length; i++)
        {
            if (!Extracted.TryGetValue(files[i], out _)) todo[count++] = i;
        }
        if (count >= ParallelFrom) SideBySide(files, todo, count, ct);
    }

    /// <summary>
    /// Extracts <c>files[todo[0..count]]</c> on up to <see cref="MaxThreads"/> threads, honouring the token between
    /// articles. A method of its own, so that a build of a few articles neither loads nor compiles it.
    /// </summary>
    private static void SideBySide(ImmutableArray<ArticleFile> files, int[] todo, int count, CancellationToken ct)
    {
        var options = new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = MaxThreads };
        try
        {
            Parallel.For(0, count, options, k =>
            {
                var file = files[todo[k]];
                try
                {
                    Remember(file, ArticleExtraction.Run(file, ct));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Left to Get, which reports it for this article only.
                }
            });
        }
        catch (AggregateException e) when (e.InnerException is OperationCanceledException)
        {
            // Only cancellations are left in it (the body catches the rest): surface the first as it was thrown.
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
        }
    }

    private static ExtractedArticle Remember(ArticleFile file, ExtractedArticle extracted) =>
        Extracted.GetValue(file, _ => extracted);

#pragma warning disable RS1035 // The processor count is not a setting read from the environment: it bounds the threads.
    private static int ProcessorCount() => Environment.ProcessorCount;
#pragma warning restore RS1035
}
