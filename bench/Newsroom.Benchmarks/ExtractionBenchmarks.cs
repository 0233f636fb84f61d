using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Newsroom.Generator.Extraction;

namespace Newsroom.Benchmarks;

/// <summary>The extraction core alone (text in, model out) on the real mix. Throughput = chars / mean time.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private IReadOnlyList<string> _texts = null!;

    [GlobalSetup]
    public void Setup()
    {
        _texts = Corpus.Mix;
        long chars = 0;
        foreach (var t in _texts) chars += t.Length;
        // Printed into the log so that throughput can be read off the mean: chars / mean.
        System.Console.WriteLine($"// corpus: {_texts.Count} articles, {chars} chars (shared folder: {Corpus.Shared})");
    }

    [Benchmark(Description = "Extract the whole mix")]
    public int ExtractMix()
    {
        var quotes = 0;
        foreach (var t in _texts) quotes += ArticleExtractor.Extract(t).Quotes.Count;
        return quotes;
    }
}
