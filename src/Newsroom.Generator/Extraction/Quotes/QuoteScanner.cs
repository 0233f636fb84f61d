using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Extraction.Text;

namespace Newsroom.Generator.Extraction.Quotes;

/// <summary>A run of quoted words inside one paragraph, before anyone is attributed to it.</summary>
/// <param name="Span">The words between the marks, trimmed of white space.</param>
/// <param name="Paragraph">Index of the body paragraph.</param>
/// <param name="OpenMark">Offset of the opening mark, or -1 when it had none (recovered from a stray close).</param>
/// <param name="CloseMark">Offset of the closing mark, or -1 when the quote runs to the paragraph's end.</param>
/// <param name="ContinuesPrevious">The paragraph reopens a quote the previous paragraph left open (news convention).</param>
/// <param name="ContinuesNext">The quote is left open at the paragraph's end and the next paragraph reopens it.</param>
internal sealed record RawQuote(
    TextRange Span,
    int Paragraph,
    int OpenMark,
    int CloseMark,
    bool ContinuesPrevious,
    bool ContinuesNext);

/// <summary>
/// Pairs quotation marks paragraph by paragraph. Marks face a preferred way (“ opens, ” closes, " either) but the
/// characters around them decide when they disagree, so a ” typed as an opening mark still opens. Unbalanced marks
/// are recovered inside their paragraph and recorded as <see cref="StrayMark"/>s; they never leak into later
/// paragraphs, except by the convention that a quote left open at a paragraph's end continues when the next
/// paragraph starts with an opening mark.
/// </summary>
internal static class QuoteScanner
{
    /// <summary>
    /// Pairs the marks of each paragraph. The marks are read from the paragraph's tokens (each double mark is a token of
    /// its own, <see cref="TokenKind.QuoteMark"/>): the tokenizer has looked at every character already.
    /// </summary>
    [MethodImpl(Hot.Loop)]
    public static (List<RawQuote> Quotes, List<(int Offset, string Message)> Strays) Scan(
        string text, IReadOnlyList<TextRange> paragraphs, List<List<Token>> tokens, CancellationToken cancellationToken)
    {
        var quotes = new List<RawQuote>();
        var strays = new List<(int, string)>();
        var continuing = false;

        for (var p = 0; p < paragraphs.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var para = paragraphs[p];
            var openAt = -1;
            var openChar = '\0';
            var lastClose = -1;
            var reopened = false;

            var paragraphTokens = tokens[p];
            for (var k = 0; k < paragraphTokens.Count; k++)
            {
                if (paragraphTokens[k].Kind != TokenKind.QuoteMark) continue;
                var i = paragraphTokens[k].Start;
                var c = text[i];
                var facing = QuoteMarks.Of(c);

                var prev = i > para.Start ? text[i - 1] : ' ';
                var next = i + 1 < para.End ? text[i + 1] : ' ';
                var canOpen = !char.IsWhiteSpace(next) && !IsClosingPunctuation(next);
                var canClose = !char.IsWhiteSpace(prev) && !IsOpeningPunctuation(prev);

                bool opens;
                if (openAt >= 0)
                {
                    // Inside a quote: a mark closes unless it clearly opens (“ with space before, word after).
                    var germanClose = openChar == '\u201E' && c == '\u201C';
                    opens = !germanClose && facing == QuoteMarks.Facing.Open && canOpen && !canClose;
                }
                else
                {
                    opens = facing switch
                    {
                        QuoteMarks.Facing.Open => canOpen || !canClose,
                        QuoteMarks.Facing.Close => canOpen && !canClose,
                        _ => canOpen || !canClose,
                    };
                }

                if (opens)
                {
                    if (openAt >= 0)
                    {
                        // Two openings in a row: the first never closed. End it before this one.
                        Add(quotes, text, openAt + 1, i, p, openAt, -1, continuing && !reopened, false);
                        strays.Add((openAt, "This opening quotation mark is never closed; the quote was ended where the next one opens."));
                        reopened = true;
                    }
                    openAt = i;
                    openChar = c;
                }
                else if (openAt >= 0)
                {
                    Add(quotes, text, openAt + 1, i, p, openAt, i, continuing && !reopened, false);
                    reopened = true;
                    openAt = -1;
                    lastClose = i;
                }
                else
                {
                    // A closing mark with no opening one: the quote is taken to start after the previous closing
                    // mark of the paragraph, or at the paragraph's start.
                    var start = lastClose >= 0 ? lastClose + 1 : para.Start;
                    while (start < i && (char.IsWhiteSpace(text[start]) || char.IsPunctuation(text[start]) && !QuoteMarks.IsAnyMark(text[start]))) start++;
                    Add(quotes, text, start, i, p, -1, i, false, false);
                    strays.Add((i, lastClose >= 0
                        ? "This closing quotation mark has no opening one; the quote was taken to start after the previous closing mark."
                        : "This closing quotation mark has no opening one; the quote was taken to start at the paragraph's start."));
                    lastClose = i;
                }
            }

            var nextReopens = p + 1 < paragraphs.Count && StartsWithOpeningMark(text, paragraphs[p + 1]);
            if (openAt >= 0)
            {
                Add(quotes, text, openAt + 1, para.End, p, openAt, -1, continuing && !reopened, nextReopens);
                if (!nextReopens)
                {
                    strays.Add((openAt, "This opening quotation mark is never closed; the quote was ended at the paragraph's end."));
                }
            }
            continuing = openAt >= 0 && nextReopens;
        }

        return (quotes, strays);
    }

    private static void Add(List<RawQuote> quotes, string text, int start, int end, int paragraph, int openMark,
        int closeMark, bool continuesPrevious, bool continuesNext)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end <= start) return;
        quotes.Add(new RawQuote(new TextRange(start, end - start), paragraph, openMark, closeMark, continuesPrevious, continuesNext));
    }

    private static bool StartsWithOpeningMark(string text, TextRange para)
    {
        if (para.Length < 2) return false;
        var f = QuoteMarks.Of(text[para.Start]);
        return f is QuoteMarks.Facing.Open or QuoteMarks.Facing.Either
            || (f == QuoteMarks.Facing.Close && !char.IsWhiteSpace(text[para.Start + 1]));
    }

    private static bool IsClosingPunctuation(char c) => c is ',' or '.' or ';' or ':' or '!' or '?' or ')' or ']';

    private static bool IsOpeningPunctuation(char c) => c is '(' or '[' or '{' or '—' or '–';
}
