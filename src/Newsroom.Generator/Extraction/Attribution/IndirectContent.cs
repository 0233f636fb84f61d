using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newsroom.Generator.Extraction.Lexicon;
using Newsroom.Generator.Extraction.Text;

namespace Newsroom.Generator.Extraction.Attribution;

/// <summary>Where an indirect quote's content starts and ends: past an addressee, a day, <c>that</c>; before a quote the cue leads into, or another report.</summary>
internal sealed partial class Attributor
{
    /// <summary>What <see cref="ComplementStart"/> returns when the verb leads into a marked quote (<c>said: “…”</c>).</summary>
    private const int QuoteFollows = -1;

    /// <summary>
    /// Where the content after a verb starts: past an addressee (<c>told reporters</c>), a time or place
    /// (<c>said on Monday</c>, <c>said in a statement</c>) and <c>that</c>; <paramref name="end"/> when nothing follows
    /// but the source, a comma or the sentence's end; <see cref="QuoteFollows"/> when a marked quote does.
    /// </summary>
    [MethodImpl(Hot.Loop)]
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
    [MethodImpl(Hot.Loop)]
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
                    if (e < end && tokens[e].Text == "with" && e + 1 < end && tokens[e + 1].IsCapitalized) e += 2;
                    k = e;
                    moved = true;
                }
            }
        }
        return k;
    }

    /// <summary>A reporting verb within five words after a comma, later in the sentence (<c>…,'' Ruiz said</c>).</summary>
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
    /// Where a forward content ends: the sentence's end, a semicolon, or a comma that opens another report (<c>…, Ruiz
    /// said he …</c>, <c>…, he added</c>), whose frame is then read on its own.
    /// </summary>
    [MethodImpl(Hot.Loop)]
    private int NextReport(int p, int k, int end)
    {
        var tokens = _tokens[p];
        var inQuote = InQuote(p);
        for (var c = k + 1; c < end - 1; c++)
        {
            // "… to reduce corruption; Hunter Biden was on the board …": a semicolon ends the report.
            if (tokens[c].Text == ";" && !inQuote[c]) return c;
            if (tokens[c].Text != "," || inQuote[c]) continue;
            var n = c + 1;
            // "…,'' she said": past the two apostrophes that close a quotation printed so.
            while (n < end - 1 && tokens[n].Text is "'" or "’" or "`") n++;
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

    /// <summary>Whether token <paramref name="k"/> can open a clause: a pronoun, a name, a determiner, a number.</summary>
    private bool StartsClause(int p, int k)
    {
        var t = _tokens[p][k];
        return t.Text is "he" or "she" or "it" or "they" or "we" or "I" or "you" or "the" or "a" or "an" or "there" or "this"
            || t.IsCapitalized || t.Kind == TokenKind.Number;
    }
}
