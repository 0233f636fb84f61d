using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Newsroom.Generator.Tests.Infrastructure;

/// <summary>The Newsroom-specific defaults of the harness: the generator under test and how articles are marked.</summary>
public static partial class GeneratorHarness
{
    /// <summary>
    /// The analyzer-config key the generator reads through <see cref="AnalyzerConfigOptionsProvider.GetOptions(AdditionalText)"/>:
    /// an additional text is an article when it is <c>"true"</c> (MSBuild puts it there for
    /// <c>&lt;AdditionalFiles NewsroomArticle="true" /&gt;</c> made visible with <c>CompilerVisibleItemMetadata</c>).
    /// </summary>
    public const string ArticleMetadataKey = "build_metadata.AdditionalFiles.NewsroomArticle";

    /// <summary>A new instance of the generator under test.</summary>
    public static IIncrementalGenerator CreateNewsroomGenerator() => new NewsroomGenerator();

    /// <summary>
    /// Options marking each of <paramref name="articles"/> as an article (<see cref="ArticleMetadataKey"/> = true),
    /// plus <paramref name="globalOptions"/>. Additional texts not listed get no metadata, like ordinary AdditionalFiles.
    /// </summary>
    public static TestAnalyzerConfigOptionsProvider ArticleOptions(
        IEnumerable<AdditionalText> articles,
        IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        var provider = new TestAnalyzerConfigOptionsProvider(globalOptions);
        foreach (var article in articles)
        {
            provider = provider.WithFileOption(article.Path, ArticleMetadataKey, "true");
        }
        return provider;
    }

    /// <inheritdoc cref="ArticleOptions(IEnumerable{AdditionalText}, IReadOnlyDictionary{string, string}?)"/>
    public static TestAnalyzerConfigOptionsProvider ArticleOptions(params AdditionalText[] articles) =>
        ArticleOptions((IEnumerable<AdditionalText>)articles);

    /// <summary>Additional texts for (path, text) pairs, with options marking all of them as articles.</summary>
    public static (InMemoryAdditionalText[] Texts, TestAnalyzerConfigOptionsProvider Options) Articles(
        params (string Path, string Text)[] articles)
    {
        var texts = articles.Select(a => new InMemoryAdditionalText(a.Path, a.Text)).ToArray();
        return (texts, ArticleOptions(texts));
    }

    /// <summary>Runs the Newsroom generator once (see <see cref="RunGenerator(IIncrementalGenerator, Compilation, IEnumerable{AdditionalText}?, AnalyzerConfigOptionsProvider?, bool)"/>).</summary>
    public static GeneratorRun RunGenerator(
        Compilation compilation,
        IEnumerable<AdditionalText>? additionalTexts = null,
        AnalyzerConfigOptionsProvider? options = null,
        bool trackSteps = true) =>
        RunGenerator(CreateNewsroomGenerator(), compilation, additionalTexts, options, trackSteps);

    /// <summary>The caching check of <see cref="AssertIncrementalCaching(IIncrementalGenerator, Compilation, IEnumerable{AdditionalText}?, AnalyzerConfigOptionsProvider?, Func{GeneratorDriver, Compilation, ValueTuple{GeneratorDriver, Compilation}}?, IEnumerable{string}?)"/> for the Newsroom generator.</summary>
    public static (GeneratorRun First, GeneratorRun Second) AssertIncrementalCaching(
        Compilation compilation,
        IEnumerable<AdditionalText>? additionalTexts = null,
        AnalyzerConfigOptionsProvider? options = null,
        Func<GeneratorDriver, Compilation, (GeneratorDriver Driver, Compilation Compilation)>? change = null,
        IEnumerable<string>? stepNames = null) =>
        AssertIncrementalCaching(CreateNewsroomGenerator(), compilation, additionalTexts, options, change, stepNames);
}
