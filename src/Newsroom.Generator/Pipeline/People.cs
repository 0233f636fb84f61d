using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace Newsroom.Generator.Pipeline;

/// <summary>
/// One actor per person across the project: which names of people that articles give (each article's extraction has
/// already joined the names it uses itself) are one person, and the full name they go by. Two rules, both safe by
/// construction, never joining two people who might be different:
/// <list type="number">
/// <item><b>Spelling variants.</b> Two full names are one person when every word but the last name is the same, the
/// shorter last name has at least <see cref="MinVariantLength"/> letters, they start with the same letter and differ by
/// one edit of the kind transliterations make: a letter doubled or not (<c>Zelensky</c> / <c>Zelenskyy</c>), or a vowel
/// (a, e, i, o, u, y) added, dropped or written as another vowel (<c>Zelenskiy</c> / <c>Zelenskyy</c>). A consonant
/// added or changed (<c>Johnson</c> / <c>Johnston</c>, <c>Thomson</c> / <c>Thompson</c>) is another name, not a spelling.</item>
/// <item><b>A last name alone.</b> A one-word name (<c>Trump</c>) joins the one person of the project whose full name
/// ends with that word (a suffix such as <c>Jr.</c> aside) or whom an article calls so (an alias, such as <c>Xi</c> for
/// <c>Xi Jinping</c>): the only candidate once spelling variants are one. With two candidates (<c>Donald Trump</c>
/// and <c>Melania Trump</c>) it stays an actor of its own. A title or role word alone (<c>President</c>,
/// <c>Justice</c>) is never taken for a last name.</item>
/// </list>
/// Only words that can be names take part: a capital letter and letters (<c>O’Brien</c>, <c>Ocasio-Cortez</c>), no
/// contraction (<c>I’ve</c>); a full name's other words may be lowercase particles (<c>Ursula von der Leyen</c>).
/// Neither joins two names that one article gives side by side: that article's extraction kept them apart. The joined
/// actor is called by its full name that the articles name most (a tie: the first in ordinal order); its aliases list
/// the other names. The result depends on the set of names only, never on the order they come in.
/// </summary>
internal static class People
{
    /// <summary>The fewest letters of the shorter last name for two spellings to be joined.</summary>
    public const int MinVariantLength = 7;

    /// <summary>A person's name as the articles give it: the articles that give it (indexes, ascending), mentions and aliases.</summary>
    public readonly record struct Name(string Text, IReadOnlyList<int> Articles, int Mentions, IEnumerable<string> Aliases);

    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV" };

    /// <summary>
    /// For each name of <paramref name="people"/> that is one person with another name, the full name the person goes
    /// by (that name itself included); names that stay alone are not in the result.
    /// </summary>
    public static Dictionary<string, string> Join(IReadOnlyList<Name> people, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (people.Count < 2) return result;
        var names = people.ToArray();
        var keys = new string[names.Length];
        for (var i = 0; i < keys.Length; i++) keys[i] = names[i].Text;
        Array.Sort(keys, names, StringComparer.Ordinal); // the names are distinct: any sort gives one order
        var parent = new int[names.Length];
        for (var i = 0; i < parent.Length; i++) parent[i] = i;
        int Root(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }
        // The smaller index is the root: the same groups and roots whatever order the unions come in.
        void Union(int a, int b)
        {
            a = Root(a);
            b = Root(b);
            if (a != b)
            {
                if (a < b) parent[b] = a;
                else parent[a] = b;
            }
        }

        bool GroupsShareAnArticle(int a, int b)
        {
            int ra = Root(a), rb = Root(b);
            if (ra == rb) return false;
            // Asked only for the few pairs of spellings: one pass collects both groups.
            var left = new List<int>();
            var right = new List<int>();
            for (var i = 0; i < names.Length; i++)
            {
                var r = Root(i);
                if (r == ra) left.Add(i);
                else if (r == rb) right.Add(i);
            }
            foreach (var i in left)
            {
                foreach (var j in right)
                {
                    if (ShareAnArticle(names[i].Articles, names[j].Articles)) return true;
                }
            }
            return false;
        }

        // The names of each group of two or more, by root (in name order); a name alone in its group is in none (most
        // are: this runs whenever an edit changes a name, so no list is made for them).
        Dictionary<int, List<int>> Groups()
        {
            var groups = new Dictionary<int, List<int>>();
            for (var i = 0; i < names.Length; i++)
            {
                var root = Root(i);
                if (root == i) continue;
                if (!groups.TryGetValue(root, out var list)) groups[root] = list = new List<int> { root };
                list.Add(i);
            }
            return groups;
        }

        var words = new string[names.Length][];
        var lastName = new int[names.Length]; // the index in words of the last name (-1: not a full name that can be joined)
        for (var i = 0; i < names.Length; i++)
        {
            words[i] = names[i].Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            lastName[i] = LastNameOf(words[i]);
        }

        // 1. Spelling variants: full names alike but for their last name, compared within each group of the same other words.
        var byOthers = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            if (lastName[i] < 0) continue;
            var others = OthersKey(words[i], lastName[i]);
            if (!byOthers.TryGetValue(others, out var list)) byOthers[others] = list = new List<int>();
            list.Add(i);
        }
        foreach (var list in byOthers.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var x = 0; x < list.Count; x++)
            {
                for (var y = x + 1; y < list.Count; y++)
                {
                    int a = list[x], b = list[y];
                    // Whole groups, not the two names only: a joins b's group only if no name of one shares an article with
                    // a name of the other (Andersen, Anderson and Andersson are never one person through a middle spelling).
                    if (Spellings(words[a][lastName[a]], words[b][lastName[b]]) && !GroupsShareAnArticle(a, b)) Union(a, b);
                }
            }
        }

        // 2. A last name alone: the people it can be, by last name and by alias (each person once, by root).
        var candidates = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        void Candidate(string word, int person)
        {
            if (!candidates.TryGetValue(word, out var set)) candidates[word] = set = new HashSet<int>();
            set.Add(person);
        }
        for (var i = 0; i < names.Length; i++)
        {
            if (lastName[i] < 0) continue;
            var root = Root(i);
            Candidate(words[i][lastName[i]], root);
            foreach (var alias in names[i].Aliases)
            {
                if (alias.IndexOf(' ') < 0 && IsNameWord(alias)) Candidate(alias, root);
            }
        }
        var members = Groups();
        for (var i = 0; i < names.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (words[i].Length != 1 || !IsNameWord(words[i][0]) || IsTitle(words[i][0])) continue;
            if (!candidates.TryGetValue(words[i][0], out var set) || set.Count != 1) continue;
            var person = set.First();
            var shares = members.TryGetValue(person, out var group)
                ? group.Any(k => ShareAnArticle(names[i].Articles, names[k].Articles))
                : ShareAnArticle(names[i].Articles, names[person].Articles);
            if (!shares) Union(i, person);
        }

        // The name each group goes by: its full name named most, then the first in ordinal order.
        members = Groups();
        foreach (var group in members.Values)
        {
            var best = -1;
            foreach (var i in group)
            {
                if (lastName[i] < 0) continue;
                if (best < 0 || names[i].Mentions > names[best].Mentions) best = i; // ordinal order already: the first wins a tie
            }
            if (best < 0) continue;
            foreach (var i in group) result[names[i].Text] = names[best].Text;
        }
        return result;
    }

    /// <summary>
    /// What <see cref="Join"/> reads of one name to find the names it may be joined with, as keys: <c>o:</c> and the
    /// other words (a full name's spelling variants share it), <c>w:</c> and each word a last name alone may stand for
    /// (its last name, its one-word aliases), <c>s:</c> and the word of a last name alone. Two names that no key links
    /// (<see cref="PartnersOf"/>) are never joined, and one that Join leaves alone does not change what it does with
    /// the others: a name with no partner can come, go or change without Join being run again.
    /// </summary>
    internal static List<string> KeysOf(string name, IEnumerable<string> aliases)
    {
        var keys = new List<string>(2);
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1)
        {
            if (IsNameWord(words[0]) && !IsTitle(words[0])) keys.Add("s:" + words[0]);
            return keys;
        }
        var last = LastNameOf(words);
        if (last < 0) return keys;
        keys.Add("o:" + OthersKey(words, last));
        keys.Add("w:" + words[last]);
        foreach (var alias in aliases)
        {
            if (alias.IndexOf(' ') < 0 && IsNameWord(alias)) keys.Add("w:" + alias);
        }
        return keys;
    }

    /// <summary>
    /// The names of <paramref name="index"/> (by key) that a name of <paramref name="keys"/> (<see cref="KeysOf"/>) may be
    /// joined with, itself aside: a spelling variant of its last name, a last name alone that may stand for it, or a full
    /// name it may stand for. <see cref="Join"/> joins names only along these links, so it gives for a set of names
    /// linked to no other what it gives for them among all names.
    /// </summary>
    internal static IEnumerable<string> PartnersOf(string name, List<string> keys, Dictionary<string, List<string>> index)
    {
        string? lastName = null;
        foreach (var key in keys)
        {
            if (key.StartsWith("w:", StringComparison.Ordinal)) lastName ??= key.Substring(2);
        }
        foreach (var key in keys)
        {
            var linked = key.StartsWith("o:", StringComparison.Ordinal) ? key : key.StartsWith("w:", StringComparison.Ordinal) ? "s:" + key.Substring(2) : "w:" + key.Substring(2);
            if (!index.TryGetValue(linked, out var names)) continue;
            foreach (var other in names)
            {
                if (other == name) continue;
                if (linked.StartsWith("o:", StringComparison.Ordinal))
                {
                    var words = other.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                    if (!Spellings(words[LastNameOf(words)], lastName!)) continue;
                }
                yield return other;
            }
        }
    }

    /// <summary>The index in <paramref name="words"/> of a full name's last name (a suffix aside), or -1 when the name cannot be joined.</summary>
    private static int LastNameOf(string[] words)
    {
        var last = words.Length - 1;
        while (last > 0 && Suffixes.Contains(words[last])) last--;
        return words.Length >= 2 && last >= 1 && LooksLikeAName(words) && IsNameWord(words[last]) ? last : -1;
    }

    /// <summary>A full name's words but its last name, and where the last name stands: spelling variants share it.</summary>
    private static string OthersKey(string[] words, int last) =>
        string.Join(" ", words.Where((_, k) => k != last)) + "|" + last.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether two last names are spellings of one name (see the class's rules).</summary>
    internal static bool Spellings(string a, string b)
    {
        if (a.Length > b.Length) (a, b) = (b, a);
        if (a.Length < MinVariantLength || b.Length - a.Length > 1 || a == b) return false;
        if (Lower(a[0]) != Lower(b[0])) return false;
        var start = 0;
        while (start < a.Length && Lower(a[start]) == Lower(b[start])) start++;
        if (a.Length == b.Length)
        {
            if (start == a.Length) return false; // the same letters in another case: not a spelling

            // One letter written as another: both vowels, and the rest the same.
            if (!IsVowel(a[start]) || !IsVowel(b[start])) return false;
            for (var k = start + 1; k < a.Length; k++)
            {
                if (Lower(a[k]) != Lower(b[k])) return false;
            }
            return true;
        }
        // b has one letter more, at start: the rest the same, and that letter doubles a neighbour or is a vowel.
        for (var k = start; k < a.Length; k++)
        {
            if (Lower(a[k]) != Lower(b[k + 1])) return false;
        }
        var extra = Lower(b[start]);
        return IsVowel(extra) || Lower(b[start - 1]) == extra || (start + 1 < b.Length && Lower(b[start + 1]) == extra);
    }

    /// <summary>
    /// Whether a word can be a last name: a capital letter, then letters (a hyphen or apostrophe between them:
    /// <c>Ocasio-Cortez</c>, <c>O’Brien</c>), at least two in all; not a suffix, nor a contraction (<c>I’ve</c>, <c>We’re</c>).
    /// </summary>
    internal static bool IsNameWord(string word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]) || Suffixes.Contains(word)) return false;
        for (var k = 1; k < word.Length; k++)
        {
            var c = word[k];
            if (char.IsLetter(c) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark) continue;
            if ((c == '-' || c == '\'' || c == '’') && k + 1 < word.Length && char.IsLetter(word[k + 1]))
            {
                // A contraction: an apostrophe and a lowercase ending (I’m, we’re, I’ve, they’ll, he’d, can’t).
                if (c != '-' && Contractions.Contains(word.Substring(k + 1))) return false;
                continue;
            }
            return false;
        }
        return true;
    }

    /// <summary>Whether every word of a full name can be part of a name: capitalised, or a lowercase particle (<c>de</c>, <c>van</c>) inside it; no contraction.</summary>
    private static bool LooksLikeAName(string[] words)
    {
        if (!char.IsUpper(words[0][0])) return false;
        foreach (var w in words)
        {
            if (w.IndexOf('\'') >= 0 || w.IndexOf('’') >= 0)
            {
                var at = Math.Max(w.LastIndexOf('\''), w.LastIndexOf('’'));
                if (Contractions.Contains(w.Substring(at + 1))) return false;
            }
        }
        return true;
    }

    private static readonly HashSet<string> Contractions = new(StringComparer.Ordinal) { "m", "s", "re", "ve", "ll", "d", "t" };

    /// <summary>
    /// Whether a word alone is a title, a role or an honorific (<c>President</c>, <c>Governor</c>, <c>Justice</c>)
    /// rather than a last name: such a word alone is never joined to a person (<c>Jim Justice</c>). (Words that are
    /// never names are not looked up: a few of them are last names too, <c>May</c> for Theresa May.)
    /// </summary>
    private static bool IsTitle(string word) =>
        Extraction.Lexicon.Lexicons.Titles.Contains(word) || Extraction.Lexicon.Lexicons.RoleNouns.Contains(word)
        || Extraction.Lexicon.Lexicons.Honorifics.ContainsKey(word);

    private static char Lower(char c) => char.ToLowerInvariant(c);

    private static bool IsVowel(char c) => "aeiouy".IndexOf(Lower(c)) >= 0;

    /// <summary>Whether two ascending lists of article indexes have one in common.</summary>
    private static bool ShareAnArticle(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            if (a[i] == b[j]) return true;
            if (a[i] < b[j]) i++;
            else j++;
        }
        return false;
    }
}
