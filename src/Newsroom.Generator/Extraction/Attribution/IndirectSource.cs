using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newsroom.Generator.Extraction.Actors;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Extraction.Text;

namespace Newsroom.Generator.Extraction.Attribution;

/// <summary>Who reports: the subject before a reporting verb, past auxiliaries, adverbs and appositives; words that are not a subject.</summary>
internal sealed partial class Attributor
{
    /// <summary>
    /// Back from token <paramref name="s"/> to the subject's last word: past auxiliaries and adverbs (<c>has also
    /// said</c>, <c>now says</c>), a day (<c>on Tuesday said</c>, <c>Monday said</c>) and a parenthesis.
    /// </summary>
    [MethodImpl(Hot.Loop)]
    private static int SkipBackToSubject(List<Token> tokens, int s, int from)
    {
        while (true)
        {
            var before = s;
            s = SkipBack(tokens, s, from);
            if (s >= from && tokens[s].Text is "now" or "even" or "still" or "already" or "long" or "since" or "today" or "yesterday"
                or "initially" or "originally" or "subsequently" or "consistently" or "openly" or "explicitly" or "specifically" or "likewise"
                or "too" or "both" or "all" or "each") s--;
            // "…,'' said Ana Ruiz": two apostrophes that some papers print for a closing quotation mark.
            else if (s > from && tokens[s].Text is "'" or "’" && tokens[s - 1].Text is "'" or "’" or "," or "." or "?" or "!") s--;
            // "last year proposed", "herself also signaled", "hasn't indicated".
            else if (s > from && tokens[s].Text is "year" or "week" or "month" or "night" or "weekend" && tokens[s - 1].Text is "last" or "this" or "next") s -= 2;
            else if (s >= from && tokens[s].Text is "himself" or "herself" or "themselves" or "itself") s--;
            else if (s >= from && tokens[s].Kind == TokenKind.Word && char.IsLower(tokens[s].First)
                && (tokens[s].Text.EndsWith("n't", StringComparison.Ordinal) || tokens[s].Text.EndsWith("n’t", StringComparison.Ordinal))) s--;
            // Any adverb in -ly: "jokingly offered", "eventually dismissed".
            else if (s > from && tokens[s].Kind == TokenKind.Word && char.IsLower(tokens[s].First) && tokens[s].Length > 4
                && tokens[s].Text.EndsWith("ly", StringComparison.Ordinal) && !tokens[s].Text.EndsWith("ply", StringComparison.Ordinal)) s--;
            else if (s >= from && Weekdays.Contains(tokens[s].Text))
            {
                s--;
                if (s >= from && tokens[s].Text is "on" or "last" or "this" or "late" or "early") s--;
            }
            if (s == before || s < from) return s;
        }
    }

    /// <summary>
    /// The subject of a forward cue ending at token <paramref name="s"/>: a name or pronoun (<c>Smith said</c>),
    /// a name before an appositive or <c>who</c> (<c>Smith, the mayor, said</c>, <c>Smith, who said</c>), or an
    /// unnamed source (<c>officials said</c>: no speaker, but a subject all the same).
    /// </summary>
    [MethodImpl(Hot.Loop)]
    private Actor? ForwardSpeaker(int p, int from, int s, int v, out bool hasSubject)
    {
        var tokens = _tokens[p];
        var at = tokens[v].Start;
        hasSubject = false;
        var t = tokens[s];
        if (t.Text is "who" or "which" && (s - 1 < from || tokens[s - 1].Text != ","))
        {
            // "voters who said …": an unnamed group, unless a name stands right before.
            hasSubject = true;
            var named = s - 1 >= from ? MentionEndingAt(tokens[s - 1].End) : null;
            return named is { Possessive: false } && named.Actor!.Kind != ActorKind.Place ? named.Actor : null;
        }
        if (t.Text is "who" or "which" && s - 1 >= from && tokens[s - 1].Text == ",")
        {
            hasSubject = true;
            var k = s - 2;
            var who = k >= from ? SpeakerEndingAt(p, k, at) : null;
            return who is { Kind: ActorKind.Place } ? null : who;
        }
        if (t.Text is "," or "—" or "–")
        {
            // "Blinken, the secretary of state, said", "Joyce — who is listed as … — told": the speaker before the appositive.
            for (var c = s - 1; c > from && c >= s - 30; c--)
            {
                if (tokens[c].Text != t.Text || InQuote(p)[c]) continue;
                var who = SpeakerEndingAt(p, SkipBack(tokens, c - 1, from), at);
                if (who is not null && who.Kind != ActorKind.Place)
                {
                    hasSubject = true;
                    return who;
                }
            }
            var appositive = SpeakerEndingAt(p, SkipBack(tokens, s - 1, from), at);
            // "The official, who spoke on condition of anonymity, said": a subject all the same, unnamed.
            hasSubject = true;
            return appositive is not null && appositive.Kind != ActorKind.Place ? appositive : null;
        }
        if (t.Kind != TokenKind.Word && t.Kind != TokenKind.Number && t.Text != ")") return null;
        // "Having announced that …, the judge …": a participle opening the sentence has no subject of its own.
        if (t.Text is "Having" or "Being" or "Has" or "Had" or "Have" or "Is" or "Was" or "Did" or "Does" or "Do" or "Will" or "Would") return null;
        // "The court overruled and said …": the subject of the first verb.
        if (t.Text is "and" or "but" && s > from)
        {
            hasSubject = true;
            return SentenceSubject(p, from, s, at);
        }
        // Words that cannot end a subject: "that said", "he was said".
        if (t.Text is "or" or "that" or "which" or "who" or "to" or "not" or "it" or "It" or "there" or "There"
            || IsPreposition(t.Text)) return null;
        var speaker = SpeakerEndingAt(p, s, at);
        // A word that is a noun as often as a verb ("states", "calls", "email") reports only after a named subject.
        if (NounLike(tokens[v]) && speaker is null) return null;
        hasSubject = true;
        if (speaker is not null && MentionEndingAt(t.End) is { } mention && AfterPreposition(p, mention))
        {
            // "one of the lawyers for Tom Reyes said": the lawyers speak, not Reyes.
            return null;
        }
        if (speaker is { Kind: ActorKind.Place } && !IsClauseSubject(p, s, from)) speaker = null;
        return speaker;
    }

    /// <summary>Reporting verbs that are as often nouns: after a description, the noun reading wins.</summary>
    private static bool NounLike(Token t) => t.Text is "state" or "states" or "email" or "emails" or "e-mail" or "message" or "messages"
        or "question" or "questions" or "comment" or "comments" or "call" or "calls" or "report" or "reports" or "post" or "posts"
        or "text" or "texts" or "tweet" or "tweets" or "answer" or "answers" or "order" or "orders" or "offer" or "offers"
        or "charge" or "charges" or "demand" or "demands" or "promise" or "promises" or "pledge" or "pledges" or "claim" or "claims"
        or "estimate" or "estimates" or "forecast" or "forecasts" or "quote" or "quotes" or "note" or "notes" or "request" or "requests"
        or "appeal" or "appeals" or "protest" or "protests" or "spoke" or "continue" or "continued" or "continues" or "read" or "reads"
        or "signal" or "signals" or "detail" or "details" or "welcome" or "outline" or "echo" or "echoes" or "reply" or "replies"
        or "remark" or "remarks" or "reason" or "reasons" or "attack" or "attacks" or "tout" or "touts" or "plea" or "pleas"
        or "challenge" or "challenges" or "dispute" or "disputes" or "praise" or "criticism" or "cry" or "cries";

    private static bool IsSubjectPronoun(string w) => w is "he" or "she" or "they" or "it" or "we" or "I" or "you" or "there";

    private static bool IsPreposition(string w) => w is "of" or "for" or "from" or "with" or "at" or "in" or "by" or "on" or "about"
        or "against" or "into" or "over" or "under" or "than" or "as" or "like";
}
