using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Newsroom.Generator;

namespace Newsroom.Benchmarks;

/// <summary>What the benchmarks hand the generator: in-memory article files, and options marking every one as an article.</summary>
public static class GeneratorInputs
{
    /// <summary>The consumer the generator runs in: one small class, the .NET 10 reference assemblies.</summary>
    public static CSharpCompilation Consumer(CSharpParseOptions parse) => CSharpCompilation.Create("Consumer",
        new[] { CSharpSyntaxTree.ParseText("namespace Consumer { public class A { } }", parse) },
        Basic.Reference.Assemblies.Net100.References.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>A new driver of the generator over <paramref name="texts"/> (every one an article; embedded unless
    /// <paramref name="options"/> says otherwise).</summary>
    public static GeneratorDriver Driver(AdditionalText[] texts, CSharpParseOptions parse, AnalyzerConfigOptionsProvider? options = null) =>
        CSharpGeneratorDriver.Create(new[] { new NewsroomGenerator().AsSourceGenerator() }, texts, parse, options ?? new AllArticles());

    /// <summary>An article file held in memory, read as UTF-8 (as the compiler reads a UTF-8 file).</summary>
    public sealed class Text : AdditionalText
    {
        private static readonly System.Text.Encoding Utf8 = new System.Text.UTF8Encoding(false);
        private readonly SourceText _text;

        public Text(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, Utf8);
        }

        public override string Path { get; }

        public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>
    /// Every additional text is an article, embedded as a resource the way the package's targets embed it
    /// (<c>NewsroomResource</c> = <c>Newsroom/</c> and the path from its <c>Articles/</c> folder on), unless
    /// <paramref name="embedded"/> is false: then the texts are written into the generated code.
    /// </summary>
    public sealed class AllArticles(bool embedded = true) : AnalyzerConfigOptionsProvider
    {
        private static readonly Options None = new(null);

        public override AnalyzerConfigOptions GlobalOptions => None;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(textFile.Path, embedded);

        private sealed class Options(string? path, bool embedded = false) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = "";
                if (path is null) return false;
                if (key == NewsroomGenerator.ArticleMetadata) value = "true";
                else if (key == NewsroomGenerator.ResourceMetadata && embedded && path.IndexOf("Articles/", System.StringComparison.Ordinal) is var at and >= 0) value = "Newsroom/" + path[at..];
                else return false;
                return true;
            }
        }
    }
}
