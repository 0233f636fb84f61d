using System;
using System.Collections.Generic;
using Newsroom.Generator.Extraction.Model;
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
        // "Mysore Junction", "James Webb Space Telescope", "Sheriff of Milwaukee County": a last word that is never a name's.
        if (EndsInNotName(r)) return false;
        if (r.Title is not null || r.Honorific) return true;
        if (_pool.ClassesOf(tokens[r.From]).Is(WordClass.GivenName)) return true;
        if (r.From > 0 && IsRoleNoun(tokens[r.From - 1])) return true;
        if (r.To < tokens.Count && Has(tokens[r.To], WordClass.SpeechVerb)) return true;
        // "said Danny Russell," / "said Danny Russell." (not "told Bloomberg Politics in May"); "said Tasi Merewa of
        // Harbour Watch": where the person is from.
        if (r.From > 0 && Attribution.SpeechCues.Inverts(tokens[r.From - 1])
            && (r.To >= tokens.Count || tokens[r.To].Kind == TokenKind.Punctuation
                || (r.To + 1 < tokens.Count && tokens[r.To].Text is "of" or "at" && (tokens[r.To + 1].IsCapitalized || tokens[r.To + 1].Text == "the")
                    && r.To - r.From <= 3 && LooksLikeNameRun(r)))) return true;
        // "“…,” Lin Wei, 33, said": a name right after a closing mark, or followed by an age.
        if (r.From > 0 && tokens[r.From - 1].Kind == TokenKind.QuoteMark && r.To < tokens.Count && (tokens[r.To].Text == "," || Attribution.SpeechCues.IsVerb(tokens[r.To]))) return true;
        if (r.To + 2 < tokens.Count && tokens[r.To].Text == "," && tokens[r.To + 1].Kind == TokenKind.Number && tokens[r.To + 2].Text == ",") return true;
        if (r.To + 1 < tokens.Count && tokens[r.To].Text == "," && tokens[r.To + 1].Text is "who" or "whose") return true;
        if (AppositiveRole(r) is not null) return true;
        // "((Dorsa Derakhshani)) I got interested …": an interview's turn label opening the paragraph.
        if (r.RunFrom == 2 && tokens[0].Text == "(" && tokens[1].Text == "(" && r.To + 1 < tokens.Count && tokens[r.To].Text == ")" && tokens[r.To + 1].Text == ")"
            && r.To - r.From >= 2) return true;
        if (LooseAppositive(tokens, r.To + (r.Possessive ? 1 : 0))) return true;
        // "Abderrahman Samba of Qatar", "Rai Benjamin from the United States": a name and where the person is from.
        if (r.To + 1 < tokens.Count && tokens[r.To].Text is "of" or "from")
        {
            var k = r.To + 1 < tokens.Count && tokens[r.To + 1].Text == "the" ? r.To + 2 : r.To + 1;
            if (PlaceAt(tokens, k) && !Has(tokens[r.To - 1], WordClass.OrgKeyword)) return true;
        }
        // "Suman Haripriya of the Hajo assembly said": a sentence's subject, where the person is from, and a reporting verb.
        if (r.To + 1 < tokens.Count && tokens[r.To].Text is "of" or "at" or "from" && !r.Possessive && StartsSentence(tokens, r.RunFrom)
            && r.To - r.From <= 3 && LooksLikeNameRun(r))
        {
            for (var k = r.To + 1; k < tokens.Count && k <= r.To + 9 && tokens[k].Kind == TokenKind.Word; k++)
            {
                if (Has(tokens[k], WordClass.SpeechVerb) && char.IsLower(tokens[k].First)) return true;
            }
        }
        // "…, Avinoam Idan, said": a name set off by commas before a reporting verb.
        if (r.RunFrom > 0 && tokens[r.RunFrom - 1].Text == "," && r.To + 1 < tokens.Count && tokens[r.To].Text == ","
            && Attribution.SpeechCues.IsVerb(tokens[r.To + 1]))
        {
            return true;
        }
        // Its surname used alone, or its first name (not a word the article also writes in lower case: "Security" of
        // "Social Security" and "security"). Asked last: the article's lower-case words are read only when needed.
        var surname = tokens[r.To - 1].Text;
        if (alone.Contains(surname) && !IsLowerWordOfArticle(surname.ToLowerInvariant())) return true;
        return alone.Contains(first) && !IsLowerWordOfArticle(first.ToLowerInvariant());
    }

    /// <summary>
    /// ", a vice president at PG&amp;E," / ", Dean of UC Berkeley School of Law": a role noun among the first words after
    /// a comma, whatever follows it (evidence of a person; <see cref="AppositiveRole"/> reads the role itself).
    /// </summary>
    private bool LooseAppositive(List<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count || tokens[i].Text != ",") return false;
        i++;
        if (tokens[i].Text is "a" or "an" or "the") i++;
        for (var k = i; k < tokens.Count && k < i + 4; k++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word || t.IsPossessive) return false;
            if (Lexicons.RoleNouns.Contains(t.Text) && !(k + 1 < tokens.Count && tokens[k + 1].IsPossessive)) return true;
            if (t.Text is "who" or "which" or "and" or "said" or "says") return false;
        }
        return false;
    }

    /// <summary>"the" or "The" right before <paramref name="k"/> (the capitalised one is dropped from the run as a sentence's first word).</summary>
    private static bool AfterThe(List<Token> tokens, int k) => k > 0 && tokens[k - 1].Text is "the" or "The";

    /// <summary>A known place of one to three words at <paramref name="k"/>.</summary>
    private bool PlaceAt(List<Token> tokens, int k)
    {
        if (k >= tokens.Count || !tokens[k].IsCapitalized) return false;
        if (Has(tokens[k], WordClass.Place)) return true;
        if (!Has(tokens[k], WordClass.MultiwordStart)) return false;
        for (var len = 2; len <= 3 && k + len <= tokens.Count; len++)
        {
            if (Lexicons.Places.ContainsKey(Join(tokens, k, k + len))) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="k"/> starts a sentence: the paragraph's first token, or one after a sentence's end or a quotation mark.</summary>
    private static bool StartsSentence(List<Token> tokens, int k) =>
        k == 0 || tokens[k - 1].Kind == TokenKind.QuoteMark || tokens[k - 1].Text is "." or "!" or "?" or ":" or "(" or "[" or "—" or "–";

    /// <summary>Kinship nouns before a name: "his wife Maureen", "their two sons Wyatt and Zachary".</summary>
    private static readonly HashSet<string> KinNouns = new(StringComparer.Ordinal)
    {
        "wife", "husband", "son", "sons", "daughter", "daughters", "brother", "brothers", "sister", "sisters", "mother",
        "father", "child", "children", "grandson", "granddaughter", "grandsons", "granddaughters", "grandmother",
        "grandfather", "uncle", "aunt", "nephew", "niece", "cousin", "widow", "widower", "partner", "fiancé", "fiancée",
        "girlfriend", "boyfriend", "stepson", "stepdaughter", "twin", "parents", "mom", "dad",
    };

    /// <summary>
    /// Names that the words around them make people, once the people with full names are known: a name right after a
    /// kinship noun (<c>his wife Maureen</c>, <c>daughters, Nadine, Ashley and Toni</c>), a single name after a role noun
    /// (<c>composer Mozart</c>, <c>security minister Wiranto</c>) or an age (<c>Fourteen-year-old Zoe</c>), and a name
    /// listed beside a person (<c>Steve Winwood and Ric Grech</c>).
    /// </summary>
    private void PeopleByCompany(List<Run> runs, List<(Run Run, Actor Actor)> persons)
    {
        var changed = true;
        for (var round = 0; changed && round < 4; round++)
        {
            changed = false;
            for (var i = 0; i < runs.Count; i++)
            {
                var r = runs[i];
                if (r.Kind is not null || r.SurnameOnly || r.Possessive && r.To - r.From == 1) continue;
                var tokens = _tokens[r.Paragraph];
                // Most runs have none of the words before them that this reads: a word, a comma or "and" (a list).
                if (r.RunFrom == 0) continue;
                var before = tokens[r.RunFrom - 1];
                if (before.Kind != TokenKind.Word && before.Text != ",") continue;
                if (round > 0 && before.Text is not ("," or "and")) continue;
                if (IsRoleOnly(r)) continue;
                if (EndsInNotName(r)) continue;
                var single = r.To - r.From == 1;
                if (AfterThe(tokens, r.RunFrom)) continue;
                // Not "a 36-year-old Cheltenham man", "former Playboy model": a name is no modifier of a noun after it.
                var modifier = r.To < tokens.Count && tokens[r.To].Kind == TokenKind.Word && char.IsLower(tokens[r.To].First)
                    && (Lexicons.RoleNouns.Contains(tokens[r.To].Text) || Lexicons.Titles.Contains(tokens[r.To].Text)
                        || tokens[r.To].Text is "man" or "woman" or "men" or "women" or "boy" or "girl" or "native" or "resident" or "residents" or "family");
                var evidence = AfterKinNoun(tokens, r.RunFrom)
                    || (single && !modifier && r.RunFrom > 0 && Lexicons.RoleNouns.Contains(tokens[r.RunFrom - 1].Text) && char.IsLower(tokens[r.RunFrom - 1].First))
                    || (!modifier && r.RunFrom > 0 && tokens[r.RunFrom - 1].Text.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase))
                    || (!single && LooksLikeNameRun(r) && (ListedBeside(runs, i, -1) || ListedBeside(runs, i, 1)));
                if (!evidence) continue;
                if (single && FindPerson(r.Name) is not null) continue;
                r.Kind = ActorKind.Person;
                var actor = FindPerson(r.Name) ?? GetOrAdd(r.Name, ActorKind.Person, r);
                if (actor.Gender == Gender.Unknown) actor.Gender = r.Gender;
                persons.Add((r, actor));
                AddMention(r, actor);
                changed = true;
            }
        }
    }

    /// <summary>Whether the run's last word (before II, Jr. and the like) is a word that is never a name's and no given name.</summary>
    private bool EndsInNotName(Run r)
    {
        var tokens = _tokens[r.Paragraph];
        var k = r.To - 1;
        while (k > r.From && tokens[k].Text is "II" or "III" or "IV" or "Jr." or "Sr." or "Jr" or "Sr") k--;
        // "Victoria Park", "Sandy Point", "Victoria Market": the head word of a place.
        if (tokens[k].Text is "Park" or "Point" or "Market" or "Catholic" && k > r.From) return true;
        // "Theresa May", "Ana March": a month after a given name is a surname.
        if (tokens[k].Text is "May" or "March" or "June" or "April" or "August" && Has(tokens[r.From], WordClass.GivenName)) return false;
        return Has(tokens[k], WordClass.NotName) && !Has(tokens[k], WordClass.GivenName);
    }

    private bool LooksLikeNameRun(Run r)
    {
        var tokens = _tokens[r.Paragraph];
        if (r.To - r.From > 4) return false;
        for (var k = r.From; k < r.To; k++)
        {
            var t = tokens[k];
            if (Has(t, WordClass.OrgKeyword | WordClass.Place | WordClass.Demonym) || (Has(t, WordClass.NotName) && !Has(t, WordClass.GivenName))) return false;
            foreach (var c in t.Text)
            {
                if (char.IsDigit(c)) return false;
            }
        }
        return true;
    }

    /// <summary>"their sons Wyatt and Zachary", "his wife, Maureen": a kinship noun before <paramref name="k"/>, or a list that one opens.</summary>
    private static bool AfterKinNoun(List<Token> tokens, int k)
    {
        // Back over the list ("Nadine, Ashley, Elizabeth, and"): capitalised words, commas and "and".
        var j = k - 1;
        while (j >= 0 && (tokens[j].Text is "," or "and" || tokens[j].IsCapitalized) && k - j < 12) j--;
        if (j >= 0 && KinNouns.Contains(tokens[j].Text)) return true;
        return k > 0 && KinNouns.Contains(tokens[k - 1].Text);
    }

    /// <summary>Whether the run next to <paramref name="i"/> in direction <paramref name="step"/> is a person listed with it (", " or "and" between).</summary>
    private bool ListedBeside(List<Run> runs, int i, int step)
    {
        var j = i + step;
        if (j < 0 || j >= runs.Count) return false;
        var r = runs[i];
        var o = runs[j];
        if (o.Paragraph != r.Paragraph || o.Kind != ActorKind.Person || o.To - o.From < 2) return false;
        var tokens = _tokens[r.Paragraph];
        var (from, to) = step < 0 ? (o.To + (o.Possessive ? 1 : 0), r.RunFrom) : (r.To, o.RunFrom);
        if (to - from < 1 || to - from > 2) return false;
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Text is not ("," or "and")) return false;
        }
        return true;
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
            if (CapitalisedTitles.Contains(w)) continue;
            return false;
        }
        return true;
    }

    /// <summary>
    /// A single name that speaks (<c>Okoro said</c>, <c>said Okoro</c>): a person, unless its lower-case form is a
    /// word of the article (<c>Officials said</c>) or of the role lists.
    /// </summary>
    private bool BesideSpeechVerb(Run r) => BesideSpeechVerb(r, out _);

    private bool BesideSpeechVerb(Run r, out bool group)
    {
        group = false;
        var tokens = _tokens[r.Paragraph];
        if (r.To - r.From != 1 || r.Possessive) return false;
        // The verb first: most single capitalised words stand beside none, and then the article's words are never read.
        var after = r.To;
        var plural = false;
        while (after < tokens.Count && after - r.To < 2 && Attribution.SpeechCues.IsAuxiliaryOrAdverb(tokens[after]))
        {
            plural |= tokens[after].Text is "have" or "are" or "were";
            after++;
        }
        // "“…,” Reyes, a retired dock worker from Kent, said": past an appositive with a role noun.
        if (after < tokens.Count && tokens[after].Text == "," && after == r.To && LooseAppositive(tokens, after))
        {
            var close = after + 1;
            while (close < tokens.Count && close < after + 14 && tokens[close].Text != "," && tokens[close].Kind != TokenKind.QuoteMark) close++;
            var verb = close + 1;
            while (verb < tokens.Count && verb - close < 3 && Attribution.SpeechCues.IsAuxiliaryOrAdverb(tokens[verb])) verb++;
            if (close < tokens.Count && tokens[close].Text == "," && verb < tokens.Count && Attribution.SpeechCues.IsVerb(tokens[verb])
                && Attribution.SpeechCues.LemmaOf(tokens[verb]) != tokens[verb].Text) after = verb;
        }
        // A single name is the subject of an inflected verb ("Okoro said", not "the Berg-Reyes call").
        var speaks = (after < tokens.Count && Attribution.SpeechCues.IsVerb(tokens[after]) && Attribution.SpeechCues.LemmaOf(tokens[after]) != tokens[after].Text)
            || (r.From > 0 && (Attribution.SpeechCues.IsVerb(tokens[r.From - 1]) || (r.From == 1 && Attribution.SpeechCues.IsVerbIgnoringCase(tokens[0])))
                && (r.To >= tokens.Count || tokens[r.To].Kind == TokenKind.Punctuation));
        if (!speaks) return false;
        var lower = tokens[r.From].Text.ToLowerInvariant();
        // "the Saudis have said", "Egyptologists have reported": a plural subject is a group, not one person.
        if (plural)
        {
            group = !Lexicons.RoleNouns.Contains(lower) && !IsLowerWordOfArticle(lower);
            return false;
        }
        if (Lexicons.RoleNouns.Contains(lower) || Lexicons.RoleNouns.Contains(lower.TrimEnd('s')) || Lexicons.Titles.Contains(lower)) return false;
        return !IsLowerWordOfArticle(lower);
    }

    /// <summary>
    /// Whether the article uses <paramref name="lower"/> as a lower-case word. The first questions read the tokens (a
    /// comparison of lengths for most); an article that asks more gets a set of its lower-case words once.
    /// </summary>
    private bool IsLowerWordOfArticle(string lower)
    {
        if (_lowerWords is null && ++_lowerWordQueries <= 4)
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
