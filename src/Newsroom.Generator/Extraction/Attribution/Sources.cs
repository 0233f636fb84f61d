using System;
using System.Collections.Generic;
using Newsroom.Generator.Extraction.Actors;
using Newsroom.Generator.Extraction.Lexicon;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Extraction.Quotes;
using Newsroom.Generator.Extraction.Text;

namespace Newsroom.Generator.Extraction.Attribution;

/// <summary>
/// The source's words as the article gives them (<see cref="Model.QuoteModel.Source"/>): the noun phrase that is the
/// reporting verb's subject (<c>Jane Roe, a spokeswoman for NASA, said</c>, <c>he said</c>, <c>a police spokesperson
/// said</c>) or that follows an inverted verb or <c>according to</c> (<c>said Jane Roe, a spokeswoman for NASA</c>),
/// with one appositive set off by commas and without the auxiliaries and adverbs before the verb. And a source that
/// names nobody (<c>a police spokesperson said</c>, <c>protesters chanted</c>, <c>officials said</c>): the quote is
/// attributed, to no named actor, so that it does not take the speaker of a neighbouring quote.
/// </summary>
internal sealed partial class Attributor
{
    private const int MaxSourceTokens = 18;

    /// <summary>The source phrase of an attribution made in the quote's own paragraph, found at its reporting verb.</summary>
    private Attribution WithSource(RawQuote q, Attribution a)
    {
        if (!a.Found || a.Source is not null) return a;
        // The words must be the speaker's: a phrase that names another person and not the speaker is another verb's.
        var source = SourceAtVerb(q, a.Verb, a.Speaker);
        if (source is null && a.Speaker is not null) source = SpeakerSurface(q, a.Speaker);
        return source is null ? a : a with { Source = source };
    }

    /// <summary>Whether the phrase holds a person's name other than the speaker's and none of the speaker's names.</summary>
    private bool NamesSomeoneElse(int p, string phrase, Actor speaker)
    {
        var other = false;
        for (var i = FirstMentionOfParagraph(p); i < _mentions.Count && _mentions[i].Paragraph == p; i++)
        {
            var m = _mentions[i];
            if (m.Actor is null || m.Actor.Kind != ActorKind.Person) continue;
            if (phrase.IndexOf(m.Surface, StringComparison.Ordinal) < 0) continue;
            if (m.Actor == speaker) return false;
            other = true;
        }
        return other;
    }

    /// <summary>An attribution read in another paragraph: its source is the speaker as last named before the quote.</summary>
    private Attribution WithSpeakerSurface(RawQuote q, Attribution a) =>
        a.Source is not null || a.Speaker is null ? a : a with { Source = SpeakerSurface(q, a.Speaker) };

    /// <summary>The source phrase at the reporting verb nearest the quote in its paragraph, outside quotes.</summary>
    private string? SourceAtVerb(RawQuote q, string? verb, Actor? speaker)
    {
        var tokens = _tokens[q.Paragraph];
        var open = OpeningToken(q, out _);
        var close = q.CloseMark >= 0 ? FirstTokenAt(tokens, q.CloseMark + 1) : open;
        if (close < 0) close = tokens.Count;
        return SourceAtVerb(q.Paragraph, open, close, verb, speaker);
    }

    /// <summary>The source of an indirect quote: the phrase at its cue, as for a marked quote.</summary>
    public string? SourceOf(IndirectQuote r)
    {
        if (r.Source is not null) return r.Source;
        var tokens = _tokens[r.Paragraph];
        var open = FirstTokenAt(tokens, r.Content.Start);
        if (open < 0) return null;
        var close = FirstTokenAt(tokens, r.Content.End);
        var source = SourceAtVerb(r.Paragraph, open, close < 0 ? tokens.Count : close, r.Verb, r.Speaker);
        return source ?? (r.Speaker is null ? null : SpeakerSurfaceBefore(r.Content.Start, r.Speaker));
    }

    /// <summary>The source phrase at the reporting verb nearest the tokens <paramref name="open"/> to <paramref name="close"/>.</summary>
    private string? SourceAtVerb(int p, int open, int close, string? verb, Actor? speaker = null)
    {
        if (string.IsNullOrEmpty(verb)) return null;
        var tokens = _tokens[p];
        var inQuote = InQuote(p);
        var space = verb!.IndexOf(' ');
        var first = space < 0 ? verb : verb.Substring(0, space);
        var phraseLength = space < 0 ? 1 : verb.Split(' ').Length;
        // The verb's tokens near the quote, in its own sentence or the one its closing mark runs into, nearest first; the
        // first whose phrase does not name another person than the speaker ("Reyes said no. “…,” the mayor, Ana Ruiz,
        // said." reads the second "said").
        var sentences = Facts(p).Sentence;
        var openSentence = open < tokens.Count ? sentences[open] : -1;
        var closeSentence = close < tokens.Count ? sentences[close] : -1;
        var candidates = new List<(int Distance, int Token)>();
        for (var k = Math.Max(0, open - 60); k < tokens.Count && k < close + 60; k++)
        {
            if (inQuote[k] || !string.Equals(tokens[k].Text, first, StringComparison.OrdinalIgnoreCase)) continue;
            if (sentences[k] != openSentence && sentences[k] != closeSentence) continue;
            var distance = k < open ? open - k : k - close;
            if (distance >= 0) candidates.Add((distance, k));
        }
        candidates.Sort();
        for (var c = 0; c < candidates.Count && c < 3; c++)
        {
            var phrase = PhraseAtVerb(p, candidates[c].Token, phraseLength);
            if (phrase is not null && (speaker is null || !NamesSomeoneElse(p, phrase, speaker))) return phrase;
        }
        return null;
    }

    /// <summary>The source phrase at the verb at token <paramref name="best"/>: its subject, or the phrase after it where it inverts.</summary>
    private string? PhraseAtVerb(int p, int best, int phraseLength)
    {
        var tokens = _tokens[p];
        var subject = SubjectPhrase(p, best);
        if (subject is not null) return subject;
        // After the quote's closing mark, a verb comes before its subject ("…,” read the report").
        var afterMark = best > 0 && (tokens[best - 1].Kind == TokenKind.QuoteMark
            || tokens[best - 1].Text is "," && best > 1 && tokens[best - 2].Kind == TokenKind.QuoteMark);
        // "…, said X" / "said X, …": only where the verb stands before its subject, not in "the region, which said …".
        var before = best > 0 ? SkipBack(tokens, best - 1, 0) : -1;
        var inverted = SpeechCues.Inverts(tokens[best]) && (before < 0 || tokens[before].Text is "," or ":" or "—" or "–" || IsSentenceEnd(tokens[before])
            || tokens[before].Kind == TokenKind.QuoteMark);
        return phraseLength > 1 || afterMark || inverted ? ObjectPhrase(p, best + phraseLength) : null;
    }

    /// <summary>Whether a phrase from token <paramref name="k"/> can name a source: a name, a pronoun, a determiner or a role.</summary>
    private static bool StartsSource(Token t) => t.IsCapitalized || t.Kind == TokenKind.Number || t.Text is "a" or "an" or "the" or "one"
        or "two" or "three" or "some" or "several" or "many" or "his" or "her" or "their" or "its" or "our" or "my" or "he" or "she"
        or "they" or "we" or "i" or "it" or "you" or "this" or "that" or "these" or "those" or "another" or "other" or "both"
        || Lexicons.RoleNouns.Contains(t.Text) || UnnamedGroups.Contains(t.Text) || Lexicons.Titles.Contains(t.Text);

    /// <summary>The noun phrase ending right before the verb at <paramref name="v"/> (its subject), or null.</summary>
    private string? SubjectPhrase(int p, int v)
    {
        var tokens = _tokens[p];
        var inQuote = InQuote(p);
        var from = SentenceStart(p, v);
        var end = SkipBack(tokens, v - 1, from);
        if (end < from || inQuote[end]) return null;
        // "Singapore's foreign minister, Vivian Balakrishnan, who said": the antecedent of "who".
        if (tokens[end].Text is "who" && end - 1 > from && tokens[end - 1].Text == ",") end -= 2;
        if (tokens[end].Text == ",")
        {
            // "Jane Roe, a spokeswoman for NASA, said": the appositive's opening comma, after a name.
            var comma = -1;
            for (var c = end - 1; c > from && c > end - 25; c--)
            {
                if (inQuote[c] || tokens[c].Kind == TokenKind.QuoteMark || IsSentenceEnd(tokens[c])) break;
                if (tokens[c].Text == ",")
                {
                    comma = c;
                    break;
                }
            }
            if (comma < 0) return null;
            end--;
            if (EndsName(p, comma - 1)) return PhraseBack(p, from, end, comma - 1);
            // "the mayor of the small town, Ana Ruiz, said": a description, then the name set off by commas.
            var named = MentionEndingAt(tokens[end].End);
            return named is not null && FirstTokenAt(tokens, named.Start) == comma + 1 ? PhraseBack(p, from, end, comma - 1) : null;
        }
        return PhraseBack(p, from, end, end);
    }

    /// <summary>Back from <paramref name="scanFrom"/> to the phrase's start; the phrase runs to <paramref name="end"/>.</summary>
    private string? PhraseBack(int p, int from, int end, int scanFrom)
    {
        var tokens = _tokens[p];
        var inQuote = InQuote(p);
        // Not an adverb or quantifier that floats before the verb ("Carroll all agreed", "a universally agreed").
        while (end > from && tokens[end].Kind == TokenKind.Word && char.IsLower(tokens[end].First)
            && (tokens[end].Text is "all" or "both" or "each" or "alone" or "too" || tokens[end].Length > 4 && tokens[end].Text.EndsWith("ly", StringComparison.Ordinal))) end--;
        if (scanFrom > end) scanFrom = end;
        var start = -1;
        for (var k = scanFrom; k >= from && end - k < MaxSourceTokens; k--)
        {
            var t = tokens[k];
            if (inQuote[k] || t.Kind == TokenKind.QuoteMark || IsSentenceEnd(t) || t.Text is "," or ";" or ":" or "—" or "–" or "(" or ")") break;
            if (t.Kind == TokenKind.Word && char.IsLower(t.First) && (VerbHere(tokens, k) || EndsSourcePhrase(t.Text) || IsClauseWord(t))) break;
            start = k;
        }
        if (start < 0) return null;
        while (start < end && !StartsSource(tokens[start])) start++;
        while (start <= end && tokens[start].Text is "But" or "And" or "Yet" or "So" or "However" or "Meanwhile" or "Still" or "Also" or "Then" or "Later" or "Earlier"
            or "As" or "When" or "After" or "Before" or "If" or "While" or "Because" or "Although" or "Though" or "Since" or "Once" or "Until" or "Unless") start++;
        if (start > end || !StartsSource(tokens[start]) || tokens[end].Text is "the" or "a" or "an" or "The" or "A" or "An" || tokens[end].IsPossessive) return null;
        return Phrase(tokens, start, end);
    }

    /// <summary>The noun phrase from token <paramref name="k"/> on (after an inverted verb or <c>according to</c>), with one appositive.</summary>
    private string? ObjectPhrase(int p, int k)
    {
        var tokens = _tokens[p];
        var inQuote = InQuote(p);
        var end = -1;
        var appositive = false;
        for (var j = k; j < tokens.Count && j - k < MaxSourceTokens; j++)
        {
            var t = tokens[j];
            if (inQuote[j] || t.Kind == TokenKind.QuoteMark || IsSentenceEnd(t) || t.Text is ";" or ":" or "—" or "–" or "(" or ")") break;
            if (t.Text == ",")
            {
                if (appositive || end < 0 || !EndsName(p, j - 1) || j + 1 >= tokens.Count || !StartsDescription(tokens[j + 1])) break;
                appositive = true;
                continue;
            }
            if (t.Kind == TokenKind.Word && char.IsLower(t.First) && (VerbHere(tokens, j) || (!appositive && EndsSourcePhrase(t.Text))
                || appositive && t.Text is "who" or "which" or "that")) break;
            if (!appositive && end >= 0 && t.Text is "in" or "on" or "at" or "during" or "after" or "before" or "when" or "while" or "to") break;
            end = j;
        }
        return end < k || !StartsSource(tokens[k]) ? null : Phrase(tokens, k, end);
    }

    /// <summary>A reporting verb's form used as a verb here: not a document noun, not after a determiner ("the report").</summary>
    private static bool VerbHere(List<Token> tokens, int k) => SpeechCues.IsVerb(tokens[k]) && !DocumentNouns.Contains(tokens[k].Text)
        && !(k > 0 && (tokens[k - 1].Text is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "The" || tokens[k - 1].IsPossessive));

    /// <summary>A word of a clause, not of a noun phrase: an auxiliary, a modal, a participle ("Trump had", "Ruiz taking").</summary>
    private static bool IsClauseWord(Token t) => t.Text is "had" or "has" or "have" or "is" or "was" or "were" or "are" or "can"
        or "could" or "should" or "may" or "might" or "must" or "will" or "would" or "did" or "does" or "do" or "been" or "be"
        || t.Text.Length > 4 && t.Text.EndsWith("ing", StringComparison.Ordinal) && !Lexicons.RoleNouns.Contains(t.Text);

    private bool EndsName(int p, int k) => k >= 0 && (_tokens[p][k].IsCapitalized || MentionEndingAt(_tokens[p][k].End) is not null);

    /// <summary>An appositive's first word: a determiner, <c>who</c>, a role or a demonym (<c>a spokeswoman for …</c>).</summary>
    private static bool StartsDescription(Token t) => t.Kind == TokenKind.Word && (t.Text is "a" or "an" or "the" or "who" or "its" or "his" or "her" or "their"
        || Lexicons.RoleNouns.Contains(t.Text) || Lexicons.Titles.Contains(t.Text) || Lexicons.Demonyms.Contains(t.Text));

    /// <summary>Words that start a clause of their own rather than continue a source's noun phrase.</summary>
    private static bool EndsSourcePhrase(string word) => word is "that" or "when" or "after" or "before" or "while" or "because"
        or "if" or "as" or "and" or "but" or "or" or "which" or "who" or "where" or "although" or "though" or "since" or "until"
        or "once" or "it" or "this" or "there";

    private string Phrase(List<Token> tokens, int from, int to) =>
        ActorFinder.NormalizeSpace(_text, tokens[from].Start, tokens[to].End - tokens[from].Start);

    /// <summary>Without a verb to read the source at, the nearest mention of the speaker outside quotes before the quote.</summary>
    private string? SpeakerSurface(RawQuote q, Actor speaker) => SpeakerSurfaceBefore(q.OpenMark >= 0 ? q.OpenMark : q.Span.Start, speaker);

    private string? SpeakerSurfaceBefore(int before, Actor speaker)
    {
        // The mentions are in text order: find the last one before the quote by binary search, then read back a bounded
        // number of them (an article of thousands of "“…” — Name" quotes must stay linear).
        int lo = 0, hi = _mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_mentions[mid].Start < before) lo = mid + 1; else hi = mid;
        }
        for (var i = lo - 1; i >= 0 && i >= lo - MaxMentionsBack; i--)
        {
            var m = _mentions[i];
            if (m.Actor == speaker && !m.InQuote) return m.Surface;
        }
        return null;
    }

    private const int MaxMentionsBack = 200;

    /// <summary>
    /// A subject that names nobody but says who spoke: <c>a police spokesperson said</c>, <c>protesters chanted</c>,
    /// <c>officials said</c>, <c>the company said</c> when no company is named. Its head is a role or group noun.
    /// </summary>
    private bool IsUnnamedSource(int p, int s, bool anyIndefinite = false)
    {
        if (s < 0) return false;
        var t = _tokens[p][s];
        if (t.Kind != TokenKind.Word || !char.IsLower(t.First)) return false;
        if (MentionEndingAt(t.End) is not null) return false;
        var known = Lexicons.RoleNouns.Contains(t.Text) || UnnamedGroups.Contains(t.Text) || DocumentNouns.Contains(t.Text);
        // The phrase must be the clause's subject: it starts where the clause does ("the use of executive orders" is not).
        var tokens = _tokens[p];
        var inQuote = InQuote(p);
        var k = s;
        while (k > 0 && s - k < 8)
        {
            var b = tokens[k - 1];
            if (inQuote[k - 1] || b.Kind == TokenKind.QuoteMark || IsSentenceEnd(b) || b.Text is "," or ";" or ":" or "—" or "–") break;
            if (b.Text is "a" or "an" or "A" or "An" or "another" or "Another" or "the" or "The")
            {
                k--;
                if (k > 0 && !(tokens[k - 1].Kind == TokenKind.QuoteMark || IsSentenceEnd(tokens[k - 1]) || tokens[k - 1].Text is "," or ";" or ":" or "—" or "–"
                    || tokens[k - 1].IsCapitalized && k - 1 == SentenceStart(p, k - 1))) return false;
                break;
            }
            // "of" stays inside the phrase ("the head of police said"); other prepositions mean it is not the subject.
            if (b.Kind == TokenKind.Word && char.IsLower(b.First) && (SpeechCues.IsVerb(b) || EndsSourcePhrase(b.Text) || b.Text != "of" && IsPrepositionBeforeSubject(b.Text))) return false;
            k--;
        }
        // "The Wooster professor added", "the company said": a definite singular description is someone named before,
        // left to the rules that resolve it; an indefinite one ("a police spokesperson") or a group ("officials",
        // "the protesters") is a source of its own.
        // Any noun after "a" or "another" ("a fisherman told me") names a source; other heads come from the lexicons.
        if (!known && !(anyIndefinite && tokens[k].Text is "a" or "an" or "A" or "An" or "another" or "Another")) return false;
        var plural = t.Text.EndsWith("s", StringComparison.Ordinal) && !t.Text.EndsWith("ss", StringComparison.Ordinal) || t.Text is "police" or "people";
        return plural || !(tokens[k].Text is "the" or "The" or "this" or "This" or "that" or "That") && !tokens[k].IsPossessive && !(k > 0 && tokens[k - 1].IsPossessive);
    }

    /// <summary>After an inverted verb: <c>said a police spokesperson</c>, <c>said officials</c>: its head is a role or group noun.</summary>
    private bool UnnamedAfter(int p, int k)
    {
        var tokens = _tokens[p];
        var head = -1;
        for (var j = k; j < tokens.Count && j < k + 5; j++)
        {
            var t = tokens[j];
            if (InQuote(p)[j] || t.Kind != TokenKind.Word) break;
            if (MentionAt(t.Start) is not null || !char.IsLower(t.First)) return false;
            if (SpeechCues.IsVerb(t) || EndsSourcePhrase(t.Text) || IsPrepositionBeforeSubject(t.Text)) break;
            head = j;
        }
        if (head < 0 || !(Lexicons.RoleNouns.Contains(tokens[head].Text) || UnnamedGroups.Contains(tokens[head].Text) || DocumentNouns.Contains(tokens[head].Text))) return false;
        // "said the former harbour master Lena Berg": a name further on is the speaker the rules missed, not nobody.
        for (var j = head + 1; j < tokens.Count && j < head + 8; j++)
        {
            var t = tokens[j];
            if (InQuote(p)[j] || t.Text is "," or ";" or ":" || IsSentenceEnd(t)) break;
            if (t.IsCapitalized || MentionAt(t.Start) is not null) return false;
        }
        return true;
    }

    /// <summary>
    /// What a document says is its author's: <c>the WHO's website said</c>, <c>an AEW press release reads</c>, <c>the
    /// Supreme Court decision put it</c>, <c>the court's summary concluded</c>. The owner is a possessive or a
    /// modifying name in the document's phrase (ending at token <paramref name="k"/>, its head), or a generic body so
    /// described (<c>the court's</c>); null when the document names no owner.
    /// </summary>
    private Actor? DocumentOwner(int p, int k, int position)
    {
        var tokens = _tokens[p];
        for (var j = k - 1; j >= 0 && j >= k - 5; j--)
        {
            var t = tokens[j];
            if (InQuote(p)[j] || t.Kind == TokenKind.QuoteMark || t.Text is "," or ";" or ":" || IsSentenceEnd(t)) break;
            var m = MentionEndingAt(t.End);
            if (m is not null && m.Actor!.Kind != ActorKind.Place) return m.Actor;
            if (t.IsPossessive && j > 1 && tokens[j - 1].Kind == TokenKind.Word && char.IsLower(tokens[j - 1].First) && tokens[j - 2].Text is "the" or "The")
            {
                return GenericBodies.Contains(tokens[j - 1].Text) ? Described(p, j - 1, position) : null;
            }
            if (t.Text is "its" or "their" or "Its" or "Their") return null;
            if (t.Text is "the" or "The") return j == k - 1 ? DocumentIssuer(p, k, position) : null;
            if (t.Text is "a" or "an" or "An" or "A") break;
        }
        return null;
    }

    /// <summary>
    /// Who issued "the statement" (<c>…,” read the statement.</c>): the same noun earlier in the article with its
    /// issuer beside it (<c>X released a statement</c>, <c>the warning issued by X</c>, <c>a statement from X</c>,
    /// <c>X's statement</c>), the nearest first, in this paragraph and the three before it.
    /// </summary>
    private Actor? DocumentIssuer(int p, int k, int position)
    {
        var noun = _tokens[p][k].Text;
        for (var q = p; q >= 0 && q >= p - 3; q--)
        {
            var tokens = _tokens[q];
            for (var j = tokens.Count - 1; j >= 0; j--)
            {
                if (tokens[j].Start >= position || (q == p && j >= k) || tokens[j].Text != noun || InQuote(q)[j]) continue;
                if (IssuerOf(q, j) is { } issuer) return issuer;
            }
        }
        return null;
    }

    private Actor? IssuerOf(int p, int j)
    {
        var tokens = _tokens[p];
        // "the warning issued by X", "a statement from X"
        var a = j + 1;
        if (a < tokens.Count && tokens[a].Text is "issued" or "released" or "published" or "posted" or "sent" or "signed") a++;
        if (a < tokens.Count && tokens[a].Text is "by" or "from")
        {
            a++;
            if (a < tokens.Count && tokens[a].Text is "the") a++;
            if (a < tokens.Count && MentionAt(tokens[a].Start) is { Possessive: false } m && m.Actor!.Kind != ActorKind.Place) return m.Actor;
        }
        // "X's statement", "X released a statement"
        for (var b = j - 1; b >= 0 && b >= j - 5; b--)
        {
            var t = tokens[b];
            if (InQuote(p)[b] || t.Kind != TokenKind.Word) return null;
            if (t.IsPossessive && b > 0) return MentionEndingAt(tokens[b - 1].End) is { } owner && owner.Actor!.Kind != ActorKind.Place ? owner.Actor : null;
            if (t.Text is "released" or "issued" or "published" or "posted" or "sent" or "put" or "made")
            {
                var s = b - 1;
                while (s >= 0 && tokens[s].Text is "has" or "had" or "have" or "also" or "later" or "then") s--;
                return s >= 0 && MentionEndingAt(tokens[s].End) is { Possessive: false } subject && subject.Actor!.Kind != ActorKind.Place ? subject.Actor : null;
            }
            if (!(char.IsLower(t.First) || t.IsCapitalized)) return null;
        }
        return null;
    }

    /// <summary>A document's phrase from token <paramref name="k"/>: a determiner, at most three words, a document noun.</summary>
    private bool DocumentFollows(int p, int k)
    {
        var tokens = _tokens[p];
        if (k >= tokens.Count || !(tokens[k].Text is "the" or "a" or "an" or "its" or "their" or "his" or "her")) return false;
        for (var j = k + 1; j < tokens.Count && j <= k + 4; j++)
        {
            var t = tokens[j];
            if (InQuote(p)[j] || t.Kind != TokenKind.Word) return false;
            if (char.IsLower(t.First) && DocumentNouns.Contains(t.Text))
            {
                return j + 1 >= tokens.Count || tokens[j + 1].Kind != TokenKind.Word || !char.IsLower(tokens[j + 1].First) || tokens[j + 1].Text is "from" or "by" or "of";
            }
        }
        return false;
    }

    private static readonly HashSet<string> DocumentNouns = new(StringComparer.Ordinal)
    {
        "statement", "statements", "report", "release", "letter", "summary", "decision", "ruling", "judgment", "judgement",
        "notice", "warning", "advisory", "study", "paper", "filing", "complaint", "lawsuit", "memo", "email", "e-mail",
        "post", "tweet", "website", "site", "announcement", "bulletin", "document", "order", "verdict", "opinion",
        "communique", "communiqué", "declaration", "petition", "motion", "brief", "indictment", "citation", "message",
    };

    private static bool IsPrepositionBeforeSubject(string word) => word is "of" or "for" or "to" or "by" or "with" or "from" or "in" or "on"
        or "at" or "without" or "about" or "against" or "than" or "like" or "among" or "over" or "under" or "into" or "through"
        or "between" or "toward" or "towards" or "upon" or "within" or "despite";

    /// <summary>Nouns of unnamed sources and bodies (<c>police</c>, <c>officials</c>, <c>the company</c>): a source, never a named actor.</summary>
    internal static readonly HashSet<string> UnnamedGroups = new(StringComparer.Ordinal)
    {
        "police", "officials", "authorities", "sources", "source", "witnesses", "witness", "protesters", "demonstrators",
        "residents", "critics", "supporters", "experts", "analysts", "researchers", "scientists", "organizers",
        "organisers", "lawyers", "prosecutors", "investigators", "activists", "campaigners", "doctors", "students",
        "workers", "parents", "teachers", "voters", "fans", "locals", "villagers", "survivors", "company", "ministry",
        "government", "agency", "department", "court", "committee", "council", "board", "group", "union", "party",
        "campaign", "team", "club", "firm", "spokesperson", "spokespeople",
    };
}
