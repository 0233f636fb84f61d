using System.Linq;
using Newsroom.Generator.Extraction.Actors;
using Newsroom.Generator.Extraction.Quotes;

namespace Newsroom.Generator.Extraction.Attribution;

/// <summary>
/// Floating quotes, those of a paragraph with no attribution of its own, take a speaker from before it (the order is in
/// <see cref="Attribute"/>, which also lets a quote continue the previous one and share its paragraph's): the previous
/// paragraph's lead-in (<c>X said:</c>), the last speaker of reported speech in a quote-less paragraph before
/// (<c>Ruiz said the campaign was …</c>), or the last speaker when the paragraph between names them outside quotes.
/// </summary>
internal sealed partial class Attributor
{
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
            // "AIP chairman Markham Robinson, whose bio includes …, writes:": the sentence's subject.
            who ??= SentenceSubject(p - 1, SentenceStart(p - 1, v), v, tokens[v].Start);
            if (who is not null) return new Attribution(who, tokens[v].Text, Addressee(p - 1, v), true);
        }
        // "He provided Wikinews with the text of a message he sent to …:": a document the sentence's subject gives.
        var from = SentenceStart(p - 1, last);
        for (var k = from; k < last; k++)
        {
            if (InQuote(p - 1)[k] || !(char.IsLower(tokens[k].First) && DocumentNouns.Contains(tokens[k].Text) || tokens[k].Text is "text")) continue;
            var subject = SentenceSubject(p - 1, from, k, tokens[k].Start);
            return subject is null ? null : new Attribution(subject, null, null, true);
        }
        return null;
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
            // "Berg, plainly annoyed, replied …, saying the Reyes team was …": a participle's speaker is its
            // clause's subject; what follows it is what was said.
            if (who is null && SpeechCues.IsParticiple(tokens[v])) who = SentenceSubject(p, SentenceStart(p, v), v, tokens[v].Start);
            who ??= SpeakerAfter(p, v + 1, tokens[v].Start);
            if (who is not null) return new Attribution(who, tokens[v].Text, null, true);
        }
        return null;
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
}
