using System;
using System.IO;
using System.Linq;

namespace Newsroom.Generator.Tests;

/// <summary>Files the tests read: the seed and its gold annotation, and the sample's Wikinews articles.</summary>
internal static class Fixture
{
    public const string SeedFileName = "000_94ea7bb9e4850890.txt";

    public static string Dir => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>The seed as the compiler reads it.</summary>
    public static string SeedText => File.ReadAllText(Path.Combine(Dir, SeedFileName));

    public static string SeedGoldJson => File.ReadAllText(Path.Combine(Dir, "000_94ea7bb9e4850890.gold.json"));

    public static string[] SampleArticlePaths =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "SampleArticles"), "*.txt").OrderBy(p => p, StringComparer.Ordinal).ToArray();
}
