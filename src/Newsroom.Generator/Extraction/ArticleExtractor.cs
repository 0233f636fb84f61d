using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Newsroom.Generator.Extraction.Actors;
using Newsroom.Generator.Extraction.Attribution;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Extraction.Quotes;
using Newsroom.Generator.Extraction.Text;

namespace Newsroom.Generator.Extraction;

/// <summary>
/// Text in, model out: the whole extraction, with no compiler type in sight.
/// Reading the layout → pairing quotation marks → finding actors → attributing quotes → the equatable model.
/// </summary>
public static class ArticleExtractor
{
    [MethodImpl(Hot.Loop)]
    /// <param name="indirectQuotes">Whether to look for reported speech without quotation marks (<see cref="QuoteKind.Indirect"/>).</param>
    public static ArticleModel Extract(string text, CancellationToken cancellationToken = default, bool indirectQuotes = true)
    {
        text ??= string.Empty;
        var layout = new ArticleLayout(text, cancellationToken);
        var paragraphs = layout.Paragraphs;
        var lines = new LineIndex(text);

        var kept = TakeTokenLists();
        var tokens = new List<List<Token>>(paragraphs.Count);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (kept.Count == p) kept.Add(new List<Token>());
            tokens.Add(kept[p]);
            Tokenizer.TokenizeInto(text, paragraphs[p].Start, paragraphs[p].End, kept[p]);
        }

        var (rawQuotes, strays) = QuoteScanner.Scan(text, paragraphs, tokens, cancellationToken);
        // Quote ranges (marks included) in text order, for a binary search by offset.
        var quoteRanges = rawQuotes.Select(q => (From: q.OpenMark >= 0 ? q.OpenMark : q.Span.Start, To: q.CloseMark >= 0 ? q.CloseMark + 1 : q.Span.End))
            .OrderBy(r => r.From).ToArray();
        bool InQuote(int offset)
        {
            int lo = 0, hi = quoteRanges.Length - 1, found = -1;
            while (lo <= hi)
            {
                var mid = (lo + hi) / 2;
                if (quoteRanges[mid].From <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
            }
            return found >= 0 && offset < quoteRanges[found].To;
        }

        var finder = new ActorFinder(text, paragraphs, tokens, InQuote);
        finder.Find(cancellationToken);

        var attributor = new Attributor(text, tokens, rawQuotes, finder.Mentions, finder);
        var attributions = attributor.Attribute(rawQuotes, cancellationToken);

        var quotes = new List<QuoteModel>();
        HashSet<string>? names = null;
        for (var i = 0; i < rawQuotes.Count; i++)
        {
            var q = rawQuotes[i];
            var a = attributions[i];
            if (!q.ContinuesPrevious && !q.ContinuesNext && QuoteKinds.IsNotSpeech(text, q, tokens[q.Paragraph], a.Found && !a.FromLayout, a.Speaker?.Name, names ??= new HashSet<string>(StringComparer.Ordinal))) continue;
            quotes.Add(new QuoteModel(
                q.Span,
                lines.PositionOf(q.Span.Start),
                q.Paragraph,
                QuoteKinds.Classify(text, q.Span, q.ContinuesPrevious),
                a.Speaker?.Name,
                a.Verb?.ToLowerInvariant(),
                a.Addressee?.Name,
                a.Source));
        }
        if (indirectQuotes)
        {
            foreach (var r in attributor.FindIndirect(cancellationToken))
            {
                quotes.Add(new QuoteModel(r.Content, lines.PositionOf(r.Content.Start), r.Paragraph, QuoteKind.Indirect, r.Speaker?.Name, r.Verb, r.Addressee?.Name, attributor.SourceOf(r)));
            }
        }
        // Direct, partial and indirect quotes in text order. An indirect content holds no mark, and no content reaches back
        // over an earlier one's cue, but a stated position may hold a report ("Reyes rejected Ruiz's claim that …"): ties
        // are broken by kind, length, speaker and verb, so that the order is the same on every runtime (the sort is not stable).
        quotes.Sort(static (x, y) =>
        {
            var c = x.Span.Start.CompareTo(y.Span.Start);
            if (c == 0) c = x.Kind.CompareTo(y.Kind);
            if (c == 0) c = y.Span.Length.CompareTo(x.Span.Length);
            if (c == 0) c = string.CompareOrdinal(x.Speaker, y.Speaker);
            return c != 0 ? c : string.CompareOrdinal(x.Verb, y.Verb);
        });

        var actors = finder.Actors
            .OrderBy(a => a.FirstOffset)
            .Select(a => new ActorModel(a.Name, a.Kind, a.Role, SortedAliases(a), a.Mentions))
            .ToEquatableArray();

        GiveBack(kept, tokens.Count);
        return new ArticleModel(
            text,
            layout.Headline,
            layout.Dateline,
            layout.BylineNames,
            paragraphs.ToEquatableArray(),
            layout.Lede,
            layout.Credits.ToEquatableArray(),
            quotes.ToEquatableArray(),
            actors,
            strays.OrderBy(s => s.Offset)
                .Select(s => new StrayMark(s.Offset, lines.PositionOf(s.Offset), text[s.Offset].ToString(), s.Message))
                .ToEquatableArray());
    }

    /// <summary>
    /// Each thread's token lists, one per paragraph, reused from article to article: tokens are read only while their
    /// article is extracted (nothing in the model holds one), and a token array per paragraph and article was the largest
    /// allocation of the extraction.
    /// </summary>
    [ThreadStatic] private static List<List<Token>>? t_tokenLists;

    /// <summary>A list kept for the next article holds at most this many tokens (a quarter of a megabyte).</summary>
    private const int MaxKeptTokens = 10_000;

    /// <summary>The thread's kept token lists, taken while in use (an extraction inside this one would make its own).</summary>
    private static List<List<Token>> TakeTokenLists()
    {
        var kept = t_tokenLists ?? new List<List<Token>>();
        t_tokenLists = null;
        return kept;
    }

    /// <summary>Gives the lists back to the thread, emptied so that they keep no article's words alive.</summary>
    private static void GiveBack(List<List<Token>> kept, int used)
    {
        for (var p = 0; p < used; p++)
        {
            kept[p].Clear();
            if (kept[p].Capacity > MaxKeptTokens) kept[p] = new List<Token>();
        }
        t_tokenLists = kept;
    }

    /// <summary>An actor's aliases in ordinal order (they are distinct, so an unstable sort orders them as a stable one would).</summary>
    private static EquatableArray<string> SortedAliases(Actor actor)
    {
        if (actor.Aliases.Count == 0) return EquatableArray<string>.Empty;
        var aliases = actor.Aliases.ToArray();
        Array.Sort(aliases, StringComparer.Ordinal);
        return new EquatableArray<string>(aliases);
    }
}
