using System;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Newsroom.Generator;
using Newsroom.Generator.Extraction;

namespace Newsroom.Benchmarks;

/// <summary>
/// What a consumer of 1,000 articles pays at run time on first access: to <c>Articles.All</c>, to one named article,
/// to one actor's quotes; against loading the same data (texts, paragraphs, quotes with speakers) from a JSON file
/// with System.Text.Json, the alternative a user would pick. Each invocation loads the consumer afresh. The consumer
/// is built as a package consumer is: the article files embedded as resources, which the generated code reads.
/// </summary>
/// <remarks>
/// In one process, System.Text.Json keeps what it learnt of the types after the first invocation, while the consumer is
/// loaded afresh each time, so the JSON figure here is a warm one. <c>eng/runtime.sh</c> measures both the way an app
/// meets them, each in a fresh process; the run-time figures of docs/performance.md come from there.
/// </remarks>
[MemoryDiagnoser]
public class RuntimeBenchmarks
{
    private const int Count = 1000;

    /// <summary>The probe, with the named member of article 500 (known only once the generator has named it).</summary>
    private static string Probe(string member) => $$"""
        public static class Probe
        {
            // Every article made, with its quotes: what loading the JSON file gives.
            public static int All()
            {
                var n = 0;
                foreach (var article in Newsroom.Articles.All) n += article.Quotes.Count;
                return n;
            }
            public static int One() => Newsroom.Articles.{{member}}.Quotes.Count;
            public static int ActorQuotes() => Newsroom.Actors.DonaldTrump.Quotes.Count;
        }
        """;

    private byte[] _assembly = null!;
    private string _json = null!;
    private AssemblyLoadContext? _context;
    private Func<int> _all = null!;
    private Func<int> _one = null!;
    private Func<int> _actorQuotes = null!;

    [GlobalSetup]
    public void Setup()
    {
        var articles = Corpus.Articles(Count).Select(a => (a.Path.Replace("/bench/Articles/", "/consumer/Articles/"), a.Text)).ToArray();
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create("Consumer",
            Array.Empty<SyntaxTree>(),
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));
        var texts = articles.Select(a => (AdditionalText)new GeneratorInputs.Text(a.Item1, a.Text)).ToArray();
        var driver = CSharpGeneratorDriver.Create(new[] { new NewsroomGenerator().AsSourceGenerator() }, texts, parse, new GeneratorInputs.AllArticles())
            .RunGeneratorsAndUpdateCompilation(compilation, out _, out _);
        // The member name of article 500, from its hover in the generated code ("/// 00500.txt: 3 quotes, …").
        var member = driver.GetRunResult().GeneratedTrees
            .Select(t => System.Text.RegularExpressions.Regex.Match(t.ToString(), @"/// 00500\.txt: [^\n]*\n\s*/// </remarks>\n\s*public static global::Newsroom\.Article (\w+) =>"))
            .First(m => m.Success).Groups[1].Value;
        driver.RunGeneratorsAndUpdateCompilation(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(Probe(member), parse)), out var emitted, out _);
        using var pe = new MemoryStream();
        // The article files embedded as the package's targets embed them (the generated code reads the texts from there).
        var resources = articles.Select(a => new ResourceDescription("Newsroom/Articles/" + Path.GetFileName(a.Item1),
            () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(a.Text)), isPublic: true));
        var emit = emitted.Emit(pe, manifestResources: resources);
        if (!emit.Success) throw new InvalidOperationException(string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        _assembly = pe.ToArray();

        // The same data as JSON, from the same extraction.
        var dtos = articles.Select(a =>
        {
            var m = ArticleExtractor.Extract(a.Text);
            return new ArticleDto(
                Path.GetFileName(a.Item1), m.Text, m.Paragraphs.Select(p => m.Slice(p)).ToArray(),
                m.Quotes.Select(q => new QuoteDto(m.Slice(q.Span), q.Speaker, q.Verb, q.Span.Start, q.Span.Length, q.Position.Line, q.Position.Column)).ToArray(),
                m.Actors.Select(x => new ActorDto(x.Name, x.Kind.ToString(), x.Role, x.Aliases.ToArray())).ToArray());
        }).ToArray();
        _json = Path.Combine(Path.GetTempPath(), "newsroom-bench-articles.json");
        File.WriteAllBytes(_json, JsonSerializer.SerializeToUtf8Bytes(dtos));
        Console.WriteLine($"// consumer: {_assembly.Length / 1024} KB; JSON: {new FileInfo(_json).Length / 1024} KB");
    }

    [IterationSetup(Targets = new[] { nameof(ArticlesAll), nameof(OneNamedArticle), nameof(OneActorsQuotes) })]
    public void LoadConsumer()
    {
        _context?.Unload();
        _context = new AssemblyLoadContext("consumer", isCollectible: true);
        var probe = _context.LoadFromStream(new MemoryStream(_assembly)).GetType("Probe")!;
        _all = probe.GetMethod("All")!.CreateDelegate<Func<int>>();
        _one = probe.GetMethod("One")!.CreateDelegate<Func<int>>();
        _actorQuotes = probe.GetMethod("ActorQuotes")!.CreateDelegate<Func<int>>();
    }

    [Benchmark(Description = "first Articles.All, every article and its quotes (generated)")]
    public int ArticlesAll() => _all();

    [Benchmark(Description = "first access to one named article's quotes (generated)")]
    public int OneNamedArticle() => _one();

    [Benchmark(Description = "first access to one actor's quotes (generated)")]
    public int OneActorsQuotes() => _actorQuotes();

    [Benchmark(Baseline = true, Description = "load all from JSON (System.Text.Json)")]
    public int Json() => JsonSerializer.Deserialize<ArticleDto[]>(File.ReadAllBytes(_json))!.Length;

    [GlobalCleanup]
    public void Cleanup()
    {
        _context?.Unload();
        if (File.Exists(_json)) File.Delete(_json);
    }

    public sealed record ArticleDto(string FileName, string Text, string[] Paragraphs, QuoteDto[] Quotes, ActorDto[] Actors);

    public sealed record QuoteDto(string Text, string? Speaker, string? Verb, int Start, int Length, int Line, int Column);

    public sealed record ActorDto(string Name, string Kind, string? Role, string[] Aliases);
}
