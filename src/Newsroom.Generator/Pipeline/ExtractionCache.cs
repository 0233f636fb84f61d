using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Newsroom.Generator.Pipeline;

/// <summary>
/// Extracts a build's articles on every core, and each article once. A build hands the generator all its articles at
/// once, and extraction (<see cref="ArticleExtraction.Run"/>) is most of the generator's time; one article never
/// depends on another, so they are extracted side by side. Between runs (an edit in the IDE), an article whose file did
/// not change reaches this step as the same <see cref="ArticleFile"/> object (the steps before it are cached), and its
/// extraction is taken from a table keyed by that object: only new and edited files are extracted again.
/// </summary>
/// <remarks>
/// The table holds an extraction only as long as the pipeline holds its <see cref="ArticleFile"/> (a
/// <see cref="ConditionalWeakTable{TKey, TValue}"/>), so it keeps nothing alive that the driver has let go. The result
/// does not depend on the order of the work: each article's extraction is deterministic and lands at its own index.
/// </remarks>
internal static class ExtractionCache
{
    private static readonly ConditionalWeakTable<ArticleFile, ExtractedArticle> Extracted = new();

    /// <summary>Fewer articles than this are not worth the threads.</summary>
    private const int ParallelFrom = 8;

    public static ImmutableArray<ExtractedArticle> ExtractAll(ImmutableArray<ArticleFile> files, CancellationToken ct)
    {
        var results = new ExtractedArticle[files.Length];
        var todo = new int[files.Length];
        var count = 0;
        for (var i = 0; i < files.Length; i++)
        {
            if (Extracted.TryGetValue(files[i], out var done)) results[i] = done;
            else todo[count++] = i;
        }

        if (count >= ParallelFrom)
        {
            SideBySide(files, todo, count, results, ct);
        }
        else
        {
            for (var k = 0; k < count; k++) results[todo[k]] = ArticleExtraction.Run(files[todo[k]], ct);
        }

        for (var k = 0; k < count; k++)
        {
            var i = todo[k];
            var extracted = results[i];
            results[i] = Extracted.GetValue(files[i], _ => extracted);
        }
        return ImmutableArray.Create(results);
    }

    /// <summary>
    /// Extracts <c>files[todo[0..count]]</c> on as many threads as the thread pool gives (one a core), honouring the
    /// token between articles. A method of its own, so that a build of a few articles neither loads nor compiles it.
    /// </summary>
    private static void SideBySide(ImmutableArray<ArticleFile> files, int[] todo, int count, ExtractedArticle[] results, CancellationToken ct)
    {
        var options = new ParallelOptions { CancellationToken = ct };
        try
        {
            Parallel.For(0, count, options, k => results[todo[k]] = ArticleExtraction.Run(files[todo[k]], ct));
        }
        catch (AggregateException e) when (e.InnerException is OperationCanceledException canceled)
        {
            throw canceled;
        }
    }
}
