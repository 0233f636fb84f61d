using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Newsroom.Generator.Extraction.Actors;
using Newsroom.Generator.Extraction.Quotes;
using Newsroom.Generator.Extraction.Text;

namespace Newsroom.Generator.Extraction.Attribution;

/// <summary>Who said a quote, with which verb, and to whom.</summary>
internal sealed record Attribution(Actor? Speaker, string? Verb, Actor? Addressee, bool Found)
{
    /// <summary>The source's words as written (see <see cref="Model.QuoteModel.Source"/>).</summary>
    public string? Source { get; init; }

    /// <summary>Taken from the layout (an interview's turn), not from a cue: not evidence that the quote is speech.</summary>
    public bool FromLayout { get; init; }
}

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
/// <para>
/// This file holds the entry point (<see cref="Attribute"/>), which runs those steps in that order, and the mention
/// look-ups the parts share. The rules stand beside it, one concern a file: step 1 in <c>AfterQuote.cs</c>, step 2 in
/// <c>BeforeQuote.cs</c>, a quote with no reporting verb near it in <c>NoReportingVerb.cs</c>, step 5 in
/// <c>FloatingQuotes.cs</c> (steps 3 and 4 are a few lines of <see cref="Attribute"/>); which actor a speaker phrase
/// names in <c>SpeakerPhrases.cs</c>, pronouns in <c>Pronouns.cs</c>, a sentence's subject in
/// <c>SentenceSubjects.cs</c>, and a paragraph's quoted tokens and sentences in <c>Sentences.cs</c>. The speech cues
/// (verbs, <c>according to</c>) are in <c>SpeechCues.cs</c>, surnames are matched to full names by
/// <see cref="ActorFinder.FindPerson"/>, and reported speech without marks is in <c>IndirectQuotes.cs</c>.
/// </para>
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

    public Attributor(string text, List<List<Token>> tokens, IReadOnlyList<RawQuote> quotes, List<Mention> mentions, ActorFinder actors)
    {
        _text = text;
        _tokens = tokens;
        // An organization named inside a person's title ("Senate Minority Whip Tom Reyes") is the person's, not a speaker.
        _mentions = mentions.Exists(m => m.Affiliation) ? mentions.FindAll(m => !m.Affiliation) : mentions;
        _actors = actors;
        _byStart = new Dictionary<int, Mention>(mentions.Count);
        _byEnd = new Dictionary<int, Mention>(mentions.Count);
        foreach (var m in _mentions)
        {
            if (!_byStart.ContainsKey(m.Start)) _byStart[m.Start] = m;
            if (!_byEnd.ContainsKey(m.End)) _byEnd[m.End] = m;
        }
        _quotesByParagraph = quotes.ToLookup(q => q.Paragraph);
        _paragraphs = new ParagraphFacts?[tokens.Count];
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
            result[i] = WithSource(q, result[i]);
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
            if (OwnSubject(quotes[i]) is { } own)
            {
                result[i] = WithSource(quotes[i], own);
                continue;
            }
            if (i > 0 && quotes[i - 1].Paragraph == quotes[i].Paragraph && result[i - 1].Found) result[i] = result[i - 1];
            else if (nextFound[i] >= 0) result[i] = result[nextFound[i]];
        }

        // No reporting verb: the sentence's subject, or a closing dash's name.
        for (var i = 0; i < quotes.Count; i++)
        {
            if (!result[i].Found && Subject(quotes[i]) is { } subject) result[i] = WithSource(quotes[i], subject);
            // In an interview's turn, what nothing else attributes is the turn's speaker's.
            if (!result[i].Found && TurnOf(quotes[i].Paragraph) is { Interviewer: false, Speaker: { } turnSpeaker })
            {
                result[i] = new Attribution(turnSpeaker, null, null, true) { Source = SpeakerSurface(quotes[i], turnSpeaker), FromLayout = true };
            }
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
                    result[i] = WithSpeakerSurface(quotes[i], lead);
                }
                else if (lastAttributed.TryGetValue(p - 1, out var j))
                {
                    result[i] = result[j];
                }
                else if (!hasQuote.Contains(p - 1) && p > 0 && StartsParagraph(quotes[i]))
                {
                    result[i] = ReportedSpeech(p - 1) is { } reported ? WithSpeakerSurface(quotes[i], reported) : result[i];
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
}
