using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newsroom.Generator.Extraction.Actors;
using Newsroom.Generator.Extraction.Lexicon;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Extraction.Text;

namespace Newsroom.Generator.Extraction.Attribution;

/// <summary>
/// The frames of reported speech, one method each: a transcript's turn, a reported question, <c>according to</c>, a
/// reporting verb (forward, trailing, parenthetical, participle, a stated position), a noun of speech. Each returns the
/// quote it makes (or null) and where the sentence's next frame may start; null when the cue is not its frame.
/// </summary>
internal sealed partial class Attributor
{
    /// <summary>
    /// A paragraph that is a speaker's turn: <c>Clinton: I support the plan.</c>, <c>JANE ROE: We were there.</c>,
    /// <c>Q: …</c> (a transcript, or a headline that gives a source and what it says). The whole paragraph after the
    /// colon is the content; the speaker is the name before it when it names an actor.
    /// </summary>
    private IndirectQuote? Transcript(int p)
    {
        var tokens = _tokens[p];
        var colon = 1;
        while (colon < tokens.Count && colon <= 4 && tokens[colon].Text != ":") colon++;
        if (colon >= tokens.Count || colon > 4 || tokens[colon].Text != ":" || colon + 3 >= tokens.Count) return null;
        for (var k = 0; k < colon; k++)
        {
            var t = tokens[k];
            if (!(t.IsCapitalized || t.Text is "." or "-" || t.IsPossessive) || InQuote(p)[k]) return null;
        }
        // "Update: …", "BREAKING: …", "Editor's note: …" introduce the writer's own words.
        if (colon <= 2 && WriterLabels.Contains(tokens[0].Text)) return null;
        var m = MentionAt(tokens[0].Start);
        // "NEW DELHI: The government …": a place before the colon is a dateline.
        if (m is { Kind: ActorKind.Place } || m?.Actor?.Kind == ActorKind.Place) return null;
        var speaker = m is { Possessive: false } && FirstTokenAt(tokens, m.End) == colon ? m.Actor : null;
        if (speaker is null)
        {
            // A label that names nobody ("The Latest:") is the writer's, unless it is a transcript's speaker in capitals
            // ("JANE ROE:") or an interview's Q and A; capitals opening the article ("DOVER: The council …") are a dateline.
            var capitals = AllCapitals(tokens, colon);
            if (!(tokens[0].Text is "Q" or "A") && !capitals || p == 0) return null;
            // "JOEL BENENSON:", "BENENSON:": a transcript's speaker in capitals is the person the article names so.
            if (capitals) speaker = PersonInCapitals(tokens, colon);
        }
        var end = tokens.Count;
        while (end > colon + 1 && tokens[end - 1].Kind == TokenKind.Punctuation && tokens[end - 1].Text is "." or "!" or "?") end--;
        return Make(p, colon + 1, end, speaker, null, null); // no verb: the colon is the cue
    }

    private static readonly HashSet<string> WriterLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "Update", "Note", "Correction", "Editor", "Photo", "Source", "Sources", "Related", "Read", "Watch", "See", "Warning",
        "Disclosure", "Advertisement", "Breaking", "Exclusive", "Live", "Analysis", "Opinion", "Video", "Listen", "Also",
        "Background", "Context", "Factbox", "Explainer", "Timeline", "Graphic", "Map", "Poll", "Latest",
    };

    /// <summary>The person whose name, or surname, the capitals before a transcript's colon spell, if the article names one.</summary>
    private Actor? PersonInCapitals(List<Token> tokens, int colon)
    {
        var words = new List<string>();
        for (var k = 0; k < colon; k++)
        {
            if (tokens[k].Kind == TokenKind.Word) words.Add(tokens[k].Text);
        }
        if (words.Count == 0) return null;
        var last = words[words.Count - 1];
        Actor? found = null;
        foreach (var a in _actors.Actors)
        {
            if (a.Kind != ActorKind.Person || !string.Equals(a.LastName, last, StringComparison.OrdinalIgnoreCase)) continue;
            if (words.Count > 1 && !string.Equals(a.Parts[0], words[0], StringComparison.OrdinalIgnoreCase)) continue;
            if (found is not null && found != a) return null; // two people of that surname: nobody
            found = a;
        }
        return found;
    }

    private static bool AllCapitals(List<Token> tokens, int to)
    {
        for (var k = 0; k < to; k++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word) continue;
            foreach (var c in t.Text)
            {
                if (char.IsLower(c)) return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A question reported: <c>Asked whether he would run, Reyes …</c>, <c>Reyes was asked by reporters if …</c>. The
    /// content is the question (from the question word); the source is whoever asked, when the sentence says.
    /// </summary>
    private (IndirectQuote? Quote, int Next)? Question(int p, int from, int end, int v)
    {
        var tokens = _tokens[p];
        if (tokens[v].Text is not ("Asked" or "asked")) return null;
        var opening = tokens[v].Text == "Asked";
        if (opening && v > FirstWord(p, from, end)) return null;
        if (!opening && !(v > from && tokens[v - 1].Text is "was" or "were" or "is" or "are" or "been" or "being" or "when" or "if")) return null;
        Actor? asker = null;
        var k = v + 1;
        if (k + 1 < end && tokens[k].Text == "by")
        {
            asker = SpeakerAfter(p, k + 1, tokens[k].Start);
            k++;
            while (k < end && k < v + 8 && !(tokens[k].Text is "whether" or "if" or "about" or "," or ";")) k++;
        }
        k = SkipTimeAndPlace(tokens, k, end);
        if (k >= end || tokens[k].Text is not ("whether" or "if" or "what" or "how" or "why" or "which" or "who" or "when" or "where" or "about")) return null;
        var stop = opening ? NextComma(p, k, end) : end;
        if (asker is { Kind: ActorKind.Place }) asker = null;
        return (Make(p, k, stop, asker, "asked", null), stop);
    }

    /// <summary><c>according to X, CONTENT</c> / <c>CONTENT, according to X</c>.</summary>
    [MethodImpl(Hot.Loop)]
    private (IndirectQuote? Quote, int Next)? AccordingTo(int p, int from, int end, int v)
    {
        var tokens = _tokens[p];
        if (!(tokens[v].First is 'a' or 'A') || SpeechCues.PhraseAt(tokens, v) is var length && length == 0) return null;
        var verb = Words(tokens, v, v + length);
        var sourceFrom = v + length;
        var sourceTo = NextComma(p, sourceFrom, end);
        var speaker = SpeakerAfter(p, sourceFrom, tokens[v].Start);
        if (v <= FirstWord(p, from, end))
        {
            // "According to the ministry, 40 people were hurt."
            if (sourceTo >= end) return (null, end);
            return (Make(p, sourceTo + 1, end, speaker, verb, null), end);
        }
        if (v > from && tokens[v - 1].Text == ",")
        {
            // "On Sunday in London, according to the police, a man was stabbed": after an opening phrase the content is
            // the clause that follows the source.
            if (OpensWithAdverbial(tokens[FirstWord(p, from, end)]) && sourceTo + 1 < end)
            {
                return (Make(p, sourceTo + 1, end, speaker, verb, null), end);
            }
            // "Fundraising, according to the campaign, has surged": a parenthetical source; the content is the sentence
            // round it, as for "The quay, she said, would …".
            if (sourceTo + 1 < end && ContinuesClause(p, sourceTo + 1, inverted: false) && !HasReportingVerb(tokens, sourceTo + 1, end))
            {
                return (Make(p, from, end, speaker, verb, null), end);
            }
            // "40 people were hurt, according to the ministry."
            return (Make(p, from, v - 1, speaker, verb, null), sourceTo);
        }
        // "Clinton leads by 271 delegates according to a count by The Associated Press": no comma, the source to the end.
        if (sourceTo >= end && end - sourceFrom <= 16 && v - from >= MinContentWords) return (Make(p, from, v, speaker, verb, null), end);
        return (null, sourceTo);
    }

    /// <summary>A reporting verb at <paramref name="v"/>: the content after it, or before it after a comma.</summary>
    [MethodImpl(Hot.Loop)]
    private (IndirectQuote? Quote, int Next)? Verb(int p, int from, int end, int v)
    {
        var tokens = _tokens[p];
        var t = tokens[v];
        var stance = false;
        if (!SpeechCues.IsVerbAt(tokens, v))
        {
            if (!IsStanceVerb(t) || v + 1 >= end) return null;
            stance = true;
            // Most stance words report nothing ("we'll see", "as far as I know"): a stated position needs a clause or
            // "that" after the verb, or, for a position, a named subject before it; checked first, as it is cheap.
            var position = Lexicons.PositionVerbs.Contains(t.Text);
            if (!position && !(tokens[v + 1].Text == "that" || StartsClause(p, v + 1))) return null;
            if (position && (v == from || !(tokens[v - 1].IsCapitalized || tokens[v - 1].Text is "he" or "she" or "they" or "it"
                || tokens[v - 1].Kind == TokenKind.Word && char.IsLower(tokens[v - 1].First) && tokens[v - 1].Text.EndsWith("ly", StringComparison.Ordinal)
                || SpeechCues.IsAuxiliaryOrAdverb(tokens[v - 1]) || MentionEndingAt(tokens[v - 1].End) is not null))) return null;
        }
        var lemma = SpeechCues.LemmaOf(t) ?? t.Text;
        var participle = t.Text.EndsWith("ing", StringComparison.Ordinal);
        var before = v - 1 >= from ? tokens[v - 1] : default;
        // Not a finite reporting verb: a noun ("the report", "his comments"), an infinitive ("declined to say"),
        // a passive ("was told", "is expected"), a relative ("the man called").
        if (v - 1 >= from)
        {
            var b = before.Text;
            if (b is "the" or "a" or "an" or "his" or "her" or "their" or "its" or "our" or "my" or "your" or "this" or "these"
                or "those" or "to" or "no" or "any" or "some" or "such" or "of" or "whose" or "public" || before.IsPossessive) return null;
            if (!participle && b is "was" or "were" or "been" or "being" or "be" or "is" or "are" or "am" or "get" or "got") return null;
        }
        // "Blinken spoke by phone with …", "has maintained Trump's hard line": these report only with a "that" clause.
        if (lemma is "speak" or "speak out" or "maintain" or "continue" or "press" or "echo" or "reflect" or "refer" or "relate"
            or "read" or "repeat" or "react" or "smile" or "laugh" or "sing" or "beam" or "cry" or "confer" or "lecture" or "preach"
            && !(v + 1 < end && tokens[v + 1].Text == "that")) return null;
        // "called for …", "called on X to …" report; "called off the search", "called him a liar", "a man called Ali" do not.
        if (lemma == "call" && !(v + 1 < end && tokens[v + 1].Text is "for" or "on")) return null;
        var complement = ComplementStart(p, v, end, lemma);
        if (complement == QuoteFollows) return (null, v + 1);

        // "…, saying (that) CONTENT": the participle's subject is the sentence's.
        if (participle)
        {
            if (v - 1 < from || before.Text != "," || stance) return null;
            if (complement >= end) return null;
            var subject = SentenceSubject(p, from, v, tokens[v].Start) ?? PreviousSentenceSubject(p, from, tokens[v].Start);
            return (Make(p, complement, end, subject, t.Text, Addressee(p, v)), end);
        }

        var s = SkipBackToSubject(tokens, v - 1, from);
        if (stance && Lexicons.PositionVerbs.Contains(t.Text))
        {
            // "Reyes supports the harbour plan": a stated position, only of a named source right before the verb.
            if (complement >= end || s < from) return null;
            var holder = SpeakerEndingAt(p, s, tokens[v].Start);
            if (holder is null || holder.Kind == ActorKind.Place || tokens[s].Kind != TokenKind.Word) return null;
            // The position runs to the first comma ("Ruiz defended the budget, saying …"), and the words in it are read
            // for reports of their own ("Reyes rejected Ruiz's claim that …" is Reyes's position and Ruiz's claim).
            var positionEnd = NextComma(p, complement, end);
            return (Make(p, complement, positionEnd, holder, t.Text, null), complement);
        }
        if (complement < end && !stance || complement < end && stance && tokens[Math.Max(v + 1, complement - 1)].Text == "that"
            || complement < end && stance && complement == v + 1 && StartsClause(p, complement))
        {
            // Forward: "X said (that) CONTENT". The subject stands before the verb.
            if (s < from) return null;
            // "I think", "we said": the first or second person speaks inside somebody's quote (printed with two
            // apostrophes, so not read as a quote); the cue that gives that quote's speaker comes later.
            if (tokens[s].Text is "I" or "we" or "We" or "you" or "You" && LaterCue(tokens, v + 1, end)) return null;
            var speaker = ForwardSpeaker(p, from, s, v, out var hasSubject);
            if (!hasSubject) return null;
            var stop = NextReport(p, complement, end);
            return (Make(p, complement, stop, speaker, t.Text, Addressee(p, v)), stop);
        }
        if (stance) return null;
        // "Regarding the call, Honig said:" leads into a quote (in the next paragraph, often), not a content before it.
        if (end < tokens.Count && tokens[end].Text == ":") return null;

        // Trailing: "CONTENT, X said." / "CONTENT, said X." The source and cue follow the content's comma.
        var comma = -1;
        Actor? who = null;
        if (s >= from && tokens[s].Text == "," && SpeechCues.Inverts(t))
        {
            comma = s;
            who = SpeakerAfter(p, v + 1, tokens[v].Start);
            // "Doug Miller, a firm's founder, said in an interview": no source after the verb, so the comma closes the
            // subject's appositive; nothing before it is a content.
            if (who is null && !(v + 1 < end && tokens[v + 1].Text is "the" or "a" or "an" or "one" or "two" or "several" or "some" or "many"
                || v + 1 < end && tokens[v + 1].IsCapitalized)) return null;
        }
        else if (s >= from && tokens[s].Text != ",")
        {
            for (var c = s; c > from && c >= v - 12; c--)
            {
                if (tokens[c].Text == ",")
                {
                    comma = c;
                    break;
                }
                if (inQuoteOrStop(tokens[c])) break;
            }
            if (comma > from)
            {
                who = SpeakerEndingAt(p, s, tokens[v].Start);
                // "…, Ruiz, the mayor, said": the name before the appositive.
                if (who is null || who.Kind != ActorKind.Person)
                {
                    for (var c = comma - 1; c > from && c >= comma - 10; c--)
                    {
                        if (tokens[c].Text != ",") continue;
                        var named = SpeakerEndingAt(p, SkipBack(tokens, c - 1, from), tokens[v].Start);
                        if (named is not null && named.Kind != ActorKind.Place && MentionEndingAt(tokens[c - 1].End) is not null)
                        {
                            who = named;
                            comma = c;
                        }
                        break;
                    }
                }
            }
        }
        var rest = AfterSource(p, v + 1, end);
        // "As Crane said, the two standard-bearers have become …": the content follows the cue's clause.
        if (comma <= from && tokens[FirstWord(p, from, end)].Text == "As" && rest + 1 < end && tokens[rest].Text == ",")
        {
            var source = SkipBackToSubject(tokens, v - 1, from);
            var asWho = source > FirstWord(p, from, end) ? SpeakerEndingAt(p, source, tokens[v].Start) : null;
            return (Make(p, rest + 1, end, asWho, t.Text, null), end);
        }
        if (comma <= from) return null;
        if (NounLike(t) && who is null) return (null, rest);
        if (rest + 1 < end && tokens[rest].Text == "," && ContinuesClause(p, rest + 1, inverted: tokens[comma].Text == "," && comma == s))
        {
            // Parenthetical: "A comic tone, she said, would make …", "Still, he said, officials have …". After an opening
            // adverbial the content is what follows; otherwise it is the whole sentence round the cue.
            var contentFrom = OpensWithAdverbial(tokens[from]) || OpensWithAdverbial(tokens[FirstWord(p, from, end)]) ? rest + 1 : from;
            return (Make(p, contentFrom, end, who, t.Text, Addressee(p, v)), end);
        }
        // "After the vote, Ruiz spoke": an opening phrase alone is not a content.
        if (Introducers.Contains(tokens[FirstWord(p, from, end)].Text) && NextComma(p, FirstWord(p, from, end), comma) >= comma) return (null, rest);
        return (Make(p, OpeningOfApostropheQuote(p, from, comma), comma, who, t.Text, Addressee(p, v)), rest);

        static bool inQuoteOrStop(Token x) => x.Kind == TokenKind.QuoteMark || x.Text is ";" or ":" or "(" or ")";
    }

    /// <summary>"Ruiz, according to aides, said …": a reporting verb after the source is the clause's own cue.</summary>
    private static bool HasReportingVerb(List<Token> tokens, int k, int end)
    {
        for (var j = k; j < end && j < k + 6; j++)
        {
            if (SpeechCues.IsVerbAt(tokens, j)) return true;
        }
        return false;
    }

    /// <summary>
    /// Where the quotation a trailing cue closes opens, when it is printed with two apostrophes or backquotes (<c>``…''</c>,
    /// which the quote scanner does not take for quotation marks): <c>''We won. We will win again,'' she said.</c> reports
    /// both sentences. Back within the paragraph to the opening pair at a sentence's start; else <paramref name="from"/>.
    /// </summary>
    private int OpeningOfApostropheQuote(int p, int from, int comma)
    {
        var tokens = _tokens[p];
        bool Mark(int k) => k >= 0 && k < tokens.Count && tokens[k].Text is "'" or "’" or "`" or "``";
        // The closing pair stands right after the content's comma ("…again,'' she said") or right before it, and the
        // content holds no other pair.
        if (!(Mark(comma + 1) && Mark(comma + 2)) && !(Mark(comma - 1) && Mark(comma - 2))) return from;
        for (var k = from; k < comma - 2; k++)
        {
            if (Mark(k) && Mark(k + 1)) return from;
        }
        if (from + 1 < tokens.Count && Mark(from) && Mark(from + 1)) return from;
        for (var k = from - 1; k >= 1 && k >= from - 400 && k - 1 >= _reportedUpTo; k--)
        {
            if (!(Mark(k) && Mark(k - 1))) continue;
            var opening = k - 1;
            var atStart = opening == 0 || IsSentenceEnd(tokens[opening - 1]) || tokens[opening - 1].Text is ":" or "—";
            return atStart && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word ? opening : from;
        }
        return from;
    }

    /// <summary>
    /// Whether the words after a parenthetical cue (<c>, he said,</c>) carry on the sentence's clause, not an
    /// appositive of the source (<c>said Jane Roe, a spokeswoman</c>, <c>, who …</c>, <c>, adding …</c>).
    /// </summary>
    private bool ContinuesClause(int p, int k, bool inverted)
    {
        var t = _tokens[p][k];
        if (InQuote(p)[k] || t.Kind == TokenKind.QuoteMark) return false;
        if (t.Text is "who" or "which" or "whose" or "where" or "and" or "but" or "or" or "as" or "according") return false;
        if (t.Kind == TokenKind.Word && char.IsLower(t.First) && t.Text.EndsWith("ing", StringComparison.Ordinal)) return false;
        if (t.Kind == TokenKind.Number) return false;
        // After "said Jane Roe," an appositive is the rule ("a spokeswoman for …"); after "Roe said," the clause goes on.
        if (inverted) return t.Text is "he" or "she" or "they" or "it" or "we" or "I" or "there" or "this";
        return !(Lexicons.RoleNouns.Contains(t.Text) || Lexicons.Titles.Contains(t.Text));
    }

    private static bool OpensWithAdverbial(Token t) => Introducers.Contains(t.Text) || t.Text is "Still" or "Even" or "Overall" or "However"
        or "Instead" or "Now" or "Today" or "Yet" or "Also" or "Ultimately" or "Eventually" or "Otherwise" or "Indeed" or "Rather"
        or "Then" or "Nevertheless" or "Nonetheless" or "Moreover" or "Furthermore" or "Besides" or "Last" or "This" or "That" or "Right";

    /// <summary><c>X's claim that CONTENT</c>, <c>his warning that …</c>: a noun of speech, its possessor, and a <c>that</c> clause.</summary>
    private (IndirectQuote? Quote, int Next)? Noun(int p, int from, int end, int v)
    {
        var tokens = _tokens[p];
        if (!WordPool.Current.ClassesOf(tokens[v]).Is(WordClass.SpeechNoun) || v + 2 >= end || tokens[v + 1].Text != "that" || v - 1 < from) return null;
        Actor? owner = null;
        if (tokens[v - 1].IsPossessive && v - 2 >= from && MentionEndingAt(tokens[v - 2].End) is { } m) owner = m.Actor;
        else if (MentionEndingAt(tokens[v - 1].End) is { Possessive: true } pm) owner = pm.Actor;
        else if (tokens[v - 1].Text is "his" or "her" or "His" or "Her")
        {
            owner = ResolvePronoun(p, tokens[v - 1].Start, tokens[v - 1].Text.ToLowerInvariant() == "his" ? Gender.Male : Gender.Female);
        }
        else return null;
        if (owner is not null && owner.Kind == ActorKind.Place) owner = null;
        return (Make(p, v + 2, end, owner, tokens[v].Text.ToLowerInvariant(), null), end);
    }
}
