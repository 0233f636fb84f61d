using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Newsroom.Generator;

namespace Newsroom.Benchmarks;

/// <summary>What the benchmarks hand the generator: in-memory article files, and options marking every one as an article.</summary>
public static class GeneratorInputs
{
    /// <summary>An article file held in memory.</summary>
    public sealed class Text : AdditionalText
    {
        private readonly SourceText _text;

        public Text(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>Every additional text is an article.</summary>
    public sealed class AllArticles : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Article = new(true);
        private static readonly Options None = new(false);

        public override AnalyzerConfigOptions GlobalOptions => None;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Article;

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly bool _article;

            public Options(bool article) => _article = article;

            public override bool TryGetValue(string key, out string value)
            {
                value = "true";
                return _article && key == NewsroomGenerator.ArticleMetadata;
            }
        }
    }
}
