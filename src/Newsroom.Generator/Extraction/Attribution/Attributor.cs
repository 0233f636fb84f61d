using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Newsroom.Generator.Extraction.Actors;
using Newsroom.Generator.Extraction.Lexicon;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Extraction.Quotes;
using Newsroom.Generator.Extraction.Text;

namespace Newsroom.Generator.Extraction.Attribution;

/// <summary>Who said a quote, with which verb, and to whom.</summary>
internal sealed record Attribution(Actor? Speaker, string? Verb, Actor? Addressee, bool Found);

/// <summary>
/// Finds each quote's speaker, in the order a careful reader looks:
/// 1. after the closing mark (<c>“…,” he said</c>, <c>“…,” said Danny Russell</c>, <c>“…,” according to X</c>);
/// 2. before the opening mark in the same sentence (<c>X said: “…”</c>, <c>X said he would “…”</c>,
///    <c>X, who is …, said, “…”</c>, <c>…, saying … “…”</c>);
/// 3. the quote a reopened paragraph continues;
/// 4. another quote of the same paragraph (<c>“…,” he said. “…”</c>);
/// 5. the previous paragraph's speaker, or its <c>X said:</c>, for a paragraph of floating quotes.
/// Pronouns go to the nearest earlier sentence subject of the right gender; <c>the ministry</c> to the last
/// organization so named; surnames to the full name.
/// </summary>
internal sealed partial class Attributor
{
    private readonly string _text;
    private readonly List<List<Token>> _tokens;
    private readonly List<Mention> _mentions;
    private readonly ActorFinder _actors;
    private readonly Dictionary<int, Mention> _byStart;
    private readonly Dictionary<int, Mention> _byEnd;
    private readonly ILookup<int, RawQuote> _quotesByParagraph;
    private readonly ParagraphFacts?[] _paragraphs;

    /// <summary>
    /// What the attributor reads of a paragraph besides its tokens. Made on first use: only paragraphs with a quote and
    /// the few before them are ever read, and most paragraphs of an article are neither.
    /// </summary>
    private sealed class ParagraphFacts
    {
        public ParagraphFacts(bool[] inQuote, int[] sentence, int[] sentenceStart, int firstQuoted)
        {
            InQuote = inQuote;
            Sentence = sentence;
            SentenceStart = sentenceStart;
            FirstQuoted = firstQuoted;
        }

        /// <summary>Per token, whether it lies inside a quote (marks included).</summary>
        public bool[] InQuote { get; }

        /// <summary>Per token, its sentence's number.</summary>
        public int[] Sentence { get; }

        /// <summary>Per token, the first token of its sentence.</summary>
        public int[] SentenceStart { get; }

        /// <summary>The first token inside a quote (<see cref="int.MaxValue"/> when none): any later token has a quote before it.</summary>
        public int FirstQuoted { get; }
    }

    public Attributor(string text, List<List<Token>> tokens, IReadOnlyList<RawQuote> quotes, List<Mention> mentions, ActorFinder actors)
    {
        _text = text;
        _tokens = tokens;
        _mentions = mentions;
        _actors = actors;
        _byStart = new Dictionary<int, Mention>(mentions.Count);
        _byEnd = new Dictionary<int, Mention>(mentions.Count);
        foreach (var m in mentions)
        {
            if (!_byStart.ContainsKey(m.Start)) _byStart[m.Start] = m;
            if (!_byEnd.ContainsKey(m.End)) _byEnd[m.End] = m;
        }
        _quotesByParagraph = quotes.ToLookup(q => q.Paragraph);
        _paragraphs = new ParagraphFacts?[tokens.Count];
    }

    private ParagraphFacts Facts(int p) => _paragraphs[p] ??= ReadParagraph(p);

    private bool[] InQuote(int p) => Facts(p).InQuote;

    [MethodImpl(Hot.Loop)]
    private ParagraphFacts ReadParagraph(int p)
    {
        var list = _tokens[p];
        var mask = new bool[list.Count];
        foreach (var q in _quotesByParagraph[p])
        {
            var from = q.OpenMark >= 0 ? q.OpenMark : q.Span.Start;
            var to = q.CloseMark >= 0 ? q.CloseMark + 1 : q.Span.End;
            var k = FirstTokenAt(list, from);
            for (; k >= 0 && k < list.Count && list[k].End <= to; k++) mask[k] = true;
        }
        var ids = Sentences(list, mask);
        var starts = new int[list.Count];
        var firstQuoted = int.MaxValue;
        for (var k = 0; k < list.Count; k++)
        {
            starts[k] = k > 0 && ids[k - 1] == ids[k] ? starts[k - 1] : k;
            if (mask[k] && firstQuoted == int.MaxValue) firstQuoted = k;
        }
        return new ParagraphFacts(mask, ids, starts, firstQuoted);
    }

    [MethodImpl(Hot.Loop)]
    public List<Attribution> Attribute(IReadOnlyList<RawQuote> quotes, CancellationToken cancellationToken)
    {
        var result = new Attribution[quotes.Count];
        for (var i = 0; i < quotes.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var q = quotes[i];
            result[i] = After(q) ?? Before(q) ?? LaterInSentence(q) ?? new Attribution(null, null, null, false);
            if (!result[i].Found && q.ContinuesPrevious && i > 0) result[i] = result[i - 1];
        }

        // Quotes of a paragraph without their own attribution share the nearest attributed one's: the previous one
        // (which carries on along the paragraph), else the next one that opens with a mark. One pass each way, so a
        // paragraph of thousands of stray marks stays linear.
        var nextFound = new int[quotes.Count];
        for (var i = quotes.Count - 1; i >= 0; i--)
        {
            var sameNext = i + 1 < quotes.Count && quotes[i + 1].Paragraph == quotes[i].Paragraph;
            nextFound[i] = !sameNext ? -1
                : result[i + 1].Found && quotes[i + 1].OpenMark >= 0 ? i + 1
                : nextFound[i + 1];
        }
        for (var i = 0; i < quotes.Count; i++)
        {
            if (result[i].Found) continue;
            if (i > 0 && quotes[i - 1].Paragraph == quotes[i].Paragraph && result[i - 1].Found) result[i] = result[i - 1];
            else if (nextFound[i] >= 0) result[i] = result[nextFound[i]];
        }

        // No reporting verb: the sentence's subject, or a closing dash's name.
        for (var i = 0; i < quotes.Count; i++)
        {
            if (!result[i].Found) result[i] = Subject(quotes[i]) ?? result[i];
        }

        // Floating paragraphs: the previous paragraph's speaker, or its "X said:" lead-in. The last attributed quote
        // of each paragraph is kept as we go, so no quote looks back through the others.
        var lastAttributed = new Dictionary<int, int>();
        var hasQuote = new HashSet<int>(quotes.Select(x => x.Paragraph));
        for (var i = 0; i < quotes.Count; i++)
        {
            var p = quotes[i].Paragraph;
            if (!result[i].Found)
            {
                var lead = LeadInFromPreviousParagraph(p);
                if (lead is not null)
                {
                    result[i] = lead;
                }
                else if (lastAttributed.TryGetValue(p - 1, out var j))
                {
                    result[i] = result[j];
                }
                else if (!hasQuote.Contains(p - 1) && p > 0 && StartsParagraph(quotes[i]))
                {
                    result[i] = ReportedSpeech(p - 1) ?? result[i];
                }
                if (!result[i].Found && StartsParagraph(quotes[i]))
                {
                    // "“…,” Okoro notes. / Okoro is hopeful about … / “…”": the last speaker, when the paragraph
                    // between names them.
                    var latest = -1;
                    for (var back = p - 1; back >= p - 3; back--)
                    {
                        if (lastAttributed.TryGetValue(back, out var k) && k > latest) latest = k;
                    }
                    if (latest >= 0 && NamedOutsideQuotes(p - 1, result[latest].Speaker!)) result[i] = result[latest];
                }
            }
            if (result[i].Found && result[i].Speaker is not null) lastAttributed[p] = i;
        }
        return result.ToList();
    }

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
        // "“We won,” when the mayor called him": a subordinate clause, not an attribution.
        if (tokens[i].Text is "when" or "as" or "after" or "before" or "while" or "because" or "if" or "since" or "until" or "unless" or "though" or "although") return null;
        // "…end.” He said" starts a new sentence; only lower case carries on the quote's sentence.
        if (last is '.' && char.IsUpper(tokens[i].First) && !StartsSpeakerThenVerb(tokens, i)) return null;

        var phrase = SpeechCues.PhraseAt(tokens, i);
        if (phrase > 0)
        {
            var who = SpeakerAfter(p, i + phrase, q.Span.Start);
            if (who is not null) return new Attribution(who, Words(tokens, i, i + phrase), null, true);
        }

        // said X
        if (SpeechCues.IsVerbAt(tokens, i) && SpeechCues.Inverts(tokens[i]))
        {
            var who = SpeakerAfter(p, i + 1, q.Span.Start);
            if (who is not null) return new Attribution(who, tokens[i].Text, null, true);
            return null;
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
            if (who is null) break;
            if (last is not (',' or '—' or '–' or '-') && IntroducesNextQuote(p, v)) return null;
            return new Attribution(who, tokens[v].Text, Addressee(p, v), true);
        }
        return null;
    }

    /// <summary>"Berg then writes back, “See you soon.”": the verb leads into the next quote.</summary>
    private bool IntroducesNextQuote(int p, int v)
    {
        var tokens = _tokens[p];
        for (var k = v + 1; k < tokens.Count && k <= v + 6; k++)
        {
            if (tokens[k].Kind == TokenKind.QuoteMark) return true;
            if (tokens[k].Text is "," or ":" or "back" or "again" or "later" or "then" or "simply" or "only" or "that") continue;
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
    /// Attribution in the sentence before the opening mark, nearest reporting verb first: its subject
    /// (<c>X said</c>, <c>X, who is …, said</c>), else the name right after it (<c>said X</c>). A participle after a
    /// comma (<c>…, saying</c>, <c>adding</c>) belongs to the clause before it: the speaker of an earlier verb, else the
    /// sentence's subject, else the previous sentence's.
    /// </summary>
    private Attribution? Before(RawQuote q)
    {
        var p = q.Paragraph;
        var tokens = _tokens[p];
        var at = q.OpenMark >= 0 ? q.OpenMark : q.Span.Start;
        var qi = FirstTokenAt(tokens, at);
        if (qi < 0) qi = tokens.Count;
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

        string? participle = null;
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

            var s = SkipBack(tokens, v - 1, from);
            // "with Senator Lena Berg telling reporters": a participle right after a name belongs to that name.
            if (SpeechCues.IsParticiple(tokens[v]) && participle is null && s >= from && MentionEndingAt(tokens[s].End) is { Possessive: false } holder
                && holder.Actor!.Kind != ActorKind.Place)
            {
                return new Attribution(holder.Actor, tokens[v].Text, Addressee(p, v), true);
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
                // Walk back comma by comma past places ("Ruiz, during a meeting in Dayton, Ohio, said").
                for (var c = s - 1; c > from; c--)
                {
                    if (tokens[c].Text != "," || InQuote(p)[c]) continue;
                    var who = SpeakerEndingAt(p, SkipBack(tokens, c - 1, from), at);
                    if (who is not null && (who.Kind != ActorKind.Place || IsClauseSubject(p, SkipBack(tokens, c - 1, from), from)))
                    {
                        return new Attribution(who, verb, Addressee(p, v), true);
                    }
                }
            }
            if (s >= from)
            {
                var who = SpeakerEndingAt(p, s, at);
                if (who is not null) return new Attribution(who, verb, Addressee(p, v), true);
            }
            var inverted = SpeechCues.Inverts(tokens[v]) ? SpeakerAfter(p, v + 1, at) : null;
            if (inverted is not null) return new Attribution(inverted, verb, null, true);
            if (!SpeechCues.Inverts(tokens[v]))
            {
                // "Ruiz … thanked the nurses and called X “…”": the object is not the speaker; the subject is.
                var subject = SentenceSubject(p, from, v, at);
                if (subject is not null) return new Attribution(subject, verb, Addressee(p, v), true);
            }
        }

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

    /// <summary>
    /// No reporting verb at all: the sentence's subject still speaks (<c>Reyes is labeling the budget “…”</c>),
    /// and a closing dash names the speaker (<c>“…” ― Ana Ruiz</c>).
    /// </summary>
    private Attribution? Subject(RawQuote q)
    {
        var p = q.Paragraph;
        var tokens = _tokens[p];
        if (q.CloseMark >= 0)
        {
            var i = FirstTokenAt(tokens, q.CloseMark + 1);
            if (i >= 0 && i + 1 < tokens.Count && tokens[i].Text is "—" or "―" or "–" or "-")
            {
                var m = MentionAt(tokens[i + 1].Start);
                if (m is not null && m.Actor!.Kind != ActorKind.Place) return new Attribution(m.Actor, null, null, true);
            }
        }
        var at = q.OpenMark >= 0 ? q.OpenMark : q.Span.Start;
        var qi = FirstTokenAt(tokens, at);
        if (qi < 0) qi = tokens.Count;

        // "Lena Berg: “Two weeks ago …”"
        if (qi >= 2 && tokens[qi - 1].Text == ":" && MentionEndingAt(tokens[qi - 2].End) is { Possessive: false } colonSpeaker
            && colonSpeaker.Actor!.Kind != ActorKind.Place)
        {
            return new Attribution(colonSpeaker.Actor, null, null, true);
        }

        // "the mayor's “no new taxes” promise"
        if (qi >= 1 && tokens[qi - 1].IsPossessive && qi >= 2 && MentionEndingAt(tokens[qi - 2].End) is { } owner && owner.Actor!.Kind != ActorKind.Place)
        {
            return new Attribution(owner.Actor, null, null, true);
        }

        // A paragraph of its own signed on the next line: "“…” / -Ana Ruiz, Dover."
        if (p + 1 < _tokens.Count && StartsParagraph(q) && _tokens[p + 1].Count >= 2 && _tokens[p + 1][0].Text is "-" or "—" or "―" or "–"
            && MentionAt(_tokens[p + 1][1].Start) is { } signer && signer.Actor!.Kind != ActorKind.Place)
        {
            return new Attribution(signer.Actor, null, null, true);
        }

        var from = SentenceStart(p, qi);
        if (from >= qi) return null;
        var subject = SentenceSubject(p, from, qi, at);
        return subject is null ? null : new Attribution(subject, null, null, true);
    }

    /// <summary>Forward from token <paramref name="k"/> over adverbs, auxiliaries and a parenthesis.</summary>
    private static int SkipForward(List<Token> tokens, int k)
    {
        while (k < tokens.Count)
        {
            if (SpeechCues.IsAuxiliaryOrAdverb(tokens[k]) && !SpeechCues.IsVerbAt(tokens, k))
            {
                k++;
                continue;
            }
            if (tokens[k].Text == "(")
            {
                var close = k + 1;
                while (close < tokens.Count && tokens[close].Text != ")" && close - k < 8) close++;
                if (close < tokens.Count && tokens[close].Text == ")")
                {
                    k = close + 1;
                    continue;
                }
            }
            break;
        }
        return k;
    }

    /// <summary>Back from token <paramref name="s"/> over adverbs, auxiliaries and a parenthesis such as <c>(D-Mo.)</c>.</summary>
    private static int SkipBack(List<Token> tokens, int s, int from)
    {
        while (s >= from)
        {
            if (SpeechCues.IsAuxiliaryOrAdverb(tokens[s]))
            {
                s--;
                continue;
            }
            if (tokens[s].Text == ")")
            {
                var open = s - 1;
                while (open >= from && tokens[open].Text != "(" && s - open < 8) open--;
                if (open >= from && tokens[open].Text == "(")
                {
                    s = open - 1;
                    continue;
                }
            }
            break;
        }
        return s;
    }

    /// <summary>
    /// Where the sentence holding token <paramref name="qi"/> starts, but never more than <see cref="Reach"/> tokens
    /// back: attribution cues stand near their quote, and a paragraph with no sentence end (thousands of stray
    /// marks, a megabyte on one line) must not make every quote scan the whole paragraph.
    /// </summary>
    private int SentenceStart(int p, int qi)
    {
        var tokens = _tokens[p];
        if (tokens.Count == 0) return 0;
        var k = Math.Min(qi, tokens.Count - 1);
        return Math.Max(Facts(p).SentenceStart[k], qi - Reach);
    }

    private const int Reach = 80;

    /// <summary>The subject of the sentence before token <paramref name="from"/> in the same paragraph.</summary>
    private Actor? PreviousSentenceSubject(int p, int from, int position)
    {
        if (from == 0) return null;
        var start = SentenceStart(p, from - 1);
        return SentenceSubject(p, start, from, position);
    }

    private bool AfterPreposition(int p, Mention m)
    {
        var k = FirstTokenAt(_tokens[p], m.Start) - 1;
        if (k < 0) return false;
        // A title or role may stand between: "for Vice President Joe Biden".
        while (k > 0 && (_tokens[p][k].IsCapitalized || Lexicons.RoleNouns.Contains(_tokens[p][k].Text))) k--;
        return _tokens[p][k].Text is "of" or "for" or "from" or "with" or "at" or "in" or "by" or "to" or "about" or "against" or "on";
    }

    private bool HasEarlierQuote(RawQuote q)
    {
        var tokens = _tokens[q.Paragraph];
        var at = q.OpenMark >= 0 ? q.OpenMark : q.Span.Start;
        var k = FirstTokenAt(tokens, at);
        return k > 0 && k > Facts(q.Paragraph).FirstQuoted;
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

    private bool NamedOutsideQuotes(int p, Actor actor)
    {
        _namedIn ??= _mentions.Where(m => !m.InQuote).Select(m => (m.Paragraph, m.Actor!)).ToLookup(x => x.Paragraph, x => x.Item2);
        return _namedIn[p].Contains(actor);
    }

    private ILookup<int, Actor>? _namedIn;

    private bool StartsParagraph(RawQuote q)
    {
        var tokens = _tokens[q.Paragraph];
        return tokens.Count > 0 && (tokens[0].Start == q.OpenMark || tokens[0].Start == q.Span.Start);
    }

    /// <summary>The last speaker of reported speech in a paragraph (<c>Ruiz said the campaign was …</c>).</summary>
    private Attribution? ReportedSpeech(int p)
    {
        var tokens = _tokens[p];
        for (var v = tokens.Count - 1; v >= 0; v--)
        {
            if (InQuote(p)[v] || !SpeechCues.IsVerbAt(tokens, v)) continue;
            var s = v - 1;
            while (s >= 0 && SpeechCues.IsAuxiliaryOrAdverb(tokens[s])) s--;
            var who = s >= 0 ? SpeakerEndingAt(p, s, tokens[v].Start) : null;
            who ??= SpeakerAfter(p, v + 1, tokens[v].Start);
            if (who is null && SpeechCues.IsParticiple(tokens[v])) who = SentenceSubject(p, SentenceStart(p, v), v, tokens[v].Start);
            if (who is not null) return new Attribution(who, tokens[v].Text, null, true);
        }
        return null;
    }

    /// <summary>The previous paragraph ends "X said:" (or "X said."), introducing this one.</summary>
    private Attribution? LeadInFromPreviousParagraph(int p)
    {
        if (p == 0) return null;
        var tokens = _tokens[p - 1];
        if (tokens.Count < 2 || tokens[tokens.Count - 1].Text != ":") return null;
        var last = tokens.Count - 1;
        for (var v = last - 1; v >= 0 && v >= last - 12; v--)
        {
            if (InQuote(p - 1)[v]) break;
            if (!SpeechCues.IsVerbAt(tokens, v) && !(v == 0 && SpeechCues.IsVerbIgnoringCase(tokens[v]))) continue;
            var s = v - 1;
            while (s >= 0 && SpeechCues.IsAuxiliaryOrAdverb(tokens[s])) s--;
            var who = s >= 0 ? SpeakerEndingAt(p - 1, s, tokens[v].Start) : null;
            who ??= SpeakerAfter(p - 1, v + 1, tokens[v].Start);
            if (who is not null) return new Attribution(who, tokens[v].Text, Addressee(p - 1, v), true);
        }
        return null;
    }

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
        if (from >= to || !Introducers.Contains(tokens[from].Text)) return from;
        for (var k = from + 1; k < to; k++)
        {
            if (InQuote(p)[k]) return from;
            if (tokens[k].Text == ",") return k + 1 < to ? k + 1 : from;
        }
        return from;
    }

    /// <summary>A speaker phrase that ends at token <paramref name="k"/>: a name, a pronoun, or "the ministry".</summary>
    private Actor? SpeakerEndingAt(int p, int k, int position)
    {
        var tokens = _tokens[p];
        if (k < 0 || InQuote(p)[k]) return null;
        var t = tokens[k];
        if (IsPronoun(t.Text, out var gender)) return ResolvePronoun(p, t.Start, gender);
        var m = MentionEndingAt(t.End);
        if (m is not null && !m.Possessive) return m.Actor;
        if (t.Kind == TokenKind.Word && char.IsLower(t.First) && k > 0)
        {
            return Described(p, k, position);
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
            if (IsPronoun(t.Text, out var gender)) return j == k ? ResolvePronoun(p, t.Start, gender) : null;
            var m = MentionAt(t.Start);
            if (m is not null && !m.Possessive)
            {
                // "said ACME spokesman Tom Reyes": an organization qualifying a person's role is not the speaker.
                if (m.Actor!.Kind != ActorKind.Person)
                {
                    var after = FirstTokenAt(tokens, m.End);
                    for (var r = after; r >= 0 && r < tokens.Count && r < after + 4; r++)
                    {
                        var n = MentionAt(tokens[r].Start);
                        if (n is not null && n.Actor!.Kind == ActorKind.Person && !n.Possessive) return n.Actor;
                        if (!(Lexicons.RoleNouns.Contains(tokens[r].Text) || Lexicons.Titles.Contains(tokens[r].Text))) break;
                    }
                }
                return m.Actor;
            }
            if (t.Kind != TokenKind.Word) return null;
            if (m is not null && m.Possessive) continue;
            if (t.Text is "the" or "a" or "an" or "its" or "his" or "her" or "their" || t.IsCapitalized || t.IsPossessive
                || Lexicons.RoleNouns.Contains(t.Text) || Lexicons.Titles.Contains(t.Text) || Lexicons.Demonyms.Contains(t.Text))
            {
                var d = char.IsLower(t.First) && j > k ? Described(p, j, position) : null;
                if (d is not null && (j + 1 >= tokens.Count || MentionAt(tokens[j + 1].Start) is null)) return d;
                continue;
            }
            if (char.IsLower(t.First) && j - k <= 4 && !StopsDescription(t)) continue;
            return null;
        }
        return null;
    }

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
        for (; i < _mentions.Count && _mentions[i].Start < position; i++)
        {
            var a = _mentions[i].Actor!;
            if (a.Kind == ActorKind.Organization && a.Name.IndexOf(noun, StringComparison.OrdinalIgnoreCase) >= 0) found = a;
            else if (a.Kind == ActorKind.Person && a.Role is not null && a.Role.IndexOf(noun, StringComparison.OrdinalIgnoreCase) >= 0) found = a;
        }
        _described[noun] = (i, found);
        return found;
    }

    private Dictionary<string, (int Read, Actor? Found)>? _described;

    private Actor? Addressee(int p, int verb)
    {
        var tokens = _tokens[p];
        if (SpeechCues.LemmaOf(tokens[verb]) != "tell" || verb + 1 >= tokens.Count) return null;
        var m = MentionAt(tokens[verb + 1].Start);
        return m is not null && m.Actor!.Kind == ActorKind.Person ? m.Actor : null;
    }

    private static bool IsPronoun(string w, out Gender gender)
    {
        switch (w)
        {
            case "he": case "He": gender = Gender.Male; return true;
            case "she": case "She": gender = Gender.Female; return true;
            default: gender = Gender.Unknown; return false;
        }
    }

    /// <summary>
    /// The nearest earlier sentence's subject of the right gender: walking back sentence by sentence (this
    /// paragraph, then up to three before it), the first named person outside quotes that is not a possessive.
    /// </summary>
    private Actor? ResolvePronoun(int p, int position, Gender gender)
    {
        var firstPara = Math.Max(0, p - 3);
        // The newest sentence holding a candidate wins; within it, the first non-possessive mention, else the first.
        // One pass over the mentions (they are in text order), keeping the best sentence seen so far.
        var bestParagraph = -1;
        var bestSentence = -1;
        Mention? first = null;
        Mention? subject = null;
        // Mentions are in text order, so those of paragraph firstPara onwards are a tail of the list.
        for (var i = FirstMentionOfParagraph(firstPara); i < _mentions.Count; i++)
        {
            var m = _mentions[i];
            if (m.Start >= position) break;
            if (m.Paragraph < firstPara || m.Actor!.Kind != ActorKind.Person || m.InQuote || !Compatible(m.Actor, gender)) continue;
            var paragraph = m.Paragraph;
            var sentence = SentenceOf(i);
            if (paragraph > bestParagraph || (paragraph == bestParagraph && sentence > bestSentence))
            {
                bestParagraph = paragraph;
                bestSentence = sentence;
                first = m;
                subject = m.Possessive ? null : m;
            }
            else if (paragraph == bestParagraph && sentence == bestSentence && subject is null && !m.Possessive)
            {
                subject = m;
            }
        }
        if (first is null) return null;
        var actor = (subject ?? first).Actor!;
        if (actor.Gender == Gender.Unknown) actor.Gender = gender;
        return actor;
    }

    /// <summary>The index of the first mention in paragraph <paramref name="p"/> or later (binary search).</summary>
    private int FirstMentionOfParagraph(int p)
    {
        int lo = 0, hi = _mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_mentions[mid].Paragraph >= p) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    /// <summary>
    /// The sentence number (in its paragraph) of mention <paramref name="i"/>, found once: pronouns of reported speech
    /// (<c>he said the …</c>) ask it of the same mentions again and again.
    /// </summary>
    private int SentenceOf(int i)
    {
        _mentionSentences ??= NewFilled(_mentions.Count);
        if (_mentionSentences[i] >= 0) return _mentionSentences[i];
        var m = _mentions[i];
        var k = FirstTokenAt(_tokens[m.Paragraph], m.Start);
        return _mentionSentences[i] = k >= 0 ? Facts(m.Paragraph).Sentence[k] : 0;

        static int[] NewFilled(int n)
        {
            var a = new int[n];
            for (var x = 0; x < n; x++) a[x] = -1;
            return a;
        }
    }

    private int[]? _mentionSentences;

    private static bool Compatible(Actor a, Gender g) => a.Gender == Gender.Unknown || g == Gender.Unknown || a.Gender == g;

    private Mention? MentionAt(int start) => _byStart.TryGetValue(start, out var m) ? m : null;

    private Mention? MentionEndingAt(int end) => _byEnd.TryGetValue(end, out var m) ? m : null;

    /// <summary>The first token starting at or after <paramref name="offset"/>, or -1 (binary search).</summary>
    internal static int FirstTokenAt(List<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start >= offset) hi = mid; else lo = mid + 1;
        }
        return lo < tokens.Count ? lo : -1;
    }

    private string Words(List<Token> tokens, int from, int to) =>
        ActorFinder.NormalizeSpace(_text, tokens[from].Start, tokens[to - 1].End - tokens[from].Start).ToLowerInvariant();

    private static bool IsSentenceEnd(Token t) => t.Length == 1 && t.First is '.' or '!' or '?';

    /// <summary>Sentence numbers for a paragraph's tokens. Ends of sentences inside quotes do not count; a closing mark after a final period does.</summary>
    private int[] Sentences(List<Token> tokens, bool[] inQuote)
    {
        var ids = new int[tokens.Count];
        var id = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            ids[k] = id;
            var t = tokens[k];
            // Only a period, ! or ? (or a closing mark after one) can end a sentence: the next token is read for those alone.
            if (!inQuote[k] && IsSentenceEnd(t))
            {
                if (k + 1 < tokens.Count && NextStartsSentence(tokens[k + 1], inQuote[k + 1])) id++;
            }
            else if (t.Kind == TokenKind.QuoteMark && inQuote[k] && k > 0 && IsSentenceEnd(tokens[k - 1])
                && (k + 1 >= tokens.Count || NextAfterClosingMark(tokens[k + 1], inQuote[k + 1])))
            {
                id++;
            }
        }
        return ids;
    }

    private static bool NextStartsSentence(Token next, bool nextInQuote) =>
        next.IsCapitalized || next.Kind == TokenKind.QuoteMark && !nextInQuote || next.Kind == TokenKind.Number;

    private static bool NextAfterClosingMark(Token next, bool nextInQuote) =>
        next.IsCapitalized && !nextInQuote || next.Kind == TokenKind.QuoteMark;
}
