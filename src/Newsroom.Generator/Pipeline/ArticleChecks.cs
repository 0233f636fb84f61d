using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using Newsroom.Generator.Extraction;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Extraction.Quotes;
using Newsroom.Generator.Extraction.Text;

namespace Newsroom.Generator.Pipeline;

/// <summary>
/// What the generator checks of an article's text before and after extraction: is it text at all, is it blank, is a
/// paragraph too long to extract in reasonable time, and does the extracted model stay inside the text.
/// </summary>
internal static class ArticleChecks
{
    /// <summary>At or above this share of characters that are not text (in tenths of a percent), the file is taken as binary.</summary>
    public const int BinaryPerMille = 100;

    /// <summary>
    /// Longest paragraph extracted, in UTF-16 code units. A news paragraph is a few hundred characters; a longer one is
    /// a file with no line breaks, HTML or a log saved as text. The limit keeps the build's time bounded.
    /// </summary>
    public const int MaxParagraphLength = 20_000;

    /// <summary>Most quotation marks in one paragraph extracted (a news paragraph has a handful).</summary>
    public const int MaxParagraphMarks = 400;

    /// <summary>What <see cref="Inspect"/> found.</summary>
    /// <param name="Nuls">Number of NUL characters.</param>
    /// <param name="NotText">Characters that are not text: U+FFFD (what the compiler puts for bytes that are not UTF-8),
    /// control characters other than tab, line breaks and form feed, and lone surrogates. NULs included.</param>
    /// <param name="FirstNotText">Offset of the first of them, or -1.</param>
    /// <param name="Visible">Characters that are not white space.</param>
    public readonly record struct TextReport(int Nuls, int NotText, int FirstNotText, int Visible)
    {
        public bool IsBlank => Visible == 0 && NotText == 0;

        /// <summary>NUL characters (binary data, or UTF-16 without a byte order mark), or mostly characters that are not text.</summary>
        public bool IsBinary => Nuls > 0 || (NotText > 0 && (long)NotText * 1000 >= (long)System.Math.Max(Visible, 1) * BinaryPerMille);
    }

    [MethodImpl(Hot.Loop)]
    public static TextReport Inspect(string text, CancellationToken cancellationToken)
    {
        int nuls = 0, notText = 0, first = -1, visible = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if ((i & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            var c = text[i];
            if (c > ' ' && c < '\u007F')
            {
                visible++; // printable ASCII, most of any article: no table look-up
                continue;
            }
            bool bad;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                visible++;
                i++;
                continue;
            }
            if (c == '\0')
            {
                nuls++;
                bad = true;
            }
            else
            {
                bad = IsNotText(c);
            }
            if (bad)
            {
                notText++;
                if (first < 0) first = i;
            }
            if (!char.IsWhiteSpace(c)) visible++;
        }
        return new TextReport(nuls, notText, first, visible);
    }

    /// <summary>U+FFFD, a lone surrogate, or a control character that is not white space or a line break.</summary>
    public static bool IsNotText(char c) =>
        c == '\uFFFD'
        || char.IsSurrogate(c)
        || (char.IsControl(c) && c is not ('\t' or '\n' or '\v' or '\f' or '\r' or '\u0085'));

    /// <summary>The first paragraph too long (or with too many marks) to extract in bounded time, as a range; null if none.</summary>
    public static (TextRange Paragraph, int Marks)? TooLongParagraph(string text, CancellationToken cancellationToken)
    {
        // No paragraph can be too long, or hold too many marks, when the whole text is not and does not.
        if (text.Length <= MaxParagraphLength && CountMarks(text, new TextRange(0, text.Length)) <= MaxParagraphMarks) return null;
        foreach (var block in ArticleLayout.SplitParagraphs(text, cancellationToken))
        {
            if (block.Length > MaxParagraphLength) return (block, CountMarks(text, block));
            if (block.Length > MaxParagraphMarks)
            {
                var marks = CountMarks(text, block);
                if (marks > MaxParagraphMarks) return (block, marks);
            }
        }
        return null;
    }

    [MethodImpl(Hot.Loop)]
    private static int CountMarks(string text, TextRange block)
    {
        var n = 0;
        for (var i = block.Start; i < block.End; i++)
        {
            if (QuoteMarks.IsDoubleMark(text[i])) n++;
        }
        return n;
    }

    /// <summary>
    /// Why the model cannot be trusted (a range outside the text, a negative length), or null when every range and
    /// offset of it is inside the text. Emitting and naming slice the text by these ranges, so a bad one must never
    /// get past extraction.
    /// </summary>
    public static string? Problem(ArticleModel m)
    {
        var n = m.Text.Length;
        bool Bad(TextRange r) => r.Start < 0 || r.Length < 0 || r.Start > n || r.Length > n - r.Start;
        if (m.Headline is { } h && Bad(h)) return "headline " + Describe(h, n);
        if (m.Dateline is { } d && Bad(d)) return "dateline " + Describe(d, n);
        if (Bad(m.Lede)) return "lede " + Describe(m.Lede, n);
        for (var i = 0; i < m.Paragraphs.Count; i++)
        {
            if (Bad(m.Paragraphs[i])) return "paragraph " + Describe(m.Paragraphs[i], n);
        }
        for (var i = 0; i < m.Quotes.Count; i++)
        {
            var q = m.Quotes[i];
            if (Bad(q.Span)) return "quote " + Describe(q.Span, n);
            if (q.Position.Line < 1 || q.Position.Column < 1)
            {
                return "quote position " + q.Position.Line.ToString(CultureInfo.InvariantCulture) + ":" + q.Position.Column.ToString(CultureInfo.InvariantCulture);
            }
        }
        for (var i = 0; i < m.StrayMarks.Count; i++)
        {
            var s = m.StrayMarks[i];
            if (s.Offset < 0 || s.Offset >= n) return "stray mark at " + s.Offset.ToString(CultureInfo.InvariantCulture);
        }
        return null;
    }

    private static string Describe(TextRange r, int length) =>
        "range " + r.Start.ToString(CultureInfo.InvariantCulture) + "+" + r.Length.ToString(CultureInfo.InvariantCulture)
        + " outside a text of " + length.ToString(CultureInfo.InvariantCulture);

    /// <summary>The span from <paramref name="start"/> for <paramref name="length"/>, with line and column of both ends.</summary>
    public static FileSpan Span(LineIndex lines, int start, int length)
    {
        var a = lines.PositionOf(start);
        var b = lines.PositionOf(start + length);
        return new FileSpan(start, length, a.Line, a.Column, b.Line, b.Column);
    }

    /// <summary>The span from <paramref name="start"/> to the end of its line, at most <paramref name="length"/> long.</summary>
    public static FileSpan FirstLine(string text, LineIndex lines, int start, int length)
    {
        var end = start;
        var max = System.Math.Min(text.Length, start + length);
        while (end < max && !LineIndex.IsLineBreak(text[end])) end++;
        return Span(lines, start, end - start);
    }
}
