using System;
using Newsroom.Generator.Extraction.Model;

namespace Newsroom.Generator.Extraction.Quotes;

/// <summary>Direct or partial, and whether quoted words are speech at all.</summary>
internal static class QuoteKinds
{
    private static readonly string[] WorkCues =
    {
        "book", "film", "movie", "song", "album", "show", "series", "novel", "play", "titled", "entitled", "called",
        "dubbed", "nicknamed", "named", "known as", "so-called", "headline", "episode", "poem", "documentary",
        "programme", "program", "slogan", "hashtag", "term", "word", "phrase", "label", "brand", "campaign",
    };

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

    private static readonly char[] SentencePunctuation = { '.', '!', '?', ',' };

    /// <summary>
    /// Quoted words that are not speech: a title or name (<c>the film “Black Panther”</c>, Title Case words with no
    /// sentence punctuation), or a short scare quote with nobody saying it. Reads the text in place: this runs for
    /// every quote.
    /// </summary>
    public static bool IsNotSpeech(string text, TextRange span, bool attributed, int wordsBefore)
    {
        // Words split at spaces, tabs and line breaks. Past ten words no rule below applies, so counting stops there.
        var words = 0;
        var capitalized = 0;
        var allTitleWords = true;
        var i = span.Start;
        while (i < span.End)
        {
            if (IsWordSeparator(text[i]))
            {
                i++;
                continue;
            }
            var first = text[i];
            var wordStart = i;
            while (i < span.End && !IsWordSeparator(text[i])) i++;
            if (++words > 10) return false;
            // A title's words are capitalised, or short ("of", "the"), or no letters at all.
            if (char.IsLetter(first) && !char.IsUpper(first) && i - wordStart > 3) allTitleWords = false;
            if (char.IsUpper(first)) capitalized++;
        }
        var titleCase = words <= 8 && allTitleWords && text.IndexOfAny(SentencePunctuation, span.Start, span.Length) < 0
            && capitalized >= Math.Max(1, words - 2);

        var beforeStart = Math.Max(0, span.Start - wordsBefore);
        var workCue = false;
        foreach (var cue in WorkCues)
        {
            if (EndsWithLower(text, beforeStart, span.Start, cue, " ") || EndsWithLower(text, beforeStart, span.Start, cue, " the ")
                || EndsWithLower(text, beforeStart, span.Start, cue, ", "))
            {
                workCue = true;
                break;
            }
        }
        if (workCue && words <= 10) return true;
        if (titleCase && words <= 5) return !attributed || words <= 3;
        if (!attributed && words <= 1) return true;
        return false;
    }

    private static bool IsWordSeparator(char c) => c is ' ' or '\n' or '\r' or '\t';

    /// <summary>
    /// Whether <c>text[from..to)</c>, in lower case, ends with <paramref name="cue"/> then <paramref name="suffix"/>
    /// (both lower case), without making the lower-case copy.
    /// </summary>
    private static bool EndsWithLower(string text, int from, int to, string cue, string suffix)
    {
        var length = cue.Length + suffix.Length;
        if (to - from < length) return false;
        var at = to - length;
        for (var k = 0; k < cue.Length; k++)
        {
            if (char.ToLowerInvariant(text[at + k]) != cue[k]) return false;
        }
        at += cue.Length;
        for (var k = 0; k < suffix.Length; k++)
        {
            if (char.ToLowerInvariant(text[at + k]) != suffix[k]) return false;
        }
        return true;
    }
}
