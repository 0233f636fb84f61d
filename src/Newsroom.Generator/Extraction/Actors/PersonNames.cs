using System;
using System.Runtime.CompilerServices;
using Newsroom.Generator.Extraction.Lexicon;

namespace Newsroom.Generator.Extraction.Actors;

/// <summary>
/// Which person a name names, among the persons found so far in order: the same full name, a surname alone
/// (<c>Okoro</c> for <c>Sam Okoro</c>), a first word or its initial with the surname (<c>S. Okoro</c>), else a first
/// name alone that is no common given name. Answers are kept until the persons change.
/// </summary>
internal sealed partial class ActorFinder
{
    [MethodImpl(Hot.Loop)]
    public Actor? FindPerson(string name)
    {
        if (_personByName.TryGetValue(name, out var known)) return known;
        var found = FindPersonAmongActors(name, out var final);
        _personByName[name] = found;
        if (!final) _tentativeNames.Add(name);
        return found;
    }

    /// <summary>The person a name names; <paramref name="final"/>: found by full name or surname, which no person added later changes.</summary>
    private Actor? FindPersonAmongActors(string name, out bool final)
    {
        final = true;
        // The name's first and last words, read in place (this runs for every run, often more than once).
        var firstSpace = name.IndexOf(' ');
        var single = firstSpace < 0;
        var lastStart = single ? 0 : name.LastIndexOf(' ') + 1;
        var lastLength = name.Length - lastStart;
        var firstLength = single ? name.Length : firstSpace;
        Actor? byFirst = null;
        Actor? byVariant = null;
        var variants = 0;
        foreach (var a in _persons)
        {
            if (a.Name == name) return a;
            var lastMatches = IsWord(a.LastName, name, lastStart, lastLength);
            if (single)
            {
                if (lastMatches) return a;
                if (byFirst is null && a.Parts.Length >= 2 && a.Parts[0] == name && !Lexicons.GivenNames.ContainsKey(name)) byFirst = a;
                // "Rosselló" for "Ricardo Rosselló Nevares": the first of two surnames.
                if (byFirst is null && a.Parts.Length >= 3 && IsInnerPart(a, name) && !HasCommonWord(a)) byFirst = a;
                // "Saree" for "Yahya Sarea", "Zelenskyy" for "Volodymyr Zelensky": one spelling of a transliterated surname.
                if (a.Parts.Length >= 2 && a != byVariant && IsSpellingVariant(a.LastName, name))
                {
                    byVariant = a;
                    variants++;
                }
            }
            else if (lastMatches && (a.Parts.Length == 1 || IsWord(a.Parts[0], name, 0, firstLength) || IsInitialOf(a.Parts[0], name[0])))
            {
                return a;
            }
            else if (byFirst is null && IsWord(a.Parts[0], name, 0, firstLength) && SharesInnerSurname(a, name, lastStart, lastLength) && !HasCommonWord(a))
            {
                // "Pedro Pierluisi" for "Pedro R. Pierluisi Urrutia": one first name, and the surname inside the longer name.
                byFirst = a;
            }
            else if (byFirst is null && lastMatches && a.Parts.Length >= 3 && EndsLike(a, name))
            {
                // "De Blasio" for "Bill de Blasio": the surname with its particle.
                byFirst = a;
            }
        }
        final = false;
        return byFirst ?? (variants == 1 ? byVariant : null);
    }

    /// <summary>
    /// Whether two surnames are spellings of one name, as transliterations differ: five letters or more, the same first
    /// letter, and one vowel (or <c>y</c>) changed, added or dropped (<c>Sarea</c>/<c>Saree</c>,
    /// <c>Zelensky</c>/<c>Zelenskyy</c>). A changed consonant is another name (<c>Kerry</c>/<c>Perry</c>).
    /// </summary>
    internal static bool IsSpellingVariant(string a, string b)
    {
        if (a.Length < 5 || b.Length < 5 || a == b || a[0] != b[0] || Math.Abs(a.Length - b.Length) > 1) return false;
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length)
        {
            // One substitution, vowel for vowel.
            return IsVowel(a[i]) && IsVowel(b[i]) && string.CompareOrdinal(a, i + 1, b, i + 1, a.Length - i - 1) == 0;
        }
        // One vowel added: the longer name without it is the shorter one.
        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return IsVowel(longer[i]) && string.CompareOrdinal(longer, i + 1, shorter, i, shorter.Length - i) == 0;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>
    /// Whether a word of <paramref name="a"/>'s name is a lower-case word of the article: a headline's run ("Ted Cruz
    /// Refuses to …"), which no shorter name should be taken for.
    /// </summary>
    private bool HasCommonWord(Actor a)
    {
        for (var i = 1; i < a.Parts.Length; i++)
        {
            if (a.Parts[i].Length > 2 && IsLowerWordOfArticle(a.Parts[i].ToLowerInvariant())) return true;
        }
        return false;
    }

    /// <summary>A capitalised part of <paramref name="a"/>'s name that is neither its first nor its last (not an initial).</summary>
    private static bool IsInnerPart(Actor a, string word)
    {
        if (word.Length < 3 || !char.IsUpper(word[0])) return false;
        for (var i = 1; i < a.Parts.Length - 1; i++)
        {
            if (a.Parts[i] == word) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="name"/>'s last word is an inner part of <paramref name="a"/> (both start with the same
    /// first name). Not the other way round: a longer run that holds a known name is as often a headline ("Ted Cruz
    /// Refuses …").
    /// </summary>
    private static bool SharesInnerSurname(Actor a, string name, int lastStart, int lastLength) =>
        a.Parts.Length >= 3 && IsInnerPart(a, name.Substring(lastStart, lastLength));

    /// <summary>Whether <paramref name="name"/>'s words, case aside, are the last words of <paramref name="a"/>'s name.</summary>
    private static bool EndsLike(Actor a, string name)
    {
        var parts = name.Split(' ');
        if (parts.Length >= a.Parts.Length) return false;
        for (var i = 0; i < parts.Length; i++)
        {
            if (!string.Equals(parts[i], a.Parts[a.Parts.Length - parts.Length + i], StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }

    /// <summary>The number of parts <c>name.Split(' ')</c> would give, without making them.</summary>
    private static int WordCount(string name)
    {
        var count = 1;
        foreach (var c in name)
        {
            if (c == ' ') count++;
        }
        return count;
    }

    /// <summary><paramref name="word"/> equals <c>name.Substring(start, length)</c>.</summary>
    private static bool IsWord(string word, string name, int start, int length) =>
        word.Length == length && string.CompareOrdinal(word, 0, name, start, length) == 0;

    /// <summary>"J." (or "J") is the initial of a first word starting with 'J'.</summary>
    private static bool IsInitialOf(string part, char first)
    {
        var length = part.Length;
        while (length > 0 && part[length - 1] == '.') length--;
        return length == 1 && part[0] == first;
    }
}
