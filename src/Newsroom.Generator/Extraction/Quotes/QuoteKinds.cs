using System;
using System.Collections.Generic;
using Newsroom.Generator.Extraction.Lexicon;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Extraction.Text;

namespace Newsroom.Generator.Extraction.Quotes;

/// <summary>Direct or partial, and whether quoted words are speech at all.</summary>
internal static class QuoteKinds
{
    /// <summary>A quote is direct when it opens like a sentence (a capital letter) or continues a reopened paragraph.</summary>
    public static QuoteKind Classify(string text, TextRange span, bool continuesPrevious)
    {
        if (continuesPrevious) return QuoteKind.Direct;
        for (var i = span.Start; i < span.End; i++)
        {
            var c = text[i];
            if (char.IsLetter(c)) return char.IsUpper(c) ? QuoteKind.Direct : QuoteKind.Partial;
            if (char.IsDigit(c)) return QuoteKind.Direct;
        }
        return QuoteKind.Partial;
    }

    /// <summary>
    /// Quoted words that are not speech (docs/extraction.md, "Quotes"): a markup attribute's value (<c>author="…"</c>);
    /// a name, title or word as a word by the words before the mark (<c>titled “…”</c>, <c>a plan called “…”</c>,
    /// <c>the term “…”</c>); Title Case words that nobody is said to say (<c>the “Hero of the Soviet Union”</c>,
    /// <c>received “Person of the Year”</c>), unless they are a sentence of their own; one word nobody is said to say;
    /// and a short scare quote (three words or fewer, not a sentence) with no speech cue in its sentence and its
    /// speaker not named there. Quotes that continue over paragraphs are never asked. Reads at most
    /// <see cref="Window"/> characters each side: this runs for every quote.
    /// </summary>
    /// <param name="tokens">The quote's paragraph's tokens.</param>
    /// <param name="attributed">Whether the attributor found a source or cue for the quote.</param>
    /// <param name="speaker">The attributed speaker's name, or null.</param>
    /// <param name="names">The words named so far in the article (<c>a plan called “Build Back Better”</c>): the same
    /// words quoted again are the name again (<c>“Build Back Better” calls for …</c>). Added to when a quote is a name.</param>
    public static bool IsNotSpeech(string text, RawQuote quote, List<Token> tokens, bool attributed, string? speaker, HashSet<string>? names = null)
    {
        var span = quote.Span;
        var open = quote.OpenMark >= 0 ? quote.OpenMark : span.Start;
        if (quote.OpenMark >= 1 && text[quote.OpenMark - 1] == '=') return true;
        if (names is not null && names.Count > 0 && names.Contains(NameKey(text, span))) return true;
        if (IsCaseName(text, span)) return true;

        // The words before the opening mark, nearest first (punctuation other than , ; : ( ) dashes and marks skipped).
        var first = FirstTokenAt(tokens, open);
        if (first < 0) first = tokens.Count;
        var before = new int[8];
        var nBefore = 0;
        for (var k = first - 1; k >= 0 && nBefore < before.Length; k--)
        {
            var t = tokens[k];
            if (t.End > open) continue;
            if (t.Start < open - Window) break;
            if (t.Kind == TokenKind.Punctuation && !(t.Text is "," or ";" or ":" or "(" or ")" or "—" or "–")) continue;
            before[nBefore++] = k;
        }
        if (NamedByWordsBefore(tokens, before, nBefore))
        {
            names?.Add(NameKey(text, span));
            return true;
        }

        var words = CountWords(text, span, 9);
        if (words <= 2 && AnotherName(tokens, before, nBefore)) return true;
        var sentenceStart = SentenceStart(text, open);
        var sentenceEnd = SentenceEnd(text, span.End);
        var afterFirst = FirstTokenAt(tokens, span.End);
        if (afterFirst < 0) afterFirst = tokens.Count;
        var sentenceFirst = FirstTokenAt(tokens, sentenceStart);
        if (sentenceFirst < 0 || sentenceFirst > first) sentenceFirst = first;

        if (Hypothetical(tokens, sentenceFirst, first)) return true;

        // A sentence of its own (“No,” said Reyes. “Never.”) is speech even in Title Case.
        var opensSentence = true;
        for (var k = sentenceFirst; k < first && opensSentence; k++) opensSentence = tokens[k].Kind != TokenKind.Word;
        if (words <= 8 && !(opensSentence && IsSentence(text, span)) && IsTitle(text, span, words))
        {
            // After a determiner, a possessive or a preposition the title is a name even after a reporting verb
            // (told ABC’s “Good Morning America”); otherwise only when no reporting verb governs it.
            if (nBefore > 0 && (IsAny(tokens[before[0]], Determiners) || tokens[before[0]].IsPossessive || IsAny(tokens[before[0]], Prepositions))) return true;
            if (!Governed(text, tokens, sentenceFirst, first, afterFirst, sentenceEnd, sentenceStart, open)) return true;
        }

        // One word that nobody is said to say ("a “historic” day").
        if (words <= 1 && !attributed) return true;

        // In an interview's answer (a paragraph opened by the speaker's label), what the speaker feels or thinks does not make
        // a term of the answer someone's words ("It felt a bit like a “dream team”"): only a verb of saying does.
        var turn = tokens.Count > 0 && OpensWithTurnLabel(text, tokens[0].Start, text.Length);
        if (words <= 3 && !IsSentence(text, span)
            && !SpeechCue(tokens, sentenceFirst, first, int.MaxValue, stance: !turn) && !AccordingTo(tokens, sentenceFirst, first)
            && !SpeechCue(tokens, afterFirst, UntilOffset(tokens, afterFirst, sentenceEnd), 8, stance: !turn)
            && !AccordingTo(tokens, afterFirst, UntilOffset(tokens, afterFirst, sentenceEnd))
            && !SpeakerNamed(tokens, sentenceFirst, first, speaker) && !SpeakerNamed(tokens, afterFirst, UntilOffset(tokens, afterFirst, sentenceEnd), speaker))
        {
            return true;
        }
        return false;
    }

    /// <summary>
    /// Another name for what was just named: <c>or</c> after a word or a bracket, not after quoted words (<c>the first
    /// extravehicular activity (EVA), or “spacewalk”</c>, <c>donations or “tips”</c>; not <c>called it “reckless” or “plain
    /// wrong”</c>, where both are someone's words).
    /// </summary>
    private static bool AnotherName(List<Token> tokens, int[] before, int n)
    {
        var i = 0;
        while (i < n && tokens[before[i]].Text == ",") i++;
        if (i >= n || tokens[before[i]].Text != "or") return false;
        i++;
        while (i < n && tokens[before[i]].Text == ",") i++;
        return i < n && (tokens[before[i]].Kind == TokenKind.Word || tokens[before[i]].Text == ")");
    }

    /// <summary>
    /// A court case's name (<c>“Ruiz v. Reyes”</c>, <c>“Eva Berg vs. Acme Limited”</c>): a capitalised name, <c>v.</c>,
    /// <c>vs.</c> or <c>versus</c>, and a capitalised name, in at most twelve words.
    /// </summary>
    private static bool IsCaseName(string text, TextRange span)
    {
        if (span.Length > 120 || span.Length < 8 || !char.IsUpper(text[span.Start])) return false;
        foreach (var v in CaseSeparators)
        {
            var at = text.IndexOf(v, span.Start, span.Length, StringComparison.Ordinal);
            if (at > span.Start && at + v.Length < span.End && char.IsUpper(text[at + v.Length])) return CountWords(text, span, 13) <= 12;
        }
        return false;
    }

    private static readonly string[] CaseSeparators = { " v. ", " vs. ", " vs ", " versus " };

    /// <summary>A quote's words without the punctuation that closes them inside the marks (<c>“Build Back Better,”</c>).</summary>
    private static string NameKey(string text, TextRange span)
    {
        var end = span.End;
        while (end > span.Start && text[end - 1] is '.' or ',' or ';' or ':' or ' ') end--;
        return text.Substring(span.Start, end - span.Start);
    }

    /// <summary>
    /// Words someone would say if something happened, which nobody said: the words of a verb of saying inside a clause that
    /// <c>if</c> opens earlier in the sentence (<c>if your friend says “…”</c>, <c>So if there was a picture, they would
    /// say, “…”</c>; not <c>as if to say</c>), and a hypothetical or generic speaker (<c>you’d say “…”</c>, <c>would you
    /// be like “…”</c>, <c>where you’re like, “…”</c>, <c>it makes you think, “…”</c>, <c>Had I said “…”</c>). Words a
    /// speaker used to say (<c>the family would say “…”</c>) are still speech, and so are the words an <c>if</c> opens
    /// (<c>it would run only if “…”</c> quotes the one who set the condition).
    /// </summary>
    private static bool Hypothetical(List<Token> tokens, int sentenceFirst, int first)
    {
        var v = first - 1;
        while (v >= sentenceFirst && tokens[v].Kind == TokenKind.Punctuation && tokens[v].Text is "," or ":") v--;
        if (v < sentenceFirst || tokens[v].Kind != TokenKind.Word) return false;
        string Word(int k) => k >= sentenceFirst ? tokens[k].Text.ToLowerInvariant() : string.Empty;
        var w = Word(v);
        if (w == "said" && Word(v - 2) == "had" && Word(v - 1) is "i" or "we" or "you") return true;
        if (w == "say" && (Word(v - 1) is "you'd" or "you’d" || Word(v - 1) == "would" && Word(v - 2) == "you")) return true;
        if (w == "like" && (Word(v - 1) == "be" && Word(v - 2) == "you" && Word(v - 3) == "would"
                            || Word(v - 1) is "you're" or "you’re" || Word(v - 1) == "are" && Word(v - 2) == "you")) return true;
        if (w == "think" && Word(v - 1) == "you" && Word(v - 2) is "makes" or "make" or "made") return true;
        var verb = w is "says" or "say" or "saying" || w == "you" && Word(v - 1) is "tells" or "tell";
        if (!verb) return false;
        for (var k = v - 1; k >= sentenceFirst; k--)
        {
            if (tokens[k].Kind == TokenKind.QuoteMark) return false;
            if (tokens[k].Text is "if" or "If") return Word(k - 1) != "as";
        }
        return false;
    }

    private static readonly string[] Determiners =
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "any",
        "some", "no", "another", "every", "each", "such",
    };

    private static readonly string[] Articles = { "the", "a", "an" };

    private static readonly string[] Prepositions = { "on", "of", "at", "in", "from", "for", "with", "about", "into", "during", "under", "to", "by" };

    private static readonly string[] BeForms = { "is", "are", "was", "were", "be", "been", "being", "’s", "'s" };

    /// <summary>Words before a naming verb that make it active (<c>he called it “…”</c>, <c>what Ruiz called “…”</c>).</summary>
    private static readonly string[] Subjects = { "he", "she", "they", "we", "i", "you", "it", "who", "whom", "which", "that", "what", "and", "had", "have", "has" };

    private static readonly string[] RelativeWords = { "what", "which", "whom", "who", "that" };

    private static readonly string[] Adverbs = { "also", "often", "now", "sometimes", "today", "widely", "later", "then" };

    private static readonly string[] SubjectPronouns = { "he", "she", "they", "He", "She", "They" };

    private static HashSet<string> Cues(string section) =>
        Lexicons.NamingCues.TryGetValue(section, out var set) ? set : new HashSet<string>(StringComparer.Ordinal);

    private static readonly HashSet<string> TitleCues = Cues("titles");
    private static readonly HashSet<string> NamingVerbs = Cues("verbs");
    private static readonly HashSet<string> NamingNouns = Cues("nouns");
    private static readonly HashSet<string> UseVerbs = Cues("use");
    private static readonly HashSet<string> OtherCues = Cues("cues");

    /// <summary>
    /// <c>titled “…”</c>, <c>so-called “…”</c>, <c>known as “…”</c>; a noun of naming right before the mark (<c>the term
    /// “…”</c>, not <c>used the term “…”</c>); a naming verb that is passive or a reduced relative (<c>is called “…”</c>,
    /// <c>a plan dubbed “…”</c>, <c>, entitled “…”</c>), not one with a subject (<c>Ruiz called it “…”</c>).
    /// </summary>
    private static bool NamedByWordsBefore(List<Token> tokens, int[] before, int n)
    {
        var i = 0;
        if (i < n && IsAny(tokens[before[i]], Articles)) i++;
        if (i >= n) return false;
        var w = tokens[before[i]];
        var lower = Lower(w);
        if (TitleCues.Contains(lower)) return true;
        if (lower == "called" && i + 1 < n && Lower(tokens[before[i + 1]]) == "so") return true;
        if (lower == "as" && i + 1 < n && Lower(tokens[before[i + 1]]) == "known") return true;
        if (NamingNouns.Contains(lower))
        {
            // Skip the noun's determiner, names and possessives, and one modifier, to the verb: "used the term".
            var k = i + 1;
            while (k < n)
            {
                var t = tokens[before[k]];
                var l = Lower(t);
                if (IsAny(t, Determiners) || t.IsCapitalized || t.IsPossessive
                    || k == i + 1 && t.Kind == TokenKind.Word && !UseVerbs.Contains(l) && !Lexicons.SpeechVerbForms.ContainsKey(l))
                {
                    k++;
                    continue;
                }
                break;
            }
            return !(k < n && UseVerbs.Contains(Lower(tokens[before[k]])));
        }
        if (NamingVerbs.Contains(lower))
        {
            var k = i + 1;
            while (k < n && IsAdverb(tokens[before[k]])) k++;
            if (k >= n) return false;
            var b = tokens[before[k]];
            if (IsAny(b, BeForms) || b.IsPossessive) return true;
            if (b.Text == ",") return true;
            if (b.Kind != TokenKind.Word || !char.IsLower(b.First) || IsAny(b, Subjects)) return false;
            // A noun before the verb: a reduced relative when a determiner comes first ("a military program dubbed"),
            // not when "what"/"which" does ("what lawmakers called").
            for (var j = k; j < n && j <= k + 4; j++)
            {
                var t = tokens[before[j]];
                if (IsAny(t, RelativeWords)) return false;
                if (IsAny(t, Determiners) || t.IsPossessive) return true;
                if (t.Kind != TokenKind.Word || (j == k && !char.IsLower(t.First))) break;
            }
            return false;
        }
        return false;
    }

    private static bool IsAdverb(Token t) =>
        t.Kind == TokenKind.Word && char.IsLower(t.First) && (t.Text.EndsWith("ly", StringComparison.Ordinal) || IsAny(t, Adverbs));

    /// <summary>Title Case: at most two words not capitalised (short ones like "of" aside), no punctuation inside, not a question or exclamation.</summary>
    private static bool IsTitle(string text, TextRange span, int words)
    {
        var end = span.End;
        var last = text[end - 1];
        if (last is '!' or '?') return false;
        while (end > span.Start && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?') end--;
        for (var i = span.Start; i < end; i++)
        {
            var c = text[i];
            if (c is ',' or ';' or ':' or '!' or '?') return false;
            if (c == '.' && i + 1 < end && IsWordSeparator(text[i + 1])) return false;
        }
        var capitalized = 0;
        var firstWord = true;
        var p = span.Start;
        while (p < span.End)
        {
            if (IsWordSeparator(text[p]))
            {
                p++;
                continue;
            }
            var start = p;
            while (p < span.End && !IsWordSeparator(text[p])) p++;
            var f = text[start];
            if (firstWord && !char.IsUpper(f)) return false;
            firstWord = false;
            var core = p;
            while (core > start && text[core - 1] is '.' or ',' or ';' or ':' or '!' or '?') core--;
            if (char.IsLetter(f) && !char.IsUpper(f) && core - start > 3) return false;
            if (char.IsUpper(f) || char.IsDigit(f)) capitalized++;
        }
        return capitalized >= Math.Max(1, words - 2);
    }

    /// <summary>Opens with a capital letter and ends with . ! or ? — a sentence, not a phrase.</summary>
    private static bool IsSentence(string text, TextRange span)
    {
        var last = text[span.End - 1];
        if (last is not ('.' or '!' or '?')) return false;
        for (var i = span.Start; i < span.End; i++)
        {
            if (char.IsLetter(text[i])) return char.IsUpper(text[i]);
        }
        return false;
    }

    /// <summary>
    /// A reporting verb governs the quote: a colon before the mark, a reporting, stance or cue verb among the six words
    /// before it in its sentence, or a reporting or cue verb among the four words after it.
    /// </summary>
    private static bool Governed(string text, List<Token> tokens, int sentenceFirst, int first, int afterFirst, int sentenceEnd, int sentenceStart, int open)
    {
        var p = open - 1;
        while (p >= sentenceStart && (char.IsWhiteSpace(text[p]) || QuoteMarks.IsDoubleMark(text[p]))) p--;
        if (p >= sentenceStart && text[p] == ':') return true;
        var seen = 0;
        for (var k = first - 1; k >= sentenceFirst && seen < 6; k--)
        {
            var t = tokens[k];
            if (!IsLetterWord(t)) continue;
            seen++;
            if (Lexicons.SpeechVerbForms.ContainsKey(t.Text) || Lexicons.StanceVerbs.Contains(t.Text) || OtherCues.Contains(t.Text)) return true;
        }
        seen = 0;
        var until = UntilOffset(tokens, afterFirst, sentenceEnd);
        for (var k = afterFirst; k < until && seen < 4; k++)
        {
            var t = tokens[k];
            if (!IsLetterWord(t)) continue;
            seen++;
            if (Lexicons.SpeechVerbForms.ContainsKey(t.Text) || OtherCues.Contains(t.Text)) return true;
        }
        return false;
    }

    /// <summary>A reporting, stance or cue verb among tokens [from, to) (the first <paramref name="max"/> words).</summary>
    private static bool SpeechCue(List<Token> tokens, int from, int to, int max, bool stance = true)
    {
        var seen = 0;
        for (var k = from; k < to && seen < max; k++)
        {
            var t = tokens[k];
            if (!IsLetterWord(t)) continue;
            seen++;
            if (Lexicons.SpeechVerbForms.ContainsKey(t.Text) || stance && Lexicons.StanceVerbs.Contains(t.Text) || OtherCues.Contains(t.Text)) return true;
        }
        return false;
    }

    private static bool AccordingTo(List<Token> tokens, int from, int to)
    {
        for (var k = from; k + 1 < to; k++)
        {
            if (string.Equals(tokens[k].Text, "according", StringComparison.OrdinalIgnoreCase) && tokens[k + 1].Text == "to") return true;
        }
        return false;
    }

    /// <summary>The speaker is named in tokens [from, to) (a capitalised part of the name), or a subject pronoun stands there.</summary>
    private static bool SpeakerNamed(List<Token> tokens, int from, int to, string? speaker)
    {
        if (speaker is null) return false;
        for (var k = from; k < to; k++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word) continue;
            foreach (var pronoun in SubjectPronouns)
            {
                if (t.Text == pronoun) return true;
            }
            if (!t.IsCapitalized || t.Length < 2) continue;
            // A whole part of the name: "Ruiz" in "Ana Ruiz".
            var at = 0;
            while ((at = speaker.IndexOf(t.Text, at, StringComparison.Ordinal)) >= 0)
            {
                var endAt = at + t.Length;
                if ((at == 0 || speaker[at - 1] == ' ') && (endAt == speaker.Length || speaker[endAt] == ' ')) return true;
                at = endAt;
            }
        }
        return false;
    }

    private static bool IsLetterWord(Token t) => t.Kind == TokenKind.Word && t.First is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    /// <summary>
    /// How far the rules read around a quote, in characters: a sentence longer than this is cut (a paragraph of
    /// thousands of marks stays linear).
    /// </summary>
    private const int Window = 400;

    /// <summary>Where the sentence holding <paramref name="offset"/> starts: after a line break or a . ! ? that a space and a capital or a mark follow.</summary>
    private static int SentenceStart(string text, int offset)
    {
        var stop = Math.Max(0, offset - Window);
        for (var j = offset - 1; j >= stop; j--)
        {
            var c = text[j];
            if (c == '\n') return AfterTurnLabel(text, j + 1, offset);
            if (c is '.' or '!' or '?' && j + 2 < text.Length && text[j + 1] is ' ' or '\n'
                && (char.IsUpper(text[j + 2]) || QuoteMarks.IsDoubleMark(text[j + 2])))
            {
                return j + 1;
            }
        }
        return stop == 0 ? AfterTurnLabel(text, 0, offset) : stop;
    }

    /// <summary>
    /// Past a transcript's speaker label (<c>((Jane Roe))</c>) that opens the paragraph at <paramref name="start"/>: the
    /// label says whose turn it is, not who is quoted in its sentence.
    /// </summary>
    private static int AfterTurnLabel(string text, int start, int offset)
    {
        if (!OpensWithTurnLabel(text, start, offset)) return start;
        var close = text.IndexOf("))", start + 2, Math.Min(offset, start + 80) - start - 2, StringComparison.Ordinal);
        return close < 0 ? start : close + 2;
    }

    /// <summary>Whether a transcript's speaker label (<c>((</c>) opens the text at <paramref name="start"/>, before <paramref name="end"/>.</summary>
    private static bool OpensWithTurnLabel(string text, int start, int end) => start + 1 < end && text[start] == '(' && text[start + 1] == '(';

    /// <summary>Where the sentence that goes on after <paramref name="offset"/> ends: a line break, or a . ! ? before a space.</summary>
    private static int SentenceEnd(string text, int offset)
    {
        var stop = Math.Min(text.Length, offset + Window);
        for (var j = offset; j < stop; j++)
        {
            var c = text[j];
            if (c == '\n') return j;
            if (c is '.' or '!' or '?' && j > offset + 1 && j + 1 < text.Length && text[j + 1] is ' ' or '\n') return j + 1;
        }
        return stop;
    }

    /// <summary>The index of the first token at or after <paramref name="offset"/>, or -1.</summary>
    private static int FirstTokenAt(List<Token> tokens, int offset) => Attribution.Attributor.FirstTokenAt(tokens, offset);

    /// <summary>The index past the last token of [<paramref name="from"/>, …) that starts before <paramref name="end"/>.</summary>
    private static int UntilOffset(List<Token> tokens, int from, int end)
    {
        var k = from;
        while (k < tokens.Count && tokens[k].Start < end) k++;
        return k;
    }

    /// <summary>Words split at white space, counted up to <paramref name="max"/>.</summary>
    private static int CountWords(string text, TextRange span, int max)
    {
        var words = 0;
        var inWord = false;
        for (var i = span.Start; i < span.End && words < max; i++)
        {
            var separator = IsWordSeparator(text[i]);
            if (!separator && !inWord) words++;
            inWord = !separator;
        }
        return words;
    }

    private static bool IsAny(Token t, string[] lowerWords)
    {
        if (t.Kind != TokenKind.Word) return false;
        foreach (var w in lowerWords)
        {
            if (string.Equals(t.Text, w, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static string Lower(Token t) => t.Kind == TokenKind.Word && t.Text.Length > 0 && char.IsLower(t.First) && IsAllLower(t.Text) ? t.Text : t.Text.ToLowerInvariant();

    private static bool IsAllLower(string s)
    {
        foreach (var c in s)
        {
            if (char.IsUpper(c)) return false;
        }
        return true;
    }

    private static bool IsWordSeparator(char c) => c is ' ' or '\n' or '\r' or '\t';
}
