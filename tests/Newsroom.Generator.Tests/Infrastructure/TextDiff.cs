using System;
using System.Linq;
using DiffPlex;
using DiffPlex.Renderer;

namespace Newsroom.Generator.Tests.Infrastructure;

/// <summary>Text normalization and unified diffs (DiffPlex) for snapshot and caching failures.</summary>
public static class TextDiff
{
    /// <summary>Unchanged lines shown around each change.</summary>
    public const int DefaultContextLines = 3;

    /// <summary>Longest diff put in a failure message; the rest is elided.</summary>
    public const int MaxDiffLines = 400;

    /// <summary>The text with a leading BOM removed and every line ending (<c>\r\n</c>, <c>\r</c>) turned into <c>\n</c>.</summary>
    public static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    /// <summary>
    /// A unified diff (<c>---</c>/<c>+++</c> header, <c>@@</c> hunks, <c>-</c> for lines only in
    /// <paramref name="expected"/>, <c>+</c> for lines only in <paramref name="actual"/>, a space before context lines)
    /// of the two texts after <see cref="Normalize"/>; empty when they are equal. Whitespace counts.
    /// </summary>
    public static string Unified(
        string expected,
        string actual,
        string expectedName = "verified",
        string actualName = "received",
        int contextLines = DefaultContextLines)
    {
        expected = Normalize(expected);
        actual = Normalize(actual);
        if (string.Equals(expected, actual, StringComparison.Ordinal)) return string.Empty;

        // Diff without one final newline per text: otherwise it shows up as an empty last line of the diff. A
        // difference in final newlines alone is stated in words instead.
        var left = expected.EndsWith('\n') ? expected[..^1] : expected;
        var right = actual.EndsWith('\n') ? actual[..^1] : actual;
        const string newlinesOnly = "(the texts differ only in newlines at the end)";
        if (string.Equals(left, right, StringComparison.Ordinal))
        {
            return $"--- {expectedName}\n+++ {actualName}\n{newlinesOnly}";
        }

        var diff = new UnidiffRenderer(Differ.Instance, contextLines).Generate(
            left, right, expectedName, actualName, ignoreWhitespace: false, ignoreCase: false);

        var lines = diff.TrimEnd('\n').Split('\n');
        if (lines.Length > MaxDiffLines)
        {
            lines = lines.Take(MaxDiffLines).Append($"… ({lines.Length - MaxDiffLines} more diff lines)").ToArray();
        }
        var result = string.Join("\n", lines);
        if (string.Equals(left.TrimEnd('\n'), right.TrimEnd('\n'), StringComparison.Ordinal)) result += "\n" + newlinesOnly;
        return result;
    }
}
