using System;
using System.Collections.Generic;
using Newsroom.Generator.Extraction.Actors;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Extraction.Text;

namespace Newsroom.Generator.Extraction.Attribution;

/// <summary>
/// An interview or transcript laid out as turns: a paragraph that opens with its speaker's label (<c>((Jane Roe))</c>,
/// <c>((WN))</c>, <c>Jane Roe:</c>, <c>Q:</c>) and the unlabelled paragraphs that carry on the same turn. In a
/// speaker's turn, <c>I said “…”</c> and a quote nothing else attributes are that speaker's; in the interviewer's turn
/// (<c>((WN))</c>, <c>Q:</c>, <c>Interviewer:</c>), <c>you wrote “…”</c> is the interviewee's (the speaker with the
/// most turns).
/// </summary>
internal sealed partial class Attributor
{
    private readonly struct Turn
    {
        public Turn(Actor? speaker, bool interviewer)
        {
            Speaker = speaker;
            Interviewer = interviewer;
        }

        public Actor? Speaker { get; }
        public bool Interviewer { get; }
        public bool IsTurn => Speaker is not null || Interviewer;
    }

    private Turn[]? _turns;
    private Actor? _interviewee;

    private Turn TurnOf(int p)
    {
        if (_turns is null) ReadTurns();
        return _turns![p];
    }

    private void ReadTurns()
    {
        _turns = new Turn[_tokens.Count];
        var counts = new Dictionary<Actor, int>();
        var labelled = 0;
        for (var p = 0; p < _tokens.Count; p++)
        {
            var label = Label(p, out var found);
            if (found)
            {
                _turns[p] = label;
                labelled++;
                if (label.Speaker is not null) counts[label.Speaker] = counts.TryGetValue(label.Speaker, out var n) ? n + 1 : 1;
            }
            else if (p > 0 && _turns[p - 1].IsTurn && _tokens[p].Count > 0)
            {
                _turns[p] = _turns[p - 1];
            }
        }
        // One label is not yet a transcript: it takes two turns.
        if (labelled < 2)
        {
            _turns = new Turn[_tokens.Count];
            return;
        }
        var best = 0;
        foreach (var pair in counts)
        {
            if (pair.Value > best || pair.Value == best && _interviewee is not null && pair.Key.FirstOffset < _interviewee.FirstOffset)
            {
                best = pair.Value;
                _interviewee = pair.Key;
            }
        }
    }

    /// <summary>A turn's label at the paragraph's start: <c>((Name))</c> or <c>Name:</c>.</summary>
    private Turn Label(int p, out bool found)
    {
        found = false;
        var tokens = _tokens[p];
        if (tokens.Count < 3) return default;
        int from, to;
        if (tokens[0].Text == "(" && tokens[1].Text == "(")
        {
            var close = 2;
            while (close < tokens.Count && close < 10 && tokens[close].Text != ")") close++;
            if (close >= tokens.Count || tokens[close].Text != ")" || close + 1 >= tokens.Count || tokens[close + 1].Text != ")" || close == 2) return default;
            from = 2;
            to = close;
        }
        else
        {
            var colon = 1;
            while (colon < tokens.Count && colon <= 4 && tokens[colon].Text != ":") colon++;
            if (colon >= tokens.Count || colon > 4 || tokens[colon].Text != ":" || colon + 3 >= tokens.Count || p == 0) return default;
            for (var k = 0; k < colon; k++)
            {
                if (!(tokens[k].IsCapitalized || tokens[k].Text is "." or "-") || InQuote(p)[k]) return default;
            }
            from = 0;
            to = colon;
        }
        if (to - from == 1 && tokens[from].Text is "WN" or "Wikinews" or "Q" or "Interviewer" or "INTERVIEWER" or "Question")
        {
            found = true;
            return new Turn(null, true);
        }
        var m = MentionAt(tokens[from].Start);
        if (m is { Possessive: false } && m.Actor!.Kind != ActorKind.Place && FirstTokenAt(tokens, m.End) == to)
        {
            found = true;
            return new Turn(m.Actor, false);
        }
        // A label the article names elsewhere by surname or full name: the one person it can be (two: nobody).
        var last = tokens[to - 1].Text;
        Actor? only = null;
        foreach (var a in _actors.Actors)
        {
            if (a.Kind == ActorKind.Person && string.Equals(a.LastName, last, StringComparison.OrdinalIgnoreCase)
                && (to - from == 1 || string.Equals(a.Parts[0], tokens[from].Text, StringComparison.OrdinalIgnoreCase)))
            {
                if (only is not null && only != a) return default;
                only = a;
            }
        }
        if (only is null) return default;
        found = true;
        return new Turn(only, false);
    }

    /// <summary>
    /// <c>I</c> or <c>we</c> outside quotes in a speaker's turn is that speaker; <c>you</c> in the interviewer's turn is
    /// the interviewee.
    /// </summary>
    private Actor? TurnPronoun(int p, string word)
    {
        if (word is not ("I" or "we" or "We" or "you" or "You")) return null;
        var turn = TurnOf(p);
        if (!turn.IsTurn) return null;
        if (word is "you" or "You") return turn.Interviewer ? _interviewee : null;
        return turn.Interviewer ? null : turn.Speaker;
    }
}
