using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Newsroom.Cli.Eval;

/// <summary>One gold article: only what the extractor needs. The text is passed through exactly as stored.</summary>
internal sealed record GoldArticle(string Id, string Text);

internal static class Corpus
{
    /// <summary>
    /// Reads gold articles from JSONL (one object per line) or from a single pretty-printed JSON object
    /// (the seed's <c>.gold.json</c>), the same two shapes <c>score.py</c> accepts.
    /// </summary>
    public static List<GoldArticle> Load(string path)
    {
        var whole = File.ReadAllText(path);
        try
        {
            using var one = JsonDocument.Parse(whole);
            return new List<GoldArticle> { Read(one.RootElement, path, 1) };
        }
        catch (JsonException)
        {
            // More than one JSON value: JSONL.
        }

        var articles = new List<GoldArticle>();
        var lineNo = 0;
        using var reader = new StringReader(whole);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            articles.Add(Read(doc.RootElement, path, lineNo));
        }
        return articles;
    }

    private static GoldArticle Read(JsonElement e, string path, int line)
    {
        if (e.ValueKind != JsonValueKind.Object
            || !e.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
            || !e.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
        {
            throw new InvalidDataException($"{path}:{line}: expected an object with string \"id\" and \"text\".");
        }
        return new GoldArticle(id.GetString()!, text.GetString()!);
    }

    /// <summary>The folder holding Generator.sln or .git, walking up from <paramref name="start"/>; null if none.</summary>
    public static string? FindRepoRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var git = Path.Combine(dir.FullName, ".git");
            if (File.Exists(Path.Combine(dir.FullName, "Generator.sln")) || Directory.Exists(git) || File.Exists(git))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}
