using System;
using System.Collections.Generic;
using Newsroom.Generator.Extraction.Actors;
using Newsroom.Generator.Extraction.Lexicon;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Extraction.Text;

namespace Newsroom.Generator.Extraction.Attribution;

/// <summary>
/// Which actor a speaker phrase names: one ending before a verb (a name, a pronoun, <c>the ministry</c>), one after an
/// inverted verb or <c>according to</c>, reached past determiners, titles and role words (<c>said Chinese Foreign
/// Ministry spokesman Wang Wenbin</c>, a person rather than the organization qualifying the role), and a description
/// (<c>the ministry</c>, <c>the spokesman</c>) as the last organization so named or person with that role; and who was
/// told (<c>X told Y</c>).
/// </summary>
internal sealed partial class Attributor
{
    /// <summary>A speaker phrase that ends at token <paramref name="k"/>: a name, a pronoun, or "the ministry".</summary>
    private Actor? SpeakerEndingAt(int p, int k, int position)
    {
        var tokens = _tokens[p];
        if (k < 0 || InQuote(p)[k]) return null;
        var t = tokens[k];
        if (IsPronoun(t.Text, out var gender)) return ResolvePronoun(p, t.Start, gender);
        if (TurnPronoun(p, t.Text) is { } turnSpeaker) return turnSpeaker;
        var m = MentionEndingAt(t.End);
        if (m is not null && !m.Possessive) return m.Actor!.Kind == ActorKind.Person ? m.Actor : PersonOf(p, m) ?? m.Actor;
        if (t.Kind == TokenKind.Word && char.IsLower(t.First) && DocumentNouns.Contains(t.Text)) return DocumentOwner(p, k, position);
        if (t.Kind == TokenKind.Word && char.IsLower(t.First) && k > 0)
        {
            return Described(p, k, position) ?? (StopsDescription(t) || t.Text is "the" or "a" or "an" ? null : SubjectBefore(p, k));
        }
        return null;
    }

    /// <summary>
    /// The person an organization or place qualifies in a subject: <c>Steve Peers of the University of Essex said</c>,
    /// <c>Dr. Ana Ruiz at Mercy Hospital said</c>, <c>President Ali Reza of Iran said</c>, <c>Lena Berg of Acme and
    /// contributor to the Courier wrote</c>, and an appositive left open (<c>Chris Wright, the Chief Technology Officer of
    /// Red Hat said</c>). Read back from the mention over its determiner, possessives, lower-case words and title words to a
    /// preposition (<c>of</c>, <c>at</c>, <c>from</c>, <c>with</c>, <c>for</c>, <c>to</c>) right after a person's name, or
    /// a role after the comma that follows one, within the clause (no other comma, no verb between).
    /// </summary>
    private Actor? PersonOf(int p, Mention m) => PersonBefore(p, FirstTokenAt(_tokens[p], m.Start) - 1, m);

    /// <summary>
    /// <see cref="PersonBefore"/> for a subject's last word that names nobody (<c>Ana Ruiz of the Hajo assembly said</c>):
    /// only a person who opens the clause, not an object on the way (<c>thanked Karl Weiss for raising doubts</c>).
    /// </summary>
    private Actor? SubjectBefore(int p, int k)
    {
        var person = PersonBefore(p, k, null);
        if (person is null) return null;
        var tokens = _tokens[p];
        for (var j = k; j >= 0; j--)
        {
            var m = MentionEndingAt(tokens[j].End);
            if (m is null || m.Actor != person) continue;
            var before = FirstTokenAt(tokens, m.Start) - 1;
            // Past its title and role words ("AIP chairman Markham Robinson").
            while (before >= 0 && tokens[before].Kind == TokenKind.Word && (tokens[before].IsCapitalized || tokens[before].Text is "the" or "a" or "an"
                || Lexicons.RoleNouns.Contains(tokens[before].Text) || Lexicons.Titles.Contains(tokens[before].Text))) before--;
            return before < 0 || tokens[before].Kind is TokenKind.QuoteMark or TokenKind.Punctuation || tokens[before].Text is "and" or "but"
                ? person : null;
        }
        return null;
    }

    /// <summary><see cref="PersonOf"/> from token <paramref name="k"/> back (<c>Ana Ruiz of the Hajo assembly said</c>: no mention to start from).</summary>
    private Actor? PersonBefore(int p, int k, Mention? m)
    {
        var tokens = _tokens[p];
        var sawPreposition = false;
        var sawRole = false;
        for (var steps = 0; k >= 0 && steps < 14; k--, steps++)
        {
            var t = tokens[k];
            if (InQuote(p)[k]) return null;
            var person = MentionEndingAt(t.End);
            if (person is not null && person != m)
            {
                if (person.Actor!.Kind == ActorKind.Person && !person.Possessive)
                {
                    return sawPreposition && tokens[k + 1].Text is "of" or "at" or "from" or "with" or "for" ? person.Actor : null;
                }
                // An organization or place on the way ("of the UK's National Crime Agency", "of Acme and …"): read on past it.
                k = FirstTokenAt(tokens, person.Start);
                continue;
            }
            if (t.Text is "of" or "at" or "from" or "with" or "for" or "to") { sawPreposition = true; continue; }
            if (t.Text is "the" or "The" or "a" or "an" or "and" || t.IsPossessive) continue;
            // (An appositive opens with a role, not a preposition or conjunction: not ", with the office of the old mayor".)
            if (t.Text == "," && sawPreposition && sawRole && k > 0 && k + 1 < tokens.Count
                && !(tokens[k + 1].Text is "with" or "in" or "on" or "at" or "for" or "from" or "by" or "and" or "but" or "while" or "when"
                    or "after" or "before" or "as" or "who" or "which" or "whose" or "where" or "though" or "although" or "because"))
            {
                // "Chris Wright, the Chief Technology Officer of Red Hat said": the name the role is set off from.
                var named = MentionEndingAt(tokens[k - 1].End);
                return named is { Possessive: false } && named.Actor!.Kind == ActorKind.Person ? named.Actor : null;
            }
            if (t.Kind != TokenKind.Word || SpeechCues.IsVerb(t) || SpeechCues.IsAuxiliaryOrAdverb(t)
                || t.Text is "who" or "whom" or "whose" or "which" or "that" or "is" or "was" or "are" or "were" or "has" or "have" or "had") return null;
            var lower = t.Text.ToLowerInvariant();
            if (Lexicons.RoleNouns.Contains(lower) || Lexicons.Titles.Contains(t.Text)) sawRole = true;
        }
        return null;
    }

    /// <summary>
    /// The speaker right after an inverted verb or "according to": a name or pronoun, reached past determiners,
    /// titles and role words (<c>said Chinese Foreign Ministry spokesman Wang Wenbin</c>), or <c>the ministry</c>.
    /// </summary>
    private Actor? SpeakerAfter(int p, int k, int position)
    {
        var tokens = _tokens[p];
        for (var j = k; j < Math.Min(tokens.Count, k + 8); j++)
        {
            if (InQuote(p)[j]) return null;
            var t = tokens[j];
            if (IsPronoun(t.Text, out var gender))
            {
                // "the institute … said she “kept to the middle”", "said he would": a pronoun before a verb or a mark opens the said
                // clause; it is no speaker after an inverted verb.
                if (j + 1 < tokens.Count && (tokens[j + 1].Kind == TokenKind.QuoteMark || SpeechCues.IsAuxiliaryOrAdverb(tokens[j + 1]) || IsFiniteAuxiliary(tokens[j + 1]))) return null;
                return j == k ? ResolvePronoun(p, t.Start, gender) : null;
            }
            // "according to estimates by Lena Berg", "a report from the ministry": who made them.
            if (t.Text is "by" or "from" && j > k && j + 1 < tokens.Count && (DocumentNouns.Contains(tokens[j - 1].Text) || FindingNouns.Contains(tokens[j - 1].Text)))
            {
                var at = tokens[j + 1].Text is "the" && j + 2 < tokens.Count ? j + 2 : j + 1;
                return MentionAt(tokens[at].Start) is { Possessive: false } maker && maker.Actor!.Kind != ActorKind.Place ? maker.Actor : null;
            }
            // "according to him, …": the person the pronoun stands for.
            if (j == k && (t.Text is "him" || t.Text is "her" && (j + 1 >= tokens.Count || tokens[j + 1].Kind == TokenKind.Punctuation)))
            {
                return ResolvePronoun(p, t.Start, t.Text == "him" ? Gender.Male : Gender.Female);
            }
            var m = MentionAt(t.Start);
            // "… audibly says Zelensky “has a very primitive understanding”": a name right before a quote that carries on
            // the clause is what is said about, not who says it.
            if (m is not null && j == k && !(k >= 2 && tokens[k - 2].Kind == TokenKind.QuoteMark) && FirstTokenAt(tokens, m.End) is var afterName && afterName >= 0 && afterName < tokens.Count
                && (tokens[afterName].Kind == TokenKind.QuoteMark && afterName + 1 < tokens.Count && char.IsLower(tokens[afterName + 1].First)
                    // "… but now said Reyes had “the means …”": a name before its own verb opens the said clause.
                    || IsFiniteAuxiliary(tokens[afterName]))) return null;
            if (m is not null && !m.Possessive)
            {
                // "said ACME spokesman Tom Reyes": an organization qualifying a person's role is not the speaker.
                if (m.Actor!.Kind != ActorKind.Person)
                {
                    var after = FirstTokenAt(tokens, m.End);
                    // "according to Rutgers University political scholar Kelly Dittmar": modifiers before the role too.
                    var role = false;
                    for (var r = after; r >= 0 && r < tokens.Count && r < after + 5; r++)
                    {
                        var n = MentionAt(tokens[r].Start);
                        if (n is not null && n.Actor!.Kind == ActorKind.Person && !n.Possessive)
                        {
                            if (role || r == after) return n.Actor;
                            break;
                        }
                        if (Lexicons.RoleNouns.Contains(tokens[r].Text) || Lexicons.Titles.Contains(tokens[r].Text))
                        {
                            role = true;
                            continue;
                        }
                        if (tokens[r].Kind != TokenKind.Word || !char.IsLower(tokens[r].First) || SpeechCues.IsVerb(tokens[r])
                            || tokens[r].Text is "and" or "or" or "the" or "a" or "an" or "of" or "who" or "that" or "to" or "in" or "on" or "for" or "with" or "at" or "by") break;
                    }
                    // "said the Ohio mayor could …": a place before a role names a person, never itself.
                    if (m.Actor.Kind == ActorKind.Place && after >= 0 && after < tokens.Count && char.IsLower(tokens[after].First)
                        && Lexicons.RoleNouns.Contains(tokens[after].Text)) return Described(p, after, position);
                }
                return m.Actor;
            }
            if (t.Kind != TokenKind.Word) return null;
            if (m is not null && m.Possessive) continue;
            // "…,” read the statement": who issued it, named earlier.
            if (j == k + 1 && tokens[k].Text is "the" && char.IsLower(t.First) && DocumentNouns.Contains(t.Text)) return DocumentIssuer(p, j, position);
            if (t.Text is "the" or "a" or "an" or "its" or "his" or "her" or "their" || t.IsCapitalized || t.IsPossessive
                || Lexicons.RoleNouns.Contains(t.Text) || Lexicons.Titles.Contains(t.Text) || Lexicons.Demonyms.Contains(t.Text))
            {
                var d = char.IsLower(t.First) && j > k ? Described(p, j, position) : null;
                if (d is not null && (j + 1 >= tokens.Count || MentionAt(tokens[j + 1].Start) is null)) return d;
                continue;
            }
            if (char.IsLower(t.First) && j - k <= 4 && !StopsDescription(t)) continue;
            // "said Secretary of State Ana Ruiz", "tweeted Mayor of London Sadiq Khan": "of" inside a capitalised title.
            if (t.Text is "of" && j > k && j + 1 < tokens.Count && tokens[j + 1].IsCapitalized
                && (Lexicons.Titles.Contains(tokens[j - 1].Text) || Lexicons.RoleNouns.Contains(tokens[j - 1].Text.ToLowerInvariant()))) continue;
            return null;
        }
        return null;
    }

    /// <summary>An auxiliary that opens a clause's verb: after a name or pronoun, that name is the clause's subject.</summary>
    private static bool IsFiniteAuxiliary(Token t) => t.Text is "had" or "has" or "was" or "is" or "would" or "will" or "could" or "should"
        or "might" or "may" or "can" or "did" or "does";

    /// <summary>What people make that others cite: <c>according to estimates by …</c>, <c>figures from …</c>.</summary>
    private static readonly HashSet<string> FindingNouns = new(StringComparer.Ordinal)
    {
        "calculations", "figures", "data", "estimates", "estimate", "analysis", "research", "survey", "poll", "polls",
        "records", "documents", "reports", "count", "tally", "projections", "findings", "testimony", "remarks", "comments",
    };

    /// <summary>Words that end a description before any name: "said that …", "said in a statement", "said he".</summary>
    private static bool StopsDescription(Token t) => SpeechCues.IsVerb(t) || t.Text is "that" or "to" or "in" or "on" or "at" or "of" or "for"
        or "with" or "by" or "from" or "who" or "which" or "and" or "but" or "or" or "it" or "they" or "we" or "i" or "you"
        or "this" or "there" or "when" or "after" or "before" or "while" or "as" or "if" or "would" or "will" or "is" or "was";

    /// <summary>"the ministry" → the last organization named …Ministry; "the spokesman" → the last person with that role.</summary>
    private Actor? Described(int p, int k, int position)
    {
        var tokens = _tokens[p];
        var noun = tokens[k].Text;
        if (k == 0 || tokens[k - 1].Text is not ("the" or "The")) return null;
        // Asked mostly in text order (reported speech asks at every "the company said"), so each noun keeps how far it
        // read the mentions and what it found there, and reads on from there; a question about an earlier place reads anew.
        _described ??= new Dictionary<string, (int Read, Actor? Found)>(StringComparer.Ordinal);
        if (!_described.TryGetValue(noun, out var state) || state.Read > 0 && _mentions[state.Read - 1].Start >= position) state = (0, null);
        var i = state.Read;
        var found = state.Found;
        var generic = GenericBodies.Contains(noun);
        for (; i < _mentions.Count && _mentions[i].Start < position; i++)
        {
            var a = _mentions[i].Actor!;
            if (a.Kind == ActorKind.Organization && a.Name.IndexOf(noun, StringComparison.OrdinalIgnoreCase) >= 0) found = a;
            else if (a.Kind == ActorKind.Person && a.Role is not null && a.Role.IndexOf(noun, StringComparison.OrdinalIgnoreCase) >= 0) found = a;
            // "Hasbro hosted a panel. … the company noted": a generic body is the last organization named, unless one
            // is named with that noun.
            else if (generic && a.Kind == ActorKind.Organization && !_mentions[i].InQuote
                && (found is null || found.Kind == ActorKind.Organization && found.Name.IndexOf(noun, StringComparison.OrdinalIgnoreCase) < 0)) found = a;
        }
        _described[noun] = (i, found);
        return found;
    }

    /// <summary>Nouns for a body of any name: <c>the company</c>, <c>the agency</c>.</summary>
    internal static readonly HashSet<string> GenericBodies = new(StringComparer.Ordinal)
    {
        "company", "firm", "agency", "organization", "organisation", "group", "corporation", "business", "retailer",
        "manufacturer", "carrier", "airline", "network", "broadcaster", "newspaper", "publisher", "outlet", "studio",
        "charity", "foundation", "institute", "university", "school", "hospital", "bank", "union", "league",
        "association", "federation", "club", "team", "body", "regulator", "watchdog", "service", "authority",
        "commission", "court", "tribunal", "board", "council", "committee", "department", "ministry", "government",
        "administration", "party", "coalition", "campaign", "militia", "army", "military", "navy", "force", "forces",
    };

    private Dictionary<string, (int Read, Actor? Found)>? _described;

    private Actor? Addressee(int p, int verb)
    {
        var tokens = _tokens[p];
        if (SpeechCues.LemmaOf(tokens[verb]) != "tell" || verb + 1 >= tokens.Count) return null;
        var m = MentionAt(tokens[verb + 1].Start);
        return m is not null && m.Actor!.Kind == ActorKind.Person ? m.Actor : null;
    }
}
