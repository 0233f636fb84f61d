using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Newsroom.Generator.Extraction.Actors;
using Newsroom.Generator.Extraction.Lexicon;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Extraction.Text;

namespace Newsroom.Generator.Extraction.Attribution;

/// <summary>Reported speech without quotation marks: the content, its source and cue, in a paragraph.</summary>
internal sealed record IndirectQuote(TextRange Content, int Paragraph, Actor? Speaker, string Verb, Actor? Addressee);

/// <summary>
/// Indirect quotes: reported speech with no quotation mark in its content, found sentence by sentence outside quotes,
/// in the frames a careful reader knows:
/// <list type="bullet">
/// <item><c>according to X, CONTENT</c> and <c>CONTENT, according to X</c>;</item>
/// <item><c>CONTENT, X said</c> and <c>CONTENT, said X</c> (the content before a comma, the source and cue after it);</item>
/// <item><c>X said (that) CONTENT</c>, <c>X told Y (that) CONTENT</c>, <c>X, who said CONTENT</c> (the cue's complement);</item>
/// <item><c>…, saying (that) CONTENT</c> (the sentence's subject speaks);</item>
/// <item><c>X's claim that CONTENT</c> (a noun of speech and its possessor).</item>
/// </list>
/// The speaker is resolved as for direct quotes (names, pronouns, <c>the ministry</c>); an unnamed source
/// (<c>officials said</c>) gives a quote without a speaker. A content that holds a quotation mark is a mixed
/// attribution: its quoted runs are the Partial quotes, and no indirect quote is made of it.
/// </summary>
internal sealed partial class Attributor
{
    /// <summary>A content shorter than this many words is not a report (<c>he said so</c>, <c>she said it</c>).</summary>
    private const int MinContentWords = 3;

    [MethodImpl(Hot.Loop)]
    public List<IndirectQuote> FindIndirect(CancellationToken cancellationToken)
    {
        var found = new List<IndirectQuote>();
        for (var p = 0; p < _tokens.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tokens = _tokens[p];
            if (tokens.Count < 4) continue;
            if (Transcript(p) is { } turn)
            {
                found.Add(turn);
                continue;
            }
            if (!MayReport(tokens)) continue;
            var sentences = Facts(p).Sentence;
            var inQuote = InQuote(p);
            var from = 0;
            while (from < tokens.Count)
            {
                // A sentence as the attributor reads it, but cut where a full stop meets an opening mark: "Ruiz said
                // the harbour would reopen. “We are ready,” Reyes said." holds two frames, the first one unmarked.
                var to = from;
                while (to < tokens.Count && sentences[to] == sentences[from]
                    && !(to > from && inQuote[to] && !inQuote[to - 1] && IsSentenceEnd(tokens[to - 1]))
                    ) to++;
                IndirectInSentence(p, from, to, found);
                from = to;
            }
        }
        return found;
    }

    /// <summary>Whether a paragraph has a cue at all: most have none, and their sentences need not be read.</summary>
    private static bool MayReport(List<Token> tokens)
    {
        var pool = WordPool.Current;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && pool.ClassesOf(tokens[k]).Is(WordClass.ReportCue)) return true;
        }
        return false;
    }

    /// <summary>The frames of one sentence (tokens <paramref name="from"/> to <paramref name="to"/>), left to right.</summary>
    private void IndirectInSentence(int p, int from, int to, List<IndirectQuote> found)
    {
        var tokens = _tokens[p];
        var inQuote = InQuote(p);
        var end = to;
        // The content stops before the sentence's final punctuation.
        while (end > from && tokens[end - 1].Kind == TokenKind.Punctuation && tokens[end - 1].Text is "." or "!" or "?" or ";" or ":") end--;
        var v = from;
        var pool = WordPool.Current;
        while (v < end)
        {
            if (inQuote[v] || tokens[v].Kind != TokenKind.Word || !pool.ClassesOf(tokens[v]).Is(WordClass.ReportCue))
            {
                v++;
                continue;
            }
            var frame = AccordingTo(p, from, end, v) ?? Question(p, from, end, v) ?? Verb(p, from, end, v) ?? Noun(p, from, end, v);
            if (frame is null)
            {
                v++;
                continue;
            }
            var (quote, next) = frame.Value;
            if (quote is not null) found.Add(quote);
            // A frame that made nothing (a content holding a mark, too short) leaves the words after its cue to the next one.
            v = quote is null ? v + 1 : Math.Max(v + 1, next);
        }
    }

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
        // "Update: …", "Note: …", "Editor's note: …" introduce the writer's own words.
        if (colon == 1 && tokens[0].Text is "Update" or "UPDATE" or "Note" or "NOTE" or "Correction" or "CORRECTION" or "Editor" or "Photo"
            or "Source" or "Sources" or "Related" or "Read" or "Watch" or "See" or "Warning" or "Disclosure" or "Advertisement") return null;
        var m = MentionAt(tokens[0].Start);
        var speaker = m is { Possessive: false } && m.Actor!.Kind != ActorKind.Place && FirstTokenAt(tokens, m.End) == colon ? m.Actor : null;
        // A label that names nobody ("The Latest:") is the writer's, unless it is a transcript's speaker in capitals
        // ("JANE ROE:") or an interview's Q and A.
        if (speaker is null && !(tokens[0].Text is "Q" or "A") && !AllCapitals(tokens, colon)) return null;
        var end = tokens.Count;
        while (end > colon + 1 && tokens[end - 1].Kind == TokenKind.Punctuation && tokens[end - 1].Text is "." or "!" or "?") end--;
        return Make(p, colon + 1, end, speaker, ":", null);
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
    private (IndirectQuote? Quote, int Next)? AccordingTo(int p, int from, int end, int v)
    {
        var tokens = _tokens[p];
        if (!(tokens[v].First is 'a' or 'A' or 'i' or 'I') || SpeechCues.PhraseAt(tokens, v) is var length && length == 0) return null;
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
            // "40 people were hurt, according to the ministry."
            return (Make(p, from, v - 1, speaker, verb, null), sourceTo);
        }
        return (null, sourceTo);
    }

    /// <summary>A reporting verb at <paramref name="v"/>: the content after it, or before it after a comma.</summary>
    private (IndirectQuote? Quote, int Next)? Verb(int p, int from, int end, int v)
    {
        var tokens = _tokens[p];
        var t = tokens[v];
        var stance = false;
        if (!SpeechCues.IsVerbAt(tokens, v))
        {
            if (!IsStanceVerb(t)) return null;
            stance = true;
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
            // Parenthetical: "A comic tone, she said, would make …", "Still, he said, officials have …". After a short
            // opening adverbial the content is what follows; otherwise it is the whole sentence round the cue.
            var left = Make(p, from, comma, null, t.Text, null);
            var contentFrom = left is null || OpensWithAdverbial(tokens[FirstWord(p, from, end)]) ? rest + 1 : from;
            return (Make(p, contentFrom, end, who, t.Text, Addressee(p, v)), end);
        }
        // "After the vote, Ruiz spoke": an opening phrase alone is not a content.
        if (Introducers.Contains(tokens[FirstWord(p, from, end)].Text) && NextComma(p, FirstWord(p, from, end), comma) >= comma) return (null, rest);
        return (Make(p, from, comma, who, t.Text, Addressee(p, v)), rest);

        static bool inQuoteOrStop(Token x) => x.Kind == TokenKind.QuoteMark || x.Text is ";" or ":" or "(" or ")";
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

    /// <summary>
    /// Where the content after a verb starts: past an addressee (<c>told reporters</c>), a time or place
    /// (<c>said on Monday</c>, <c>said in a statement</c>) and <c>that</c>; <paramref name="end"/> when nothing follows
    /// but the source, a comma or the sentence's end.
    /// </summary>
    private const int QuoteFollows = -1;

    private int ComplementStart(int p, int v, int end, string lemma)
    {
        var tokens = _tokens[p];
        var inQuote = InQuote(p);
        var k = v + 1;
        // A two-word verb ("pointed out").
        if (k < end && !SpeechCues.IsVerb(tokens[v]) && SpeechCues.IsVerbAt(tokens, v)) k++;
        // "said via Twitter: “…”", "said about Amman: “…”": a colon before a quotation mark soon after the verb.
        for (var j = k; j < end + 1 && j < tokens.Count && j < k + 10 && !inQuote[j]; j++)
        {
            if (tokens[j].Text == ":" && j + 1 < tokens.Count && (inQuote[j + 1] || tokens[j + 1].Kind == TokenKind.QuoteMark)) return QuoteFollows;
        }
        if (k < end && tokens[k].Text == "that") return k + 1 < end && !inQuote[k + 1] ? k + 1 : end;
        // "called for the government to …", "called on Ukraine to …": the content follows the particle.
        if (lemma == "call" && k < end && tokens[k].Text is "for" or "on") k++;
        if (lemma is "tell" or "assure" or "inform" or "remind" or "warn" or "advise" or "reassure" or "ask" or "urge" or "promise"
            || lemma is "tell of")
        {
            // The addressee: a name, a pronoun, a few words ("told reporters", "told The Wall Street Journal", "told a
            // Senate panel on Wednesday"); the content starts after "that" or where a clause starts, and is none when
            // the sentence ends first (then the content is before the cue: "…, Carter told a Senate panel").
            var m = k < end ? MentionAt(tokens[k].Start) : null;
            if (m is not null && !m.Possessive)
            {
                var after = FirstTokenAt(tokens, m.End);
                k = after < 0 ? end : after;
            }
            else if (k < end && tokens[k].Text is "him" or "her" or "them" or "us" or "me" or "you" or "reporters" or "journalists"
                or "lawmakers" or "supporters" or "voters" or "listeners" or "viewers" or "readers" or "colleagues" or "staff" or "aides")
            {
                k++;
            }
            else if (lemma is "tell" or "inform" or "assure" or "reassure" or "remind")
            {
                var j = k;
                while (j < end && j < k + 8 && !inQuote[j] && tokens[j].Text is not ("that" or "," or ";" or ":") && !IsSubjectPronoun(tokens[j].Text)) j++;
                if (j >= end || inQuote[j] || tokens[j].Text is "," or ";") return end;
                if (j >= k + 8) return end;
                k = j;
            }
        }
        k = SkipTimeAndPlace(tokens, k, end);
        if (k < end && tokens[k].Text == "that") k++;
        // "said: “…”", "said, “…”": the verb introduces a direct quote.
        var q = k;
        while (q < end && tokens[q].Text is "," or ":") q++;
        if (q < end && (inQuote[q] || tokens[q].Kind == TokenKind.QuoteMark)) return QuoteFollows;
        if (k >= end) return end;
        var first = tokens[k];
        if (first.Kind != TokenKind.Word && first.Kind != TokenKind.Number) return end;
        // Nothing reported: "said so", "said it", "said nothing", "declined to comment".
        if (first.Text is "so" or "nothing" or "otherwise" or "goodbye"
            or "hello" or "yes" or "no" or "thanks" or "by" or "with" or "of" or "about" or "at" or "for" or "from" or "as" or "and" or "or"
            or "in" or "on" or "during" or "via" or "through" or "over" or "under" or "since" or "inside" or "outside" or "near" or "into"
            or "but" or "who" or "which" or "when" or "while" or "after" or "before" or "because" or "if" && lemma != "ask") return end;
        if (first.Text is "to" && !(lemma is "promise" or "vow" or "pledge" or "threaten" or "agree" or "urge" or "ask" or "offer" or "demand"
            || Lexicons.PositionVerbs.Contains(lemma))) return end;
        // "said Danny Russell, who …": an inverted source, not a content.
        if (SpeechCues.Inverts(tokens[v]) && (MentionAt(first.Start) is { } named && (FirstTokenAt(tokens, named.End) is var n && (n < 0 || n >= end || tokens[n].Text is "," or "." or "(")))) return end;
        // "…, said several observers", "…, said the company's chief executive": a short noun phrase to the end is the source.
        if (SpeechCues.Inverts(tokens[v]) && tokens[v - 1 >= 0 ? v - 1 : v].Text == "," && EndsAsSource(tokens, k, end)) return end;
        return k;
    }

    /// <summary>"said the company's chief executive." — a short noun phrase running to the end or a comma: a source.</summary>
    private static bool EndsAsSource(List<Token> tokens, int k, int end)
    {
        for (var j = k; j < end && j < k + 8; j++)
        {
            var t = tokens[j];
            if (t.Text is "," or "(") return true;
            if (t.Kind != TokenKind.Word || SpeechCues.IsVerb(t) || t.Text is "is" or "was" or "were" or "are" or "would" or "will" or "has" or "had" or "could" or "should" or "can") return false;
        }
        return end - k <= 8;
    }

    private static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "today", "yesterday", "tonight",
        "Monday's", "earlier", "later", "recently", "last", "this", "late", "early", "privately", "publicly", "repeatedly",
    };

    /// <summary>Past "on Monday", "in a statement", "at a news conference", "Tuesday", "last week" before a content.</summary>
    private static int SkipTimeAndPlace(List<Token> tokens, int k, int end)
    {
        var moved = true;
        while (moved && k < end)
        {
            moved = false;
            var t = tokens[k];
            if (Weekdays.Contains(t.Text))
            {
                k++;
                if (k < end && tokens[k].Text is "week" or "month" or "year" or "night" or "morning" or "afternoon" or "evening" or "weekend") k++;
                moved = true;
                continue;
            }
            if (t.Text is "on" or "in" or "at" or "during" or "after" or "before" or "via" or "through" or "over" && k + 1 < end)
            {
                // A short prepositional phrase ended by a comma, or a day: "on Monday", "in a statement," .
                var j = k + 1;
                while (j < end && j < k + 14 && tokens[j].Kind == TokenKind.Word && !(tokens[j].Text is "that")) j++;
                if (j < end && tokens[j].Text == "that") return j + 1;
                if (j < end && tokens[j].Text == "," && j - k <= 6)
                {
                    k = j + 1;
                    moved = true;
                    continue;
                }
                if (Weekdays.Contains(tokens[k + 1].Text))
                {
                    k += 2;
                    moved = true;
                    continue;
                }
                if (tokens[k + 1].Text is "a" or "an" or "his" or "her" or "their" or "its" && k + 2 < end
                    && tokens[k + 2].Text is "statement" or "interview" or "speech" or "letter" or "tweet" or "post" or "email" or "news" or "briefing" or "call" or "radio" or "television" or "TV")
                {
                    var e = k + 3;
                    while (e < end && e < k + 6 && tokens[e].Kind == TokenKind.Word && char.IsLower(tokens[e].First) && !(tokens[e].Text is "that" or "the" or "he" or "she" or "it" or "they" or "we")
                        && !Lexicons.RoleNouns.Contains(tokens[e].Text)) e++;
                    if (e < end && tokens[e].Text == "with" && e + 1 < end && MentionAt(tokens, e + 1)) e += 2;
                    k = e;
                    moved = true;
                }
            }
        }
        return k;

        static bool MentionAt(List<Token> tokens, int i) => tokens[i].IsCapitalized;
    }

    /// <summary>
    /// Back from token <paramref name="s"/> to the subject's last word: past auxiliaries and adverbs (<c>has also
    /// said</c>, <c>now says</c>), a day (<c>on Tuesday said</c>, <c>Monday said</c>) and a parenthesis.
    /// </summary>
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

    /// <summary>A reporting verb within three words after a comma, later in the sentence (<c>…,'' Ruiz said</c>).</summary>
    private static bool LaterCue(List<Token> tokens, int k, int end)
    {
        for (var c = k; c < end; c++)
        {
            if (tokens[c].Text != ",") continue;
            for (var j = c + 1; j < end && j <= c + 5; j++)
            {
                if (SpeechCues.IsVerbAt(tokens, j)) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Where a forward content ends: the sentence's end, or a comma that opens another report (<c>…, Ruiz said he …</c>,
    /// <c>…, he added</c>), whose frame is then read on its own.
    /// </summary>
    private int NextReport(int p, int k, int end)
    {
        var tokens = _tokens[p];
        var inQuote = InQuote(p);
        for (var c = k + 1; c < end - 1; c++)
        {
            if (tokens[c].Text != "," || inQuote[c]) continue;
            var n = c + 1;
            var m = MentionAt(tokens[n].Start);
            var afterSubject = m is { Possessive: false } ? FirstTokenAt(tokens, m.End)
                : tokens[n].Text is "he" or "she" or "they" ? n + 1 : -1;
            if (afterSubject < 0 || afterSubject >= end) continue;
            var verb = SkipForward(tokens, afterSubject);
            if (verb < end && SpeechCues.IsVerbAt(tokens, verb) && !tokens[verb].Text.EndsWith("ing", StringComparison.Ordinal)) return c;
        }
        return end;
    }

    /// <summary>After a trailing cue's source: where the next frame of the sentence may start.</summary>
    private int AfterSource(int p, int k, int end)
    {
        var tokens = _tokens[p];
        while (k < end && tokens[k].Text != "," && tokens[k].Text != ";") k++;
        return k;
    }

    /// <summary>
    /// The subject of a forward cue ending at token <paramref name="s"/>: a name or pronoun (<c>Smith said</c>),
    /// a name before an appositive or <c>who</c> (<c>Smith, the mayor, said</c>, <c>Smith, who said</c>), or an
    /// unnamed source (<c>officials said</c>: no speaker, but a subject all the same).
    /// </summary>
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
        // A word that is a noun as often as a verb ("states", "calls", "email") reports only after a named subject.
        if (NounLike(_tokens[p][v]) && SpeakerEndingAt(p, s, at) is null) return null;
        hasSubject = true;
        var speaker = SpeakerEndingAt(p, s, at);
        if (speaker is not null && MentionEndingAt(t.End) is { } mention && AfterPreposition(p, mention))
        {
            // "one of the lawyers for Tom Reyes said": the lawyers speak, not Reyes.
            return null;
        }
        if (speaker is { Kind: ActorKind.Place } && !IsClauseSubject(p, s, from)) speaker = null;
        if (speaker is null && t.Kind == TokenKind.Word && char.IsLower(t.First))
        {
            // "Ruiz's spokesman said": a role whose owner is named.
            for (var k = s - 1; k >= from && k >= s - 4; k--)
            {
                if (tokens[k].IsPossessive || tokens[k].Kind != TokenKind.Word) break;
            }
        }
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
        or "challenge" or "challenges" or "dispute" or "disputes" or "praise" or "criticism" or "appeal" or "cry" or "cries";

    private static bool IsSubjectPronoun(string w) => w is "he" or "she" or "they" or "it" or "we" or "I" or "you" or "there";

    private static bool IsPreposition(string w) => w is "of" or "for" or "from" or "with" or "at" or "in" or "by" or "on" or "about"
        or "against" or "into" or "over" or "under" or "than" or "as" or "like";

    /// <summary>Whether token <paramref name="k"/> can open a clause: a pronoun, a name, a determiner, a number.</summary>
    private bool StartsClause(int p, int k)
    {
        var t = _tokens[p][k];
        return t.Text is "he" or "she" or "it" or "they" or "we" or "I" or "you" or "the" or "a" or "an" or "there" or "this"
            || t.IsCapitalized || t.Kind == TokenKind.Number;
    }

    /// <summary>The first word of the sentence's main clause (past a leading conjunction).</summary>
    private int FirstWord(int p, int from, int end)
    {
        var tokens = _tokens[p];
        var k = from;
        while (k < end && (tokens[k].Kind == TokenKind.QuoteMark || tokens[k].Text is "But" or "And" or "Yet" or "So" or "Still" or "However" or "," or "—" or "–")) k++;
        return k;
    }

    /// <summary>The next comma outside quotes after <paramref name="k"/>, or <paramref name="end"/>.</summary>
    private int NextComma(int p, int k, int end)
    {
        var tokens = _tokens[p];
        var inQuote = InQuote(p);
        while (k < end && !(tokens[k].Text == "," && !inQuote[k])) k++;
        return k;
    }

    /// <summary>
    /// The indirect quote of tokens <paramref name="from"/> to <paramref name="to"/>, trimmed of punctuation at
    /// either end; null when it holds a quotation mark or too few words.
    /// </summary>
    private IndirectQuote? Make(int p, int from, int to, Actor? speaker, string verb, Actor? addressee)
    {
        var tokens = _tokens[p];
        var inQuote = InQuote(p);
        while (from < to && tokens[from].Kind == TokenKind.Punctuation && tokens[from].Text is "," or "—" or "–" or "-" or ":") from++;
        while (to > from && tokens[to - 1].Kind == TokenKind.Punctuation && tokens[to - 1].Text is "," or "—" or "–" or "-" or ":" or ";" or "." or "(") to--;
        // "… such as climate — with Beijing sweating in …": a last dash that opens the writer's own aside ends the content.
        for (var k = to - 2; k > from; k--)
        {
            if (tokens[k].Text is not ("—" or "–")) continue;
            if (tokens[k + 1].Text is "with" or "while" or "as" or "including" or "even" or "after" or "before" or "amid") to = k;
            break;
        }
        while (to > from && tokens[to - 1].Kind == TokenKind.Punctuation && tokens[to - 1].Text is "," or "—" or "–" or "-") to--;
        // "Lazar said he welcomed extradition and added, “…”": the content ends where a cue leads into a quote.
        for (var k = from; k < to; k++)
        {
            if (!inQuote[k] && tokens[k].Kind != TokenKind.QuoteMark) continue;
            var c = k - 1;
            while (c > from && tokens[c].Text is "," or ":") c--;
            if (c <= from || !SpeechCues.IsVerbAt(tokens, c)) return null;
            to = c;
            while (to > from && tokens[to - 1].Text is "and" or "but" or "," or "then" or "also" or "he" or "she" or "they") to--;
            break;
        }
        var words = 0;
        for (var k = from; k < to; k++)
        {
            if (inQuote[k] || tokens[k].Kind == TokenKind.QuoteMark) return null;
            if (tokens[k].Kind is TokenKind.Word or TokenKind.Number) words++;
        }
        if (words < MinContentWords) return null;
        var start = tokens[from].Start;
        return new IndirectQuote(new TextRange(start, tokens[to - 1].End - start), p, speaker, verb.ToLowerInvariant(), addressee);
    }

    /// <summary>Verbs of belief, perception and finding (<c>Lexicon/stance-verbs.txt</c>): a stated position only before a clause.</summary>
    private static bool IsStanceVerb(Token t) => t.Kind == TokenKind.Word && WordPool.Current.ClassesOf(t).Is(WordClass.StanceVerb);
}
