using System;
using System.Collections.Generic;
using Newsroom.Generator.Extraction.Lexicon;
using Newsroom.Generator.Extraction.Text;

namespace Newsroom.Generator.Extraction.Actors;

/// <summary>
/// Whether a run is a person: the evidence a name of two words or more needs (a title or honorific, a known given name,
/// its words used alone elsewhere, a role noun before it, a reporting verb beside it, an age, <c>who</c> or an
/// appositive role after it), and when a single name speaks by itself (<c>Okoro said</c>, <c>said Okoro</c>): unless
/// the article uses the word in lower case (<c>Officials said</c>) or it is a role word.
/// </summary>
internal sealed partial class ActorFinder
{
    private HashSet<string>? _lowerWords;
    private int _lowerWordQueries;

    private bool IsPersonEvidence(Run r, HashSet<string> alone)
    {
        var tokens = _tokens[r.Paragraph];
        var first = tokens[r.From].Text;
        if (r.Title is not null || r.Honorific) return true;
        if (_pool.ClassesOf(tokens[r.From]).Is(WordClass.GivenName)) return true;
        if (alone.Contains(tokens[r.To - 1].Text) || alone.Contains(first)) return true;
        if (r.From > 0 && IsRoleNoun(tokens[r.From - 1])) return true;
        if (r.To < tokens.Count && Has(tokens[r.To], WordClass.SpeechVerb)) return true;
        // "said Danny Russell," / "said Danny Russell." (not "told Bloomberg Politics in May")
        if (r.From > 0 && Attribution.SpeechCues.Inverts(tokens[r.From - 1])
            && (r.To >= tokens.Count || tokens[r.To].Kind == TokenKind.Punctuation)) return true;
        // "“…,” Lin Wei, 33, said": a name right after a closing mark, or followed by an age.
        if (r.From > 0 && tokens[r.From - 1].Kind == TokenKind.QuoteMark && r.To < tokens.Count && (tokens[r.To].Text == "," || Attribution.SpeechCues.IsVerb(tokens[r.To]))) return true;
        if (r.To + 2 < tokens.Count && tokens[r.To].Text == "," && tokens[r.To + 1].Kind == TokenKind.Number && tokens[r.To + 2].Text == ",") return true;
        if (r.To + 1 < tokens.Count && tokens[r.To].Text == "," && tokens[r.To + 1].Text is "who" or "whose") return true;
        if (AppositiveRole(r) is not null) return true;
        return false;
    }

    /// <summary>
    /// A run made only of titles and role words (<c>Vice President</c>, <c>Health Director</c>, <c>Justice</c>): a role
    /// named without a name, not a person.
    /// </summary>
    private bool IsRoleOnly(Run r)
    {
        var tokens = _tokens[r.Paragraph];
        for (var k = r.From; k < r.To; k++)
        {
            var w = tokens[k].Text;
            if (Has(tokens[k], WordClass.Title | WordClass.TitleStart) || Lexicons.RoleNouns.Contains(w) || RoleModifiers.Contains(w)) continue;
            if (w.Length > 1 && Lexicons.Titles.Contains(char.ToLowerInvariant(w[0]) + w.Substring(1))) continue;
            return false;
        }
        return true;
    }

    /// <summary>
    /// A single name that speaks (<c>Okoro said</c>, <c>said Okoro</c>): a person, unless its lower-case form is a
    /// word of the article (<c>Officials said</c>) or of the role lists.
    /// </summary>
    private bool BesideSpeechVerb(Run r)
    {
        var tokens = _tokens[r.Paragraph];
        if (r.To - r.From != 1 || r.Possessive) return false;
        // The verb first: most single capitalised words stand beside none, and then the article's words are never read.
        var after = r.To;
        while (after < tokens.Count && after - r.To < 2 && Attribution.SpeechCues.IsAuxiliaryOrAdverb(tokens[after])) after++;
        // A single name is the subject of an inflected verb ("Okoro said", not "the Berg-Reyes call").
        var speaks = (after < tokens.Count && Attribution.SpeechCues.IsVerb(tokens[after]) && Attribution.SpeechCues.LemmaOf(tokens[after]) != tokens[after].Text)
            || (r.From > 0 && (Attribution.SpeechCues.IsVerb(tokens[r.From - 1]) || (r.From == 1 && Attribution.SpeechCues.IsVerbIgnoringCase(tokens[0])))
                && (r.To >= tokens.Count || tokens[r.To].Kind == TokenKind.Punctuation));
        if (!speaks) return false;
        var lower = tokens[r.From].Text.ToLowerInvariant();
        if (Lexicons.RoleNouns.Contains(lower) || Lexicons.RoleNouns.Contains(lower.TrimEnd('s')) || Lexicons.Titles.Contains(lower)) return false;
        return !IsLowerWordOfArticle(lower);
    }

    /// <summary>
    /// Whether the article uses <paramref name="lower"/> as a lower-case word. The first questions read the tokens;
    /// an article that asks more gets a set of its lower-case words once.
    /// </summary>
    private bool IsLowerWordOfArticle(string lower)
    {
        if (_lowerWords is null && ++_lowerWordQueries <= 2)
        {
            foreach (var list in _tokens)
            {
                foreach (var t in list)
                {
                    if (t.Kind == TokenKind.Word && char.IsLower(t.First) && t.Text == lower) return true;
                }
            }
            return false;
        }
        _lowerWords ??= LowerWords();
        return _lowerWords.Contains(lower);
    }

    private HashSet<string> LowerWords()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in _tokens)
        {
            foreach (var t in list)
            {
                if (t.Kind == TokenKind.Word && char.IsLower(t.First)) set.Add(t.Text);
            }
        }
        return set;
    }
}
