using System;
using System.Collections.Generic;
using Newsroom.Generator.Extraction.Lexicon;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Extraction.Text;

namespace Newsroom.Generator.Extraction.Actors;

/// <summary>
/// Places and organizations: a run is one when the lexicons know it (under their canonical name), when an organization
/// keyword is among its capitalised words (<c>Ministry</c>, <c>Institute</c>) or a known organization ends it
/// (<c>US House of Representatives</c>); an acronym that speaks (<c>ACME said</c>) is an organization; and a person's
/// name before <c>administration</c> or <c>government</c> names that government, not the person.
/// </summary>
internal sealed partial class ActorFinder
{
    /// <summary>
    /// Lower-case nouns that name a kind of organization: before a name (<c>rock band Cream</c>, <c>the daily Népszava</c>)
    /// or heading an appositive after it (<c>Roscosmos, the Russian space agency,</c>) they make the name an organization.
    /// </summary>
    private static readonly HashSet<string> OrganizationNouns = new(StringComparer.Ordinal)
    {
        "band", "group", "company", "firm", "corporation", "newspaper", "daily", "weekly", "tabloid", "paper", "agency",
        "site", "website", "board", "organization", "organisation", "utility", "journal", "magazine", "network", "channel",
        "outlet", "startup", "start-up", "charity", "movement", "airline", "carrier", "bank", "brand", "label", "studio",
        "retailer", "supermarket", "chain", "club", "institute", "party", "union", "league", "federation", "association",
        "watchdog", "regulator", "insurer", "platform", "service", "foundation", "ministry", "university", "college",
        "broadcaster", "station", "publication", "supergroup", "trio", "quartet", "duo", "team", "militia", "coalition",
        "alliance", "council", "committee", "commission", "department", "court", "tribunal", "nonprofit", "non-profit",
        "think-tank", "tank", "conglomerate", "manufacturer", "automaker", "carmaker", "giant", "operator",
    };

    /// <summary>Nouns that also stand before a person's name ("broadcaster Piers Morgan"): they make no organization before a name.</summary>
    private static readonly HashSet<string> PersonToo = new(StringComparer.Ordinal) { "broadcaster", "giant", "operator", "manufacturer" };

    /// <summary>"GitHub", "ThePrint", "WalesOnline": a lower-case letter, then a capital, after a start that no surname has.</summary>
    private static bool IsCamelCase(string w)
    {
        if (w.Length < 4 || !char.IsUpper(w[0]) || !char.IsLower(w[1])) return false;
        for (var i = 2; i < w.Length - 1; i++)
        {
            if (char.IsDigit(w[i])) return false;
            if (!char.IsUpper(w[i])) continue;
            if (!char.IsLower(w[i - 1]) || !char.IsLower(w[i + 1])) return false;
            var head = w.Substring(0, i);
            return head is not ("Mc" or "Mac" or "De" or "Di" or "Da" or "Du" or "La" or "Le" or "Van" or "Von" or "Fitz" or "Ben" or "Al" or "El" or "Abu");
        }
        return false;
    }

    private static bool IsAcronym(string w)
    {
        if (w.Length < 2 || w.Length > 6) return false;
        foreach (var c in w)
        {
            if (!char.IsUpper(c)) return false;
        }
        return true;
    }

    private ActorKind? Classify(List<Token> tokens, int start, int end)
    {
        if (end - start == 1)
        {
            var word = Word(start);
            if (word.Is(WordClass.Organization)) return ActorKind.Organization;
            if (word.Is(WordClass.Place)) return ActorKind.Place;
            // "Wikinews", "Newsnews": one word that ends in "news" names a news outlet; "GitHub", "WalesOnline": a
            // capital inside a word (not "McCain", "DeSantis", "LaRose") names a company or a brand.
            var w = tokens[start].Text;
            if (w.Length > 5 && w.EndsWith("news", StringComparison.Ordinal) && char.IsLower(w[w.Length - 5])) return ActorKind.Organization;
            // Not a handle or a hashtag ("@DrAmyActon", "#LetHerSpeak").
            if (IsCamelCase(w) && !(tokens[start].Start > 0 && _text[tokens[start].Start - 1] is '#' or '@')) return ActorKind.Organization;
        }
        else if (MayBePlaceOrOrganization(start, end))
        {
            var text = Join(tokens, start, end);
            if (Lexicons.Organizations.ContainsKey(text)) return ActorKind.Organization;
            if (Lexicons.Places.ContainsKey(text)) return ActorKind.Place;
        }
        if (IsOrgWord(tokens, start, end)) return ActorKind.Organization;
        // "US House of Representatives", "Chinese Communist Party": a known organization at the end of the run.
        for (var k = start + 1; k <= end - 2; k++)
        {
            if (Word(k).Is(WordClass.MultiwordStart) && Lexicons.Organizations.ContainsKey(Join(tokens, k, end))) return ActorKind.Organization;
        }
        return null;
    }

    private bool MayBePlaceOrOrganization(int start, int end) =>
        end - start == 1 || (end - start > 1 && Word(start).Is(WordClass.MultiwordStart));

    private bool IsOrgWord(List<Token> tokens, int start, int end)
    {
        return HasKeyword(tokens, start, end);
    }

    /// <summary>
    /// Organizations that the words around a run say are organizations, whatever the run looks like: an organization noun
    /// before it (<c>rock band Pearl Jam</c>, <c>the daily Népszava</c>), an appositive headed by one after it
    /// (<c>Roscosmos, the Russian space agency,</c>), or a journal it was published in (<c>published on Wednesday in
    /// Science Advances</c>). Not a run with a title or an honorific.
    /// </summary>
    private void OrganizationsByContext(List<Run> runs)
    {
        HashSet<string>? found = null;
        foreach (var r in runs)
        {
            // "VPS [Virtual Private Server]", "QVM [Queen Victoria Market]": an acronym's expansion names no person.
            if (r.Kind is null && ExpandsAcronym(_tokens[r.Paragraph], r.RunFrom))
            {
                r.SurnameOnly = true;
                r.Title = null;
                continue;
            }
            if (r.Kind is ActorKind.Organization || r.Title is not null || r.Honorific || r.PluralTitle) continue;
            var tokens = _tokens[r.Paragraph];
            var before = r.RunFrom - 1;
            // "newspaper The Hill": a capitalised "The" inside a sentence belongs to the name.
            var the = before >= 0 && tokens[before].Text == "The" && before > 0 && !IsSentenceBreak(tokens, before - 1);
            if (before >= 0 && tokens[before].Text is "The" or "the") before--;
            var named = false;
            if (before >= 0 && tokens[before].Kind == TokenKind.Word && OrganizationNouns.Contains(tokens[before].Text))
            {
                // "the band's singer Tom" is no band; a place before a noun of people ("the US team") is no name either.
                named = !PersonToo.Contains(tokens[before].Text) && r.Kind != ActorKind.Place;
            }
            // "a party called Zorin Australia", "a group called “Ashodaya Samithi”": an organization noun, then "called" or "named".
            if (!named && r.Kind != ActorKind.Place && CalledAfterOrganizationNoun(tokens, r.RunFrom)) named = true;
            // "the Sustainable Australia party": the name before an organization noun, after "the".
            // (Not a person's name as a modifier: "the Lena Berg label".)
            if (!named && r.Kind is null && !r.Possessive && r.To - r.From >= 2 && !Has(tokens[r.From], WordClass.Demonym | WordClass.Place | WordClass.GivenName)
                && r.RunFrom > 0 && tokens[r.RunFrom - 1].Text is "the" && r.To < tokens.Count
                && tokens[r.To].Kind == TokenKind.Word && char.IsLower(tokens[r.To].First) && OrganizationNouns.Contains(tokens[r.To].Text)
                && !PersonToo.Contains(tokens[r.To].Text)) named = true;
            // "store chains Woolworths and Coles": a plural organization noun before a list.
            if (!named && r.Kind != ActorKind.Place && AfterPluralOrganizationNoun(tokens, r.RunFrom)) named = true;
            if (!named) named = PublishedIn(tokens, before + 1) && r.Kind != ActorKind.Place;
            if (!named && r.Kind is null) named = OrganizationAppositive(tokens, r.To + (r.Possessive ? 1 : 0));
            // "The Rolling Stones", "The Independent": no person's name takes a capitalised "The".
            if (!named && the && r.Kind is null) named = true;
            // "told The Atlantic", "according to The Hill".
            if (!named && the && r.Kind == ActorKind.Place && AfterOutletCue(tokens, r.RunFrom - 1)) named = true;

            if (!named) continue;
            r.Kind = ActorKind.Organization;
            r.SurnameOnly = false;
            r.Canonical = Canonical(r.Name, ActorKind.Organization);
            (found ??= new HashSet<string>(StringComparer.Ordinal)).Add(r.Name);
        }
        if (found is null) return;
        // The same name elsewhere in the article is the same organization ("the band Cream … Cream recorded").
        foreach (var r in runs)
        {
            if (r.Kind is null && !r.SurnameOnly && r.Title is null && !r.Honorific && found.Contains(r.Name))
            {
                r.Kind = ActorKind.Organization;
                r.Canonical = Canonical(r.Name, ActorKind.Organization);
            }
        }
    }

    /// <summary>Whether <c>called</c> or <c>named</c> (and perhaps an opening mark) right before <paramref name="k"/> follows an organization noun.</summary>
    private static bool CalledAfterOrganizationNoun(List<Token> tokens, int k)
    {
        var j = k - 1;
        if (j >= 0 && tokens[j].Kind == TokenKind.QuoteMark) j--;
        if (j < 1 || tokens[j].Text is not ("called" or "named")) return false;
        var noun = tokens[j - 1].Text;
        return OrganizationNouns.Contains(noun) && !PersonToo.Contains(noun);
    }

    /// <summary>
    /// "the Chinese government", "the UK government", "the Houthi movement", "the government of Samoa": a place or a
    /// demonym with a lower-case head that makes a body of it is an organization, named with the head.
    /// </summary>
    private void GovernmentsOfPlaces(List<Run> runs)
    {
        foreach (var r in runs)
        {
            if (r.Possessive || r.Title is not null) continue;
            var tokens = _tokens[r.Paragraph];
            // "the Trump administration's …", "the Biden campaign": a single name before a body of its own, whoever it is.
            if (r.Kind is null && !r.SurnameOnly && r.To - r.From == 1 && r.To < tokens.Count && tokens[r.To].Text is "administration" or "campaign"
                && !Has(tokens[r.From], WordClass.NotName))
            {
                r.Name = tokens[r.From].Text + " " + tokens[r.To].Text;
                r.To++;
                r.Possessive = r.To < tokens.Count && tokens[r.To].IsPossessive;
                r.Kind = ActorKind.Organization;
                continue;
            }
            // "the Houthi movement": a known organization named with its head.
            if (r.Kind == ActorKind.Organization && r.To - r.From == 1 && r.To < tokens.Count && tokens[r.To].Text == "movement")
            {
                r.Name = tokens[r.From].Text + " movement";
                r.To++;
                r.Canonical = null;
                continue;
            }
            var demonym = r.SurnameOnly || (r.Kind is null && r.To - r.From == 1 && Has(tokens[r.From], WordClass.Demonym));
            if (r.Kind != ActorKind.Place && !demonym && !(r.Kind is null && IsDemonymLike(tokens[r.To - 1].Text))) continue;
            if (r.To < tokens.Count && tokens[r.To].Text is "government" or "movement" or "police")
            {
                r.Name = Join(tokens, r.From, r.To) + " " + tokens[r.To].Text;
                r.To++;
            }
            else if (r.Kind == ActorKind.Place && r.From >= 2 && tokens[r.From - 1].Text == "of" && tokens[r.From - 2].Text == "government")
            {
                r.Name = "government of " + Join(tokens, r.From, r.To);
                r.From -= 2;
                r.RunFrom = r.From;
            }
            else
            {
                continue;
            }
            r.Kind = ActorKind.Organization;
            r.SurnameOnly = false;
            r.Canonical = null;
        }
    }

    /// <summary>"Houthi", "Kurdish": a capitalised word that ends like a demonym (no list holds every one).</summary>
    private static bool IsDemonymLike(string w) => w.Length > 4 && char.IsUpper(w[0])
        && (w.EndsWith("i", StringComparison.Ordinal) || w.EndsWith("ish", StringComparison.Ordinal) || w.EndsWith("ese", StringComparison.Ordinal));

    /// <summary>
    /// "the National Crime Agency (NCA)": an acronym in brackets right after a run names what the run names. The run is
    /// an organization (when its capitalised words' initials spell the acronym, or it already was one), and the
    /// acronym, wherever it stands, is that organization. Returns the acronyms defined, or null for none.
    /// </summary>
    private Dictionary<string, string>? AcronymDefinitions(List<Run> runs)
    {
        Dictionary<string, string>? defined = null;
        List<(Run Run, int From)>? widened = null;
        foreach (var r in runs)
        {
            if (r.Kind is ActorKind.Person or ActorKind.Place || r.Title is not null || r.Honorific) continue;
            var tokens = _tokens[r.Paragraph];
            var i = r.To;
            if (BracketedAcronym(tokens, i) is not { } acronym) continue;
            if (!IsAcronymLike(acronym) || acronym == r.Name) continue;
            // "Pacific Gas and Electric (PG&E)": the acronym spells more words than the run has, over "and" or "of".
            if (r.Kind == ActorKind.Organization && !InitialsSpell(tokens, r.From, r.To, acronym)
                && SpelledFrom(tokens, r.From, r.To, acronym) is var from and >= 0)
            {
                (widened ??= new List<(Run, int)>()).Add((r, from));
                continue;
            }
            if (r.Kind is null)
            {
                if (r.To - r.From < 2 || !InitialsSpell(tokens, r.From, r.To, acronym)) continue;
                r.Kind = ActorKind.Organization;
                r.SurnameOnly = false;
            }
            defined ??= new Dictionary<string, string>(StringComparer.Ordinal);
            if (!defined.ContainsKey(acronym)) defined[acronym] = r.Canonical ?? r.Name;
        }
        if (widened is not null)
        {
            // The runs the widened name takes in are the few just before it in its paragraph.
            var byParagraph = RunsByParagraph(runs);
            var index = new Dictionary<Run, int>();
            foreach (var list in byParagraph)
            {
                for (var k = 0; k < list.Count; k++) index[list[k]] = k;
            }
            var taken = new HashSet<Run>();
            foreach (var (r, from) in widened)
            {
                var tokens = _tokens[r.Paragraph];
                var list = byParagraph[r.Paragraph];
                for (var k = index[r] - 1; k >= 0 && list[k].RunFrom >= from; k--) taken.Add(list[k]);
                r.From = r.RunFrom = from;
                r.Name = Join(tokens, from, r.To);
                r.Kind = ActorKind.Organization;
                r.Canonical = null;
                r.SurnameOnly = false;
                r.Title = null;
                defined ??= new Dictionary<string, string>(StringComparer.Ordinal);
                var acronym = BracketedAcronym(tokens, r.To)!;
                if (!defined.ContainsKey(acronym)) defined[acronym] = r.Name;
            }
            runs.RemoveAll(taken.Contains);
        }
        // "AEW (All Elite Wrestling)": the acronym first, its words in brackets. The runs by paragraph and the names that
        // are organizations are read once, on the first such definition.
        List<Run>[]? runsOf = null;
        HashSet<string>? bodies = null;
        for (var p = 0; p < _tokens.Count; p++)
        {
            var tokens = _tokens[p];
            for (var k = 0; k + 3 < tokens.Count; k++)
            {
                if (tokens[k + 1].Text != "(" || !IsAcronymLike(tokens[k].Text) || _inQuote(tokens[k].Start)) continue;
                var close = k + 2;
                while (close < tokens.Count && close < k + 12 && tokens[close].Kind == TokenKind.Word) close++;
                if (close >= tokens.Count || tokens[close].Text != ")" || close - (k + 2) < 2 || !tokens[k + 2].IsCapitalized
                    || !InitialsSpell(tokens, k + 2, close, tokens[k].Text)) continue;
                var acronym = tokens[k].Text;
                if (defined is not null && defined.ContainsKey(acronym)) continue;
                // Only a body: "EOL (End Of Life)", "HPC (High Performance Computing)" name things. The acronym is one
                // elsewhere (it speaks, an organization noun stands before it) or its words hold an organization keyword.
                if (!AnyKeyword(tokens, k + 2, close) && !(bodies ??= OrganizationRunNames(runs)).Contains(acronym)) continue;
                defined ??= new Dictionary<string, string>(StringComparer.Ordinal);
                var expansion = Join(tokens, k + 2, close);
                defined[acronym] = expansion;
                // The words in brackets are the organization, whatever runs the words made ("All" is no name's start; the
                // places of "Islamic State of Iraq and Syria" are in its name), unless a run reaches out of the brackets.
                runsOf ??= RunsByParagraph(runs);
                List<Run>? inside = null;
                var across = false;
                foreach (var r in runsOf[p])
                {
                    if (r.To <= k + 2 || r.From >= close) continue;
                    if (r.RunFrom < k + 2 || r.To > close) across = true;
                    else (inside ??= new List<Run>()).Add(r);
                }
                if (across) continue;
                if (inside is not null)
                {
                    runs.RemoveAll(inside.Contains);
                    runsOf[p].RemoveAll(inside.Contains);
                }
                var run = new Run { Paragraph = p, From = k + 2, To = close, RunFrom = k + 2, Name = expansion, Kind = ActorKind.Organization };
                runs.Add(run);
                runsOf[p].Add(run);
            }
        }
        if (defined is null) return null;
        // "TfL stated": a defined acronym is that organization wherever it stands.
        var inRun = new HashSet<long>();
        foreach (var r in runs)
        {
            for (var k = r.RunFrom; k < r.To; k++) inRun.Add(((long)r.Paragraph << 32) | (uint)k);
            if (r.Kind is null && r.To - r.From == 1 && defined.ContainsKey(r.Name))
            {
                r.Kind = ActorKind.Organization;
                r.SurnameOnly = false;
            }
        }
        // "RIAA's notice", "RIAA listed": uses of a defined acronym that no run holds (capitals alone make none).
        for (var p = 0; p < _tokens.Count; p++)
        {
            var tokens = _tokens[p];
            for (var k = 0; k < tokens.Count; k++)
            {
                if (tokens[k].Kind != TokenKind.Word || !defined.ContainsKey(tokens[k].Text) || inRun.Contains(((long)p << 32) | (uint)k)) continue;
                if (k > 0 && tokens[k - 1].Text == "(" || k + 1 < tokens.Count && tokens[k + 1].Text == "(") continue;
                var possessive = k + 1 < tokens.Count && tokens[k + 1].IsPossessive;
                runs.Add(new Run { Paragraph = p, From = k, To = k + 1, RunFrom = k, Name = tokens[k].Text, Kind = ActorKind.Organization, Possessive = possessive });
            }
        }
        return defined;
    }

    /// <summary>
    /// The acronym in brackets at <paramref name="open"/>: <c>(NCA)</c>, also written with a glued ampersand
    /// (<c>(PG&amp;E)</c>, three tokens); null when the brackets hold anything else.
    /// </summary>
    private static string? BracketedAcronym(List<Token> tokens, int open)
    {
        if (open + 2 >= tokens.Count || tokens[open].Text != "(") return null;
        if (tokens[open + 2].Text == ")") return tokens[open + 1].Text;
        if (open + 4 >= tokens.Count || tokens[open + 2].Text != "&" || tokens[open + 4].Text != ")"
            || tokens[open + 2].Start != tokens[open + 1].End || tokens[open + 3].Start != tokens[open + 2].End) return null;
        return tokens[open + 1].Text + "&" + tokens[open + 3].Text;
    }

    /// <summary>
    /// Where a name that <paramref name="acronym"/> spells starts, reading back from the run <paramref name="from"/> ..
    /// <paramref name="to"/> over capitalised words and the small words names hold (<c>and</c>, <c>of</c>, <c>&amp;</c>)
    /// on one line; -1 when none does.
    /// </summary>
    private int SpelledFrom(List<Token> tokens, int from, int to, string acronym)
    {
        for (var s = from - 1; s >= 0 && from - s <= 8; s--)
        {
            var t = tokens[s];
            if (t.Kind != TokenKind.Word && t.Text != "&" || !SameLine(t, tokens[from])) return -1;
            if (!t.IsCapitalized)
            {
                if (t.Text is not ("and" or "of" or "for" or "on" or "the" or "&")) return -1;
                continue;
            }
            if (InitialsSpell(tokens, s, to, acronym))
            {
                // Not "Member of Parliament (MP)": a title of a body's members.
                return Has(tokens[s], WordClass.Title) || Lexicons.Titles.Contains(acronym) || Lexicons.Titles.Contains(Join(tokens, s, to)) ? -1 : s;
            }
        }
        return -1;
    }

    private bool AnyKeyword(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (Has(tokens[k], WordClass.OrgKeyword)) return true;
        }
        return false;
    }

    /// <summary>The names of runs that are organizations (<c>the union AEW</c>) or acronyms that speak (<c>AEW said</c>).</summary>
    private HashSet<string> OrganizationRunNames(List<Run> runs)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in runs)
        {
            if (r.Kind == ActorKind.Organization) names.Add(r.Name);
        }
        foreach (var r in _acronymSpeakers) names.Add(r.Name);
        return names;
    }

    /// <summary>The runs of each paragraph, in order.</summary>
    private List<Run>[] RunsByParagraph(List<Run> runs)
    {
        var byParagraph = new List<Run>[_tokens.Count];
        for (var p = 0; p < byParagraph.Length; p++) byParagraph[p] = new List<Run>();
        foreach (var r in runs) byParagraph[r.Paragraph].Add(r);
        return byParagraph;
    }

    /// <summary>"NCA", "AfCFTA", "C-MORE": two or more capitals and no lower-case letter before the first two.</summary>
    private static bool IsAcronymLike(string w)
    {
        if (w.Length < 2 || w.Length > 8 || !char.IsUpper(w[0]) || !char.IsUpper(w[1]) && !(w.Length > 2 && char.IsLower(w[1]) && char.IsUpper(w[2]))) return false;
        var upper = 0;
        foreach (var c in w)
        {
            if (char.IsUpper(c)) upper++;
            else if (!char.IsLetter(c) && c is not ('-' or '&' or '.')) return false;
        }
        return upper >= 2;
    }

    /// <summary>Whether the capital letters of <paramref name="acronym"/> are the initials of the capitalised words of the run.</summary>
    private static bool InitialsSpell(List<Token> tokens, int from, int to, string acronym)
    {
        var k = from;
        foreach (var c in acronym)
        {
            if (!char.IsUpper(c)) continue;
            while (k < to && !tokens[k].IsCapitalized) k++;
            if (k >= to || char.ToUpperInvariant(tokens[k].First) != c) return false;
            k++;
        }
        while (k < to && !tokens[k].IsCapitalized) k++;
        return k >= to;
    }

    /// <summary>
    /// An organization goes by the fullest name the article gives it (<c>Centers for Disease Control and Prevention</c>
    /// rather than <c>CDC</c>), and a shorter name that only it holds is the same organization: <c>the Supreme Court</c>
    /// after <c>the Supreme Court of the United Kingdom</c>, <c>the Senate</c> after <c>the US Senate</c>.
    /// </summary>
    private void OrganizationNames()
    {
        List<Actor>? orgs = null;
        foreach (var a in _actors)
        {
            if (a.Kind == ActorKind.Organization) (orgs ??= new List<Actor>()).Add(a);
        }
        if (orgs is null) return;
        var bareKeywords = false;
        foreach (var a in orgs) bareKeywords |= a.Parts.Length == 1 && Lexicons.OrgKeywords.Contains(a.Name) && !Lexicons.Organizations.ContainsKey(a.Name);
        // The longest name a mention gives; a name of the lexicon that the article never writes gives way to one it does
        // ("Islamic State" to "ISIS").
        HashSet<Actor>? written = null;
        foreach (var m in _mentions)
        {
            if (m.Actor!.Kind == ActorKind.Organization && m.Surface == m.Actor.Name) (written ??= new HashSet<Actor>()).Add(m.Actor);
        }
        foreach (var m in _mentions)
        {
            var a = m.Actor!;
            if (a.Kind != ActorKind.Organization || m.Surface == a.Name) continue;
            var words = WordCount(m.Surface);
            if (words > a.Parts.Length || written is null || !written.Contains(a))
            {
                a.Rename(m.Surface);
                (written ??= new HashSet<Actor>()).Add(a);
            }
        }
        OneBodyPerName(orgs);
        if (bareKeywords) BareKeywords(orgs);

        // A shorter name inside exactly one longer: its first words ("Supreme Court" of "Supreme Court of Ohio") or its last
        // words after places and acronyms ("Senate" of "US Senate"; not of "West Virginia Republican Senate").
        Dictionary<Actor, Actor>? into = null;
        foreach (var a in orgs)
        {
            if (IsAcronym(a.Name)) continue;
            Actor? only = null;
            var several = false;
            foreach (var b in orgs)
            {
                if (b == a || b.Parts.Length <= a.Parts.Length || !Contains(b, a)) continue;
                if (only is null)
                {
                    only = b;
                    continue;
                }
                // Two names that are one body ("House of Representatives" inside "United States House of
                // Representatives") are one candidate: the longer.
                if (b.Parts.Length > only.Parts.Length && Contains(b, only)) only = b;
                else if (!(only.Parts.Length > b.Parts.Length && Contains(only, b))) several = true;
            }
            if (only is not null && !several) (into ??= new Dictionary<Actor, Actor>())[a] = only;
        }
        if (into is null) return;
        foreach (var m in _mentions)
        {
            if (into.TryGetValue(m.Actor!, out var b))
            {
                while (into.TryGetValue(b, out var c)) b = c;
                m.Actor = b;
            }
        }
        foreach (var a in into.Keys)
        {
            foreach (var alias in a.Aliases) into[a].AddAlias(alias);
        }
        _actors.RemoveAll(a => into.ContainsKey(a));
    }

    /// <summary>
    /// "the Court", "the Commission": a bare keyword is the organization last named with that word, when there is one
    /// ("the Court of Session … the Court"); one that names no organization of the article ("on TV", "the Party") is none,
    /// unless it opens a sentence, where it speaks for its kind ("Police said …").
    /// </summary>
    private void BareKeywords(List<Actor> orgs)
    {
        HashSet<Actor>? bare = null;
        Dictionary<string, Actor>? lastWith = null;
        foreach (var m in _mentions)
        {
            var a = m.Actor!;
            if (a.Kind != ActorKind.Organization) continue;
            if (a.Parts.Length == 1 && Lexicons.OrgKeywords.Contains(a.Name) && !Lexicons.Organizations.ContainsKey(a.Name))
            {
                if (lastWith is null || !lastWith.TryGetValue(a.Name, out var last)) continue;
                m.Actor = last;
                (bare ??= new HashSet<Actor>()).Add(a);
                continue;
            }
            if (a.Parts.Length < 2) continue;
            lastWith ??= new Dictionary<string, Actor>(StringComparer.Ordinal);
            foreach (var part in a.Parts) lastWith[part] = a;
        }
        HashSet<Actor>? opening = null;
        foreach (var m in _mentions)
        {
            var a = m.Actor!;
            if (a.Kind != ActorKind.Organization || a.Parts.Length != 1 || !Lexicons.OrgKeywords.Contains(a.Name) || Lexicons.Organizations.ContainsKey(a.Name)) continue;
            var tokens = _tokens[m.Paragraph];
            var k = Attribution.Attributor.FirstTokenAt(tokens, m.Start);
            if (k >= 0 && StartsSentence(tokens, k)) (opening ??= new HashSet<Actor>()).Add(a);
            else (bare ??= new HashSet<Actor>()).Add(a);
        }
        if (bare is not null)
        {
            // Merged ones without a mention left go too.
            if (opening is not null) bare.ExceptWith(opening);
            _mentions.RemoveAll(m => bare.Contains(m.Actor!));
            _actors.RemoveAll(a => bare.Contains(a));
            orgs.RemoveAll(a => bare.Contains(a));
        }
    }

    /// <summary>Whether <paramref name="b"/>'s name starts with <paramref name="a"/>'s before "of", or ends with it after places and acronyms.</summary>
    private static bool Contains(Actor b, Actor a) => Contains(WithoutThe(b.Parts), WithoutThe(a.Parts));

    /// <summary>A name's words without a first "The" ("The Times" is inside "The New York Times").</summary>
    private static string[] WithoutThe(string[] parts)
    {
        if (parts.Length < 2 || parts[0] != "The") return parts;
        var rest = new string[parts.Length - 1];
        Array.Copy(parts, 1, rest, 0, rest.Length);
        return rest;
    }

    private static bool Contains(string[] b, string[] a)
    {
        var n = a.Length;
        // Its first words before "of", also after a place ("the House" of "the United States House of Representatives").
        if (StartsBeforeOf(b, a, 0)) return true;
        var from = 0;
        while (from < b.Length - n - 1 && IsPlaceOrAcronymAt(b, from, out var words))
        {
            from += words;
            if (StartsBeforeOf(b, a, from)) return true;
        }
        var extra = b.Length - n;
        for (var i = 0; i < n; i++)
        {
            if (b[extra + i] != a[i]) return false;
        }
        for (var i = 0; i < extra; i++)
        {
            var w = b[i];
            // A place, an acronym, or a body the longer name is part of ("House" of "House Oversight and Reform Committee").
            if (!(IsAcronym(w.Replace(".", "")) || Lexicons.Places.ContainsKey(w) || (i == 0 && extra == 1 && Lexicons.Organizations.ContainsKey(w))
                  || (i + 1 < extra && Lexicons.Places.ContainsKey(w + " " + b[i + 1]) && ++i > 0))) return false;
        }
        return true;
    }

    /// <summary>Whether <paramref name="a"/>'s words stand in <paramref name="b"/>'s name from word <paramref name="from"/>, followed by "of".</summary>
    private static bool StartsBeforeOf(string[] b, string[] a, int from)
    {
        var n = a.Length;
        if (from + n >= b.Length || b[from + n] != "of") return false;
        for (var i = 0; i < n; i++)
        {
            if (b[from + i] != a[i]) return false;
        }
        return true;
    }

    /// <summary>Whether a place (one or two words) or an acronym starts at word <paramref name="i"/> of <paramref name="b"/>'s name.</summary>
    private static bool IsPlaceOrAcronymAt(string[] b, int i, out int words)
    {
        words = 1;
        var w = b[i];
        if (IsAcronym(w.Replace(".", "")) || Lexicons.Places.ContainsKey(w)) return true;
        words = 2;
        return i + 1 < b.Length && Lexicons.Places.ContainsKey(w + " " + b[i + 1]);
    }

    /// <summary>Whether the capitalised words at <paramref name="k"/> stand in brackets right after an acronym ("CTO [Chief Technical Officer]").</summary>
    private static bool ExpandsAcronym(List<Token> tokens, int k)
    {
        var j = k - 1;
        while (j >= 0 && (tokens[j].IsCapitalized || tokens[j].Text is "of" or "and" or "for" or "the") && k - j < 8) j--;
        return j >= 1 && tokens[j].Text is "[" or "(" && IsAcronymLike(tokens[j - 1].Text);
    }

    /// <summary>The end of a sentence or a clause's opening at <paramref name="k"/>: what a capitalised "The" after it starts.</summary>
    private static bool IsSentenceBreak(List<Token> tokens, int k) =>
        tokens[k].Kind == TokenKind.QuoteMark || tokens[k].Text is "." or "!" or "?" or ":" or ";" or "(" or "[" or "—" or "–" or "-" or "…";

    /// <summary>
    /// "told X", "speaking to X", "according to X", "in an interview with X": what stands before a news outlet (or a
    /// person) at <paramref name="at"/>.
    /// </summary>
    private static bool AfterOutletCue(List<Token> tokens, int at)
    {
        if (at < 1) return false;
        var w = tokens[at - 1].Text;
        if (w is "told" or "telling" or "tells") return true;
        if (at < 2) return false;
        var w2 = tokens[at - 2].Text;
        return (w == "to" && w2 is "according" or "According" or "speaking" or "Speaking" or "remarks" or "spoke" or "talking" or "Talking" or "statement")
            || (w == "with" && w2 is "interview" or "interviews");
    }

    /// <summary>
    /// "told Forbes", "according to Business Insider": a run after such a cue that is nobody (no person found by it, no
    /// given name first) names a news outlet. Read once the people are known.
    /// </summary>
    private void OutletsByCue(List<Run> runs)
    {
        foreach (var r in runs)
        {
            if (r.Kind is not null || r.SurnameOnly || r.Title is not null || r.Honorific) continue;
            var tokens = _tokens[r.Paragraph];
            var at = r.RunFrom > 0 && tokens[r.RunFrom - 1].Text is "the" or "The" ? r.RunFrom - 1 : r.RunFrom;
            if (!AfterOutletCue(tokens, at) || Has(tokens[r.From], WordClass.GivenName) || FindPerson(r.Name) is not null) continue;
            r.Kind = ActorKind.Organization;
            AddMention(r, GetOrAdd(r.Name, ActorKind.Organization, r));
        }
    }

    /// <summary>"chains Woolworths and Coles", "companies Apple, Google and Amazon": a plural organization noun opening the list <paramref name="k"/> is in.</summary>
    private static bool AfterPluralOrganizationNoun(List<Token> tokens, int k)
    {
        var j = k - 1;
        while (j >= 0 && (tokens[j].Text is "," or "and" || tokens[j].IsCapitalized) && k - j < 10) j--;
        if (j < 0) return false;
        var w = tokens[j].Text;
        return w.Length > 3 && w[w.Length - 1] == 's' && OrganizationNouns.Contains(w.EndsWith("ies", StringComparison.Ordinal) ? w.Substring(0, w.Length - 3) + "y" : w.Substring(0, w.Length - 1))
            && !PersonToo.Contains(w.Substring(0, w.Length - 1));
    }

    /// <summary>An organization noun, a journal's "published in" or an outlet's cue ("told") just before <paramref name="k"/> (over "the").</summary>
    private static bool OrganizationBefore(List<Token> tokens, int k)
    {
        var before = k > 0 && tokens[k - 1].Text == "the" ? k - 1 : k;
        if (before < 1) return false;
        var w = tokens[before - 1];
        return (w.Kind == TokenKind.Word && OrganizationNouns.Contains(w.Text) && !PersonToo.Contains(w.Text))
            || PublishedIn(tokens, before) || AfterOutletCue(tokens, before);
    }

    /// <summary>"published in X", "published on Wednesday in X", "published by X" just before <paramref name="at"/>.</summary>
    private static bool PublishedIn(List<Token> tokens, int at)
    {
        if (at < 2 || tokens[at - 1].Text is not ("in" or "by")) return false;
        for (var k = at - 2; k >= 0 && k >= at - 5; k--)
        {
            if (tokens[k].Text is "published" or "publishes" or "publish") return true;
            if (tokens[k].Kind != TokenKind.Word) return false;
        }
        return false;
    }

    /// <summary>", the Russian space agency," / ", a Florida company." at <paramref name="i"/>: an appositive headed by an organization noun.</summary>
    private static bool OrganizationAppositive(List<Token> tokens, int i)
    {
        if (i + 2 >= tokens.Count || tokens[i].Text != "," || tokens[i + 1].Text is not ("the" or "a" or "an")) return false;
        for (var k = i + 2; k < tokens.Count && k <= i + 7; k++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word) return false;
            if (!OrganizationNouns.Contains(t.Text)) continue;
            if (PersonToo.Contains(t.Text)) return false;
            if (k + 1 >= tokens.Count) return true;
            var next = tokens[k + 1];
            return next.Kind == TokenKind.Punctuation && next.Text is "," or "." or ";" or ")" or "—" or "–"
                || next.Text is "that" or "which" or "based" or "in" or "from" or "founded";
        }
        return false;
    }

    private static string Canonical(string name, ActorKind kind) =>
        kind == ActorKind.Place && Lexicons.Places.TryGetValue(name, out var p) ? p
        : kind == ActorKind.Organization && Lexicons.Organizations.TryGetValue(name, out var o) ? o
        : name;

    /// <summary>
    /// "the Biden administration", "the Trudeau government", "the Trump campaign": a person's name before
    /// <c>administration</c>, <c>government</c> or <c>campaign</c> names an organization (which speaks: "the Biden administration has said …"), not the person.
    /// </summary>
    private void GovernmentsOfPersons()
    {
        HashSet<Actor>? replaced = null;
        for (var i = 0; i < _mentions.Count; i++)
        {
            var m = _mentions[i];
            if (m.Actor!.Kind != ActorKind.Person || m.Possessive) continue;
            var tokens = _tokens[m.Paragraph];
            var k = Attribution.Attributor.FirstTokenAt(tokens, m.End);
            if (k < 0 || tokens[k].Text is not ("administration" or "government" or "campaign")) continue;
            var name = m.Surface + " " + tokens[k].Text;
            var byName = _actorByName[(int)ActorKind.Organization];
            if (!byName.TryGetValue(name, out var body))
            {
                body = new Actor(name, ActorKind.Organization, m.Start);
                _actors.Add(body);
                byName[name] = body;
            }
            replaced ??= new HashSet<Actor>();
            replaced.Add(m.Actor);
            _mentions[i] = new Mention(m.Start, tokens[k].End, m.Paragraph, name, ActorKind.Organization)
            {
                Actor = body,
                InQuote = m.InQuote,
                // "the Biden administration's spokesman": the organization is the possessor.
                Possessive = k + 1 < tokens.Count && tokens[k + 1].IsPossessive,
            };
        }
        if (replaced is null) return;
        // A person named only in "the Trump administration" is not named in the article at all.
        foreach (var m in _mentions) replaced.Remove(m.Actor!);
        _actors.RemoveAll(a => replaced.Contains(a));
    }
}
