using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Newsroom.Generator.Extraction.Model;
using Xunit;

namespace Newsroom.Cli.Tests;

/// <summary><c>newsroom inspect --json</c>, in-process: the seed against its gold annotation, and files that are not articles.</summary>
public sealed class InspectJsonTests
{
    private static JsonElement Gold()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Fixtures.SeedGoldPath));
        return doc.RootElement.Clone();
    }

    private static JsonElement SeedArticle()
    {
        var result = Cli.Run("inspect", Fixtures.SeedPath, "--json");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        return Assert.Single(result.Json().GetProperty("articles").EnumerateArray().ToList());
    }

    [Fact]
    public void Seed_quotes_have_the_gold_offsets_speakers_and_text()
    {
        var text = File.ReadAllText(Fixtures.SeedPath);
        var expected = Gold().GetProperty("quotes").EnumerateArray()
            .Select(q => (q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32(), q.GetProperty("speaker").GetString()))
            .ToList();
        var all = SeedArticle().GetProperty("quotes").EnumerateArray().ToList();
        var quotes = all.Where(q => q.GetProperty("kind").GetString() != "indirect").ToList();

        Assert.Equal(expected, quotes.Select(q => (q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32(), q.GetProperty("speaker").GetString())));
        foreach (var q in all)
        {
            var start = q.GetProperty("start").GetInt32();
            Assert.Equal(text[start..q.GetProperty("end").GetInt32()], q.GetProperty("text").GetString());
            // Line and column are those of the offset, counted independently here (the seed has LF line ends).
            var before = text[..start];
            Assert.Equal(before.Count(c => c == '\n') + 1, q.GetProperty("line").GetInt32());
            Assert.Equal(start - (before.LastIndexOf('\n') + 1) + 1, q.GetProperty("column").GetInt32());
        }
    }

    [Fact]
    public void Seed_indirect_quotes_are_the_gold_unmarked_attributions_without_members()
    {
        var expected = Gold().GetProperty("attributions").EnumerateArray().Where(a => !a.GetProperty("marked").GetBoolean())
            .Select(a => (a.GetProperty("start").GetInt32(), a.GetProperty("end").GetInt32(), a.GetProperty("content").GetString()))
            .ToList();
        var indirect = SeedArticle().GetProperty("quotes").EnumerateArray().Where(q => q.GetProperty("kind").GetString() == "indirect").ToList();

        Assert.Equal(expected, indirect.Select(q => (q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32(), q.GetProperty("text").GetString())));
        Assert.Equal(["Vivian Balakrishnan", "Biden administration", "Danny Russell"], indirect.Select(q => q.GetProperty("speaker").GetString()));
        Assert.All(indirect, q => Assert.Equal(JsonValueKind.Null, q.GetProperty("member").ValueKind));
    }

    [Fact]
    public void Seed_quote_verbs_addressee_and_members_are_shown()
    {
        var quotes = SeedArticle().GetProperty("quotes").EnumerateArray().ToList();
        Assert.All(quotes, q => Assert.False(string.IsNullOrEmpty(q.GetProperty("verb").GetString())));
        var toGates = Assert.Single(quotes, q => q.GetProperty("text").GetString()!.StartsWith("I believe the foundation", StringComparison.Ordinal));
        Assert.Equal(Gold().GetProperty("addressees").GetProperty("I believe the foundation of China-US relations lies in the people,").GetString(),
            toGates.GetProperty("addressee").GetString());
        Assert.Equal("told", toGates.GetProperty("verb").GetString());
        Assert.Equal("direct", toGates.GetProperty("kind").GetString());
        Assert.StartsWith("Quotes.XiJinping.", toGates.GetProperty("member").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_people_credits_and_roles_are_the_gold_ones()
    {
        var gold = Gold();
        var article = SeedArticle();
        var actors = article.GetProperty("actors").EnumerateArray().ToList();
        var people = actors.Where(a => a.GetProperty("kind").GetString() == "person").Select(a => a.GetProperty("name").GetString()).ToHashSet();
        Assert.Equal(gold.GetProperty("people").EnumerateArray().Select(p => p.GetString()).ToHashSet(), people);
        Assert.Equal(gold.GetProperty("credits").EnumerateArray().Select(c => c.GetString()), article.GetProperty("credits").EnumerateArray().Select(c => c.GetString()));
        var blinken = Assert.Single(actors, a => a.GetProperty("name").GetString() == "Anthony Blinken");
        Assert.Equal(gold.GetProperty("roles").GetProperty("Anthony Blinken").GetString(), blinken.GetProperty("role").GetString());
        Assert.Contains("Blinken", blinken.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("Actors.AnthonyBlinken", blinken.GetProperty("member").GetString());
    }

    [Fact]
    public void Seed_stray_marks_are_NWS001_warnings_at_the_gold_lines()
    {
        // The gold names the lines in words ("line 15: the closing mark right after …").
        var goldLines = Gold().GetProperty("stray_marks").EnumerateArray()
            .Select(s => int.Parse(Regex.Match(s.GetString()!, @"^line (\d+):").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal([15, 29], goldLines);

        var text = File.ReadAllText(Fixtures.SeedPath);
        var lines = text.Split('\n');
        var diagnostics = SeedArticle().GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.All(diagnostics, d => Assert.Equal("NWS001", d.GetProperty("id").GetString()));
        Assert.Equal(goldLines, diagnostics.Select(d => d.GetProperty("line").GetInt32()));
        foreach (var d in diagnostics)
        {
            Assert.Equal("warning", d.GetProperty("severity").GetString());
            Assert.Equal("Stray quotation mark", d.GetProperty("title").GetString());
            Assert.StartsWith("This closing quotation mark has no opening one", d.GetProperty("message").GetString(), StringComparison.Ordinal);
            // The position is the mark itself: a closing mark, at the line and column the offset gives.
            var start = d.GetProperty("start").GetInt32();
            Assert.Equal(start + 1, d.GetProperty("end").GetInt32());
            Assert.Equal('”', text[start]);
            Assert.Equal('”', lines[d.GetProperty("line").GetInt32() - 1][d.GetProperty("column").GetInt32() - 1]);
        }
    }

    [Fact]
    public void Seed_parts_and_paragraphs_are_slices_of_the_file()
    {
        var text = File.ReadAllText(Fixtures.SeedPath);
        var article = SeedArticle();
        Assert.Equal(Fixtures.SeedPath, article.GetProperty("path").GetString());
        Assert.Equal("000_94ea7bb9e4850890.txt", article.GetProperty("fileName").GetString());
        Assert.Equal(text.Length, article.GetProperty("length").GetInt32());
        Assert.StartsWith("Articles.AnthonyBlinken", article.GetProperty("member").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, article.GetProperty("headline").ValueKind);
        var paragraphs = article.GetProperty("paragraphs").EnumerateArray().ToList();
        Assert.Equal(24, paragraphs.Count);
        foreach (var p in paragraphs)
        {
            Assert.Equal(text[p.GetProperty("start").GetInt32()..p.GetProperty("end").GetInt32()], p.GetProperty("text").GetString());
        }
        Assert.Equal(paragraphs[0].GetProperty("text").GetString(), article.GetProperty("lede").GetProperty("text").GetString());
    }

    [Fact]
    public void Properties_come_in_a_stable_order()
    {
        var article = SeedArticle();
        Assert.Equal(
            ["path", "fileName", "member", "length", "headline", "dateline", "byline", "credits", "lede", "paragraphs", "quotes", "actors", "diagnostics"],
            article.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["index", "text", "speaker", "source", "verb", "addressee", "kind", "paragraph", "member", "start", "end", "line", "column", "endLine", "endColumn"],
            article.GetProperty("quotes")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["id", "severity", "title", "message", "start", "end", "line", "column", "endLine", "endColumn"],
            article.GetProperty("diagnostics")[0].EnumerateObject().Select(p => p.Name));
        // Same input, same bytes.
        Assert.Equal(Cli.Run("inspect", Fixtures.SeedPath, "--json").Out, Cli.Run("inspect", Fixtures.SeedPath, "--json").Out);
    }

    [Fact]
    public void A_missing_file_exits_1_with_a_message_on_stderr_and_an_error_entry()
    {
        using var temp = new TempDir();
        var missing = Path.Combine(temp.Path, "nope.txt");
        var result = Cli.Run("inspect", missing, Fixtures.SeedPath, "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"newsroom: cannot read '{missing}': no such file\n", result.Error);
        var articles = result.Json().GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(2, articles.Count);
        Assert.Equal(missing, articles[0].GetProperty("path").GetString());
        Assert.Equal("no such file", articles[0].GetProperty("error").GetString());
        Assert.Equal(14, articles[1].GetProperty("quotes").EnumerateArray().Count(q => q.GetProperty("kind").GetString() != "indirect"));
    }

    [Fact]
    public void A_folder_is_not_a_file()
    {
        using var temp = new TempDir();
        var result = Cli.Run("inspect", temp.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("it is a folder, not a file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_NWS004_at_the_file_start()
    {
        using var temp = new TempDir();
        var path = temp.File("empty.txt", []);
        var result = Cli.Run("inspect", path, "--json");

        Assert.Equal(0, result.ExitCode);
        var article = Assert.Single(result.Json().GetProperty("articles").EnumerateArray().ToList());
        Assert.Equal(0, article.GetProperty("length").GetInt32());
        Assert.Empty(article.GetProperty("paragraphs").EnumerateArray());
        var d = Assert.Single(article.GetProperty("diagnostics").EnumerateArray().ToList());
        Assert.Equal("NWS004", d.GetProperty("id").GetString());
        Assert.Equal("info", d.GetProperty("severity").GetString());
        Assert.Equal("The article file 'empty.txt' is empty or only white space", d.GetProperty("message").GetString());
        Assert.Equal((1, 1), (d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32()));
    }

    [Fact]
    public void A_binary_file_is_NWS003_and_generated_empty()
    {
        using var temp = new TempDir();
        // A PNG header: not UTF-8, and NULs in a row, which the compiler itself refuses (CS2015).
        var png = temp.File("photo.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 2, 0]);
        // Valid UTF-8 with a NUL: the compiler reads it, Newsroom's own check finds it binary.
        var nul = temp.File("nul.txt", Encoding.UTF8.GetBytes("Storm hits coast\n\nThe \0 storm hit the coast at dawn.\n"));
        var result = Cli.Run("inspect", png, nul, "--json");

        Assert.Equal(0, result.ExitCode);
        var articles = result.Json().GetProperty("articles").EnumerateArray().ToList();
        var messages = articles.Select(a =>
        {
            Assert.Equal(0, a.GetProperty("length").GetInt32());
            Assert.Empty(a.GetProperty("quotes").EnumerateArray());
            var d = Assert.Single(a.GetProperty("diagnostics").EnumerateArray().ToList());
            Assert.Equal("NWS003", d.GetProperty("id").GetString());
            Assert.Equal("warning", d.GetProperty("severity").GetString());
            Assert.Equal((1, 1), (d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32()));
            return d.GetProperty("message").GetString();
        }).ToList();
        Assert.Equal("The article file 'photo.txt' is not readable text: the compiler could not read it as text (it says why, e.g. CS2015 for a binary file). It is generated as an empty article.", messages[0]);
        Assert.Equal("The article file 'nul.txt' is not readable text: it has 1 NUL character(s), so it is binary or UTF-16 without a byte order mark. It is generated as an empty article.", messages[1]);
    }

    [Fact]
    public void Other_diagnostics_have_the_generators_ids_and_positions()
    {
        using var temp = new TempDir();
        var unattributed = temp.File("storm.txt", Encoding.UTF8.GetBytes("Storm hits coast\n\nThe storm hit the coast at dawn.\n\n“Everything is gone and we have nowhere to go.”\n"));
        var control = temp.File("control.txt", Encoding.UTF8.GetBytes("Council votes\n\nThe council voted \u0007on Monday, said Ana Lima.\n"));
        var wall = temp.File("wall.txt", Encoding.UTF8.GetBytes("Wall\n\n" + string.Concat(Enumerable.Repeat("” a ", 401)) + "\n"));
        var result = Cli.Run("inspect", unattributed, control, wall, "--json");

        Assert.Equal(0, result.ExitCode);
        var found = result.Json().GetProperty("articles").EnumerateArray()
            .SelectMany(a => a.GetProperty("diagnostics").EnumerateArray().Select(d =>
                $"{d.GetProperty("id").GetString()} {a.GetProperty("fileName").GetString()}({d.GetProperty("line").GetInt32()},{d.GetProperty("column").GetInt32()})-({d.GetProperty("endLine").GetInt32()},{d.GetProperty("endColumn").GetInt32()})"))
            .ToList();
        // The same places the generator's DiagnosticTests expect (NWS002 spans the quoted words, NWS010 the paragraph's first line).
        Assert.Equal(["NWS002 storm.txt(5,2)-(5,47)", "NWS008 control.txt(3,19)-(3,20)", "NWS010 wall.txt(3,1)-(3,1604)"], found);
    }

    [Fact]
    public void Over_the_size_limit_is_NWS005()
    {
        var result = Cli.Run("inspect", Fixtures.SeedPath, "--json", "--max-size", "100");
        var article = Assert.Single(result.Json().GetProperty("articles").EnumerateArray().ToList());
        Assert.Equal(0, article.GetProperty("length").GetInt32());
        // Without its text the article is named after its file, which starts with a digit: NWS007 too, as in a build.
        var ids = article.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToList();
        Assert.Equal(["NWS005", "NWS007"], ids);
        var d = article.GetProperty("diagnostics")[0];
        Assert.Contains("is 5,232 characters long, over the limit of 100", d.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_sample_article_inspects_with_quotes_inside_its_text()
    {
        var paths = Fixtures.SampleArticlePaths;
        Assert.NotEmpty(paths);
        var result = Cli.Run(["inspect", "--json", .. paths]);
        Assert.Equal(0, result.ExitCode);
        var articles = result.Json().GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(paths.Length, articles.Count);
        for (var i = 0; i < paths.Length; i++)
        {
            var text = File.ReadAllText(paths[i]);
            Assert.Equal(paths[i], articles[i].GetProperty("path").GetString());
            foreach (var q in articles[i].GetProperty("quotes").EnumerateArray())
            {
                Assert.Equal(text[q.GetProperty("start").GetInt32()..q.GetProperty("end").GetInt32()], q.GetProperty("text").GetString());
            }
        }
        // Member names are chosen across the files given, as in one build: all different.
        var members = articles.Select(a => a.GetProperty("member").GetString()).ToList();
        Assert.Equal(members.Count, members.Distinct().Count());
    }

    [Fact]
    public void A_quote_s_source_words_and_an_actor_joined_across_the_files_are_shown()
    {
        using var temp = new TempDir();
        var full = temp.File("a.txt", Encoding.UTF8.GetBytes("Trade talks resume\n\n\"We will make a great deal,\" Donald Trump said on Monday.\n"));
        var alone = temp.File("b.txt", Encoding.UTF8.GetBytes("Deal signed\n\n\"It is the best deal ever signed,\" Trump said.\n\n\"Stay indoors,\" a police spokesperson said.\n"));
        // The extraction may not record the sources' words yet: set them in the model, as the generator's tests do.
        var edits = Newsroom.Generator.Pipeline.ArticleExtraction.ModelEdits
            ?? System.Threading.Interlocked.CompareExchange(ref Newsroom.Generator.Pipeline.ArticleExtraction.ModelEdits,
                new System.Collections.Concurrent.ConcurrentDictionary<string, Func<Newsroom.Generator.Extraction.Model.ArticleModel, Newsroom.Generator.Extraction.Model.ArticleModel>>(), null)
            ?? Newsroom.Generator.Pipeline.ArticleExtraction.ModelEdits!;
        edits[alone] = m => m with
        {
            Quotes = m.Quotes.Select(q => m.Slice(q.Span).StartsWith("Stay", StringComparison.Ordinal)
                ? q with { Speaker = null, Source = "a police spokesperson" }
                : q with { Source = "Trump, <the> [red]candidate[/]" }).ToEquatableArray(),
        };
        try
        {
            var result = Cli.Run("inspect", "--json", full, alone);
            Assert.Equal(0, result.ExitCode);
            var b = result.Json().GetProperty("articles")[1];
            var quotes = b.GetProperty("quotes").EnumerateArray().ToList();
            Assert.Equal(["Trump, <the> [red]candidate[/]", "a police spokesperson"], quotes.Select(q => q.GetProperty("source").GetString()));
            Assert.Equal("Trump", quotes[0].GetProperty("speaker").GetString());
            Assert.Equal("Quotes.DonaldTrump.ItIsTheBestDeal", quotes[0].GetProperty("member").GetString());
            Assert.Equal(JsonValueKind.Null, quotes[1].GetProperty("speaker").ValueKind);
            // "Trump" alone is the project's one Donald Trump: the same actor member.
            Assert.Equal("Actors.DonaldTrump", b.GetProperty("actors")[0].GetProperty("member").GetString());

            var text = Cli.Run(noColor: true, "inspect", alone, full);
            Assert.Contains("Trump (Trump, <the> [red]candidate[/]) said", text.Out, StringComparison.Ordinal);
            Assert.Contains("unnamed source (a police spokesperson) said", text.Out, StringComparison.Ordinal);
        }
        finally
        {
            edits.TryRemove(alone, out _);
        }
    }
}
