using System;
using Newsroom.Generator.Extraction.Actors;
using Newsroom.Generator.Extraction.Lexicon;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Extraction.Quotes;
using Newsroom.Generator.Extraction.Text;

namespace Newsroom.Generator.Extraction.Attribution;

/// <summary>
/// Attribution before the opening mark, in the same sentence: a colon's lead-in clause (<c>Ruiz fired back: “…”</c>),
/// past an introductory phrase the nearest reporting verb's subject (<c>X said “…”</c>, <c>X, who is …, said, “…”</c>)
/// or the name after it (<c>said X, “…”</c>), a participle's clause going to the sentence's subject (<c>…, saying
/// “…”</c>), else the possessor of a speech noun (<c>Reyes's accusation that … “…”</c>, <c>In her statement</c>). A
/// sentence that opens after another quote of the paragraph is left to that quote's speaker.
/// </summary>
internal sealed partial class Attributor
{
    /// <summary>
    /// Attribution in the sentence before the opening mark, nearest reporting verb first: its subject
    /// (<c>X said</c>, <c>X, who is …, said</c>), else the name right after it (<c>said X</c>). A participle after a
    /// comma (<c>…, saying</c>, <c>adding</c>) belongs to the clause before it: the speaker of an earlier verb, else the
    /// sentence's subject, else the previous sentence's.
    /// </summary>
    private Attribution? Before(RawQuote q)
    {
        var p = q.Paragraph;
        var tokens = _tokens[p];
        var qi = OpeningToken(q, out var at);
        var from = SentenceStart(p, qi);

        // "“…,” Ruiz assured Reyes, after Reyes assured Ruiz that …. “I will not forget it.”": a quote opening a
        // new sentence after another quote of the paragraph continues that quote's speaker (see Attribute), not the
        // last verb of the sentence before.
        if (qi > 0 && tokens[qi - 1].Text is "." or "!" or "?" && HasEarlierQuote(q)) return null;

        // "When Reyes suggested …, Ruiz fired back: “…”": a colon's lead-in clause is what introduces the
        // quote; its subject speaks even with a verb the lexicon lacks.
        if (qi >= 2 && tokens[qi - 1].Text == ":")
        {
            var clause = qi - 2;
            while (clause > from && tokens[clause - 1].Text != ",") clause--;
            var hasVerb = false;
            for (var k = clause; k < qi - 1 && !hasVerb; k++) hasVerb = SpeechCues.IsVerbAt(tokens, k);
            if (!hasVerb && SentenceSubject(p, clause, qi - 1, at) is { } leadIn) return new Attribution(leadIn, null, null, true);

        }

        // "After Tom Reyes criticized the budget during a debate, Ruiz shot back, “…”": a verb inside an
        // introductory phrase does not introduce the quote; the main clause's subject does.
        var mainFrom = AfterIntroductoryPhrase(p, from, qi);
        // "As Vulture put it, “…”", "As press secretary Josh Earnest explained, …": the introductory clause is the attribution.
        if (from < qi && tokens[from].Text is "As")
        {
            var comma = from + 1;
            while (comma < qi && tokens[comma].Text != "," && !InQuote(p)[comma]) comma++;
            if (comma < qi && tokens[comma].Text == "," && AsClause(p, from, comma, at) is { } asClause) return asClause;
        }

        string? participle = null;
        Attribution? fallback = null;
        for (var v = qi - 1; v >= from; v--)
        {
            if (InQuote(p)[v]) continue;
            if (v < mainFrom && SpeechCues.PhraseAt(tokens, v) == 0)
            {
                if (participle is null && SentenceSubject(p, mainFrom, qi, at) is { } mainSubject) return new Attribution(mainSubject, null, null, true);
                continue;
            }
            var phraseLen = SpeechCues.PhraseAt(tokens, v);
            if (phraseLen > 0)
            {
                var who = SpeakerAfter(p, v + phraseLen, at);
                if (who is not null) return new Attribution(who, Words(tokens, v, v + phraseLen), null, true);
            }
            if (!SpeechCues.IsVerbAt(tokens, v) && !(v == from && SpeechCues.IsParticiple(tokens[v], ignoreCase: true))) continue;
            // "Bercow commented on the matter — which the BBC noted as unusual — “…”": a verb inside a relative clause
            // set off by a dash or comma is not the quote's.
            if (InsideRelativeClause(p, v, from) && ClosesBefore(p, v, qi)) continue;

            var s = SkipBack(tokens, v - 1, from);
            // "Berg was asked by the host, Tom Reyes, “…”": in the passive, who asks is after "by".
            if (v + 2 < qi && tokens[v + 1].Text == "by" && v > from && tokens[v - 1].Text is "was" or "were" or "been" or "is" or "being"
                && SpeakerAfter(p, v + 2, at) is { } agent)
            {
                return new Attribution(agent, tokens[v].Text, null, true);
            }
            // "Politico quoted Tim Manning, a former official, as saying “…”": the one quoted is the speaker.
            if (v > from && tokens[v - 1].Text == "as" && SpeechCues.IsParticiple(tokens[v]) && QuotedAs(p, v - 1, from) is { } quotedAs)
            {
                return new Attribution(quotedAs, tokens[v].Text, null, true);
            }
            // "with Senator Lena Berg telling reporters": a participle right after a name belongs to that name.
            // Not a name after a preposition ("decided not to play for the federation saying" is the subject's), but after
            // "with" ("with Senator Lena Berg telling reporters").
            if (SpeechCues.IsParticiple(tokens[v]) && participle is null && s >= from && MentionEndingAt(tokens[s].End) is { Possessive: false } holder)
            {
                // "with Ross Spano of Florida calling the process …": the person the place qualifies.
                var preposition = PrepositionBefore(p, holder);
                var holderActor = holder.Actor!.Kind != ActorKind.Place ? (preposition is null or "with" ? holder.Actor : null)
                    : preposition is "of" or "from" ? PersonOf(p, holder) : null;
                if (holderActor is not null) return new Attribution(holderActor, tokens[v].Text, Addressee(p, v), true);
            }
            if (SpeechCues.IsParticiple(tokens[v], ignoreCase: true) && (s < from || !(tokens[s].Text is "is" or "was" or "were" or "are" or "been" or "be" or "am")))
            {
                participle ??= tokens[v].Text.ToLowerInvariant();
                continue;
            }
            var verb = participle ?? tokens[v].Text;
            // After a participle, a verb of a "that" clause ("claims that Reyes repeats …, calling") is not the main one.
            if (participle is not null && s - 1 >= from && tokens[s - 1].Text is "that" or "whether" or "if" or "how") continue;

            // "X, who is …, said" — the speaker stands before the appositive.
            if (s >= from && tokens[s].Text == ",")
            {
                // "The director of Amnesty, Mariela Belski, said": a name set off by commas after a description is the speaker.
                var nameEnd = SkipBack(tokens, s - 1, from);
                var named = nameEnd >= from && nameEnd >= 0 ? MentionEndingAt(tokens[nameEnd].End) : null;
                if (named is { Possessive: false } && named.Actor!.Kind == ActorKind.Person)
                {
                    var before = FirstTokenAt(tokens, named.Start) - 1;
                    if (before > from && tokens[before].Text == "," && !InQuote(p)[before]) return new Attribution(named.Actor, verb, Addressee(p, v), true);
                }
                // Walk back comma by comma past places ("Ruiz, during a meeting in Dayton, Ohio, said").
                for (var c = s - 1; c > from; c--)
                {
                    if (tokens[c].Text != "," || InQuote(p)[c]) continue;
                    var who = SpeakerEndingAt(p, SkipBack(tokens, c - 1, from), at);
                    if (who is not null && (who.Kind != ActorKind.Place || IsClauseSubject(p, SkipBack(tokens, c - 1, from), from)))
                    {
                        // "Ruiz, who teaches at the Dover Marine Institute, Maine, told": a relative clause set off
                        // by commas is the name's; its own names do not speak.
                        if (who.Kind != ActorKind.Person && RelativeClauseBefore(p, c, from) is { } owner) who = owner;
                        return new Attribution(who, verb, Addressee(p, v), true);
                    }
                }
            }
            // "Chris Christie, who denounced the claims as a “…”": the name the relative clause is set off from.
            if (s >= 2 && s > from && tokens[s].Text is "who" && tokens[s - 1].Text == "," && MentionEndingAt(tokens[s - 2].End) is { Possessive: false } relative
                && relative.Actor!.Kind == ActorKind.Person)
            {
                return new Attribution(relative.Actor, tokens[v].Text, Addressee(p, v), true);
            }
            if (s >= from)
            {
                var who = SpeakerEndingAt(p, s, at);
                // "… and on Twitter referred to the vote as “…”": a name after a preposition is no subject.
                if (who is not null && MentionEndingAt(tokens[s].End) is { } afterPreposition && PrepositionBefore(p, afterPreposition) is "on" or "in" or "at" or "to" or "from"
                    && SentenceSubject(p, from, FirstTokenAt(tokens, afterPreposition.Start), at) is { } mainSubject) who = mainSubject;
                // "Rep. Ana Ruiz said Reyes assured them that Democrats “would unite”": the outer speaker reports it all.
                if (who is not null && participle is null && OuterSpeaker(p, from, s, at) is { } outer) return new Attribution(outer.Speaker, outer.Verb, null, true);
                if (who is not null) return new Attribution(who, verb, Addressee(p, v), true);
                if (IsUnnamedSource(p, s)) return new Attribution(null, verb, null, true);
            }
            var inverted = SpeechCues.Inverts(tokens[v]) ? SpeakerAfter(p, v + 1, at) : null;
            if (inverted is not null) return new Attribution(inverted, verb, null, true);
            // "Assembly president Richard Ferrand in relaying the news to parliament said, “…”": nothing after the verb
            // can speak; unless an earlier verb names the speaker, the sentence's subject does.
            if (fallback is null && participle is null && v + 1 < tokens.Count && (tokens[v + 1].Text is "," or ":" || v + 1 == qi)
                && SentenceSubject(p, mainFrom, v, at) is { Kind: ActorKind.Person } clauseSubject)
            {
                fallback = new Attribution(clauseSubject, verb, null, true);
            }
            if (!SpeechCues.Inverts(tokens[v]))
            {
                // "Ruiz … thanked the nurses and called X “…”": the object is not the speaker; the subject is.
                var subject = SentenceSubject(p, from, v, at);
                if (subject is not null) return new Attribution(subject, verb, Addressee(p, v), true);
            }
        }

        if (fallback is not null) return fallback;
        if (participle is not null)
        {
            var subject = SentenceSubject(p, from, qi, at) ?? PreviousSentenceSubject(p, from, at);
            if (subject is not null) return new Attribution(subject, participle, null, true);
        }

        // "Reyes's accusation that Ruiz plays “the long game”", "In her statement, …"
        for (var k = from; k < qi; k++)
        {
            if (InQuote(p)[k]) continue;
            var next = k + 1;
            var m = MentionAt(tokens[k].Start);
            Actor? owner = null;
            if (m is not null && m.Possessive)
            {
                owner = m.Actor;
                while (next < qi && tokens[next].Start < m.End) next++;
                if (next < qi && tokens[next].IsPossessive) next++;
            }
            else if (tokens[k].Text is "his" or "her" or "His" or "Her")
            {
                owner = ResolvePronoun(p, tokens[k].Start, tokens[k].Text.ToLowerInvariant() == "his" ? Gender.Male : Gender.Female);
            }
            if (owner is null || owner.Kind == ActorKind.Place) continue;
            for (var n = next; n < Math.Min(qi, next + 3); n++)
            {
                if (SpeechCues.IsNoun(tokens[n])) return new Attribution(owner, null, null, true);
                if (tokens[n].Kind != TokenKind.Word) break;
            }
        }

        return null;
    }

    private bool HasEarlierQuote(RawQuote q)
    {
        var tokens = _tokens[q.Paragraph];
        var at = q.OpenMark >= 0 ? q.OpenMark : q.Span.Start;
        var k = FirstTokenAt(tokens, at);
        return k > 0 && k > Facts(q.Paragraph).FirstQuoted;
    }

    /// <summary>Whether the verb at <paramref name="v"/> is inside a relative clause still open: <c>— which the BBC noted …</c>.</summary>
    private bool InsideRelativeClause(int p, int v, int from)
    {
        var tokens = _tokens[p];
        for (var k = v - 1; k >= from && k >= v - 12; k--)
        {
            var t = tokens[k].Text;
            if (t is "," or "—" or "–" or "(" or ")" or ";" or ":" || InQuote(p)[k]) return false;
            if (t is "which" or "who" or "whom")
            {
                return k > from && tokens[k - 1].Text is "," or "—" or "–" or "(";
            }
        }
        return false;
    }

    /// <summary>Whether a dash or comma closes the clause of token <paramref name="v"/> before the quote at <paramref name="qi"/>.</summary>
    private bool ClosesBefore(int p, int v, int qi)
    {
        var tokens = _tokens[p];
        for (var k = v + 1; k < qi; k++)
        {
            if (tokens[k].Text is "—" or "–" or "," or ")") return true;
        }
        return false;
    }

    /// <summary>The person before <c>as</c> at <paramref name="asToken"/>, past an appositive: <c>quoted Tim Manning, a former official, as saying</c>.</summary>
    private Actor? QuotedAs(int p, int asToken, int from)
    {
        var tokens = _tokens[p];
        for (var k = asToken - 1; k >= from && k >= asToken - 16; k--)
        {
            if (InQuote(p)[k] || IsSentenceEnd(tokens[k])) return null;
            var m = MentionEndingAt(tokens[k].End);
            if (m is { Possessive: false } && m.Actor!.Kind == ActorKind.Person)
            {
                var before = FirstTokenAt(tokens, m.Start) - 1;
                // Right after the verb that quotes ("quoted Tim Manning"), or the first name after it.
                if (before >= from && (SpeechCues.IsVerbAt(tokens, before) || tokens[before].Kind == TokenKind.Word && char.IsLower(tokens[before].First))) return m.Actor;
            }
        }
        return null;
    }

    /// <summary>
    /// A reporting verb earlier in the sentence whose complement holds the subject at <paramref name="subjectEnd"/>:
    /// <c>Ruiz said Reyes assured them …</c> gives Ruiz and "said". Only a person as the outer speaker, with no comma
    /// or quote between, and the inner subject right after the outer verb (or after "that").
    /// </summary>
    private (Actor Speaker, string Verb)? OuterSpeaker(int p, int from, int subjectEnd, int at)
    {
        var tokens = _tokens[p];
        var subjectMention = MentionEndingAt(tokens[subjectEnd].End);
        var subjectStart = subjectMention is not null ? FirstTokenAt(tokens, subjectMention.Start) : subjectEnd;
        var k = subjectStart - 1;
        // "said that Port Director Tom Reyes had called it …": past the inner subject's title.
        while (k > from && tokens[k].IsCapitalized && MentionEndingAt(tokens[k].End) is null) k--;
        if (k >= from && tokens[k].Text == "that") k--;
        if (k < from || InQuote(p)[k] || !SpeechCues.IsVerbAt(tokens, k) || SpeechCues.IsParticiple(tokens[k])) return null;
        var s = SkipBack(tokens, k - 1, from);
        if (s < from) return null;
        var outer = SpeakerEndingAt(p, s, at);
        return outer is { Kind: ActorKind.Person } ? (outer, tokens[k].Text) : null;
    }

    /// <summary>"As X put it," / "As X explained,": the speaker of the clause that introduces the sentence.</summary>
    private Attribution? AsClause(int p, int from, int to, int at)
    {
        var tokens = _tokens[p];
        for (var v = from + 2; v < to; v++)
        {
            var putIt = tokens[v].Text is "put" && v + 1 < to && tokens[v + 1].Text is "it";
            if (!putIt && !SpeechCues.IsVerbAt(tokens, v)) continue;
            var s = SkipBack(tokens, v - 1, from + 1);
            if (s <= from) return null;
            var who = SpeakerEndingAt(p, s, at);
            return who is null ? null : new Attribution(who, putIt ? "put it" : tokens[v].Text, null, true);
        }
        return null;
    }

    /// <summary>The person before a ", who …" clause that holds token <paramref name="c"/>: <c>Ruiz, who teaches at X, Y,</c>.</summary>
    private Actor? RelativeClauseBefore(int p, int c, int from)
    {
        var tokens = _tokens[p];
        for (var k = c - 1; k > from && k > c - 20; k--)
        {
            if (InQuote(p)[k] || IsSentenceEnd(tokens[k])) return null;
            if (tokens[k].Text is "who" && tokens[k - 1].Text == ",")
            {
                var m = k - 2 >= from ? MentionEndingAt(tokens[k - 2].End) : null;
                return m is { Possessive: false } && m.Actor!.Kind == ActorKind.Person ? m.Actor : null;
            }
        }
        return null;
    }
}
