using System;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Extraction.Quotes;
using Newsroom.Generator.Extraction.Text;

namespace Newsroom.Generator.Extraction.Attribution;

/// <summary>
/// A quote with no reporting verb by it: a closing dash's name (<c>“…” ― Ana Ruiz</c>), a name and a colon
/// (<c>Lena Berg: “…”</c>), a possessor (<c>the mayor's “no new taxes” promise</c>), a signature opening the next
/// paragraph (<c>-Ana Ruiz, Dover.</c>), else the sentence's subject (<c>Reyes is labeling the budget “…”</c>).
/// </summary>
internal sealed partial class Attributor
{
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
                // "“…” — ‍Aparna Garg": past invisible joiners between the dash and the name.
                var n = i + 1;
                while (n + 1 < tokens.Count && tokens[n].Length == 1 && char.GetUnicodeCategory(tokens[n].First) == System.Globalization.UnicodeCategory.Format) n++;
                var m = MentionAt(tokens[n].Start);
                if (m is not null && m.Actor!.Kind != ActorKind.Place) return new Attribution(m.Actor, null, null, true);
            }
        }
        var qi = OpeningToken(q, out var at);

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

    /// <summary>
    /// A quote in a sentence of its own, with no quote before it in that sentence, whose subject opens it (<c>Hawkins
    /// attacked the “macho culture”</c>, <c>Politico regarded the debate as “more civil”</c>): the subject speaks, before
    /// any other quote of the paragraph lends its speaker.
    /// </summary>
    private Attribution? OwnSubject(RawQuote q)
    {
        var p = q.Paragraph;
        var tokens = _tokens[p];
        var qi = OpeningToken(q, out var at);
        var from = SentenceStart(p, qi);
        if (from >= qi || Facts(p).SentenceStart[Math.Min(qi, tokens.Count - 1)] != from) return null;
        for (var k = from; k < qi; k++)
        {
            if (InQuote(p)[k]) return null;
        }
        var start = AfterIntroductoryPhrase(p, from, qi);
        if (start >= qi) return null;
        if (IsPronoun(tokens[start].Text, out var gender))
        {
            var resolved = ResolvePronoun(p, tokens[start].Start, gender);
            return resolved is null ? null : new Attribution(resolved, null, null, true);
        }
        var opening = start + 1 < qi && tokens[start].Text is "the" or "The" ? start + 1 : start;
        var m = MentionAt(tokens[opening].Start);
        if (m is null || m.Possessive || m.Actor!.Kind == ActorKind.Place) return null;
        var next = FirstTokenAt(tokens, m.End);
        if (next < 0 || next >= qi || tokens[next].Kind != TokenKind.Word || !char.IsLower(tokens[next].First)) return null;
        // Another name on the way ("Thunberg received the award, with which Time credits …") may speak instead: not sure.
        for (var k = next; k < qi; k++)
        {
            if (MentionAt(tokens[k].Start) is { } other && other.Actor != m.Actor && other.Actor!.Kind != ActorKind.Place) return null;
        }
        return new Attribution(m.Actor, null, null, true);
    }
}
