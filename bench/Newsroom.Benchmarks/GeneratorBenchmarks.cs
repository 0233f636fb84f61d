using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Newsroom.Benchmarks;

/// <summary>
/// The whole generator through a GeneratorDriver on N articles: a cold run, and reruns of a warm driver after an
/// unrelated C# edit, after editing one article, and after adding one.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    /// <summary>Article counts: 100, 1,000 and 10,000, or the comma-separated list in NEWSROOM_BENCH_SIZES.</summary>
    public static System.Collections.Generic.IEnumerable<int> Sizes() =>
        (System.Environment.GetEnvironmentVariable("NEWSROOM_BENCH_SIZES") ?? "100,1000,10000")
            .Split(',', System.StringSplitOptions.RemoveEmptyEntries).Select(int.Parse);

    [ParamsSource(nameof(Sizes))]
    public int Articles { get; set; }

    private AdditionalText[] _texts = null!;
    private AnalyzerConfigOptionsProvider _options = null!;
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _warm = null!;

    [GlobalSetup]
    public void Setup()
    {
        _texts = Corpus.Articles(Articles).Select(a => (AdditionalText)new GeneratorInputs.Text(a.Path, a.Text)).ToArray();
        _options = new GeneratorInputs.AllArticles();
        _compilation = GeneratorInputs.Consumer(Parse);
    }

    private GeneratorDriver NewDriver(AdditionalText[] texts) => GeneratorInputs.Driver(texts, Parse, _options);

    [IterationSetup(Targets = new[] { nameof(UnrelatedEdit), nameof(EditOneArticle), nameof(AddOneArticle) })]
    public void Warm() => _warm = NewDriver(_texts).RunGenerators(_compilation);

    [Benchmark(Description = "cold run")]
    public GeneratorDriver Cold() => NewDriver(_texts).RunGenerators(_compilation);

    [Benchmark(Description = "rerun after an unrelated C# edit")]
    public GeneratorDriver UnrelatedEdit() =>
        _warm.RunGenerators(_compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { public class B { } }", Parse)));

    [Benchmark(Description = "rerun after editing one article")]
    public GeneratorDriver EditOneArticle()
    {
        var old = _texts[_texts.Length / 2];
        var edited = new GeneratorInputs.Text(old.Path, old.GetText()!.ToString() + "\n\n“One more line,” said Jane Doe.");
        return _warm.ReplaceAdditionalText(old, edited).RunGenerators(_compilation);
    }

    [Benchmark(Description = "rerun after adding one article")]
    public GeneratorDriver AddOneArticle() =>
        _warm.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(new GeneratorInputs.Text("/bench/Articles/new.txt", "New headline\n\n“Hello,” said Jane Doe.")))
            .RunGenerators(_compilation);
}
