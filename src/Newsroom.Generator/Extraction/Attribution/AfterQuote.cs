using System;
using System.Collections.Generic;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Extraction.Quotes;
using Newsroom.Generator.Extraction.Text;

namespace Newsroom.Generator.Extraction.Attribution;

/// <summary>
/// Attribution after the closing mark, in the quote's own sentence: a speech phrase or an inverted verb and the speaker
/// after it (<c>“…,” according to X</c>, <c>“…,” said X</c>), a name and its verb after appositives (<c>“…,” Sam Okoro,
/// director of …, said</c>), or a subject and its verb a few words on (<c>“…,” he said</c>, <c>“…,” the ministry
/// said</c>), unless that verb leads into the next quote; else a verb later in the sentence (<c>“…” for the town, said
/// Lena Berg</c>).
/// </summary>
internal sealed partial class Attributor
{
    /// <summary>Attribution after the closing mark: "…,” he said." / "…,” said X." / "…,” X told Y." / "according to X".</summary>
    private Attribution? After(RawQuote q)
    {
        if (q.CloseMark < 0) return null;
        var p = q.Paragraph;
        var tokens = _tokens[p];
        var i = FirstTokenAt(tokens, q.CloseMark + 1);
        if (i < 0) return null;
        var last = _text[Math.Max(q.Span.Start, q.CloseMark - 1)];
        while (i < tokens.Count && tokens[i].Text is "," or "—" or "–" or "-") i++;
        if (i >= tokens.Count || InQuote(p)[i]) return null;
        // "…“exposed to radicalism”. The BBC also cited …": the quote's sentence ended at the mark.
        if (IsSentenceEnd(tokens[i])) return null;
        // "“ground to a halt” — as the Supreme Court decision put it —": an "as" clause right after the quote.
        if (tokens[i].Text is "as")
        {
            var asEnd = i + 1;
            while (asEnd < tokens.Count && asEnd < i + 14 && !(tokens[asEnd].Text is "," or "—" or "–" or ";" or ":" || IsSentenceEnd(tokens[asEnd]) || InQuote(p)[asEnd])) asEnd++;
            if (AsClause(p, i, asEnd, q.Span.Start) is { } asClause) return asClause;
        }
        // "“We won,” when the mayor called him": a subordinate clause, not an attribution.
        if (tokens[i].Text is "when" or "as" or "after" or "before" or "while" or "because" or "if" or "since" or "until" or "unless" or "though" or "although") return null;
        // "…end.” He said" starts a new sentence; only lower case carries on the quote's sentence.
        if (last is '.' && char.IsUpper(tokens[i].First) && !StartsSpeakerThenVerb(tokens, i)) return null;
        // "…a mess.” Biden called Trump a “national embarrassment”.": after a quote that ended its sentence, a sentence
        // that holds a quote of its own is that quote's attribution.
        if (last is '.' or '!' or '?' && SentenceHasQuoteAfter(p, i)) return null;

        var phrase = SpeechCues.PhraseAt(tokens, i);
        if (phrase > 0)
        {
            var who = SpeakerAfter(p, i + phrase, q.Span.Start);
            // "Pelosi called it a “breach …,” according to NBC": the outlet reported it; the sentence's subject said it.
            if (who is not null && NewsOutlets.Is(who) && Words(tokens, i, i + phrase) == "according to")
            {
                var open = FirstTokenAt(tokens, q.OpenMark >= 0 ? q.OpenMark : q.Span.Start);
                var from = SentenceStart(p, open < 0 ? tokens.Count : open);
                if (open > from && SentenceSubject(p, from, open, q.Span.Start) is { Kind: ActorKind.Person } subject) who = subject;
            }
            if (who is not null) return new Attribution(who, Words(tokens, i, i + phrase), null, true);
        }

        // "…,” read the statement." / "…,” reads an AEW press release.": a document speaks, for its owner if it names one.
        if (SpeechCues.IsVerbAt(tokens, i) && DocumentFollows(p, i + 1))
        {
            return new Attribution(SpeakerAfter(p, i + 1, q.Span.Start), tokens[i].Text, null, true);
        }

        // said X
        // "“What a day for the town!” beamed Lena Berg": any reporting verb right after the mark inverts before a name.
        if (SpeechCues.IsVerbAt(tokens, i) && (SpeechCues.Inverts(tokens[i])
            || i + 1 < tokens.Count && MentionAt(tokens[i + 1].Start) is { Possessive: false } next && next.Actor!.Kind == ActorKind.Person))
        {
            var who = SpeakerAfter(p, i + 1, q.Span.Start);
            if (who is not null) return new Attribution(who, tokens[i].Text, null, true);
            return UnnamedAfter(p, i + 1) ? new Attribution(null, tokens[i].Text, null, true) : null;
        }

        // "…,” Sam Okoro, director of …, said": a name right after the quote, and a reporting verb later in the sentence.
        var named = MentionAt(tokens[i].Start);
        if (named is not null && !named.Possessive && named.Actor!.Kind != ActorKind.Place)
        {
            // The verb must follow the name directly or after appositives set off by commas
            // ("Tom Reyes, 30, of Dover, Del., who was polled, said"), and then it is not a participle opening a
            // clause of its own ("Ruiz took up the point, repeating …").
            var afterName = FirstTokenAt(tokens, named.End);
            var direct = afterName < 0 ? tokens.Count : SkipForward(tokens, afterName);
            // "…,” Crystal Bearing of the tribal preservation office told those gathered": where the person is from.
            if (direct < tokens.Count && direct == afterName && tokens[direct].Text is "of" or "at" or "from")
            {
                var pp = direct + 1;
                while (pp < tokens.Count && pp < direct + 10 && tokens[pp].Kind == TokenKind.Word && !InQuote(p)[pp] && !SpeechCues.IsVerbAt(tokens, pp)) pp++;
                if (pp < tokens.Count && SpeechCues.IsVerbAt(tokens, pp)) direct = pp;
            }
            var sentences = Facts(p).Sentence;
            var sentence = sentences[i];
            for (var v = direct; v < tokens.Count && v < i + 40 && sentences[v] == sentence; v++)
            {
                if (v > direct && !(tokens[SkipBack(tokens, v - 1, i)].Text == "," && !SpeechCues.IsParticiple(tokens[v]))
                    && SpeechCues.IsVerbAt(tokens, v)) continue;
                if (InQuote(p)[v] || tokens[v].Kind == TokenKind.QuoteMark) break;
                if (SpeechCues.IsVerbAt(tokens, v) && tokens[v - 1].Text != "who")
                {
                    if (last is not (',' or '—' or '–' or '-') && IntroducesNextQuote(p, v)) break;
                    // "“in memory of” Weiss, Berg wrote": a name right before the verb is its subject.
                    var nearest = SpeakerEndingAt(p, SkipBack(tokens, v - 1, i), q.Span.Start);
                    return new Attribution(nearest ?? named.Actor, tokens[v].Text, Addressee(p, v), true);
                }
            }
        }

        // X said / he said / the ministry said / Smith also said
        var end = Math.Min(tokens.Count, i + 12);
        for (var v = i + 1; v < end; v++)
        {
            if (InQuote(p)[v] || tokens[v].Kind == TokenKind.QuoteMark) break;
            if (tokens[v].Text == "(")
            {
                // "Rep. Ana Ruiz (D-Ore.) said": the parenthesis is not the sentence's end.
                while (v + 1 < end && tokens[v].Text != ")") v++;
                continue;
            }
            if (!SpeechCues.IsVerbAt(tokens, v))
            {
                if (tokens[v].Text is "." or "!" or "?" or ";" or "while" or "when" or "whereas" or "because" or "although" or "though" or "but") break;
                continue;
            }
            var s = SkipBack(tokens, v - 1, i);
            if (s < i) break;
            var who = SpeakerEndingAt(p, s, q.Span.Start);
            // "one of the lawyers for Tom Reyes said": a name after a preposition is not the subject.
            if (who is not null && MentionEndingAt(tokens[s].End) is { } subjectMention && AfterPreposition(p, subjectMention)) break;
            // "“…” that Reyes can win the seat, said Lena Berg": after a comma, an inverted verb's name wins.
            if (who is null && tokens[s].Text == "," && SpeechCues.Inverts(tokens[v]) && SpeakerAfter(p, v + 1, q.Span.Start) is { } invertedSpeaker)
            {
                return new Attribution(invertedSpeaker, tokens[v].Text, null, true);
            }
            if (who is null && tokens[s].Text == ",")
            {
                // "…,” Ruiz's campaign manager, Karl Weiss, said": the name set off by commas.
                var right = SpeakerEndingAt(p, SkipBack(tokens, s - 1, i), q.Span.Start);
                if (right is not null && right.Kind == ActorKind.Person) who = right;
                for (var c = s - 1; c >= i && who is null; c--)
                {
                    if (tokens[c].Text != ",") continue;
                    var candidate = SpeakerEndingAt(p, SkipBack(tokens, c - 1, i), q.Span.Start);
                    if (candidate is not null && candidate.Kind == ActorKind.Person) who = candidate;
                }
            }
            if (who is null)
            {
                // "“…,” a police spokesperson said": attributed, to nobody named.
                // Not a new sentence after the quote ("…?” Her critics cited it"), not a participle ("without reporters asking").
                if (IsUnnamedSource(p, s, anyIndefinite: true) && !SpeechCues.IsParticiple(tokens[v]) && !(last is '.' or '!' or '?' && char.IsUpper(tokens[i].First))
                    && (last is ',' or '—' or '–' or '-' || !IntroducesNextQuote(p, v))) return new Attribution(null, tokens[v].Text, null, true);
                break;
            }
            if (last is not (',' or '—' or '–' or '-') && IntroducesNextQuote(p, v)) return null;
            return new Attribution(who, tokens[v].Text, Addressee(p, v), true);
        }
        return null;
    }

    /// <summary>Whether the sentence of token <paramref name="i"/> holds a quotation mark at or after it.</summary>
    private bool SentenceHasQuoteAfter(int p, int i)
    {
        var tokens = _tokens[p];
        var sentences = Facts(p).Sentence;
        for (var k = i; k < tokens.Count && k < i + 40 && sentences[k] == sentences[i]; k++)
        {
            if (tokens[k].Kind == TokenKind.QuoteMark) return true;
            if (IsSentenceEnd(tokens[k]) || tokens[k].Text is ";" or ":") return false;
        }
        return false;
    }

    /// <summary>"Berg then writes back, “See you soon.”": the verb leads into the next quote.</summary>
    private bool IntroducesNextQuote(int p, int v)
    {
        var tokens = _tokens[p];
        for (var k = v + 1; k < tokens.Count && k <= v + 6; k++)
        {
            if (tokens[k].Kind == TokenKind.QuoteMark) return true;
            // "… and Weiss calling it a “fine deal.”": an object and its determiner before the next mark.
            if (tokens[k].Text is "," or ":" or "back" or "again" or "later" or "then" or "simply" or "only" or "that"
                or "it" or "him" or "them" or "a" or "an" or "the" or "this" or "his" or "their") continue;
            if (MentionAt(tokens[k].Start) is not null && SpeechCues.LemmaOf(tokens[v]) == "tell") continue;
            if (tokens[k].Text is "reporters" or "journalists") continue;
            return false;
        }
        return false;
    }

    private bool StartsSpeakerThenVerb(List<Token> tokens, int i)
    {
        // "…,” Xi told Gates" after a quote that ended in a period is rare but "….” Smith said." is common.
        for (var v = i + 1; v < Math.Min(tokens.Count, i + 5); v++)
        {
            if (SpeechCues.IsVerbAt(tokens, v) && !SpeechCues.IsParticiple(tokens[v]))
            {
                return v + 1 >= tokens.Count || tokens[v + 1].Text is "." or "," or ";" || tokens[v + 1].Kind == TokenKind.QuoteMark
                    || _actors.FindPerson(tokens[v + 1].Text) is not null;
            }
            if (tokens[v].Kind != TokenKind.Word) return false;
        }
        return false;
    }

    /// <summary>
    /// Attribution later in the quote's sentence, not right after the mark: <c>“the end of an era” for the town,
    /// said Lena Berg</c>.
    /// </summary>
    private Attribution? LaterInSentence(RawQuote q)
    {
        if (q.CloseMark < 0) return null;
        var p = q.Paragraph;
        var tokens = _tokens[p];
        var i = FirstTokenAt(tokens, q.CloseMark + 1);
        if (i < 0) return null;
        var sentences = Facts(p).Sentence;
        var sentence = sentences[Math.Max(0, i - 1)];
        for (var v = i; v < tokens.Count && sentences[v] == sentence; v++)
        {
            if (InQuote(p)[v]) break;
            if (!SpeechCues.IsVerbAt(tokens, v)) continue;
            var s = v - 1;
            while (s >= i && SpeechCues.IsAuxiliaryOrAdverb(tokens[s])) s--;
            var who = s >= i ? SpeakerEndingAt(p, s, q.Span.Start) : null;
            if (who is null && SpeechCues.Inverts(tokens[v])) who = SpeakerAfter(p, v + 1, q.Span.Start);
            if (who is not null) return new Attribution(who, tokens[v].Text, Addressee(p, v), true);
        }
        return null;
    }
}
