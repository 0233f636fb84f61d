using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Newsroom.Benchmarks;

/// <summary>
/// Articles to measure on: the 203 Wikinews articles of ../shared/corpus/wikinews and, when present, the texts of
/// ../shared/corpus/polnear-dev.jsonl (read at run time, never copied). Larger sets repeat them with a
/// distinct first line each, so that no two articles are equal.
/// </summary>
public static class Corpus
{
    public static string Shared { get; } = FindShared();

    public static IReadOnlyList<string> Wikinews { get; } = Directory.Exists(Path.Combine(Shared, "corpus", "wikinews"))
        ? Directory.GetFiles(Path.Combine(Shared, "corpus", "wikinews"), "*.txt").OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText).ToArray()
        : Array.Empty<string>();

    public static IReadOnlyList<string> Polnear { get; } = LoadPolnear();

    /// <summary>The real mix: Wikinews, then the dev corpus when it is there.</summary>
    public static IReadOnlyList<string> Mix { get; } = Wikinews.Concat(Polnear).ToArray();

    /// <summary>The texts a benchmark's command line names: <c>polnear</c>, <c>wikinews</c>, else the mix.</summary>
    public static IReadOnlyList<string> Named(string? name) => name switch
    {
        "polnear" => Polnear,
        "wikinews" => Wikinews,
        _ => Mix,
    };

    /// <summary><paramref name="count"/> distinct articles made from the mix.</summary>
    public static IReadOnlyList<(string Path, string Text)> Articles(int count) => Articles(count, Mix);

    /// <summary><paramref name="count"/> distinct articles made from <paramref name="texts"/> (the mix when empty).</summary>
    public static IReadOnlyList<(string Path, string Text)> Articles(int count, IReadOnlyList<string> texts)
    {
        var source = texts.Count > 0 ? texts : Mix.Count > 0 ? Mix : new[] { "Headline\n\n“A quote,” said Jane Doe." };
        var list = new List<(string, string)>(count);
        for (var i = 0; i < count; i++)
        {
            var text = source[i % source.Count];
            var copy = i / source.Count;
            list.Add(($"/bench/Articles/{i:D5}.txt", copy == 0 ? text : $"Edition {copy}: " + text));
        }
        return list;
    }

    private static IReadOnlyList<string> LoadPolnear()
    {
        var path = Path.Combine(Shared, "corpus", "polnear-dev.jsonl");
        if (!File.Exists(path)) return Array.Empty<string>();
        return File.ReadLines(path).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToArray();
    }

    private static string FindShared()
    {
        var env = Environment.GetEnvironmentVariable("NEWSROOM_SHARED");
        if (!string.IsNullOrEmpty(env)) return env;
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "corpus"))) return candidate;
            if (File.Exists(Path.Combine(dir.FullName, "Generator.sln")) && dir.Parent is not null)
            {
                var sibling = Path.Combine(dir.Parent.FullName, "shared");
                if (Directory.Exists(sibling)) return sibling;
            }
            dir = dir.Parent;
        }
        return Path.GetFullPath("../shared");
    }
}
