using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace Newsroom.Generator.Extraction.Lexicon;

public enum Gender
{
    Unknown,
    Male,
    Female,
}

/// <summary>
/// The word lists the rules read, loaded once from the embedded <c>*.txt</c> files beside this class
/// (one entry a line, <c>#</c> starts a comment). Change a list, not the code, to teach the extractor a word.
/// </summary>
public static class Lexicons
{
    /// <summary>Every inflected form of a reporting verb, mapped to its lemma (<c>said</c> → <c>say</c>).</summary>
    public static readonly IReadOnlyDictionary<string, string> SpeechVerbForms;

    /// <summary><see cref="SpeechVerbForms"/> for words in any case (<c>Said</c>), looked up without a lower-case copy.</summary>
    internal static readonly Dictionary<string, string> SpeechVerbFormsAnyCase;

    /// <summary>Multiword cues that are not verbs and whose speaker follows them (<c>according to</c>).</summary>
    public static readonly IReadOnlyList<string> SpeechPhrases;

    /// <summary>Nouns of speech (<c>statement</c>, <c>accusation</c>): their possessor is a speaker.</summary>
    public static readonly HashSet<string> SpeechNouns;

    /// <summary>Verbs of belief, perception and finding (<c>believes</c>, <c>shows</c>), as written: a stated position before a clause.</summary>
    public static readonly HashSet<string> StanceVerbs;

    /// <summary>The stance verbs of a stated position (<c>supports</c>, <c>wants</c>), which need a named subject (after <c># positions</c>).</summary>
    public static readonly HashSet<string> PositionVerbs;

    public static readonly IReadOnlyDictionary<string, Gender> GivenNames;
    public static readonly HashSet<string> AmbiguousGivenNames;
    public static readonly IReadOnlyDictionary<string, Gender> Honorifics;
    public static readonly HashSet<string> Titles;
    public static readonly HashSet<string> RoleNouns;

    /// <summary>Place names and aliases, each mapped to its canonical name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Places;

    /// <summary>
    /// The canonical names of the places of <c>places.txt</c>'s first section: countries, territories and the regions
    /// named like them (not states, provinces, capitals or cities).
    /// </summary>
    public static readonly HashSet<string> Countries;

    public static readonly HashSet<string> Demonyms;
    public static readonly HashSet<string> OrgKeywords;

    /// <summary>Organizations by whole name (and acronyms), mapped to a canonical name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Organizations;

    public static readonly HashSet<string> NotNames;

    /// <summary>
    /// Words that make quoted words a name, title or word as a word (<c>naming-cues.txt</c>), by section: <c>titles</c>
    /// (<c>titled</c>, <c>so-called</c>), <c>verbs</c> naming when passive (<c>called</c>), <c>nouns</c> (<c>the term</c>),
    /// <c>use</c> (<c>used the term</c> is speech), <c>cues</c> (<c>described as</c>: the words are someone's).
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, HashSet<string>> NamingCues;

    static Lexicons()
    {
        var verbs = new Dictionary<string, string>(StringComparer.Ordinal);
        var phrases = new List<string>();
        var nouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var section = "verbs";
        foreach (var (line, comment) in ReadWithComments("speech-verbs.txt"))
        {
            if (comment is not null)
            {
                var c = comment.Trim();
                if (c.Equals("phrases", StringComparison.OrdinalIgnoreCase) || c.Equals("nouns", StringComparison.OrdinalIgnoreCase)) section = c.ToLowerInvariant();
                continue;
            }
            if (section == "phrases")
            {
                phrases.Add(line.Trim().ToLowerInvariant());
                continue;
            }
            if (section == "nouns")
            {
                foreach (var n in line.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries)) nouns.Add(n);
                continue;
            }
            var forms = line.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            foreach (var f in forms)
            {
                var form = f.Replace('_', ' ').ToLowerInvariant();
                if (!verbs.ContainsKey(form)) verbs[form] = forms[0].Replace('_', ' ').ToLowerInvariant();
            }
        }
        SpeechVerbForms = verbs;
        SpeechVerbFormsAnyCase = new Dictionary<string, string>(verbs, LowerCaseComparer.Instance);
        SpeechPhrases = phrases;
        SpeechNouns = nouns;

        var given = new Dictionary<string, Gender>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        var inAmbiguous = false;
        foreach (var (line, comment) in ReadWithComments("given-names.txt"))
        {
            if (comment is not null)
            {
                if (comment.Trim().StartsWith("ambiguous", StringComparison.OrdinalIgnoreCase)) inAmbiguous = true;
                continue;
            }
            var parts = line.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0) continue;
            var g = ParseGender(parts.Length > 1 ? parts[1] : "U");
            if (!given.ContainsKey(parts[0])) given[parts[0]] = g;
            if (inAmbiguous) ambiguous.Add(parts[0]);
        }
        GivenNames = given;
        AmbiguousGivenNames = ambiguous;

        var honorifics = new Dictionary<string, Gender>(StringComparer.Ordinal);
        foreach (var line in Read("honorifics.txt"))
        {
            var parts = line.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 0) honorifics[parts[0]] = ParseGender(parts.Length > 1 ? parts[1] : "U");
        }
        Honorifics = honorifics;

        Titles = new HashSet<string>(Read("titles.txt"), StringComparer.Ordinal);
        StanceVerbs = new HashSet<string>(StringComparer.Ordinal);
        PositionVerbs = new HashSet<string>(StringComparer.Ordinal);
        var positions = false;
        foreach (var (line, comment) in ReadWithComments("stance-verbs.txt"))
        {
            if (comment is not null)
            {
                positions |= comment.Trim().Equals("positions", StringComparison.OrdinalIgnoreCase);
                continue;
            }
            StanceVerbs.Add(line.Trim());
            if (positions) PositionVerbs.Add(line.Trim());
        }
        RoleNouns = new HashSet<string>(Read("role-nouns.txt"), StringComparer.OrdinalIgnoreCase);
        // One read of places.txt: every line's place and aliases, and the canonical names of its first section's.
        var places = new Dictionary<string, string>(StringComparer.Ordinal);
        Countries = new HashSet<string>(StringComparer.Ordinal);
        var placesPart = 0;
        foreach (var (line, comment) in ReadWithComments("places.txt"))
        {
            if (comment is not null)
            {
                if (comment.Trim().StartsWith("countries", StringComparison.Ordinal)) placesPart = 1;
                else if (placesPart == 1 && comment.Trim().Length > 0) placesPart = 2;
                continue;
            }
            AddAliasLine(places, line);
            if (placesPart != 1) continue;
            var eq = line.IndexOf(" = ", StringComparison.Ordinal);
            Countries.Add((eq < 0 ? line : line.Substring(0, eq)).Trim());
        }
        Places = places;
        Demonyms = new HashSet<string>(Read("demonyms.txt"), StringComparer.Ordinal);

        var naming = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var namingSection = string.Empty;
        foreach (var (line, comment) in ReadWithComments("naming-cues.txt"))
        {
            if (comment is not null)
            {
                var c = comment.Trim();
                if (c.Length > 0 && c.IndexOf(' ') < 0) namingSection = c.ToLowerInvariant();
                continue;
            }
            if (!naming.TryGetValue(namingSection, out var set)) naming[namingSection] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(line.Trim().ToLowerInvariant());
        }
        NamingCues = naming;

        var keywords = new HashSet<string>(StringComparer.Ordinal);
        var orgs = new Dictionary<string, string>(StringComparer.Ordinal);
        var wholeNames = false;
        foreach (var (line, comment) in ReadWithComments("org-keywords.txt"))
        {
            if (comment is not null)
            {
                if (comment.Trim().StartsWith("whole names", StringComparison.OrdinalIgnoreCase)) wholeNames = true;
                continue;
            }
            if (!wholeNames)
            {
                keywords.Add(line.Trim());
                continue;
            }
            AddAliasLine(orgs, line);
        }
        OrgKeywords = keywords;
        Organizations = orgs;

        NotNames = new HashSet<string>(Read("not-names.txt"), StringComparer.Ordinal);
    }

    public static Gender GenderOfGivenName(string name) =>
        GivenNames.TryGetValue(name, out var g) ? g : Gender.Unknown;

    private static Gender ParseGender(string s) => s.Trim().ToUpperInvariant() switch
    {
        "M" => Gender.Male,
        "F" => Gender.Female,
        _ => Gender.Unknown,
    };

    /// <summary><c>Canonical = alias | alias</c>, or a bare name that is its own canonical form.</summary>
    private static void AddAliasLine(Dictionary<string, string> map, string line)
    {
        var eq = line.IndexOf(" = ", StringComparison.Ordinal);
        var canonical = (eq < 0 ? line : line.Substring(0, eq)).Trim();
        if (canonical.Length == 0) return;
        if (!map.ContainsKey(canonical)) map[canonical] = canonical;
        if (eq < 0) return;
        foreach (var alias in line.Substring(eq + 3).Split('|'))
        {
            var a = alias.Trim();
            if (a.StartsWith("the ", StringComparison.Ordinal)) a = a.Substring(4);
            if (a.Length > 0 && !map.ContainsKey(a)) map[a] = canonical;
        }
    }

    private static IEnumerable<string> Read(string file)
    {
        foreach (var (line, comment) in ReadWithComments(file))
        {
            if (comment is null) yield return line;
        }
    }

    private static IEnumerable<(string Line, string? Comment)> ReadWithComments(string file)
    {
        using var stream = typeof(Lexicons).GetTypeInfo().Assembly.GetManifestResourceStream("Newsroom.Lexicon." + file);
        if (stream is null) yield break;
        using var reader = new StreamReader(stream);
        string? raw;
        while ((raw = reader.ReadLine()) is not null)
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            if (line[0] == '#')
            {
                yield return (string.Empty, line.Substring(1));
                continue;
            }
            yield return (line, null);
        }
    }
}
