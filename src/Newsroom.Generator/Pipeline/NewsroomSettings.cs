using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Newsroom.Generator.Pipeline;

/// <summary>
/// The project's Newsroom settings, from MSBuild properties made visible to the compiler
/// (<c>&lt;CompilerVisibleProperty Include="NewsroomMaxArticleSize" /&gt;</c>). A small equatable value: the only thing
/// of the options that the per-file steps depend on.
/// </summary>
/// <param name="MaxArticleSize">Longest article text read, in UTF-16 code units; <see cref="int.MaxValue"/> for no limit.</param>
/// <param name="InvalidMaxArticleSize">The property's value when it is not a whole number (then the default is used), else null.</param>
internal readonly record struct NewsroomSettings(int MaxArticleSize, string? InvalidMaxArticleSize)
{
    /// <summary>The MSBuild property, as the compiler passes it to analyzers.</summary>
    public const string MaxArticleSizeKey = "build_property.NewsroomMaxArticleSize";

    /// <summary>The MSBuild property's name, for messages.</summary>
    public const string MaxArticleSizeProperty = "NewsroomMaxArticleSize";

    /// <summary>2,000,000 characters: about 2 MB of English, some 300,000 words; no news article comes near it.</summary>
    public const int DefaultMaxArticleSize = 2_000_000;

    public static NewsroomSettings Default => new(DefaultMaxArticleSize, null);

    /// <summary>Reads the settings; never throws. An empty property means the default; 0 means no limit.</summary>
    public static NewsroomSettings From(AnalyzerConfigOptions globalOptions)
    {
        if (!globalOptions.TryGetValue(MaxArticleSizeKey, out var raw) || raw is null || raw.Trim().Length == 0) return Default;
        var value = raw.Trim().Replace("_", "");
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var max))
        {
            return new NewsroomSettings(DefaultMaxArticleSize, raw.Trim());
        }
        return new NewsroomSettings(max == 0 ? int.MaxValue : max, null);
    }
}
