using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Newsroom.Generator.Extraction.Actors;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Extraction.Text;

namespace Newsroom.Generator.Extraction.Attribution;

/// <summary>Reported speech without quotation marks: the content, its source and cue, in a paragraph.</summary>
internal sealed record IndirectQuote(TextRange Content, int Paragraph, Actor? Speaker, string? Verb, Actor? Addressee)
{
    /// <summary>The source's words as written (see <see cref="Model.QuoteModel.Source"/>).</summary>
    public string? Source { get; init; }
}

/// <summary>
/// Indirect quotes: reported speech with no quotation mark in its content, found sentence by sentence outside quotes,
/// in the frames a careful reader knows:
/// <list type="bullet">
/// <item><c>according to X, CONTENT</c> and <c>CONTENT, according to X</c>;</item>
/// <item><c>CONTENT, X said</c> and <c>CONTENT, said X</c> (the content before a comma, the source and cue after it);</item>
/// <item><c>X said (that) CONTENT</c>, <c>X told Y (that) CONTENT</c>, <c>X, who said CONTENT</c> (the cue's complement);</item>
/// <item><c>…, saying (that) CONTENT</c> (the sentence's subject speaks);</item>
/// <item><c>X's claim that CONTENT</c> (a noun of speech and its possessor).</item>
/// </list>
/// The speaker is resolved as for direct quotes (names, pronouns, <c>the ministry</c>); an unnamed source
/// (<c>officials said</c>) gives a quote without a speaker. A content that holds a quotation mark is a mixed
/// attribution: its quoted runs are the Partial quotes, and no indirect quote is made of it.
/// </summary>
internal sealed partial class Attributor
{
    /// <summary>
    /// In the paragraph being read, the first token after the last content made: a later content never starts before it
    /// (a quotation printed with apostrophes is followed back no further).
    /// </summary>
    private int _reportedUpTo;

    /// <summary>A content shorter than this many words is not a report (<c>he said so</c>, <c>she said it</c>).</summary>
    private const int MinContentWords = 3;

    [MethodImpl(Hot.Loop)]
    public List<IndirectQuote> FindIndirect(CancellationToken cancellationToken)
    {
        var found = new List<IndirectQuote>();
        var cues = new List<int>();
        for (var p = 0; p < _tokens.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tokens = _tokens[p];
            if (tokens.Count < 4) continue;
            if (Transcript(p) is { } turn)
            {
                found.Add(turn);
                continue;
            }
            var apostrophes = CueWords(tokens, cues);
            var before = found.Count;
            _reportedUpTo = 0;
            if (cues.Count == 0)
            {
                if (apostrophes) ApostropheQuotations(p, found, before);
                continue;
            }
            var sentences = Facts(p).Sentence;
            var inQuote = InQuote(p);
            var next = 0;
            while (next < cues.Count)
            {
                // The sentence of the next cue as the attributor reads it, but cut where a full stop meets an opening
                // mark: "Ruiz said the harbour would reopen. “We are ready,” Reyes said." holds two frames.
                var from = cues[next];
                while (from > 0 && sentences[from - 1] == sentences[from] && !OpensQuotation(tokens, inQuote, from)) from--;
                var to = cues[next] + 1;
                while (to < tokens.Count && sentences[to] == sentences[from] && !OpensQuotation(tokens, inQuote, to)) to++;
                var first = next;
                while (next < cues.Count && cues[next] < to) next++;
                IndirectInSentence(p, from, to, cues, first, next, found);
            }
            if (apostrophes) ApostropheQuotations(p, found, before);
        }
        return found;
    }

    /// <summary>
    /// Quotations printed with two apostrophes or backquotes (<c>''We will win again.''</c>, which the quote scanner does
    /// not pair) that open a sentence and close with no cue of their own: they carry on the last report of the
    /// paragraph or of the one before (<c>Ruiz said the harbour would reopen. ''We are ready.''</c>), as a floating
    /// quote carries on its speaker. Those with a cue were read with it; <paramref name="first"/> is the first quote
    /// this paragraph made.
    /// </summary>
    private void ApostropheQuotations(int p, List<IndirectQuote> found, int first)
    {
        var tokens = _tokens[p];
        bool Mark(int k) => k >= 0 && k < tokens.Count && tokens[k].Text is "'" or "’" or "`" or "``";
        for (var k = 0; k + 2 < tokens.Count; k++)
        {
            if (!(Mark(k) && Mark(k + 1) && tokens[k + 2].IsCapitalized && (k == 0 || IsSentenceEnd(tokens[k - 1])))) continue;
            var close = k + 3;
            while (close + 1 < tokens.Count && !(Mark(close) && Mark(close + 1))) close++;
            if (close + 1 >= tokens.Count) return;
            // A cue right after the closing pair ("…,'' she said") made its own quote, or could not.
            var after = close + 2;
            if (after < tokens.Count && !IsSentenceEnd(tokens[after]) && tokens[after].Kind != TokenKind.QuoteMark) { k = close + 1; continue; }
            var from = tokens[k + 2].Start;
            var to = tokens[close - 1].End;
            var covered = false;
            for (var i = first; i < found.Count && !covered; i++) covered = found[i].Content.Start < to && found[i].Content.End > from;
            IndirectQuote? last = null;
            for (var i = found.Count - 1; i >= 0 && last is null; i--)
            {
                if (found[i].Paragraph < p - 1) break;
                if (found[i].Speaker is not null && found[i].Content.End <= from) last = found[i];
            }
            if (!covered && last is not null && Make(p, k + 2, close, last.Speaker, last.Verb, null) is { } quote) found.Add(quote);
            k = close + 1;
        }
    }

    /// <summary>
    /// Whether token <paramref name="k"/> opens a quotation right after a full stop, where a sentence starts that the
    /// attributor's sentences do not cut: a quotation mark, or the two apostrophes or backquotes some papers print
    /// for one (<c>… reopen. ''We will …</c>).
    /// </summary>
    private static bool OpensQuotation(List<Token> tokens, bool[] inQuote, int k)
    {
        if (k == 0 || !IsSentenceEnd(tokens[k - 1])) return false;
        if (inQuote[k] && !inQuote[k - 1]) return true;
        return k + 2 < tokens.Count && tokens[k].Text is "'" or "`" or "``" && tokens[k + 1].Text is "'" or "`" && tokens[k + 2].IsCapitalized;
    }

    /// <summary>
    /// The positions of the paragraph's cue words (<see cref="WordClass.ReportCue"/>): many paragraphs have none, the
    /// others a few, and only the sentences that hold one are read. Returns whether the paragraph has a lone apostrophe
    /// or backquote, of which quotations printed with two are made (<see cref="ApostropheQuotations"/>).
    /// </summary>
    [MethodImpl(Hot.Loop)]
    private static bool CueWords(List<Token> tokens, List<int> cues)
    {
        cues.Clear();
        var apostrophes = false;
        var pool = WordPool.Current;
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Word)
            {
                if (pool.ClassesOf(t).Is(WordClass.ReportCue)) cues.Add(k);
            }
            else if (t.First is '\'' or '`' or '’' && t.Length <= 2)
            {
                apostrophes = true;
            }
        }
        return apostrophes;
    }

    /// <summary>
    /// The frames of one sentence (tokens <paramref name="from"/> to <paramref name="to"/>), cue by cue
    /// (<paramref name="cues"/> from <paramref name="firstCue"/> to <paramref name="endCue"/>), left to right.
    /// </summary>
    [MethodImpl(Hot.Loop)]
    private void IndirectInSentence(int p, int from, int to, List<int> cues, int firstCue, int endCue, List<IndirectQuote> found)
    {
        var tokens = _tokens[p];
        var inQuote = InQuote(p);
        var end = to;
        // The content stops before the sentence's final punctuation.
        while (end > from && tokens[end - 1].Kind == TokenKind.Punctuation && tokens[end - 1].Text is "." or "!" or "?" or ";" or ":") end--;
        // Where the next frame's words may start: after the last quote made, so that no content reaches back over an
        // earlier cue ("Prices rose, Ruiz said, and wages fell, Reyes said" gives Reyes "wages fell" only).
        var floor = from;
        var skipTo = from;
        for (var c = firstCue; c < endCue; c++)
        {
            var v = cues[c];
            if (v < skipTo || v >= end || inQuote[v]) continue;
            var frame = AccordingTo(p, floor, end, v) ?? Question(p, floor, end, v) ?? Verb(p, floor, end, v) ?? Noun(p, floor, end, v);
            // A frame that made nothing (a content holding a mark, too short) leaves the words after its cue to the next one.
            if (frame is not { Quote: { } quote } made) continue;
            found.Add(quote);
            _reportedUpTo = Math.Max(_reportedUpTo, FirstTokenAt(tokens, quote.Content.End) is var after && after >= 0 ? after : tokens.Count);
            floor = Math.Max(floor, Math.Min(made.Next, end));
            skipTo = Math.Max(v + 1, made.Next);
        }
    }

    /// <summary>The first word of the sentence's main clause (past a leading conjunction).</summary>
    private int FirstWord(int p, int from, int end)
    {
        var tokens = _tokens[p];
        var k = from;
        while (k < end && (tokens[k].Kind == TokenKind.QuoteMark || tokens[k].Text is "But" or "And" or "Yet" or "So" or "Still" or "However" or "," or "—" or "–")) k++;
        return k;
    }

    /// <summary>The next comma outside quotes after <paramref name="k"/>, or <paramref name="end"/>.</summary>
    private int NextComma(int p, int k, int end)
    {
        var tokens = _tokens[p];
        var inQuote = InQuote(p);
        while (k < end && !(tokens[k].Text == "," && !inQuote[k])) k++;
        return k;
    }

    /// <summary>
    /// The indirect quote of tokens <paramref name="from"/> to <paramref name="to"/>, trimmed of punctuation at
    /// either end; null when it holds a quotation mark or too few words.
    /// </summary>
    [MethodImpl(Hot.Loop)]
    private IndirectQuote? Make(int p, int from, int to, Actor? speaker, string? verb, Actor? addressee)
    {
        var tokens = _tokens[p];
        var inQuote = InQuote(p);
        // Punctuation at either end, a leading "and" after an earlier report, and the two apostrophes or backquotes some
        // papers print for quotation marks (``…'').
        while (from < to && (tokens[from].Kind == TokenKind.Punctuation && tokens[from].Text is "," or ";" or "—" or "–" or "-" or ":" or "'" or "’" or "`" or "``"
            || tokens[from].Text is "and" or "but")) from++;
        while (to > from && tokens[to - 1].Kind == TokenKind.Punctuation && tokens[to - 1].Text is "," or "—" or "–" or "-" or ":" or ";" or "." or "(" or "'" or "’" or "`") to--;
        // "… such as climate — with Beijing sweating in …": a last dash that opens the writer's own aside ends the content.
        for (var k = to - 2; k > from; k--)
        {
            if (tokens[k].Text is not ("—" or "–")) continue;
            if (tokens[k + 1].Text is "with" or "while" or "as" or "including" or "even" or "after" or "before" or "amid") to = k;
            break;
        }
        while (to > from && tokens[to - 1].Kind == TokenKind.Punctuation && tokens[to - 1].Text is "," or "—" or "–" or "-") to--;
        // "Lazar said he welcomed extradition and added, “…”": the content ends where a cue leads into a quote.
        for (var k = from; k < to; k++)
        {
            if (!inQuote[k] && tokens[k].Kind != TokenKind.QuoteMark) continue;
            var c = k - 1;
            while (c > from && tokens[c].Text is "," or ":") c--;
            if (c <= from || !SpeechCues.IsVerbAt(tokens, c)) return null;
            to = c;
            while (to > from && tokens[to - 1].Text is "and" or "but" or "," or "then" or "also" or "he" or "she" or "they") to--;
            break;
        }
        var words = 0;
        for (var k = from; k < to; k++)
        {
            if (inQuote[k] || tokens[k].Kind == TokenKind.QuoteMark) return null;
            if (tokens[k].Kind is TokenKind.Word or TokenKind.Number) words++;
        }
        if (words < MinContentWords) return null;
        var start = tokens[from].Start;
        return new IndirectQuote(new TextRange(start, tokens[to - 1].End - start), p, speaker, verb?.ToLowerInvariant(), addressee);
    }

    /// <summary>Verbs of belief, perception and finding (<c>Lexicon/stance-verbs.txt</c>): a stated position only before a clause.</summary>
    private static bool IsStanceVerb(Token t) => t.Kind == TokenKind.Word && WordPool.Current.ClassesOf(t).Is(WordClass.StanceVerb);
}
