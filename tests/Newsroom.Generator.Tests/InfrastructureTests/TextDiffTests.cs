using System.Linq;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Generator.Tests.InfrastructureTests;

public sealed class TextDiffTests
{
    [Fact]
    public void Unified_diff_shows_the_changed_line_with_context()
    {
        var before = string.Join("\n", Enumerable.Range(1, 20).Select(i => $"line {i}"));
        var after = before.Replace("line 10", "line ten");

        var diff = TextDiff.Unified(before, after, "old.txt", "new.txt");

        Assert.StartsWith("--- old.txt\n+++ new.txt\n@@ ", diff);
        Assert.Contains("\n-line 10\n+line ten\n", diff);
        Assert.Contains("\n line 7\n", diff);   // three lines of context before…
        Assert.Contains("\n line 13", diff);    // …and after
        Assert.DoesNotContain("line 6\n", diff);
        Assert.DoesNotContain("line 14", diff);
    }

    [Fact]
    public void Line_endings_and_bom_do_not_count()
    {
        Assert.Equal("", TextDiff.Unified("\uFEFFa\r\nb\r\n", "a\nb\n"));
        Assert.Equal("a\nb\nc", TextDiff.Normalize("a\r\nb\rc"));
    }

    [Fact]
    public void A_final_newline_difference_is_called_out()
    {
        Assert.Contains("differ only in newlines at the end", TextDiff.Unified("a\nb", "a\nb\n"));
    }
}
