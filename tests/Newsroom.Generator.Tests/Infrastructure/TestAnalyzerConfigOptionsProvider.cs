using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Newsroom.Generator.Tests.Infrastructure;

/// <summary>
/// Analyzer-config options as the compiler would build them from MSBuild's generated .editorconfig: global options
/// (<c>build_property.*</c>) plus per-file options keyed by the file's path (for example
/// <c>build_metadata.AdditionalFiles.NewsroomArticle = true</c> for an additional text).
/// </summary>
/// <remarks>
/// Immutable: the <c>With…</c> methods return new providers. Keys compare like the compiler's
/// (<see cref="AnalyzerConfigOptions.KeyComparer"/>, case-insensitive); paths compare ordinally. As with the compiler,
/// a file's options hold only that file's keys: global options are not repeated in them. A file with no entry gets
/// empty options.
/// </remarks>
public sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly ImmutableDictionary<string, DictionaryAnalyzerConfigOptions> _fileOptions;
    private readonly DictionaryAnalyzerConfigOptions _globalOptions;

    /// <summary>A provider with no options at all.</summary>
    public static TestAnalyzerConfigOptionsProvider Empty { get; } = new();

    /// <param name="globalOptions">Options every file sees through <see cref="GlobalOptions"/>.</param>
    /// <param name="fileOptions">Per path (of an additional text or syntax tree): that file's options.</param>
    public TestAnalyzerConfigOptionsProvider(
        IReadOnlyDictionary<string, string>? globalOptions = null,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? fileOptions = null)
    {
        _globalOptions = new DictionaryAnalyzerConfigOptions(globalOptions ?? ImmutableDictionary<string, string>.Empty);
        var files = ImmutableDictionary.CreateBuilder<string, DictionaryAnalyzerConfigOptions>(StringComparer.Ordinal);
        foreach (var (path, options) in fileOptions ?? ImmutableDictionary<string, IReadOnlyDictionary<string, string>>.Empty)
        {
            files[path] = new DictionaryAnalyzerConfigOptions(options);
        }
        _fileOptions = files.ToImmutable();
    }

    private TestAnalyzerConfigOptionsProvider(
        DictionaryAnalyzerConfigOptions globalOptions,
        ImmutableDictionary<string, DictionaryAnalyzerConfigOptions> fileOptions)
    {
        _globalOptions = globalOptions;
        _fileOptions = fileOptions;
    }

    /// <inheritdoc />
    public override AnalyzerConfigOptions GlobalOptions => _globalOptions;

    /// <inheritdoc />
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => ForPath(tree.FilePath);

    /// <inheritdoc />
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => ForPath(textFile.Path);

    /// <summary>The same provider with one more (or a replaced) global option.</summary>
    public TestAnalyzerConfigOptionsProvider WithGlobalOption(string key, string value) =>
        new(_globalOptions.With(key, value), _fileOptions);

    /// <summary>The same provider with one more (or a replaced) option for the file at <paramref name="path"/>.</summary>
    public TestAnalyzerConfigOptionsProvider WithFileOption(string path, string key, string value)
    {
        var current = _fileOptions.TryGetValue(path, out var options) ? options : DictionaryAnalyzerConfigOptions.Empty;
        return new(_globalOptions, _fileOptions.SetItem(path, current.With(key, value)));
    }

    /// <summary>Like <see cref="WithFileOption(string, string, string)"/>, keyed by the text's <see cref="AdditionalText.Path"/>.</summary>
    public TestAnalyzerConfigOptionsProvider WithFileOption(AdditionalText file, string key, string value) =>
        WithFileOption(file.Path, key, value);

    /// <summary>The same provider without any options for the file at <paramref name="path"/>.</summary>
    public TestAnalyzerConfigOptionsProvider WithoutFile(string path) => new(_globalOptions, _fileOptions.Remove(path));

    private AnalyzerConfigOptions ForPath(string path) =>
        _fileOptions.TryGetValue(path, out var options) ? options : DictionaryAnalyzerConfigOptions.Empty;
}

/// <summary>An immutable <see cref="AnalyzerConfigOptions"/> backed by a dictionary.</summary>
public sealed class DictionaryAnalyzerConfigOptions : AnalyzerConfigOptions
{
    private readonly ImmutableDictionary<string, string> _options;

    /// <summary>No options.</summary>
    public static DictionaryAnalyzerConfigOptions Empty { get; } = new(ImmutableDictionary.Create<string, string>(KeyComparer));

    public DictionaryAnalyzerConfigOptions(IEnumerable<KeyValuePair<string, string>> options) =>
        _options = ImmutableDictionary.CreateRange(KeyComparer, options);

    private DictionaryAnalyzerConfigOptions(ImmutableDictionary<string, string> options) => _options = options;

    /// <inheritdoc />
    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) =>
        _options.TryGetValue(key, out value);

    /// <inheritdoc />
    public override IEnumerable<string> Keys => _options.Keys;

    /// <summary>These options plus <paramref name="key"/> = <paramref name="value"/>.</summary>
    public DictionaryAnalyzerConfigOptions With(string key, string value) => new(_options.SetItem(key, value));
}
