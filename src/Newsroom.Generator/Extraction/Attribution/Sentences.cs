using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newsroom.Generator.Extraction.Quotes;
using Newsroom.Generator.Extraction.Text;

namespace Newsroom.Generator.Extraction.Attribution;

/// <summary>
/// What the attributor reads of a paragraph, made on first use: which tokens lie inside a quote, and the sentences
/// (an end inside a quote does not count; a closing mark after a final period does), with a sentence's start looked
/// for only so far back; and the skips over auxiliaries, adverbs and a parenthesis that the rules share.
/// </summary>
internal sealed partial class Attributor
{
    /// <summary>
    /// What the attributor reads of a paragraph besides its tokens. Made on first use: only paragraphs with a quote and
    /// the few before them are ever read, and most paragraphs of an article are neither.
    /// </summary>
    private sealed class ParagraphFacts
    {
        public ParagraphFacts(bool[] inQuote, int[] sentence, int[] sentenceStart, int firstQuoted)
        {
            InQuote = inQuote;
            Sentence = sentence;
            SentenceStart = sentenceStart;
            FirstQuoted = firstQuoted;
        }

        /// <summary>Per token, whether it lies inside a quote (marks included).</summary>
        public bool[] InQuote { get; }

        /// <summary>Per token, its sentence's number.</summary>
        public int[] Sentence { get; }

        /// <summary>Per token, the first token of its sentence.</summary>
        public int[] SentenceStart { get; }

        /// <summary>The first token inside a quote (<see cref="int.MaxValue"/> when none): any later token has a quote before it.</summary>
        public int FirstQuoted { get; }
    }

    private ParagraphFacts Facts(int p) => _paragraphs[p] ??= ReadParagraph(p);

    private bool[] InQuote(int p) => Facts(p).InQuote;

    [MethodImpl(Hot.Loop)]
    private ParagraphFacts ReadParagraph(int p)
    {
        var list = _tokens[p];
        var mask = new bool[list.Count];
        foreach (var q in _quotesByParagraph[p])
        {
            var from = q.OpenMark >= 0 ? q.OpenMark : q.Span.Start;
            var to = q.CloseMark >= 0 ? q.CloseMark + 1 : q.Span.End;
            var k = FirstTokenAt(list, from);
            for (; k >= 0 && k < list.Count && list[k].End <= to; k++) mask[k] = true;
        }
        var ids = Sentences(list, mask);
        var starts = new int[list.Count];
        var firstQuoted = int.MaxValue;
        for (var k = 0; k < list.Count; k++)
        {
            starts[k] = k > 0 && ids[k - 1] == ids[k] ? starts[k - 1] : k;
            if (mask[k] && firstQuoted == int.MaxValue) firstQuoted = k;
        }
        return new ParagraphFacts(mask, ids, starts, firstQuoted);
    }

    /// <summary>Where a quote opens in its paragraph: its opening mark (or first character), and the first token there (the paragraph's token count when none).</summary>
    private int OpeningToken(RawQuote q, out int at)
    {
        at = q.OpenMark >= 0 ? q.OpenMark : q.Span.Start;
        var tokens = _tokens[q.Paragraph];
        var qi = FirstTokenAt(tokens, at);
        return qi < 0 ? tokens.Count : qi;
    }

    private static bool IsSentenceEnd(Token t) => t.Length == 1 && t.First is '.' or '!' or '?';

    /// <summary>Sentence numbers for a paragraph's tokens. Ends of sentences inside quotes do not count; a closing mark after a final period does.</summary>
    private int[] Sentences(List<Token> tokens, bool[] inQuote)
    {
        var ids = new int[tokens.Count];
        var id = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            ids[k] = id;
            var t = tokens[k];
            // Only a period, ! or ? (or a closing mark after one) can end a sentence: the next token is read for those alone.
            if (!inQuote[k] && IsSentenceEnd(t))
            {
                if (k + 1 < tokens.Count && NextStartsSentence(tokens[k + 1], inQuote[k + 1]) && !InsideShortBrackets(tokens, k) && !IsInitialism(tokens, k)) id++;
            }
            else if (t.Kind == TokenKind.QuoteMark && inQuote[k] && k > 0 && (IsSentenceEnd(tokens[k - 1]) || k > 2 && tokens[k - 1].Text == "]" && IsSentenceEnd(tokens[k - 2]))
                && (k + 1 >= tokens.Count || NextAfterClosingMark(tokens[k + 1], inQuote[k + 1])))
            {
                id++;
            }
        }
        return ids;
    }

    /// <summary>A period inside an initialism (<c>Ph.D.</c>, <c>N.Y.</c>: the next token is one capital and a period).</summary>
    private static bool IsInitialism(List<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k + 1].Length == 2 && char.IsUpper(tokens[k + 1].First) && tokens[k + 1].Text[1] == '.'
        && k > 0 && tokens[k - 1].End == tokens[k].Start && tokens[k - 1].Kind == TokenKind.Word && tokens[k - 1].Length <= 2;

    /// <summary>A period inside a short bracket (<c>Rep. Ana Ruiz (D-N.Y.) said</c>): an abbreviation's, not a sentence's end.</summary>
    private static bool InsideShortBrackets(List<Token> tokens, int k)
    {
        var open = false;
        for (var j = k - 1; j >= 0 && j >= k - 6; j--)
        {
            if (tokens[j].Text == ")") return false;
            if (tokens[j].Text == "(") { open = true; break; }
        }
        if (!open) return false;
        for (var j = k + 1; j < tokens.Count && j <= k + 4; j++)
        {
            if (tokens[j].Text == ")") return true;
            if (tokens[j].Text == "(") return false;
        }
        return false;
    }

    private static bool NextStartsSentence(Token next, bool nextInQuote) =>
        next.IsCapitalized || next.Kind == TokenKind.QuoteMark && !nextInQuote || next.Kind == TokenKind.Number;

    private static bool NextAfterClosingMark(Token next, bool nextInQuote) =>
        next.IsCapitalized && !nextInQuote || next.Kind == TokenKind.QuoteMark;

    /// <summary>
    /// Where the sentence holding token <paramref name="qi"/> starts, but never more than <see cref="Reach"/> tokens
    /// back: attribution cues stand near their quote, and a paragraph with no sentence end (thousands of stray
    /// marks, a megabyte on one line) must not make every quote scan the whole paragraph.
    /// </summary>
    private int SentenceStart(int p, int qi)
    {
        var tokens = _tokens[p];
        if (tokens.Count == 0) return 0;
        var k = Math.Min(qi, tokens.Count - 1);
        return Math.Max(Facts(p).SentenceStart[k], qi - Reach);
    }

    private const int Reach = 80;

    /// <summary>Forward from token <paramref name="k"/> over adverbs, auxiliaries and a parenthesis.</summary>
    private static int SkipForward(List<Token> tokens, int k)
    {
        while (k < tokens.Count)
        {
            if (SpeechCues.IsAuxiliaryOrAdverb(tokens[k]) && !SpeechCues.IsVerbAt(tokens, k))
            {
                k++;
                continue;
            }
            if (tokens[k].Text == "(")
            {
                var close = k + 1;
                while (close < tokens.Count && tokens[close].Text != ")" && close - k < 8) close++;
                if (close < tokens.Count && tokens[close].Text == ")")
                {
                    k = close + 1;
                    continue;
                }
            }
            break;
        }
        return k;
    }

    /// <summary>Back from token <paramref name="s"/> over adverbs, auxiliaries and a parenthesis such as <c>(D-Mo.)</c>.</summary>
    /// <summary>
    /// A lower-case word in <c>-ly</c> before a verb (<c>Berg immediately posted</c>): an adverb, unless it is one of the
    /// nouns so spelt (<c>the family said</c>, <c>the assembly voted</c>).
    /// </summary>
    private static bool IsLyAdverb(Token t) => t.Kind == TokenKind.Word && t.Length > 4 && char.IsLower(t.First) && t.Text.EndsWith("ly", System.StringComparison.Ordinal)
        && t.Text is not ("family" or "assembly" or "rally" or "supply" or "daily" or "weekly" or "monthly" or "quarterly" or "reply" or "apply"
            or "monopoly" or "anomaly" or "bully" or "ally" or "belly" or "jelly" or "folly" or "homily" or "italy");

    private static int SkipBack(List<Token> tokens, int s, int from)
    {
        while (s >= from)
        {
            if (SpeechCues.IsAuxiliaryOrAdverb(tokens[s]) || IsLyAdverb(tokens[s]))
            {
                s--;
                continue;
            }
            if (tokens[s].Text == ")")
            {
                var open = s - 1;
                while (open >= from && tokens[open].Text != "(" && s - open < 8) open--;
                if (open >= from && tokens[open].Text == "(")
                {
                    s = open - 1;
                    continue;
                }
            }
            break;
        }
        return s;
    }
}
