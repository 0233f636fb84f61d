using System;
using System.Collections.Generic;
using Newsroom.Generator.Extraction.Lexicon;

namespace Newsroom.Generator.Extraction.Actors;

/// <summary>What the word lists say about one word (as written, case-sensitive).</summary>
[Flags]
internal enum WordClass
{
    None = 0,

    /// <summary><see cref="Lexicons.NotNames"/>.</summary>
    NotName = 1 << 0,

    /// <summary><see cref="Lexicons.GivenNames"/>.</summary>
    GivenName = 1 << 1,

    /// <summary><see cref="Lexicons.Demonyms"/>.</summary>
    Demonym = 1 << 2,

    /// <summary><see cref="Lexicons.OrgKeywords"/>.</summary>
    OrgKeyword = 1 << 3,

    /// <summary><see cref="Lexicons.Honorifics"/>.</summary>
    Honorific = 1 << 4,

    /// <summary>A key of <see cref="Lexicons.Places"/>.</summary>
    Place = 1 << 5,

    /// <summary>A key of <see cref="Lexicons.Organizations"/>.</summary>
    Organization = 1 << 6,

    /// <summary>The first word of a place or organization of several words (<c>United</c> of <c>United Nations</c>).</summary>
    MultiwordStart = 1 << 7,

    /// <summary>The first word of a title, or its plural (<c>President</c>, <c>Presidents</c>).</summary>
    TitleStart = 1 << 8,

    /// <summary><see cref="ActorFinder.Connectors"/>: <c>of</c>, <c>de</c>, <c>bin</c> inside names.</summary>
    Connector = 1 << 9,

    /// <summary>A key of <see cref="Lexicons.SpeechVerbForms"/> as written.</summary>
    SpeechVerb = 1 << 10,

    /// <summary><see cref="Lexicons.Titles"/> as written.</summary>
    Title = 1 << 11,

    /// <summary><see cref="Lexicons.StanceVerbs"/> as written.</summary>
    StanceVerb = 1 << 12,

    /// <summary><see cref="Lexicons.SpeechNouns"/> in lower case.</summary>
    SpeechNoun = 1 << 13,

    /// <summary>
    /// A word that can open a frame of reported speech: a reporting or stance verb, a noun of speech, the first word of
    /// a verb or phrase of several words (<c>pointed</c> of <c>pointed out</c>, <c>according</c>), <c>asked</c>. A
    /// paragraph with none has no indirect quote, and its sentences are not read.
    /// </summary>
    ReportCue = 1 << 14,

    /// <summary>Set on every answer of <see cref="WordClasses.Of"/>, listed or not: a default value was never looked up.</summary>
    Read = 1 << 15,
}

/// <summary>
/// A word's classes, and the gender its given-name or honorific entry gives, in one int (the word pool keeps one for
/// each of its words, side by side, and reads them for nearly every word of a name).
/// </summary>
internal readonly struct WordInfo
{
    private const int GivenNameShift = 16;
    private const int HonorificShift = 18;

    private readonly int _bits;

    /// <summary>A word's classes and genders as <see cref="Bits"/> gave them.</summary>
    public WordInfo(int bits) => _bits = bits;

    public WordInfo(WordClass classes, Gender givenNameGender, Gender honorificGender) =>
        _bits = (int)classes | (int)givenNameGender << GivenNameShift | (int)honorificGender << HonorificShift;

    public WordClass Classes => (WordClass)(_bits & 0xFFFF);

    /// <summary>The gender of <see cref="Lexicons.GivenNames"/> (<see cref="Gender.Unknown"/> when not a given name).</summary>
    public Gender GivenNameGender => (Gender)(_bits >> GivenNameShift & 3);

    public Gender HonorificGender => (Gender)(_bits >> HonorificShift & 3);

    public bool Is(WordClass c) => (_bits & (int)c) != 0;

    /// <summary>The int the word's answers are kept in (<see cref="WordClasses"/> keeps them so).</summary>
    public int Bits => _bits;
}

/// <summary>
/// All the case-sensitive word lists the actor finder reads, merged into one table: a capitalised run asks a
/// dozen questions of each word (a given name? a title? not a name? a place?), and one look-up answers them all
/// instead of one look-up per list. Each class is exactly membership in its list.
/// </summary>
internal static class WordClasses
{
    /// <summary>
    /// Each listed word's <see cref="WordInfo.Bits"/>. A map to int, not to <see cref="WordInfo"/>: the runtime comes
    /// with a map of strings to ints compiled ahead of time, and a map to a struct of ours would be compiled when the
    /// generator first runs, slowly at first, in every build.
    /// </summary>
    /// <summary>First words of cues of several words that are too common to mark a paragraph (declared before <see cref="Index"/>, which reads it).</summary>
    private static readonly HashSet<string> CommonFirstWords = new(StringComparer.Ordinal)
    {
        "in", "as", "go", "goes", "went", "gone", "going", "hit", "hits", "hitting", "sound", "sounds", "sounded", "sounding",
    };

    private static readonly Dictionary<string, int> Index = Build();

    private static readonly WordInfo NotListed = new(WordClass.Read, Gender.Unknown, Gender.Unknown);

    public static WordInfo Of(string word) => MayBeListed(word) && Index.TryGetValue(word, out var bits) ? new WordInfo(bits) : NotListed;

    /// <summary>
    /// A bit per (length, first, second and last character) of the listed words: most names and words are in no
    /// list, and one bit read in this small table says so without a look-up in the large one.
    /// </summary>
    private static readonly ulong[] Filter = BuildFilter();

    private const int FilterBits = 1 << 17;

    private static int FilterSlot(string word)
    {
        unchecked
        {
            var h = (uint)word.Length * 0x9E3779B1u;
            h = (h ^ word[0]) * 0x85EBCA77u;
            h = (h ^ word[word.Length > 1 ? 1 : 0]) * 0xC2B2AE3Du;
            h = (h ^ word[word.Length - 1]) * 0x27D4EB2Fu;
            return (int)((h ^ (h >> 15)) & (FilterBits - 1));
        }
    }

    private static bool MayBeListed(string word)
    {
        if (word.Length == 0) return Index.ContainsKey(word);
        var slot = FilterSlot(word);
        return (Filter[slot >> 6] & (1UL << (slot & 63))) != 0;
    }

    private static ulong[] BuildFilter()
    {
        var filter = new ulong[FilterBits / 64];
        foreach (var word in Index.Keys)
        {
            if (word.Length == 0) continue;
            var slot = FilterSlot(word);
            filter[slot >> 6] |= 1UL << (slot & 63);
        }
        return filter;
    }

    private static Dictionary<string, int> Build()
    {
        var classes = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        void Add(IEnumerable<string> words, WordClass c)
        {
            foreach (var w in words) classes[w] = (classes.TryGetValue(w, out var had) ? had : WordClass.None) | c;
        }

        Add(Lexicons.NotNames, WordClass.NotName);
        Add(Lexicons.GivenNames.Keys, WordClass.GivenName);
        Add(Lexicons.Demonyms, WordClass.Demonym);
        Add(Lexicons.OrgKeywords, WordClass.OrgKeyword);
        Add(Lexicons.Honorifics.Keys, WordClass.Honorific);
        Add(Lexicons.Places.Keys, WordClass.Place);
        Add(Lexicons.Organizations.Keys, WordClass.Organization);
        Add(ActorFinder.Connectors, WordClass.Connector);
        Add(Lexicons.SpeechVerbForms.Keys, WordClass.SpeechVerb);
        Add(Lexicons.Titles, WordClass.Title);
        Add(Lexicons.StanceVerbs, WordClass.StanceVerb);
        var nouns = new List<string>();
        foreach (var n in Lexicons.SpeechNouns) nouns.Add(n.ToLowerInvariant());
        Add(nouns, WordClass.SpeechNoun);
        var cues = new List<string>(Lexicons.SpeechVerbForms.Keys) { "asked", "Asked" };
        cues.AddRange(Lexicons.StanceVerbs);
        cues.AddRange(nouns);
        // First words of verbs and phrases of several words, but not words that are everywhere ("went" of "went on",
        // "in" of "in the words of"): a cue word is what makes a paragraph worth reading for reported speech.
        foreach (var form in Lexicons.SpeechVerbForms.Keys)
        {
            var space = form.IndexOf(' ');
            if (space > 0 && !CommonFirstWords.Contains(form.Substring(0, space))) cues.Add(form.Substring(0, space));
        }
        foreach (var phrase in Lexicons.SpeechPhrases)
        {
            var space = phrase.IndexOf(' ');
            var first = space > 0 ? phrase.Substring(0, space) : phrase;
            if (CommonFirstWords.Contains(first)) continue;
            cues.Add(first);
            cues.Add(char.ToUpperInvariant(first[0]) + first.Substring(1));
        }
        Add(cues, WordClass.ReportCue);
        var starts = new List<string>();
        foreach (var lexicon in new[] { Lexicons.Places, Lexicons.Organizations })
        {
            foreach (var key in lexicon.Keys)
            {
                var space = key.IndexOf(' ');
                if (space >= 0) starts.Add(key.Substring(0, space));
            }
        }
        Add(starts, WordClass.MultiwordStart);
        var titleStarts = new List<string>();
        foreach (var title in Lexicons.Titles)
        {
            var first = title.Split(' ')[0];
            titleStarts.Add(first);
            titleStarts.Add(first + "s");
        }
        Add(titleStarts, WordClass.TitleStart);

        var index = new Dictionary<string, int>(classes.Count, StringComparer.Ordinal);
        foreach (var entry in classes)
        {
            var given = Lexicons.GivenNames.TryGetValue(entry.Key, out var g) ? g : Gender.Unknown;
            var honorific = Lexicons.Honorifics.TryGetValue(entry.Key, out var h) ? h : Gender.Unknown;
            index[entry.Key] = new WordInfo(entry.Value | WordClass.Read, given, honorific).Bits;
        }
        return index;
    }
}
