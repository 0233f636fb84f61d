using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;

namespace Newsroom.Generator.Tests.Generator.Robustness;

/// <summary>
/// CsCheck generators of articles: built from pieces (sentences written for these tests and the paragraphs of the
/// sample's Wikinews articles, CC BY 2.5), then mutated (quotation marks of every kind, control characters, injection
/// strings, line breaks, random characters; splits and joins of paragraphs; a change of line endings). Each case is
/// a recipe that CsCheck shrinks; <see cref="Print"/> shows the resulting text as a C# literal to paste into a
/// regression test.
/// </summary>
internal static class ArticleFuzz
{
    /// <summary>Extraction cases per run (NEWSROOM_FUZZ_ITERATIONS, default 10,000); compile cases scale with it.</summary>
    public static long Iterations =>
        long.TryParse(Environment.GetEnvironmentVariable("NEWSROOM_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 10_000;

    /// <summary>A fixed seed (NEWSROOM_FUZZ_SEED, or CsCheck's own CsCheck_Seed) replays one case; none means new cases each run.</summary>
    public static string? Seed => Environment.GetEnvironmentVariable("NEWSROOM_FUZZ_SEED") is { Length: > 0 } s ? s : null;

    /// <summary>Paragraphs of the sample's Wikinews articles (not the specification article).</summary>
    private static readonly string[] WikinewsParagraphs = Fixture.SampleArticlePaths
        .Where(p => !Path.GetFileName(p).StartsWith("000_", StringComparison.Ordinal))
        .SelectMany(p => File.ReadAllText(p).Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        .Select(p => p.Trim())
        .Where(p => p.Length > 0)
        .ToArray();

    private static readonly string[] Headlines =
    [
        "Mayor opens the new bridge", "Storm closes schools", "2019 in review", "All", "Class", "Équipe de France gagne",
        "Κυβέρνηση ανακοινώνει μέτρα", "Совет принял бюджет", "市长宣布新计划", "Right\u202Eto left news", "Emoji 😀 day",
        "Breaking: “quoted” headline", "*/ /* \"\"\" </summary>", "",
    ];

    private static readonly string[] Names =
    [
        "Ana Lima", "Tom Reyes", "José Martí", "Nguyễn Phú Trọng", "Zoë Øystein-O’Brien", "Bashar al-Assad", "Jean-Luc Picard",
        "Class Object", "Console Default", "Mr. Article", "Ms. All", "Dr. Quote", "Mrs. Actors", "Лев Толстой", "李明", "President Xi Jinping",
    ];

    private static readonly string[] Words =
    [
        "It took ten years", "We will not stop", "Nobody knows where the money went", "This is */ not /* a comment",
        "Say \"hello\" twice", "It is {0} and {{1}}", "</summary> <!-- & --> &amp;", "Right\u202Eto left", "zero\u200Bwidth",
        "😀 and 𝒜 and 👨‍👩‍👧", "#if DEBUG", "\\u0022 and \\", "C’est la vie", "Так нельзя", "我们会成功",
    ];

    private static readonly string[] Templates =
    [
        "“{Q},” said {N}.", "{N} said: “{Q}.”", "“{Q},” she said.", "{N}, the mayor, said the city would “{Q}.”",
        "According to {N}, “{Q}.”", "“{Q}” — {N}", "{N} told {M} that “{Q}.”", "\"{Q},\" {N} said.", "„{Q}“, sagte {N}.",
        "«{Q}», a déclaré {N}.", "“{Q}. {Q}.” {N} added.", "{N} said the plan was “{Q}” and “{Q}.”",
    ];

    /// <summary>What a mutation inserts.</summary>
    private static readonly string[] Insertions =
    [
        // Quotation marks of every kind.
        "“", "”", "„", "‟", "«", "»", "\"", "＂", "'", "’", "‘", "‚", "‹", "›",
        // Control characters and odd white space.
        "\u0001", "\u001B[31m", "\u007F", "\u000B", "\u000C", "\u009B", "\u00A0", "\t", "\0",
        // Line breaks.
        "\n", "\r", "\r\n", "\u2028", "\u2029", "\u0085", "\n\n", "\r\n\r\n",
        // Injection strings.
        "*/", "/*", "\"\"\"", "</summary>", "<!--", "&", "{0}", "\n#if DEBUG\n", "\n#error boom\n", "\\", "\\u0022", "@\"", "$\"{",
        // Invisible and astral characters, lone surrogates.
        "\u202E", "\u2066", "\u200B", "\uFEFF", "\u00AD", "😀", "𝒜", "👍🏽", "\uD800", "\uDC00",
    ];

    private static readonly string[] Separators = ["\n\n", "\r\n\r\n", "\r\r", "\n", "\u2029", "\u2028\u2028", "\u0085\u0085", "\n \n"];

    private static readonly Gen<string> Sentence =
        Gen.Select(Gen.Int[0, Templates.Length - 1], Gen.Int[0, Names.Length - 1], Gen.Int[0, Names.Length - 1], Gen.Int[0, Words.Length - 1], Gen.Int[0, Words.Length - 1],
            (t, n, m, q, r) =>
            {
                var s = Templates[t].Replace("{N}", Names[n]).Replace("{M}", Names[m]);
                var first = s.IndexOf("{Q}", StringComparison.Ordinal);
                if (first >= 0) s = s.Substring(0, first) + Words[q] + s.Substring(first + 3);
                return s.Replace("{Q}", Words[r]);
            });

    private static readonly Gen<string> Paragraph = Gen.Frequency(
        (3, Gen.Int[0, WikinewsParagraphs.Length - 1].Select(i => WikinewsParagraphs[i])),
        (4, Sentence.Array[1, 4].Select(s => string.Join(" ", s))),
        (1, Gen.String[0, 40]));

    /// <summary>One change to the text: where (a fraction of its length), what kind, and with what.</summary>
    public readonly record struct Mutation(int Where, int Kind, int Insertion, char Random, int Length);

    private static readonly Gen<Mutation> MutationGen =
        Gen.Select(Gen.Int[0, 1000], Gen.Int[0, 5], Gen.Int[0, Insertions.Length - 1], Gen.Char, Gen.Int[1, 30],
            (w, k, i, c, l) => new Mutation(w, k, i, c, l));

    /// <summary>An article recipe: headline, paragraphs, separator, mutations, line endings.</summary>
    public sealed record Recipe(int Headline, string[] Paragraphs, int Separator, Mutation[] Mutations, int LineEndings)
    {
        public string Text => Build(this);
    }

    public static readonly Gen<Recipe> Recipes =
        Gen.Select(Gen.Int[0, Headlines.Length - 1], Paragraph.Array[0, 6], Gen.Int[0, Separators.Length - 1], MutationGen.Array[0, 10], Gen.Int[0, 4],
            (h, p, s, m, e) => new Recipe(h, p, s, m, e));

    public static readonly Gen<string> Articles = Recipes.Select(r => r.Text);

    private static string Build(Recipe r)
    {
        var sep = Separators[r.Separator];
        var parts = new List<string>();
        if (Headlines[r.Headline].Length > 0) parts.Add(Headlines[r.Headline]);
        parts.AddRange(r.Paragraphs);
        var text = string.Join(sep, parts);
        foreach (var m in r.Mutations)
        {
            var at = text.Length == 0 ? 0 : (int)((long)m.Where * text.Length / 1001);
            switch (m.Kind)
            {
                case 0: // insert a hostile string
                case 1:
                    text = text.Insert(at, Insertions[m.Insertion]);
                    break;
                case 2: // insert a random character
                    text = text.Insert(at, m.Random.ToString());
                    break;
                case 3: // delete a run
                    text = text.Remove(at, Math.Min(m.Length, text.Length - at));
                    break;
                case 4: // split a paragraph here
                    text = text.Insert(at, sep);
                    break;
                default: // join the next two paragraphs
                    var next = text.IndexOf(sep, at, StringComparison.Ordinal);
                    if (next >= 0) text = text.Remove(next, sep.Length).Insert(next, " ");
                    break;
            }
        }
        return r.LineEndings switch
        {
            1 => text.Replace("\r\n", "\n").Replace("\n", "\r\n"),
            2 => text.Replace("\r\n", "\n").Replace("\n", "\r"),
            3 => text.Replace("\r\n", "\n").Replace("\n", "\u2028"),
            _ => text,
        };
    }

    /// <summary>The text as a C# string literal (every character outside printable ASCII escaped), to paste into a regression test.</summary>
    public static string Print(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (c >= 0x20 && c < 0x7F) sb.Append(c);
                    else sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
