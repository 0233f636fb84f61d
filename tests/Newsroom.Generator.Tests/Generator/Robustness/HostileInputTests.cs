using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Generator.Tests.Generator.Robustness;

/// <summary>
/// Whatever a user puts in an article file, the build stays clean: each case runs the generator on the hostile
/// article(s) next to a normal one and checks that no generator throws, the output compiles with no error and no
/// warning, the normal article comes out as if it were alone, every diagnostic points at a real place in its file,
/// and every extracted span slices its own words with the line and column Roslyn computes. Cases marked runtime also
/// load the compiled code and check the spans and texts the user gets at run time.
/// </summary>
public class HostileInputTests
{
    /// <summary>A hostile input: its files, the diagnostics it must give, and whether to check it at run time.</summary>
    public sealed record Case(Func<AdditionalText[]> Files, string[] Expected, bool Runtime = false, int MinQuotes = 0);

    private static AdditionalText Text(string name, string text) => new InMemoryAdditionalText("/project/Articles/" + name, text);

    private static AdditionalText Bytes(string name, byte[] bytes) => new InMemoryAdditionalText("/project/Articles/" + name, bytes);

    /// <summary>Bytes that are not UTF-8, decoded as csc on Linux and macOS does (its fallback is UTF-8 with U+FFFD; on Windows it is the ANSI code page).</summary>
    private static AdditionalText NotUtf8(string name, byte[] bytes) => new InMemoryAdditionalText("/project/Articles/" + name, bytes, Encoding.Default);

    private static string Article(string newline) => string.Join(newline,
        "Mayor opens the new bridge",
        "",
        "Mayor Ana Lima opened the bridge on Monday. “It took ten years,” she said.",
        "",
        "“We will cross it every day,” said Tom Reyes, who lives nearby. Others were less sure.",
        "",
        "Council member Jo Park said the bridge “cost far too much.”",
        "");

    private static string Repeat(string unit, int length) => string.Concat(Enumerable.Repeat(unit, length / unit.Length + 1)).Substring(0, length);

    /// <summary>
    /// 1.9 million characters (under the default limit) that are 3.8 MB of UTF-8: Greek and Cyrillic prose with an
    /// English quote every tenth paragraph.
    /// </summary>
    private static string MultiMegabyte()
    {
        const string greek = "Η βουλή συνεδρίασε ξανά τη Δευτέρα και συζήτησε τον προϋπολογισμό της πόλης για τον επόμενο χρόνο. ";
        const string russian = "Городской совет снова собрался в понедельник и обсудил бюджет города на следующий год. ";
        var sb = new StringBuilder("Budget talks go on\n\n");
        for (var i = 0; sb.Length < 1_900_000; i++)
        {
            if (i % 10 == 9) sb.Append("“We are still talking about paragraph ").Append(i).Append(",” said Ana Lima.\n\n");
            else sb.Append(Repeat(i % 2 == 0 ? greek : russian, 600)).Append("\n\n");
        }
        return sb.ToString();
    }

    private static readonly string Injection = string.Join("\n",
        "Closing */ and opening /* comments, \"\"\" raw strings, </summary> <!-- & {0} tags",
        "",
        "#if DEBUG",
        "#error This line starts with a directive",
        "#region x",
        "The mayor wrote */ then /* and \"\"\" and </summary></member> <!-- --> &amp; & {0} {{1}} \\u0041 \\ at the end\\",
        "",
        "“Close the comment */ and /* open one, \"\"\" raw, </summary> <!-- & {0} \\n \\u0022 \\\\,” said Jane Doe.",
        "",
        "“#if DEBUG",
        "#error quoted directive,” said Tom Lee.",
        "");

    private static readonly string Invisible = string.Join("\n",
        "Right\u202Eto left\u200B and 😀 news 𝒜",
        "",
        "“Right\u202Eto left \u2066isolate\u2069 and zero\u200Bwidth\uFEFF and joiner\u200D,” said Jane Doe.",
        "",
        "“Emoji 😀👍🏽🇫🇷 and astral 𝒜𝔅 and 𠀋 characters,” said Tom Lee. “Family: 👨‍👩‍👧,” he added.",
        "");

    private static readonly string KeywordSpeakers = string.Join("\n\n",
        "Keywords meet the press",
        "“We will build it,” said Class Object.",
        "“It is done,” said String System.",
        "“Hello there,” said Console Default.",
        "“Go now,” said Mr. Article.",
        "“Stop that,” said Ms. All.",
        "“Do it,” said Dr. Quote.",
        "“Run away,” said Mr. Newsroom.",
        "“Sit down,” said Mrs. Actors.",
        "“Equal parts,” said Mr. Equals.",
        "“Nobody knows,” said Mr. Unattributed.",
        "“Quote me,” said Mr. Quotes.",
        "“Find me,” said Mr. Find.",
        "“Static,” said Mr. Static of the Void Group.",
        "") + "\n";

    private static readonly string WorldNames = string.Join("\n\n",
        "Names from everywhere",
        "“Patria es humanidad,” said José Martí.",
        "“We must work harder,” said Nguyễn Phú Trọng, the party leader.",
        "“It was fun,” said Zoë Øystein-O’Brien.",
        "“No,” said Bashar al-Assad. “Never.”",
        "“Make it so,” said Jean-Luc Picard.",
        "“Привет всем,” said Лев Толстой.",
        "") + "\n";

    public static readonly Dictionary<string, Case> Cases = new(StringComparer.Ordinal)
    {
        ["empty file"] = new(() => [Text("empty.txt", "")], ["NWS004"], Runtime: true),
        ["whitespace only"] = new(() => [Text("blank.txt", " \r\n\t \n\u00A0 ")], ["NWS004"]),
        ["binary bytes"] = new(() => [Bytes("photo.txt", RandomBytes(3000, seed: 1, allowNul: true))], ["NWS003"], Runtime: true),
        ["invalid UTF-8 throughout"] = new(() => [NotUtf8("garbled.txt", RandomBytes(3000, seed: 2, allowNul: false))], ["NWS003"]),
        ["Latin-1 article (a few invalid UTF-8 bytes)"] = new(() => [NotUtf8("latin1.txt", Encoding.Latin1.GetBytes("Café reopens\n\n\"We are back,\" said José Martí, the café's owner.\n"))], ["NWS008"], Runtime: true, MinQuotes: 1),
        ["UTF-16 without a byte order mark"] = new(() => [Bytes("utf16.txt", Encoding.Unicode.GetBytes(Article("\r\n")))], ["NWS003"]),
        ["UTF-16 with a byte order mark"] = new(() => [Bytes("utf16bom.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Article("\r\n"))])], [], Runtime: true, MinQuotes: 3),
        ["UTF-8 byte order mark"] = new(() => [Bytes("bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Article("\n"))])], [], Runtime: true, MinQuotes: 3),
        ["NUL characters"] = new(() => [Text("nul.txt", Article("\n").Replace("Monday", "Mon\0day"))], ["NWS003"]),
        ["control characters"] = new(() => [Text("controls.txt", Article("\n").Replace("Monday", "Mon\u0001day \u001B[31mred\u001B[0m \u007F \u000B \u000C \u0085 \u009B"))], ["NWS008"], Runtime: true, MinQuotes: 3),
        ["LF"] = new(() => [Text("lf.txt", Article("\n"))], [], MinQuotes: 3),
        ["CRLF"] = new(() => [Text("crlf.txt", Article("\r\n"))], [], Runtime: true, MinQuotes: 3),
        ["CR only"] = new(() => [Text("cr.txt", Article("\r"))], [], Runtime: true, MinQuotes: 3),
        ["U+2028 line separator"] = new(() => [Text("ls.txt", Article("\u2028"))], [], MinQuotes: 3),
        ["U+2029 paragraph separator"] = new(() => [Text("ps.txt", Article("\u2029"))], [], MinQuotes: 3),
        ["NEL"] = new(() => [Text("nel.txt", Article("\u0085"))], [], MinQuotes: 3),
        ["mixed line endings"] = new(() => [Text("mixed.txt", "Mayor opens the new bridge\r\n\nMayor Ana Lima opened the bridge.\r“It took ten years,” she said.\u2028\u2029“We will cross it,” said Tom Reyes.\r\n\r\nCouncil member Jo Park said it “cost too much.”\n")], [], Runtime: true, MinQuotes: 3),
        ["a 1 MB line with no newline"] = new(() => [Text("oneline.txt", Repeat("The council met again. “We are still talking,” said Ana Lima. ", 1_000_000))], ["NWS010"]),
        ["a multi-megabyte article over the limit"] = new(() => [Text("huge.txt", Repeat(Article("\n"), 3_000_000))], ["NWS005"]),
        ["a multi-megabyte article under the limit"] = new(() => [Text("large.txt", MultiMegabyte())], [], MinQuotes: 300),
        ["thousands of unbalanced marks, one a line"] = new(() => [Text("strays.txt", "Strays\n\n" + string.Concat(Enumerable.Range(0, 3000).Select(i => $"Paragraph {i} has a stray” mark and “another\n\n")))], ["NWS001"]),
        ["thousands of marks in one paragraph"] = new(() => [Text("marks.txt", "Marks\n\n" + Repeat("” « \" „ » “ ", 30_000))], ["NWS010"]),
        ["injection strings"] = new(() => [Text("injection.txt", Injection)], [], Runtime: true, MinQuotes: 2),
        ["bidi, zero-width, emoji and astral characters"] = new(() => [Text("invisible.txt", Invisible)], ["NWS007"], Runtime: true, MinQuotes: 3),
        ["lone surrogates"] = new(() => [new InMemoryAdditionalText("/project/Articles/surrogates.txt", SourceText.From("Half \uD800 pairs\n\n“Broken \uDC00 here \uD83D and there,” said Jane Doe.\n", Encoding.UTF8))], ["NWS008"], Runtime: true, MinQuotes: 1),
        ["speakers named like keywords and our own types"] = new(() => [Text("keywords.txt", KeywordSpeakers)], [], Runtime: true, MinQuotes: 13),
        ["non-ASCII names"] = new(() => [Text("names.txt", WorldNames)], [], Runtime: true, MinQuotes: 7),
        ["the same file passed twice"] = new(() => [Text("twice.txt", Article("\n")), Text("twice.txt", Article("\n"))], [], Runtime: false, MinQuotes: 6),
        ["headlines that are names of the API"] = new(() =>
        [
            Text("all.txt", "All\n\nThe story of everything. “Everything,” said Jane Doe.\n"),
            Text("articles.txt", "Articles\n\nThe story of stories.\n"),
            Text("load.txt", "Load\n\nThe story of loads.\n"),
            Text("equals.txt", "Equals\n\nThe story of equality.\n"),
            Text("byfilename.txt", "By file name\n\nThe story of files.\n"),
            Text("normal2.txt", "Mayor opens bridge\n\nSomething else happened on Monday.\n"),
        ], ["NWS006", "NWS007"], Runtime: true),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_hostile_article_leaves_the_build_clean_and_the_other_article_intact(string name)
    {
        var c = Cases[name];
        AdditionalText[] texts = [.. c.Files(), Robust.Normal()];
        var watch = Stopwatch.StartNew();

        var run = Robust.Run(texts);

        Robust.AssertBuildIsClean(run);
        Robust.AssertDiagnosticsLocated(run, texts);
        Robust.AssertNormalArticleIntact(run);
        var ids = run.GeneratorDiagnostics.Select(d => d.Id).Distinct().ToArray();
        Assert.DoesNotContain("NWS900", ids);
        foreach (var id in c.Expected) Assert.Contains(id, ids);

        var extracted = Robust.Extracted(run);
        var quotes = 0;
        foreach (var text in texts)
        {
            var model = extracted.First(a => a.Path == text.Path).Model;
            var source = text.GetText();
            if (source is null || (model.Text.Length == 0 && source.Length > 0)) continue; // no text from the compiler, or NWS003/NWS005: nothing was kept.
            Robust.AssertSpansExact(model, source);
            if (text.Path != Robust.NormalPath) quotes += model.Quotes.Count;
        }
        Assert.True(quotes >= c.MinQuotes, $"{quotes} quotes extracted, expected at least {c.MinQuotes}");

        if (c.Runtime) AssertRuntime(run, texts);
        // A hang guard (a case once took minutes), not a speed target: speed is measured in bench/.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    /// <summary>At run time, every article's text is the file's text (a lone surrogate reads as U+FFFD) and every span is exact.</summary>
    private static void AssertRuntime(GeneratorRun run, AdditionalText[] texts)
    {
        var names = Robust.Names(run).Articles.ToDictionary(a => a.Member, a => a.Path, StringComparer.Ordinal);
        var extracted = Robust.Extracted(run).GroupBy(a => a.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var articles = RuntimeArticles.Load(run.OutputCompilation);
        Assert.Equal(texts.Length, articles.Count);
        foreach (var article in articles)
        {
            var path = names[article.MemberName];
            var model = extracted[path].Model;
            Assert.Equal(WithoutLoneSurrogates(model.Text), article.Text);
            Assert.Equal(model.Quotes.Count, article.Quotes.Count);
            RuntimeArticles.AssertSpansExact(article);
            for (var i = 0; i < model.Quotes.Count; i++) Assert.Equal(model.Quotes[i].Speaker, article.Quotes[i].Speaker);
        }
    }

    private static string WithoutLoneSurrogates(string s)
    {
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    private static byte[] RandomBytes(int length, int seed, bool allowNul)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        if (allowNul)
        {
            // A PNG signature and header, NULs included.
            byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
            png.CopyTo(bytes, 0);
        }
        else
        {
            for (var i = 0; i < bytes.Length; i++) bytes[i] |= 0x80;
        }
        return bytes;
    }

    [Fact]
    public void Speakers_named_like_keywords_and_our_types_become_members_that_compile_and_work()
    {
        var run = Robust.Run([Text("keywords.txt", KeywordSpeakers)]);

        Robust.AssertBuildIsClean(run);
        var table = Robust.Names(run);
        var members = table.Actors.Select(a => a.Member).ToArray();
        Assert.Contains("ClassObject", members);
        Assert.Contains("Article", members);
        Assert.Contains("Newsroom", members);
        Assert.Contains("Quote", members);
        Assert.Contains("All2", members);       // Actors.All is the API's
        Assert.Contains("Find2", members);      // Actors.Find too
        Assert.Contains("Actors2", members);    // a member may not be named like its class
        Assert.Contains("Equals2", members);    // object's members are never hidden
        var classes = table.Speakers.Select(s => s.Name).ToArray();
        Assert.Contains("Quotes2", classes);
        Assert.Contains("Unattributed2", classes);
        Assert.Equal(classes.Length, classes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void File_names_of_every_kind_get_unique_hint_names_and_distinct_members()
    {
        string[] paths =
        [
            "/project/Articles/my first article.txt",
            "/project/Articles/breaking-news-today.txt",
            "/project/Articles/2019-01-01.txt",
            "/project/Articles/class.txt",
            "/project/Articles/Éditorial été.txt",
            "/project/Articles/2019/index.txt",
            "/project/Articles/2020/index.txt",
            "/project/Archive/2019/index.txt",
            "/project/Articles/Report.txt",
            "/project/Articles/report.txt",
            "/project/Articles/a.b.c.txt",
            "/project/Articles/.hidden.txt",
            "/project/Articles/no-extension",
            "/project/Articles/" + new string('x', 300) + ".txt",
            "/project/Articles/Newsroom.Types.txt",
            "/project/Articles/Catalog.txt",
            @"C:\Users\me\Articles\windows path.txt",
        ];
        // The three index.txt share a headline; the others are empty and named after their files.
        var texts = paths.Select(p => (AdditionalText)new InMemoryAdditionalText(p, p.EndsWith("index.txt", StringComparison.Ordinal)
            ? "Index of stories\n\nToday’s stories. “Read them all,” said Jane Doe.\n" : "")).Append(Robust.Normal()).ToArray();

        var run = Robust.Run(texts);

        Robust.AssertBuildIsClean(run);
        Robust.AssertDiagnosticsLocated(run, texts);
        var hints = run.GeneratedSources.Select(s => s.HintName).ToArray();
        Assert.Equal(texts.Length, run.ArticleMembers.Length);
        Assert.Equal(hints.Length, hints.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(hints, h => Assert.Matches("^[A-Za-z0-9_.-]+$", h));
        Assert.All(hints, h => Assert.True(h.Length <= 120, h));
        var members = Robust.Names(run).Articles.Select(a => a.Member).ToArray();
        Assert.Equal(members.Length, members.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("Class", members);
        Assert.Contains("_20190101", members);
        Assert.Contains("ÉditorialÉté", members);
        Assert.Contains("MyFirstArticle", members);
        Assert.Equal(
            ["NWS006 Info index.txt(1,1)-(1,17)", "NWS006 Info index.txt(1,1)-(1,17)", "NWS006 Info report.txt(1,1)-(1,1)"],
            Robust.Ours(run).Where(d => d.StartsWith("NWS006", StringComparison.Ordinal)));
        // Three files of one name in three folders: three articles, each its own member (in path order).
        var memberOf = Robust.Names(run).Articles.ToDictionary(a => a.Path, a => a.Member);
        Assert.Equal("IndexOfStories", memberOf["/project/Archive/2019/index.txt"]);
        Assert.Equal("IndexOfStories2", memberOf["/project/Articles/2019/index.txt"]);
        Assert.Equal("IndexOfStories3", memberOf["/project/Articles/2020/index.txt"]);

        var articles = RuntimeArticles.Load(run.OutputCompilation);
        Assert.Equal(paths.Select(p => p.Substring(Math.Max(p.LastIndexOf('/'), p.LastIndexOf('\\')) + 1)).Append("normal.txt").OrderBy(x => x, StringComparer.Ordinal),
            articles.Select(a => a.FileName).OrderBy(x => x, StringComparer.Ordinal));
    }
}
