using System;
using Newsroom.Generator.Extraction.Actors;
using Newsroom.Generator.Extraction.Lexicon;
using Newsroom.Generator.Extraction.Model;

namespace Newsroom.Generator.Extraction.Attribution;

/// <summary>
/// Pronouns: <c>he</c> and <c>she</c> go to the nearest earlier sentence's subject of a compatible gender (this
/// paragraph, then up to three before it): the first named person outside quotes that is not a possessive, else the
/// sentence's first person; that person takes the pronoun's gender when theirs is unknown.
/// </summary>
internal sealed partial class Attributor
{
    private static bool IsPronoun(string w, out Gender gender)
    {
        switch (w)
        {
            case "he": case "He": gender = Gender.Male; return true;
            case "she": case "She": gender = Gender.Female; return true;
            default: gender = Gender.Unknown; return false;
        }
    }

    /// <summary>
    /// The nearest earlier sentence's subject of the right gender: walking back sentence by sentence (this
    /// paragraph, then up to three before it), the first named person outside quotes that is not a possessive.
    /// </summary>
    private Actor? ResolvePronoun(int p, int position, Gender gender)
    {
        var firstPara = Math.Max(0, p - 3);
        // The newest sentence holding a candidate wins; within it, the first non-possessive mention, else the first.
        // One pass over the mentions (they are in text order), keeping the best sentence seen so far.
        var bestParagraph = -1;
        var bestSentence = -1;
        Mention? first = null;
        Mention? subject = null;
        var at = FirstTokenAt(_tokens[p], position);
        var ownSentence = at >= 0 ? Facts(p).Sentence[at] : -1;
        var openerEnd = at >= 0 ? ParticipleOpenerEnd(p, at) : -1;
        // Mentions are in text order, so those of paragraph firstPara onwards are a tail of the list.
        for (var i = FirstMentionOfParagraph(firstPara); i < _mentions.Count; i++)
        {
            var m = _mentions[i];
            if (m.Start >= position) break;
            if (m.Paragraph < firstPara || m.Actor!.Kind != ActorKind.Person || m.InQuote || !Compatible(m.Actor, gender)) continue;
            var paragraph = m.Paragraph;
            var sentence = SentenceOf(i);
            // "Speaking to Martin Smith of PBS, he said": in the pronoun's own sentence, an object after a preposition is
            // not who the pronoun is.
            if (openerEnd >= 0 && paragraph == p && sentence == ownSentence && FirstTokenAt(_tokens[p], m.Start) < openerEnd
                && PrepositionBefore(p, m) is not null) continue;
            if (paragraph > bestParagraph || (paragraph == bestParagraph && sentence > bestSentence))
            {
                bestParagraph = paragraph;
                bestSentence = sentence;
                first = m;
                subject = m.Possessive ? null : m;
            }
            else if (paragraph == bestParagraph && sentence == bestSentence && subject is null && !m.Possessive)
            {
                subject = m;
            }
        }
        if (first is null) return null;
        var actor = (subject ?? first).Actor!;
        if (actor.Gender == Gender.Unknown) actor.Gender = gender;
        return actor;
    }

    /// <summary>
    /// Where the participle phrase that opens the sentence of token <paramref name="at"/> ends (its first comma, else
    /// <paramref name="at"/>): <c>Speaking to Martin Smith of PBS, he said</c>; -1 when the sentence opens otherwise (not
    /// <c>According to X</c>). Found once a pronoun, so that its mentions are tested in constant time.
    /// </summary>
    private int ParticipleOpenerEnd(int p, int at)
    {
        var tokens = _tokens[p];
        var start = Facts(p).SentenceStart[at];
        var first = tokens[start];
        if (!first.IsCapitalized || first.Text == "According" || !(first.Text.EndsWith("ing", StringComparison.Ordinal) || first.Text.EndsWith("ed", StringComparison.Ordinal))) return -1;
        for (var j = start; j < at; j++)
        {
            if (tokens[j].Text == ",") return j;
        }
        return at;
    }

    /// <summary>The index of the first mention in paragraph <paramref name="p"/> or later (binary search).</summary>
    private int FirstMentionOfParagraph(int p)
    {
        int lo = 0, hi = _mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_mentions[mid].Paragraph >= p) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    /// <summary>
    /// The sentence number (in its paragraph) of mention <paramref name="i"/>, found once: pronouns of reported speech
    /// (<c>he said the …</c>) ask it of the same mentions again and again.
    /// </summary>
    private int SentenceOf(int i)
    {
        _mentionSentences ??= NewFilled(_mentions.Count);
        if (_mentionSentences[i] >= 0) return _mentionSentences[i];
        var m = _mentions[i];
        var k = FirstTokenAt(_tokens[m.Paragraph], m.Start);
        return _mentionSentences[i] = k >= 0 ? Facts(m.Paragraph).Sentence[k] : 0;

        static int[] NewFilled(int n)
        {
            var a = new int[n];
            for (var x = 0; x < n; x++) a[x] = -1;
            return a;
        }
    }

    private int[]? _mentionSentences;

    private static bool Compatible(Actor a, Gender g) => a.Gender == Gender.Unknown || g == Gender.Unknown || a.Gender == g;
}
