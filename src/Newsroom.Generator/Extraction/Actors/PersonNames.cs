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
        foreach (var a in _persons)
        {
            if (a.Name == name) return a;
            var lastMatches = IsWord(a.LastName, name, lastStart, lastLength);
            if (single)
            {
                if (lastMatches) return a;
                if (byFirst is null && a.Parts.Length == 2 && a.Parts[0] == name && !Lexicons.GivenNames.ContainsKey(name)) byFirst = a;
            }
            else if (lastMatches && (a.Parts.Length == 1 || IsWord(a.Parts[0], name, 0, firstLength) || IsInitialOf(a.Parts[0], name[0])))
            {
                return a;
            }
        }
        final = false;
        return byFirst;
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
