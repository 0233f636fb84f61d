using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Newsroom.Cli.Tests;

/// <summary>Help, usage errors and exit codes, and the terminal view when the output is redirected.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Help_lists_the_commands()
    {
        var result = Cli.Run("--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("inspect", result.Out, StringComparison.Ordinal);
        Assert.Contains("eval", result.Out, StringComparison.Ordinal);
        Assert.Contains("--version", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_help_lists_its_options()
    {
        var result = Cli.Run("inspect", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("newsroom inspect <FILE>...", result.Out, StringComparison.Ordinal);
        Assert.Contains("--json", result.Out, StringComparison.Ordinal);
        Assert.Contains("--max-size", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_help_lists_its_options()
    {
        var result = Cli.Run("eval", "--help");
        Assert.Equal(0, result.ExitCode);
        foreach (var option in new[] { "--seed", "--errors", "--out", "--no-score" })
        {
            Assert.Contains(option, result.Out, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("inspect")]
    [InlineData("inspect", "--jsno", "a.txt")]
    [InlineData("inspect", "--max-size", "-1", "a.txt")]
    [InlineData("frobnicate")]
    [InlineData("eval", "--errors", "-3")]
    [InlineData("eval", "--seed", "gold.jsonl")]
    public void Usage_errors_exit_2_with_a_message_on_stderr(params string[] args)
    {
        var result = Cli.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("newsroom: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'newsroom --help' for usage.", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Redirected_terminal_view_is_plain_text_with_the_builds_diagnostic_lines()
    {
        var result = Cli.Run("inspect", Fixtures.SeedPath);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Out);
        var lines = result.Out.Split('\n');
        // The build's own format, one line each, so that editors and scripts read them as they read dotnet build.
        var diagnostics = lines.Where(l => l.Contains(": warning NWS", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, diagnostics.Count);
        Assert.Matches("^" + Regex.Escape(Fixtures.SeedPath) + @"\(15,\d+\): warning NWS001: This closing quotation mark has no opening one", diagnostics[0]);
        Assert.Matches("^" + Regex.Escape(Fixtures.SeedPath) + @"\(29,\d+\): warning NWS001: ", diagnostics[1]);
        Assert.Contains(lines, l => l.Contains("q3 Anthony Blinken (he) said (direct, 11:2)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Xi Jinping told → Bill Gates", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("│ Anthony Blinken", StringComparison.Ordinal) && l.Contains("US secretary of state", StringComparison.Ordinal));
        Assert.Contains("14 quote(s), 0 without a speaker", result.Out, StringComparison.Ordinal);
        Assert.Contains("2 warning(s), 0 info(s)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Terminal_view_shows_control_characters_of_an_article_as_replacement_characters()
    {
        using var temp = new TempDir();
        // An article that would clear the screen and set the terminal's title if printed as it is.
        var path = temp.File("evil.txt", System.Text.Encoding.UTF8.GetBytes("Council votes\n\nThe council \u001b[2J\u001b]0;owned\u0007 voted, said Ana Lima.\n"));
        var result = Cli.Run("inspect", path);
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Out);
        Assert.DoesNotContain('\u0007', result.Out);
        Assert.Contains("The council \uFFFD[2J\uFFFD]0;owned\uFFFD voted", result.Out, StringComparison.Ordinal);
        Assert.Contains("warning NWS008", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_files_are_shown_in_the_order_given()
    {
        var samples = Fixtures.SampleArticlePaths.Take(2).ToArray();
        var result = Cli.Run("inspect", samples[1], Fixtures.SeedPath, samples[0]);
        Assert.Equal(0, result.ExitCode);
        var headers = result.Out.Split('\n').Where(l => l.StartsWith("── ", StringComparison.Ordinal)).ToList();
        Assert.Equal(new[] { samples[1], Fixtures.SeedPath, samples[0] }.Select(p => "── " + p + " ──"), headers);
    }

    [Fact]
    public void Eval_writes_the_system_jsonl_of_a_gold_file()
    {
        using var temp = new TempDir();
        var output = Path.Combine(temp.Path, "out", "system.jsonl");
        var result = Cli.Run("eval", Fixtures.SeedGoldPath, "--out", output, "--no-score");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("(1 article)", result.Out, StringComparison.Ordinal);
        Assert.Contains("17 quotes (3 indirect), 14 people", result.Out, StringComparison.Ordinal);
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllLines(output).Single());
        Assert.Equal("000_94ea7bb9e4850890", doc.RootElement.GetProperty("id").GetString());
        var quotes = doc.RootElement.GetProperty("quotes").EnumerateArray().ToList();
        Assert.Equal(17, quotes.Count);
        Assert.Equal(["start", "end", "speaker", "verb", "source", "kind"], quotes[0].EnumerateObject().Select(p => p.Name));
        // score.py scores "kind": "indirect" apart, against the gold's unmarked attributions.
        Assert.Equal(3, quotes.Count(q => q.GetProperty("kind").GetString() == "indirect"));
    }

    [Fact]
    public void Eval_with_a_missing_gold_file_exits_2()
    {
        using var temp = new TempDir();
        var result = Cli.Run("eval", Path.Combine(temp.Path, "missing.jsonl"), "--no-score");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("gold file not found: ", result.Error, StringComparison.Ordinal);
    }
}
