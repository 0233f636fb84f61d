using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Newsroom.Generator.Extraction.Lexicon;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Extraction.Text;

namespace Newsroom.Generator.Extraction.Actors;

/// <summary>
/// Candidate names: which words may stand in a name (a capitalised word, or a particle joined to one such as
/// <c>al-Assad</c>), where a capitalised run starts and ends (connectors such as <c>of the</c> inside it; a line break
/// or a possessive ends it), and how a run is cut (<see cref="AddRuns"/>): sentence openers dropped, a split at
/// <c>of</c> or after a known place or organization, a title or honorific taken off the front, and what is left
/// classified as an organization, a place, a name, or nothing.
/// </summary>
internal sealed partial class ActorFinder
{
    internal static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "de", "da", "do", "dos", "das", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la", "le", "du", "del", "della", "di", "y", "&",
    };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "in", "on", "at", "after", "before", "but", "and", "or", "as", "of", "for", "from", "by", "with",
        "when", "while", "since", "until", "if", "then", "so", "yet", "to", "into", "under", "over", "during", "despite",
        "unlike", "like", "both", "neither", "either", "each", "every", "this", "that", "these", "those", "its", "his",
        "her", "their", "our", "my", "your", "according", "prior", "meanwhile", "also", "only", "even", "still",
        "some", "any", "many", "most", "several", "other", "another",
    };

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "abu", "abd", "d", "l", "da", "de", "di", "du", "la", "le", "van", "von",
    };

    /// <summary>The longest of <see cref="NameParticles"/>.</summary>
    private static readonly int MaxParticleLength = NameParticles.Max(p => p.Length);

    /// <summary>
    /// The first letters of <see cref="NameParticles"/>, a bit per letter a-z: a lower-case word starting otherwise is
    /// no name word. A bit test, because this is asked of every lower-case word.
    /// </summary>
    private static readonly uint ParticleInitials = NameParticles.Aggregate(0u, (bits, p) => bits | 1u << (p[0] - 'a'));

    private static bool IsParticleInitial(char c) => (uint)(c - 'a') < 26 && (ParticleInitials & (1u << (c - 'a'))) != 0;

    /// <summary>
    /// A word that may stand in a name: capitalised, or a particle joined to one (<c>al-Assad</c>). Asked of every token
    /// of every paragraph, so the common answers are compiled into the caller and the string is read only for a
    /// lower-case word with a hyphen or apostrophe that starts like a particle.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsNameWord(in Token t) =>
        t.Kind == TokenKind.Word && (char.IsUpper(t.First) ? !t.Joined || !IsLowerCompound(t.Text) : t.Joined && IsParticleInitial(t.First) && IsJoinedParticle(t.Text));

    /// <summary>
    /// "Kurdish-led", "Trump-loving", "Co-developer", "Yemen-based", "Fourteen-year-old": a capitalised word joined to a
    /// lower-case word that ends like a participle or an agent noun, or an age, is a modifier or a role, not part of a
    /// name (but "Jae-in", "Ki-moon" are).
    /// </summary>
    private static bool IsLowerCompound(string w)
    {
        var dash = w.LastIndexOf('-');
        if (dash > 0 && w.EndsWith("-old", StringComparison.Ordinal)) return true; // "Fourteen-year-old"
        if (dash <= 0 || dash + 3 >= w.Length || !char.IsLower(w[dash + 1])) return false;
        var tail = w.Length - dash - 1;
        return w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal)
            || (tail > 4 && (w.EndsWith("er", StringComparison.Ordinal) || w.EndsWith("ist", StringComparison.Ordinal)));
    }

    /// <summary>al-Assad, bin-Salman, d’Estaing (but not co-Anchor).</summary>
    private static bool IsJoinedParticle(string w)
    {
        // Particles have at most three letters, so the first joiner is looked for among the first four characters only.
        var dash = -1;
        for (var k = 0; k < w.Length && k <= MaxParticleLength; k++)
        {
            if (w[k] is '-' or '’' or '\'')
            {
                dash = k;
                break;
            }
        }
        return dash > 0 && dash + 1 < w.Length && char.IsUpper(w[dash + 1]) && NameParticles.Contains(w.Substring(0, dash));
    }

    /// <summary>
    /// The word classes of the paragraph <see cref="CollectRuns"/> is reading, each looked up once, on first use: a
    /// run's words are asked about again and again while it is cut and classified. <see cref="AddRuns"/> and the
    /// helpers it calls read them through <see cref="Word"/>, always for that paragraph's tokens.
    /// </summary>
    private WordInfo[] _runWords = t_runWords ??= new WordInfo[64];

    /// <summary>The thread's array for <see cref="_runWords"/>, kept from article to article (it is read only while a paragraph's runs are cut).</summary>
    [ThreadStatic] private static WordInfo[]? t_runWords;

    private List<Token> _runTokens = new();

    /// <summary>
    /// Where a name goes on after a plural noun's possessive at <paramref name="k"/> (<c>People’s</c>, <c>Workers’</c>)
    /// when capitalised words with an organization keyword follow, else 0.
    /// </summary>
    private int PossessiveInsideName(List<Token> tokens, int k)
    {
        if (k == 0 || k + 1 >= tokens.Count || tokens[k].Start != tokens[k - 1].End) return 0;
        var before = tokens[k - 1].Text;
        // Only a plural noun of people: not a name's possessive ("Sanders’ Senate", "United States’ National Science Foundation").
        var mark = tokens[k].IsPossessive ? before is "People" or "Women" or "Children" or "Men"
            : tokens[k].Text is "'" or "’" && before.Length > 3 && before.EndsWith("s", StringComparison.Ordinal) && char.IsUpper(before[0])
                && (Lexicons.RoleNouns.Contains(before.ToLowerInvariant()) || before is "Veterans" or "Citizens" or "Farmers" or "Students" or "Workers");
        if (!mark) return 0;
        for (var j = k + 1; j < tokens.Count && j <= k + 4 && IsNameWord(tokens[j]) && !tokens[j].IsPossessive; j++)
        {
            if (IsKeywordAt(tokens, j, tokens.Count)) return k + 1;
        }
        return 0;
    }

    private WordInfo Word(int k)
    {
        var word = _runWords[k];
        if (word.Is(WordClass.Read)) return word;
        word = _pool.ClassesOf(_runTokens[k]);
        _runWords[k] = word;
        return word;
    }

    [MethodImpl(Hot.Loop)]
    private void CollectRuns(int p, List<Run> runs)
    {
        var tokens = _tokens[p];
        _runTokens = tokens;
        if (_runWords.Length < tokens.Count) t_runWords = _runWords = new WordInfo[tokens.Count];
        else Array.Clear(_runWords, 0, tokens.Count);
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsNameWord(tokens[i]) || tokens[i].IsPossessive || IsCaptionLabel(tokens, i))
            {
                i++;
                continue;
            }
            var start = i;
            var end = i + 1;
            // Where the run has an organization keyword, and whether a complement ("of Health") followed it.
            var keyword = IsKeywordAt(tokens, start, tokens.Count);
            var complement = false;
            while (end < tokens.Count)
            {
                var t = tokens[end];
                if (IsNameWord(t) && !t.IsPossessive && !IsBreak(tokens, end) && !IsCaptionLabel(tokens, end))
                {
                    keyword |= IsKeywordAt(tokens, end, tokens.Count);
                    end++;
                    continue;
                }
                // "People's Liberation Army", "Kurdistan Workers' Party": a plural noun's possessive inside a body's name.
                if (PossessiveInsideName(tokens, end) is var after and > 0)
                {
                    keyword = true;
                    end = after;
                    continue;
                }
                // "of the", "de la": connectors inside names when a capitalised word follows.
                if (Word(end).Is(WordClass.Connector) || t.Text == "the" && end > 0 && tokens[end - 1].Text == "of")
                {
                    var k = end + 1;
                    if (k < tokens.Count && tokens[k].Text == "the") k++;
                    if (k < tokens.Count && IsNameWord(tokens[k]) && !tokens[k].IsPossessive && SameLine(tokens[end - 1], tokens[k]))
                    {
                        complement |= keyword;
                        // "Lena Berg of the Center for Harbour Studies": the keyword after the connector counts too.
                        keyword |= IsKeywordAt(tokens, k, tokens.Count);
                        end = k + 1;
                        continue;
                    }
                }
                // "the Centers for Disease Control and Prevention", "the Commission on Presidential Debates": inside an
                // organization's name, "for", "on" and "and" join capitalised words too.
                if (keyword && OrganizationGoesOn(tokens, end, complement) is var next and > 0)
                {
                    complement |= t.Text is not "and";
                    keyword |= IsKeywordAt(tokens, next, tokens.Count);
                    end = next + 1;
                    continue;
                }
                // "the U.S. Securities and Exchange Commission": a known organization's whole name over "and" or "&".
                if (t.Text is "and" or "&" && KnownNameOver(tokens, start, end) is var known and > 0)
                {
                    keyword = true;
                    end = known;
                    continue;
                }
                break;
            }
            // "the Food and Agriculture Organization": one to three words before "and" that an organization's name takes.
            if (!keyword && FoodAndAgriculture(tokens, start, end) is var orgEnd and > 0)
            {
                end = orgEnd;
            }
            // "Reyes’ lead": a name in s and a bare apostrophe glued to it, before a lower-case word, is possessive too.
            var possessive = end < tokens.Count && (tokens[end].IsPossessive
                || tokens[end].Length == 1 && tokens[end].First is '’' or '\'' && tokens[end].Start == tokens[end - 1].End
                    && tokens[end - 1].Text.EndsWith("s", StringComparison.Ordinal) && end + 1 < tokens.Count && tokens[end + 1].Kind == TokenKind.Word
                    && char.IsLower(tokens[end + 1].First));
            // "Gloria La RivaImage:": a caption's words before a glued label are cut short; the name stands elsewhere.
            if (end < tokens.Count && tokens[end].Text.Length > 5 && IsCaptionLabel(tokens, end) && IsNameWord(tokens[end]))
            {
                i = end + 1;
                continue;
            }
            AddRuns(p, start, end, possessive, runs);
            i = end;
        }
    }

    /// <summary>
    /// An organization keyword at <paramref name="k"/> that is no place's first word (<c>United</c> of <c>United
    /// States</c>): capitalised, in <c>org-keywords.txt</c>.
    /// </summary>
    private bool IsKeywordAt(List<Token> tokens, int k, int end)
    {
        if (!char.IsUpper(tokens[k].First) || !Word(k).Is(WordClass.OrgKeyword)) return false;
        if (!Word(k).Is(WordClass.MultiwordStart) || k + 1 >= end) return true;
        // "United States", "United Arab Emirates": the keyword starts a known place.
        for (var len = 2; len <= 3 && k + len <= end; len++)
        {
            if (Lexicons.Places.ContainsKey(Join(tokens, k, k + len))) return false;
        }
        return true;
    }

    /// <summary>
    /// Whether an organization's name goes on over <c>for</c>, <c>on</c>, <c>at</c>, <c>in</c> or <c>and</c> at
    /// <paramref name="at"/>: the index of the capitalised word after it, or -1. <c>and</c> and <c>in</c> only after a
    /// complement (<c>Department of Health and Human Services</c>, <c>Institute for Research in Environmental
    /// Sciences</c>, not <c>the Foreign Ministry and Xinhua</c>), <c>in</c> not before a place, <c>at</c> only in a
    /// university's name (<c>University of Texas at Tyler</c>); never before a given name, a day or month, or another
    /// organization.
    /// </summary>
    private int OrganizationGoesOn(List<Token> tokens, int at, bool complement)
    {
        var word = tokens[at].Text;
        if (word is not ("for" or "on" or "and" or "at" or "in")) return -1;
        if (word is "and" or "in" && !complement && !(word == "and" && IsKeywordAt(tokens, at - 1, at) && EndsInCompanySuffix(tokens, at + 1))
            && !(word == "in" && tokens[at - 1].Text is "Embassy" or "Consulate")) return -1;
        if (word == "at" && !RunHas(tokens, at, "University")) return -1;
        var k = at + 1;
        if (k < tokens.Count && tokens[k].Text == "the" && word is not ("and" or "in")) k++;
        // Not "Blues Incorporated for The Rolling Stones": a capitalised "The" starts another name.
        if (k < tokens.Count && tokens[k].Text == "The") return -1;
        if (k >= tokens.Count || !IsNameWord(tokens[k]) || tokens[k].IsPossessive || !SameLine(tokens[at - 1], tokens[k])) return -1;
        var next = Word(k);
        // Not before a given name ("the Ministry of Health and Lena Berg"), but "University of Texas at Tyler".
        if (next.Is(WordClass.GivenName) && word != "at" || next.Is(WordClass.Honorific) || (next.Is(WordClass.Title) && char.IsUpper(tokens[k].First))) return -1;
        // "on Monday", "for April": a word that is never a name, unless more of the name follows ("for National Security").
        if (next.Is(WordClass.NotName) && !(k + 1 < tokens.Count && IsNameWord(tokens[k + 1]) && SameLine(tokens[k], tokens[k + 1]))) return -1;
        // Not "the American Civil Liberties Union of Montana and Native American Rights Fund": a name of three words or more
        // with a keyword of its own is another organization.
        if (word == "and")
        {
            var words = 0;
            var own = false;
            // Its connectors too: "the University of Washington and Center for Ecosystem Sentinels" are two.
            for (var j = k; j < tokens.Count && words < 6; j++)
            {
                if (IsNameWord(tokens[j]))
                {
                    words++;
                    own |= IsKeywordAt(tokens, j, tokens.Count);
                    continue;
                }
                if (j > k && tokens[j].Text is "for" or "of" or "on" && j + 1 < tokens.Count && IsNameWord(tokens[j + 1])) continue;
                break;
            }
            if (words >= 3 && own) return -1;
        }
        // Not "the Foreign Ministry and Defence Ministry", "the Ministry of Health in Beijing".
        if (word == "and" && (next.Is(WordClass.Organization)
            || (IsKeywordAt(tokens, k, tokens.Count) && IsKeywordAt(tokens, at - 1, at) && !EndsInCompanySuffix(tokens, k)))) return -1;
        // "the US Embassy in London": an embassy's or a consulate's name takes its place, no other name does.
        if (word == "in" && (next.Is(WordClass.Place | WordClass.Demonym) || PlaceOfWordsAt(tokens, k))
            && tokens[at - 1].Text is not ("Embassy" or "Consulate")) return -1;
        return k;
    }

    /// <summary>A known place of two or three words at <paramref name="k"/> ("New York").</summary>
    private bool PlaceOfWordsAt(List<Token> tokens, int k)
    {
        if (!Word(k).Is(WordClass.MultiwordStart)) return false;
        for (var len = 2; len <= 3 && k + len <= tokens.Count; len++)
        {
            if (Lexicons.Places.ContainsKey(Join(tokens, k, k + len))) return true;
        }
        return false;
    }

    /// <summary>"Electric Company" of "Pacific Gas and Electric Company": capitalised words from <paramref name="k"/> that end in a company's suffix.</summary>
    private static bool EndsInCompanySuffix(List<Token> tokens, int k)
    {
        for (var j = k; j < tokens.Count && j - k < 3 && tokens[j].IsCapitalized; j++)
        {
            if (tokens[j].Text is "Company" or "Corporation" or "Corp." or "Inc." or "Ltd" or "Ltd." or "Limited" or "LLC" or "Co." or "Group"
                && !(j + 1 < tokens.Count && tokens[j + 1].IsCapitalized)) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="word"/> is among the capitalised words just before <paramref name="at"/>.</summary>
    private static bool RunHas(List<Token> tokens, int at, string word)
    {
        for (var k = at - 1; k >= 0 && (tokens[k].IsCapitalized || tokens[k].Text is "of" or "the"); k--)
        {
            if (tokens[k].Text == word) return true;
        }
        return false;
    }

    /// <summary>
    /// "the Food and Agriculture Organization", "the Peace and Freedom Party": a run of one to three words before
    /// <c>and</c>, after <c>the</c> or at a sentence's start, with a keyword closing the capitalised words after it.
    /// The end of the joined run, or -1.
    /// </summary>
    private int FoodAndAgriculture(List<Token> tokens, int start, int end)
    {
        if (end + 1 >= tokens.Count || tokens[end].Text != "and" || !SameLine(tokens[end - 1], tokens[end + 1])) return -1;
        // "A National Oceanic and …" at a sentence's start: the article is in the run.
        var opened = start;
        while (opened < end && tokens[opened].Text is "The" or "A" or "An") opened++;
        if (end - opened > 3 || opened == end) return -1;
        // After "the", "a", a sentence's end or a possessive ("the United Nations' Food and …").
        if (opened == start && start > 0 && tokens[start - 1].Text is not ("the" or "a" or "an" or "in" or "by" or "at" or "." or ":" or "(" or "’" or "'")
            && tokens[start - 1].Kind != TokenKind.QuoteMark && !tokens[start - 1].IsPossessive) return -1;
        start = opened;
        // "the House Oversight and Reform Committee", "North Wales Fire and Rescue Service": a known organization or a
        // place may open it; nothing else that has a name, and no place just before "and" ("Iran and Russia …").
        // "the Bill and Melinda Gates Foundation": a couple's given names, then their surname and the keyword.
        var couple = end - start == 1 && Word(start).Is(WordClass.GivenName) && end + 3 < tokens.Count && Word(end + 1).Is(WordClass.GivenName)
            && !Word(start).Is(WordClass.Place | WordClass.Organization);
        for (var k = start; k < end && !couple; k++)
        {
            if (Word(k).Is(WordClass.GivenName | WordClass.Honorific) || (Word(k).Is(WordClass.Place | WordClass.Demonym) && k == end - 1)
                || ((k > start || end - start == 1) && Word(k).Is(WordClass.Organization))) return -1;
        }
        if (Lexicons.Titles.Contains(Join(tokens, start, end))) return -1;
        var j = end + 1;
        while (j < tokens.Count && j - end <= 3 && IsNameWord(tokens[j]) && !IsBreak(tokens, j))
        {
            if (IsKeywordAt(tokens, j, tokens.Count))
            {
                // The keyword ends the name, or its complement follows ("the Food and Drug Administration of ...").
                return tokens[j].IsPossessive ? -1 : j + 1;
            }
            if (tokens[j].IsPossessive) return -1;
            j++;
        }
        return -1;
    }

    /// <summary>
    /// A picture's caption label before its credit: <c>Image:</c>, also glued to the caption's last word when the line
    /// break between them was lost (<c>Jo JorgensenImage: …</c>). Not part of a name.
    /// </summary>
    private static bool IsCaptionLabel(List<Token> tokens, int k)
    {
        var w = tokens[k].Text;
        if (w.Length < 5 || w[w.Length - 1] != 'e' || !w.EndsWith("Image", StringComparison.Ordinal) || k + 1 >= tokens.Count || tokens[k + 1].Text != ":") return false;
        return w.Length == 5 || char.IsLower(w[w.Length - 6]);
    }

    private bool SameLine(Token a, Token b)
    {
        for (var k = a.End; k < b.Start; k++)
        {
            if (LineIndex.IsLineBreak(_text[k])) return false;
        }
        return true;
    }

    private bool IsBreak(List<Token> tokens, int index)
    {
        // A line break between two capitalised words ends the run (headline-like lines, lists).
        return !SameLine(tokens[index - 1], tokens[index]);
    }

    private bool HasGivenName(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (Word(k).Is(WordClass.GivenName) || Lexicons.Titles.Contains(tokens[k].Text)) return true;
        }
        return false;
    }

    /// <summary>Cuts a capitalised run into title and name, splits at "of" where the halves differ in kind, and classifies.</summary>
    [MethodImpl(Hot.Loop)]
    private void AddRuns(int p, int start, int end, bool possessive, List<Run> runs)
    {
        var tokens = _tokens[p];

        // Drop sentence openers and other words that never start a name ("After", "The", "Speaking"). Before an
        // organization keyword only closed-class words go: "The Harbour Authority" keeps "Harbour".
        // "Supreme Court of the United Kingdom", "National Institute of …": a keyword before the first "of" keeps the
        // capitalised words before it. A title's first word stays too ("National Security Adviser Susan Rice").
        var organization = false;
        for (var k = start; k < end && tokens[k].Text != "of"; k++)
        {
            // Not a first word that is never a name before more words ("Post White House bureau chief"): a sentence's first
            // word. "Police said" stays an organization; so does a keyword that opens "X of Y" inside a sentence ("due,
            // League of United Latin American Citizens president …").
            if (IsKeywordAt(tokens, k, end) && !(k == start && k + 1 < end && Word(k).Is(WordClass.NotName)
                                                  && !(tokens[k + 1].Text == "of" && k > 0 && !IsSentenceBreak(tokens, k - 1))))
            {
                organization = true;
                break;
            }
        }
        // "House Republican Tom Reyes": a body's word and a party or demonym before a person's given name and surname.
        for (var k = start + 2; k <= end - 2 && k - start <= 4; k++)
        {
            if (!Word(k).Is(WordClass.GivenName) || !Word(k - 1).Is(WordClass.Demonym) || end - k > 3 || !LooksLikeName(tokens, k, end)) continue;
            AddRuns(p, k, end, possessive, runs);
            return;
        }
        // "New York", "New York Hillary Clinton": a known place or organization keeps its first word.
        var known = false;
        if (!organization && end - start > 1 && Word(start).Is(WordClass.MultiwordStart) && Word(start).Is(WordClass.NotName)
            && !FunctionWords.Contains(tokens[start].Text))
        {
            for (var len = Math.Min(4, end - start); len >= 2 && !known; len--)
            {
                var name = Join(tokens, start, start + len);
                known = Lexicons.Places.ContainsKey(name) || Lexicons.Organizations.ContainsKey(name);
            }
        }
        // "according to The Times", "The Atlantic reported": a name that holds its "The", whose last word alone is no name of
        // the lexicon (a keyword, a place), keeps it.
        if (!known && end - start == 2 && tokens[start].Text == "The" && Lexicons.Organizations.ContainsKey(Join(tokens, start, end))
            && !Lexicons.Organizations.ContainsKey(tokens[start + 1].Text)) known = true;
        // "No Coalition troops were hurt": "No" opening a sentence is a determiner, not a name's first word (inside a
        // sentence it may be: "No Longer Empty").
        if (!known && end - start > 1 && tokens[start].Text == "No" && (start == 0 || IsSentenceBreak(tokens, start - 1))) start++;
        var eventName = false;
        while (start < end && !known && (organization ? FunctionWords.Contains(tokens[start].Text) || OpensBeforeBody(tokens, start, end)
                   : NeverStartsName(tokens, start) && !(StartsTitle(tokens, start, end) && !FunctionWords.Contains(tokens[start].Text))))
        {
            // "Typhoon Phanfone", "Hurricane Dorian": what follows names a storm, not a person.
            eventName |= tokens[start].Text is "Hurricane" or "Typhoon" or "Cyclone" or "Storm" or "Tornado";
            start++;
        }
        if (start >= end || eventName) return;
        while (end > start && Word(end - 1).Is(WordClass.Connector)) end--;

        // "Lena Berg of the University of Oslo": a person's name, then "of" and where they are from.
        // "Dean of UC Berkeley School of Law", "Fellow of the Royal Society": a title, then the organization it is of.
        for (var k = start + 1; k < end - 1; k++)
        {
            if (tokens[k].Text != "of") continue;
            if (!IsTitlePhrase(tokens, start, k) || HasKeyword(tokens, start, k)) break;
            var from = tokens[k + 1].Text == "the" ? k + 2 : k + 1;
            if (from < end && Classify(tokens, from, end) == ActorKind.Organization)
            {
                AddRuns(p, from, end, possessive, runs);
                return;
            }
            break;
        }

        // Not "Recording Industry Association of America": the part before "of" holds no keyword. "US President Donald
        // Trump of the Republican Party": a title may stand before the name.
        for (var k = start + 2; k < end - 1; k++)
        {
            if (tokens[k].Text == "of" && !HasKeyword(tokens, start, k)
                && ((LooksLikeName(tokens, start, k) && (Word(start).Is(WordClass.GivenName) || Classify(tokens, k + 1, end) is not null))
                    || (k - start >= 3 && Word(k - 2).Is(WordClass.GivenName) && LooksLikeName(tokens, k - 2, k) && Classify(tokens, k + 1, end) is not null)))
            {
                AddRuns(p, start, k, false, runs);
                AddRuns(p, k + 1, end, possessive, runs);
                return;
            }
        }

        // "the United Nations Ana Ruiz": a known place or organization, then a name.
        for (var k = Math.Min(end - 2, start + 4); k > start; k--)
        {
            if (!Word(k).Is(WordClass.GivenName) || !MayBePlaceOrOrganization(start, k)) continue;
            var head = Join(tokens, start, k);
            if ((Lexicons.Places.ContainsKey(head) || Lexicons.Organizations.ContainsKey(head)) && LooksLikeName(tokens, k, end))
            {
                AddRuns(p, start, k, false, runs);
                AddRuns(p, k, end, possessive, runs);
                return;
            }
        }

        // "the Republican National Convention", "the World Athletics Championships": events, not bodies.
        if (tokens[end - 1].Text is "Convention" or "Summit" or "Briefing" or "Debate" or "Debates" or "Championship" or "Championships"
            or "Games" or "Festival" or "Awards" or "Tournament" or "Olympics" or "Expo" && !HasKeyword(tokens, start, end - 1)) return;
        var whole = Join(tokens, start, end);
        // The lexicons are asked only when the word classes say the run may be there.
        var wholeClasses = end - start == 1 ? Word(start).Classes
            : MayBePlaceOrOrganization(start, end) ? WordClass.Place | WordClass.Organization : WordClass.None;
        if ((wholeClasses & WordClass.Organization) != 0 && Lexicons.Organizations.TryGetValue(whole, out var org))
        {
            runs.Add(new Run { Paragraph = p, From = start, To = end, RunFrom = start, Name = whole, Kind = ActorKind.Organization, Canonical = org, Possessive = possessive });
            return;
        }
        if ((wholeClasses & WordClass.Place) != 0 && Lexicons.Places.TryGetValue(whole, out var place))
        {
            runs.Add(new Run { Paragraph = p, From = start, To = end, RunFrom = start, Name = whole, Kind = ActorKind.Place, Canonical = place, Possessive = possessive });
            return;
        }

        // Title: the last title in the run that still leaves a name after it.
        var nameFrom = start;
        string? title = null;
        var honorific = false;
        var gender = Gender.Unknown;
        var plural = false;
        var titleAt = start;
        for (var k = start; k < end - 0; k++)
        {
            var word = Word(k);
            if (word.Is(WordClass.Honorific) && k + 1 < end)
            {
                honorific = true;
                gender = word.HonorificGender;
                nameFrom = k + 1;
                continue;
            }
            // "Attorney Tim Lohmar", "Legislator Tanya Chan": a role noun capitalised at the start of the run (the start
            // of a sentence) is a title too, and the role is the noun as written in running text.
            var capitalisedRole = k <= start + 1 && end - k >= 3 && (k == start || !Word(start).Is(WordClass.GivenName | WordClass.Honorific))
                && !word.Is(WordClass.GivenName | WordClass.TitleStart | WordClass.NotName | WordClass.OrgKeyword)
                && IsNameWord(tokens[k + 1]) && !Word(k + 1).Is(WordClass.Connector)
                && CapitalisedTitles.Contains(tokens[k].Text);
            if (!word.Is(WordClass.TitleStart) && !capitalisedRole) continue;
            for (var len = Math.Min(4, end - k - 1); len >= 1; len--)
            {
                var phrase = Join(tokens, k, k + len);
                if (capitalisedRole)
                {
                    if (len > 1) continue;
                    phrase = LowerFirst(phrase);
                }
                var singular = phrase.EndsWith("s", StringComparison.Ordinal) ? phrase.Substring(0, phrase.Length - 1) : null;
                var isPlural = singular is not null && Lexicons.Titles.Contains(singular) && char.IsUpper(phrase[0]);
                var isTitle = !isPlural && Lexicons.Titles.Contains(phrase) && (char.IsUpper(phrase[0]) || capitalisedRole);
                if (!isTitle && !isPlural) continue;
                if (IsOrgWord(tokens, k + len, end)) break; // "Foreign Ministry" is not a title plus a name
                nameFrom = k + len;
                titleAt = k;
                plural = isPlural;
                title = Join(tokens, start, k) is { Length: > 0 } prefix && !honorific
                    ? prefix + " " + (isPlural ? singular : phrase)
                    : (isPlural ? singular : phrase);
                k += len - 1;
                break;
            }
        }

        // "Queen Elizabeth II", "Pope John Paul II": a monarch's title stays in a name that ends in a regnal number.
        var regnal = title is not null && nameFrom > start && nameFrom < end && IsRegnalNumber(tokens[end - 1].Text)
            && tokens[nameFrom - 1].Text is "King" or "Queen" or "Pope" or "Emperor" or "Empress" or "Tsar" or "Sultan";

        // "Board Member Jennifer Homendy", "Senior Advisors Jared Kushner": capitalised words ending in a role noun, then a
        // name that opens with a given name.
        if (title is null && !honorific && end - start >= 3)
        {
            for (var g = start + 1; g <= end - 2; g++)
            {
                if (!Word(g).Is(WordClass.GivenName) || !Lexicons.RoleNouns.Contains(tokens[g - 1].Text) || !LooksLikeName(tokens, g, end)) continue;
                if (HasKeyword(tokens, g, end)) break;
                title = Join(tokens, start, g);
                nameFrom = g;
                break;
            }
        }

        // "President of Ghana Ana Ruiz": the title takes its "of <place or organization>".
        if (title is not null && nameFrom < end - 2 && tokens[nameFrom].Text == "of")
        {
            var k0 = nameFrom + 1 < end && tokens[nameFrom + 1].Text == "the" ? nameFrom + 2 : nameFrom + 1;
            for (var k1 = Math.Min(end - 2, k0 + 5); k1 > k0; k1--)
            {
                var what = Join(tokens, k0, k1);
                if ((Lexicons.Places.ContainsKey(what) || Lexicons.Organizations.ContainsKey(what)) && Classify(tokens, k1, end) is null)
                {
                    title = title + " " + Join(tokens, nameFrom, k1);
                    nameFrom = k1;
                    break;
                }
            }
            // "Minister of Fisheries Lena Berg": else up to a given name that opens a name of two words or more.
            if (tokens[nameFrom].Text == "of")
            {
                for (var k1 = k0 + 1; k1 <= Math.Min(end - 2, k0 + 4); k1++)
                {
                    if (!Word(k1).Is(WordClass.GivenName) || !LooksLikeName(tokens, k1, end)) continue;
                    title = title + " " + Join(tokens, nameFrom, k1);
                    nameFrom = k1;
                    break;
                }
            }
        }

        // "Speaker of the US House of Representatives": what follows a title may be its organization, not a name.
        while (nameFrom > start && nameFrom < end && (Word(nameFrom).Is(WordClass.Connector) || tokens[nameFrom].Text == "the"))
        {
            nameFrom++;
        }
        // "High Commissioner for Human Rights": a title's complement, no name; "Office of the UN High Commissioner for
        // Human Rights" is an organization.
        if (nameFrom > start && nameFrom < end && !char.IsUpper(tokens[nameFrom].First))
        {
            if (HasKeyword(tokens, start, end) && !honorific)
            {
                runs.Add(new Run { Paragraph = p, From = start, To = end, RunFrom = start, Name = whole, Kind = ActorKind.Organization, Possessive = possessive });
            }
            return;
        }

        if (nameFrom > start && nameFrom < end)
        {
            var name = Join(tokens, nameFrom, end);
            var kind = Classify(tokens, nameFrom, end);
            if (kind is ActorKind.Organization or ActorKind.Place)
            {
                runs.Add(new Run { Paragraph = p, From = nameFrom, To = end, RunFrom = nameFrom, Name = name, Kind = kind, Canonical = Canonical(name, kind.Value), Possessive = possessive });
                return;
            }
            // "Chief Technology Officer of Red Hat": what a title is "of" is its organization, not a person's name (unless
            // it opens with a given name).
            if (title is not null && (tokens[nameFrom - 1].Text == "of" || tokens[nameFrom - 1].Text == "the" && nameFrom - 2 >= start && tokens[nameFrom - 2].Text == "of")
                && end - nameFrom >= 2 && !honorific && !HasGivenName(tokens, nameFrom, end))
            {
                runs.Add(new Run { Paragraph = p, From = nameFrom, To = end, RunFrom = nameFrom, Name = name, Kind = ActorKind.Organization, Canonical = Canonical(name, ActorKind.Organization), Possessive = possessive });
                return;
            }
            if (gender == Gender.Unknown) gender = Word(nameFrom).GivenNameGender;
            if (regnal) name = Join(tokens, --nameFrom, end);
            // "House of Commons Speaker John Bercow", "USA Today Washington Bureau Chief Susan Page": a known organization
            // before the title is named too (as "Chinese Foreign Ministry spokesman Wang Wenbin" names its ministry).
            var orgTo = titleAt;
            while (orgTo > start && !(MayBePlaceOrOrganization(start, orgTo) && Lexicons.Organizations.ContainsKey(Join(tokens, start, orgTo)))) orgTo--;
            if (title is not null && !honorific && orgTo > start && !regnal)
            {
                var before = runs.Count;
                AddRuns(p, start, orgTo, false, runs);
                for (var i = before; i < runs.Count; i++) runs[i].Affiliation = true;
            }
            runs.Add(new Run
            {
                Paragraph = p, From = nameFrom, To = end, RunFrom = start, Name = name, Title = title, Honorific = honorific,
                Gender = gender, PluralTitle = plural, Possessive = possessive,
            });
            return;
        }

        // "the US Democratic Party", "the United States Green Party": a country before a party's name says whose party it
        // is; the party goes by its own name (as "the Democratic Party" later in the article, and in other articles).
        if (CountryBeforeParty(tokens, start, end) is var party && party > start)
        {
            AddRuns(p, start, party, false, runs);
            AddRuns(p, party, end, possessive, runs);
            return;
        }

        var c = Classify(tokens, start, end);
        // "Team leader Tim Taylor", "Schools will lift …", "News of the incident": a keyword alone, capitalised only because
        // it opens a sentence, before a lower-case word, is a common noun, not a body (not "Congress", a known name).
        if (c == ActorKind.Organization && end - start == 1 && (start == 0 || IsSentenceBreak(tokens, start - 1))
            && end < tokens.Count && tokens[end].Kind == TokenKind.Word && char.IsLower(tokens[end].First)
            && !Word(start).Is(WordClass.Organization) && Word(start).Is(WordClass.OrgKeyword))
        {
            return;
        }
        // "Mitch McConnell, the Republican Senate Majority Leader,": a body's name that ends in a title names a role, not
        // the body (the body, named alone elsewhere, is found there).
        if (c == ActorKind.Organization && end - start >= 2 && EndsInTitle(tokens, start, end)) return;
        if (c is ActorKind.Organization or ActorKind.Place)
        {
            runs.Add(new Run { Paragraph = p, From = start, To = end, RunFrom = start, Name = whole, Kind = c, Canonical = Canonical(whole, c.Value), Possessive = possessive });
            return;
        }

        // A run of "X of Y" that is not an organization: keep its first part (names rarely hold "of").
        for (var k = start; k < end; k++)
        {
            if (tokens[k].Text is "of" or "the")
            {
                AddRuns(p, start, k, false, runs);
                AddRuns(p, k + 1, end, possessive, runs);
                return;
            }
        }

        // Leading demonyms ("Chinese", "American") and places are not part of a person's name.
        // Not "Savannah Guthrie", "Regina Ip": a place that is a given name too, before a single word.
        var afterPlace = false;
        var runFrom = start;
        while (start < end - 1 && (Word(start).Is(WordClass.Demonym | WordClass.Place) || IsPluralDemonym(tokens[start].Text))
               && !(end - start == 2 && Word(start).Is(WordClass.GivenName) && !Word(start + 1).Is(WordClass.Place | WordClass.OrgKeyword)))
        {
            afterPlace = Word(start).Is(WordClass.Place) && !Word(start).Is(WordClass.Demonym);
            start++;
        }
        // Not after a role noun ("actress America Ferrera") nor in capitals ("USA TODAY").
        if (end - start == 1 && afterPlace && !(runFrom > 0 && Lexicons.RoleNouns.Contains(tokens[runFrom - 1].Text)) && !IsAcronym(tokens[start].Text))
        {
            // "Cyprus Mail reported": a place's name with a word after it that speaks is a body (a newspaper, a club).
            if (end < tokens.Count && Attribution.SpeechCues.IsVerb(tokens[end]) && !Word(start).Is(WordClass.GivenName))
            {
                runs.Add(new Run { Paragraph = p, From = runFrom, To = end, RunFrom = runFrom, Name = Join(tokens, runFrom, end), Kind = ActorKind.Organization, Possessive = possessive });
                return;
            }
            // "Cyprus Mail", "Victoria Park": one word after a place is no name by itself; a known person may still claim it.
            runs.Add(new Run { Paragraph = p, From = start, To = end, RunFrom = start, Name = tokens[start].Text, Possessive = possessive, SurnameOnly = true });
            return;
        }
        if (end - start == 1 && Word(start).Is(WordClass.Demonym))
        {
            // "Cuban" may still be Tom Cuban's surname: keep it as a candidate that only a known person can claim.
            runs.Add(new Run { Paragraph = p, From = start, To = end, RunFrom = start, Name = tokens[start].Text, Possessive = possessive, SurnameOnly = true });
            return;
        }
        if (end - start == 1 && IsAcronym(tokens[start].Text) && end < tokens.Count && Attribution.SpeechCues.IsVerb(tokens[end]))
        {
            _acronymSpeakers.Add(new Run { Paragraph = p, From = start, To = end, RunFrom = start, Name = tokens[start].Text, Possessive = possessive });
            return;
        }
        if (!LooksLikeName(tokens, start, end))
        {
            // "the journal PLOS ONE", "news agency AFP", "told TMZ": capitals after an organization noun or an outlet's
            // cue name an organization.
            if (end - start <= 3 && IsAcronym(tokens[end - 1].Text) && OrganizationBefore(tokens, start))
            {
                runs.Add(new Run { Paragraph = p, From = start, To = end, RunFrom = start, Name = Join(tokens, start, end), Kind = ActorKind.Organization, Possessive = possessive });
                return;
            }
            // A long run may end in a name: "ACME Radio Morning Ana Ruiz said".
            for (var k = Math.Max(start + 1, end - 3); k <= end - 2; k++)
            {
                var speaks = end < tokens.Count && Attribution.SpeechCues.IsVerb(tokens[end]);
                if (LooksLikeName(tokens, k, end) && (Word(k).Is(WordClass.GivenName) || speaks))
                {
                    runs.Add(new Run
                    {
                        Paragraph = p, From = k, To = end, RunFrom = k, Name = Join(tokens, k, end),
                        Gender = Word(k).GivenNameGender, Possessive = possessive,
                    });
                    return;
                }
            }
            return;
        }

        runs.Add(new Run
        {
            Paragraph = p, From = start, To = end, RunFrom = start, Name = Join(tokens, start, end),
            Gender = Word(start).GivenNameGender, Possessive = possessive,
        });
    }

    /// <summary>"Ethiopians", "Australians": a demonym's plural, never part of a name.</summary>
    private static bool IsPluralDemonym(string w) =>
        w.Length > 4 && w[w.Length - 1] == 's' && char.IsUpper(w[0]) && Lexicons.Demonyms.Contains(w.Substring(0, w.Length - 1));

    private static bool IsRegnalNumber(string w) => w is "I" or "II" or "III" or "IV" or "V" or "VI" or "VII" or "VIII" or "IX" or "X" or "XI" or "XII" or "XIII" or "XIV" or "XV" or "XVI";

    private static string LowerFirst(string s) => char.ToLowerInvariant(s[0]) + s.Substring(1);

    /// <summary>The titles written in lower case, capitalised ("Attorney" of "attorney"): a role noun that opens a sentence.</summary>
    private static readonly HashSet<string> CapitalisedTitles = MakeCapitalisedTitles();

    private static HashSet<string> MakeCapitalisedTitles()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in Lexicons.Titles)
        {
            if (t.Length > 1 && char.IsLower(t[0]) && t.IndexOf(' ') < 0) set.Add(char.ToUpperInvariant(t[0]) + t.Substring(1));
        }
        return set;
    }

    /// <summary>Whether a title of several words (<c>National Security Adviser</c>) starts at <paramref name="k"/> and leaves a word after it.</summary>
    private bool StartsTitle(List<Token> tokens, int k, int end)
    {
        if (!Word(k).Is(WordClass.TitleStart)) return false;
        for (var len = Math.Min(4, end - k - 1); len >= 2; len--)
        {
            if (Lexicons.Titles.Contains(Join(tokens, k, k + len))) return true;
        }
        return false;
    }

    /// <summary>"Member", "Dean", "Board Member": capitalised words that end in a title or a role noun.</summary>
    private bool IsTitlePhrase(List<Token> tokens, int start, int end)
    {
        var last = tokens[end - 1].Text;
        if (end - start > 3 || !(Lexicons.RoleNouns.Contains(last) || Lexicons.Titles.Contains(last))) return false;
        for (var k = start; k < end; k++)
        {
            if (Word(k).Is(WordClass.GivenName) && !Word(k).Is(WordClass.Title | WordClass.TitleStart)) return false;
        }
        return true;
    }

    private bool HasKeyword(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (IsKeywordAt(tokens, k, end)) return true;
        }
        return false;
    }

    private bool LooksLikeName(List<Token> tokens, int start, int end)
    {
        if (end - start > 5 || end - start == 1 && tokens[start].Text.Length == 1) return false;
        for (var k = start; k < end; k++)
        {
            var w = tokens[k].Text;
            var word = Word(k);
            if (word.Is(WordClass.Connector)) continue;
            if (k > start && w is "II" or "III" or "IV" or "Jr." or "Sr." or "Jr" or "Sr") continue;
            // "Theresa May": a month after a given name is a surname.
            if (word.Is(WordClass.NotName) && !(k == end - 1 && k > start && w is "May" or "March" or "June" or "April" or "August" && Word(start).Is(WordClass.GivenName))) return false;
            if (word.Is(WordClass.Demonym) && k == start) return false;
            // Acronyms (NATO, GOP) are not names; initials (J., U.) and suffixes (II, Jr.) are fine.
            var letters = 0;
            var allUpper = true;
            var period = false;
            foreach (var ch in w)
            {
                if (char.IsDigit(ch)) return false;
                if (char.IsLetter(ch))
                {
                    letters++;
                    if (!char.IsUpper(ch)) allUpper = false;
                }
                else if (ch == '.')
                {
                    period = true;
                }
            }
            if (letters >= 2 && allUpper && w is not ("II" or "III" or "IV") && !period) return false;
        }
        return true;
    }

    /// <summary>Sentence openers and other words dropped from the start of a run ("After", "The", "Speaking").</summary>
    private bool NeverStartsName(List<Token> tokens, int k)
    {
        var t = tokens[k];
        var word = Word(k);
        return word.Is(WordClass.NotName | WordClass.Connector) || t.Text == "the"
            || (Attribution.SpeechCues.IsVerbIgnoringCase(t) && !word.Is(WordClass.GivenName));
    }

    /// <summary>
    /// Where a party's own name starts after a country that opens the run (<c>US</c> | <c>Green Party</c>), or -1: the
    /// country is one to three words of <see cref="Lexicons.Countries"/> (not a state: <c>the Maryland Democratic
    /// Party</c> is its own body), followed by at least two capitalised words that end in <c>Party</c>.
    /// </summary>
    private static int CountryBeforeParty(List<Token> tokens, int start, int end)
    {
        if (end - start < 3 || tokens[end - 1].Text != "Party") return -1;
        for (var k = start + 1; k <= Math.Min(start + 3, end - 2); k++)
        {
            if (!Lexicons.Places.TryGetValue(Join(tokens, start, k), out var place) || !Lexicons.Countries.Contains(place)) continue;
            return tokens[k].IsCapitalized && tokens[k].Text is not ("Party" or "Parties") ? k : -1;
        }
        return -1;
    }

    /// <summary>
    /// Whether the run's last one or two words are a title (<c>Majority Leader</c>, <c>Secretary</c>) after a keyword
    /// earlier in it, and the whole run is no known organization.
    /// </summary>
    private bool EndsInTitle(List<Token> tokens, int start, int end)
    {
        if (MayBePlaceOrOrganization(start, end) && Lexicons.Organizations.ContainsKey(Join(tokens, start, end))) return false;
        for (var len = 1; len <= 2 && end - len > start; len++)
        {
            // Not a body's complement ("Department of Justice", "Conference of Mayors").
            if (!Lexicons.Titles.Contains(Join(tokens, end - len, end)) || tokens[end - len].Text == "Justice") continue;
            return !Word(end - len - 1).Is(WordClass.Connector) && tokens[end - len - 1].Text != "the" && HasKeyword(tokens, start, end - len);
        }
        return false;
    }

    /// <summary>
    /// The end of a known organization's name (<c>org-keywords.txt</c>) that one of the last three words of the run
    /// [<paramref name="start"/>, <paramref name="end"/>) opens and that goes on over the <c>and</c> or <c>&amp;</c> at
    /// <paramref name="end"/>, or -1.
    /// </summary>
    private int KnownNameOver(List<Token> tokens, int start, int end)
    {
        for (var k = Math.Max(start, end - 3); k < end; k++)
        {
            // The lexicon is asked only where a known name of several words may start.
            if (!Word(k).Is(WordClass.MultiwordStart)) continue;
            for (var j = Math.Min(tokens.Count, end + 4); j >= end + 2; j--)
            {
                if (Lexicons.Organizations.ContainsKey(Join(tokens, k, j))) return j;
            }
        }
        return -1;
    }

    /// <summary>
    /// A first word that is no part of the organization's name after it: a day (<c>On Friday Ford Motor Company
    /// said</c>), <c>Former</c> or <c>Late</c> (<c>Former United States Central Intelligence Agency officer …</c>), a
    /// reporting verb opening a sentence (<c>Remarked Center for Biological Diversity director …</c>).
    /// </summary>
    private bool OpensBeforeBody(List<Token> tokens, int k, int end)
    {
        if (k + 1 >= end) return false;
        var w = tokens[k].Text;
        if (w is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday" or "Today" or "Yesterday"
            or "Former" or "Late") return true;
        // A verb's past form only: "State Department", "Press Association" open names.
        return (w.EndsWith("ed", StringComparison.Ordinal) || w is "Said" or "Told" or "Wrote" or "Says")
            && Attribution.SpeechCues.IsVerbIgnoringCase(tokens[k]) && !Word(k).Is(WordClass.GivenName | WordClass.Organization | WordClass.Place | WordClass.OrgKeyword);
    }
}
