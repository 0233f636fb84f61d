using System;
using System.Collections.Generic;
using Newsroom.Generator.Extraction.Actors;
using Newsroom.Generator.Extraction.Lexicon;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Extraction.Text;

namespace Newsroom.Generator.Extraction.Attribution;

/// <summary>
/// The subject of a sentence or clause, which speaks when no verb names another speaker: past an introductory phrase
/// set off by a comma (<c>Speaking in …, Blinken said</c>), a country or organization opening the clause, else the first
/// named person or pronoun, else a person's possessive opening it; the previous sentence's subject; and whether a name
/// opens its clause or follows a preposition (<c>one of the lawyers for Tom Reyes said</c>), which cannot speak.
/// </summary>
internal sealed partial class Attributor
{
    /// <summary>The first named person (or pronoun) of the sentence that is not a possessive: its subject, most often.</summary>
    private Actor? SentenceSubject(int p, int from, int to, int before)
    {
        var tokens = _tokens[p];
        from = AfterIntroductoryPhrase(p, from, to);
        // "Norway branded the plan “a dead end”", "the Supreme Court ruled …, saying": a country or organization opening
        // the clause speaks (after "the", an organization only).
        var opening = from + 1 < to && tokens[from].Text is "the" or "The" ? from + 1 : from;
        if (opening < to && !InQuote(p)[opening] && MentionAt(tokens[opening].Start) is { Possessive: false } opener && opener.Actor!.Kind != ActorKind.Person
            && (opening == from || opener.Actor.Kind == ActorKind.Organization)) // "The United States should …" is a topic, not a speaker
        {
            var next = FirstTokenAt(tokens, opener.End);
            // "AIP chairman Markham Robinson writes": an organization before a role and a name is the person's.
            var role = next;
            while (role >= 0 && role < to && Lexicons.RoleNouns.Contains(tokens[role].Text)) role++;
            if (role > next && role < to && MentionAt(tokens[role].Start) is { Possessive: false } named && named.Actor!.Kind == ActorKind.Person) return named.Actor;
            if (next >= 0 && next < to && tokens[next].Kind == TokenKind.Word && char.IsLower(tokens[next].First)) return opener.Actor;
        }
        for (var k = from; k < to; k++)
        {
            if (InQuote(p)[k]) continue;
            if (IsPronoun(tokens[k].Text, out var g)) return ResolvePronoun(p, tokens[k].Start, g);
            var m = MentionAt(tokens[k].Start);
            if (m is not null && !m.Possessive && m.Actor!.Kind == ActorKind.Person) return m.Actor;
        }
        // "Ana Ruiz’s campaign manager rallied supporters, saying": the possessor opening the sentence.
        var first = from < to ? MentionAt(tokens[from].Start) : null;
        return first is { Possessive: true } && first.Actor!.Kind == ActorKind.Person ? first.Actor : null;
    }

    private static readonly HashSet<string> Introducers = new(StringComparer.Ordinal)
    {
        "After", "Before", "In", "On", "At", "During", "Since", "Following", "Unlike", "Like", "Despite", "While", "When",
        "As", "Although", "Though", "Prior", "With", "Without", "For", "From", "By", "Under", "Asked", "According", "Amid",
        "Because", "If", "Once", "Until", "Upon", "Within", "Against", "Beyond", "Preceded", "Speaking", "Responding",
        "Pressed", "Told", "Earlier", "Later", "Meanwhile",
    };

    /// <summary>
    /// Where the main clause starts: past an introductory phrase set off by a comma ("Speaking in the US capital
    /// before his departure, Blinken said", "Preceded at the lectern by Tom Reyes, Ruiz launched").
    /// </summary>
    private int AfterIntroductoryPhrase(int p, int from, int to)
    {
        var tokens = _tokens[p];
        // "That said, Red Hat is working on …": a discourse marker.
        if (from + 3 < to && tokens[from].Text is "That" && tokens[from + 1].Text is "said" && tokens[from + 2].Text == ",") return from + 3;
        if (from >= to || !(Introducers.Contains(tokens[from].Text) || OpensWithParticiple(p, from, to))) return from;
        for (var k = from + 1; k < to; k++)
        {
            if (InQuote(p)[k]) return from;
            if (tokens[k].Text == ",") return k + 1 < to ? k + 1 : from;
        }
        return from;
    }

    /// <summary>
    /// "Alarmed by the vote …, Berg believes", "Asked about it, …": a sentence opened by a participle (<c>-ed</c>,
    /// <c>-ing</c>) and a lower-case word, which names nobody (not "Manning said").
    /// </summary>
    private bool OpensWithParticiple(int p, int from, int to)
    {
        var tokens = _tokens[p];
        var t = tokens[from];
        if (!t.IsCapitalized || t.Length <= 4 || from + 1 >= to || !(t.Text.EndsWith("ed", StringComparison.Ordinal) || t.Text.EndsWith("ing", StringComparison.Ordinal))) return false;
        var next = tokens[from + 1];
        return next.Kind == TokenKind.Word && char.IsLower(next.First) && !SpeechCues.IsVerb(next) && MentionAt(t.Start) is null;
    }

    /// <summary>The subject of the sentence before token <paramref name="from"/> in the same paragraph.</summary>
    private Actor? PreviousSentenceSubject(int p, int from, int position)
    {
        if (from == 0) return null;
        var start = SentenceStart(p, from - 1);
        return SentenceSubject(p, start, from, position);
    }

    /// <summary>
    /// A place that opens its clause can speak ("Even Norway, the bank's largest owner, said"); one after a preposition
    /// cannot ("during a meeting in Dayton, Ohio, said").
    /// </summary>
    private bool IsClauseSubject(int p, int end, int from)
    {
        var m = MentionEndingAt(_tokens[p][Math.Max(0, end)].End);
        if (m is null) return false;
        var k = FirstTokenAt(_tokens[p], m.Start) - 1;
        if (k < from) return true;
        var before = _tokens[p][k].Text;
        return !(before is "in" or "at" or "from" or "to" or "of" or "near" or "for" or "on" or "by" or "with" or "across" or "into" or "," or "and");
    }

    private bool AfterPreposition(int p, Mention m) => PrepositionBefore(p, m) is not null;

    /// <summary>The preposition a name follows (<c>for Vice President Joe Biden</c>: a title or role may stand between), or null.</summary>
    private string? PrepositionBefore(int p, Mention m)
    {
        var k = FirstTokenAt(_tokens[p], m.Start) - 1;
        if (k < 0) return null;
        while (k > 0 && (_tokens[p][k].IsCapitalized || Lexicons.RoleNouns.Contains(_tokens[p][k].Text))) k--;
        var word = _tokens[p][k].Text;
        return word is "of" or "for" or "from" or "with" or "at" or "in" or "by" or "to" or "about" or "against" or "on" ? word : null;
    }
}
