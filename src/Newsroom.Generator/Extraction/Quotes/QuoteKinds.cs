using System;
using System.Linq;
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
    public static QuoteKind Classify(string quote, bool continuesPrevious)
    {
        if (continuesPrevious) return QuoteKind.Direct;
        foreach (var c in quote)
        {
            if (char.IsLetter(c)) return char.IsUpper(c) ? QuoteKind.Direct : QuoteKind.Partial;
            if (char.IsDigit(c)) return QuoteKind.Direct;
        }
        return QuoteKind.Partial;
    }

    /// <summary>
    /// Quoted words that are not speech: a title or name (<c>the film “Black Panther”</c>, Title Case words with no
    /// sentence punctuation), or a short scare quote with nobody saying it.
    /// </summary>
    public static bool IsNotSpeech(string text, TextRange span, bool attributed, int wordsBefore)
    {
        var quote = text.Substring(span.Start, span.Length);
        var words = quote.Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        var before = text.Substring(Math.Max(0, span.Start - wordsBefore), Math.Min(wordsBefore, span.Start)).ToLowerInvariant();
        var titleCase = words.Length <= 8 && words.All(w => !char.IsLetter(w[0]) || char.IsUpper(w[0]) || w.Length <= 3)
            && quote.IndexOfAny(new[] { '.', '!', '?', ',' }) < 0 && words.Count(w => char.IsUpper(w[0])) >= Math.Max(1, words.Length - 2);
        var workCue = WorkCues.Any(c => before.EndsWith(c + " ", StringComparison.Ordinal) || before.EndsWith(c + " the ", StringComparison.Ordinal)
            || before.EndsWith(c + ", ", StringComparison.Ordinal));
        if (workCue && words.Length <= 10) return true;
        if (titleCase && words.Length <= 5) return !attributed || words.Length <= 3;
        if (!attributed && words.Length <= 1) return true;
        return false;
    }
}
