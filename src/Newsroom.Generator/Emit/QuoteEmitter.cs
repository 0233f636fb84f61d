using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Pipeline;

namespace Newsroom.Generator.Emit;

/// <summary>
/// The members under <c>Quotes.{Speaker}</c>, one per quote, whose hover shows the quote's words. Each article hands
/// over its quotes' members (<see cref="MembersOf"/>, cached per article); the shards group them by the first letter of
/// the speaker's class (<c>Newsroom.Quotes.A.g.cs</c>…), each speaker's class declared once, with all its quotes.
/// </summary>
/// <remarks>
/// Why shards and not the article's own file: a speaker's class declared as a partial class in every article that
/// quotes the speaker (and <c>Quotes</c> in every article) costs the compiler, and above all the analyzer driver, far
/// more than the same members in one declaration (measured on 2,000 articles: about a fifth of the whole build). Each
/// shard is cached by value: editing an article re-emits the shards of the speakers whose quotes it changes.
/// </remarks>
internal static class QuoteEmitter
{
    /// <summary>The members of one article's quotes, with their hovers; none when the project turned quote members off.</summary>
    public static EquatableArray<QuoteMemberDoc> MembersOf(ArticleEmit input)
    {
        var m = input.Article.Model;
        var names = input.Names;
        if (!input.Options.QuoteMembers || m.Quotes.Count == 0 || names.QuoteMembers.Count != m.Quotes.Count) return EquatableArray<QuoteMemberDoc>.Empty;
        var fileName = Escaping.Doc(input.Article.FileName, 200);
        var members = new List<QuoteMemberDoc>(m.Quotes.Count);
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < m.Quotes.Count; i++)
        {
            var q = m.Quotes[i];
            if (q.Kind == QuoteKind.Indirect) continue; // reported speech gets no member
            if (input.Options.DeclarationsOnly)
            {
                // WPF's temporary assembly: the member without its hover.
                members.Add(new QuoteMemberDoc(names.QuoteClasses[i], names.QuoteMembers[i], input.Article.Path, i, names.Member, EquatableArray<string>.Empty));
                continue;
            }
            // The speaker by the name of the actor across articles ("Donald Trump" where this article says "Trump"); an
            // unnamed source by its words ("a police spokesperson"); the source's words when more than the name.
            var speaker = q.Speaker is null ? q.Source ?? "unattributed" : names.NameOf(Naming.ActorIndexOf(m.Actors, q.Speaker), q.Speaker);
            var addressee = q.Addressee is null ? null : names.NameOf(Naming.ActorIndexOf(m.Actors, q.Addressee), q.Addressee);
            var said = q.Verb is null ? "" : " (" + q.Verb + (addressee is null ? "" : " " + addressee) + ")";
            if (q.Speaker is not null && q.Source is { } source && SourceWords.WorthAHover(source, q.Speaker, speaker, m.Actors)) said += ", as “" + source + "”";
            else if (q.Speaker is null && q.Source is not null) said += ", no named speaker";
            // The hover: the words, then who said them and where.
            sb.Clear().Append('“');
            Escaping.AppendDoc(sb, m.Text, q.Span.Start, q.Span.End, 600);
            var words = sb.Append('”').ToString();
            sb.Clear().Append("<para>— ");
            Escaping.AppendDoc(sb, speaker + said, 0, speaker.Length + said.Length, 200);
            sb.Append(". ").Append(q.Kind == QuoteKind.Direct ? "Direct" : "Partial").Append(" quote, ").Append(fileName)
                .Append(" line ").Append(ArticleEmitter.Int(q.Position.Line)).Append(".</para>");
            members.Add(new QuoteMemberDoc(names.QuoteClasses[i], names.QuoteMembers[i], input.Article.Path, i, names.Member,
                new EquatableArray<string>(new[] { words, sb.ToString() })));
        }
        return members.ToEquatableArray();
    }

    /// <summary>
    /// The shards: every speaker class of <paramref name="speakers"/> that has quotes here, by the first letter of its
    /// name (other first characters share <c>_</c>), every file at its place, empty or not (see <see cref="Shard.Letters"/>);
    /// speakers in name order, a speaker's quotes in path order.
    /// </summary>
    public static IEnumerable<QuoteShard> Shards(IEnumerable<EquatableArray<QuoteMemberDoc>> articles, EquatableArray<SpeakerClass> speakers, EmitOptions options, CancellationToken cancellationToken)
    {
        // Each class's list sized for its quotes (the speakers count them): this reruns whenever an edit changes a name.
        var byClass = new Dictionary<string, List<QuoteMemberDoc>>(speakers.Count, System.StringComparer.Ordinal);
        foreach (var speaker in speakers) byClass[speaker.Name] = new List<QuoteMemberDoc>(speaker.Quotes);
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var q in article)
            {
                if (!byClass.TryGetValue(q.Class, out var list)) byClass[q.Class] = list = new List<QuoteMemberDoc>();
                list.Add(q);
            }
        }
        var shards = new Dictionary<string, List<SpeakerQuotes>>(System.StringComparer.Ordinal);
        foreach (var speaker in speakers.OrderBy(s => s.Name, System.StringComparer.Ordinal))
        {
            if (!byClass.TryGetValue(speaker.Name, out var quotes) || quotes.Count == 0) continue;
            // In path order: as the articles came when they come in path order (the usual case), else sorted.
            if (!InPathOrder(quotes)) quotes.Sort(static (a, b) => ComparePlace(a, b));
            var key = Shard.KeyOf(speaker.Name);
            if (!shards.TryGetValue(key, out var list)) shards[key] = list = new List<SpeakerQuotes>();
            list.Add(new SpeakerQuotes(speaker, quotes.ToEquatableArray()));
        }
        foreach (var key in Shard.Letters)
        {
            yield return new QuoteShard(Shard.HintName("Quotes", key),
                shards.TryGetValue(key, out var list) ? list.ToEquatableArray() : EquatableArray<SpeakerQuotes>.Empty, options);
        }
    }

    private static int ComparePlace(QuoteMemberDoc a, QuoteMemberDoc b)
    {
        var byPath = string.CompareOrdinal(a.Path, b.Path);
        return byPath != 0 ? byPath : a.Index.CompareTo(b.Index);
    }

    private static bool InPathOrder(List<QuoteMemberDoc> quotes)
    {
        for (var i = 1; i < quotes.Count; i++)
        {
            // Quotes of one article are next to each other: the same path object, compared by reference first.
            if (ReferenceEquals(quotes[i - 1].Path, quotes[i].Path) ? quotes[i - 1].Index > quotes[i].Index : ComparePlace(quotes[i - 1], quotes[i]) > 0) return false;
        }
        return true;
    }

    /// <summary>
    /// The property of each speaker's class that gives its quotes (<c>__QuoteTable</c> in the fixed types): a member reads
    /// <c>__Table[i]</c>, which binds far faster than a call through the article's member (measured on 2,000 articles,
    /// 10,847 quote members: the calls took 2.5–3 s of the compiler's CPU more). The getters still cost 1.4–2.3 s of a
    /// 9 s compiler run there (eng/compile-parts.sh, docs/performance.md). No quote member takes this name (see <c>Naming</c>).
    /// </summary>
    public const string TableField = "__Table";

    /// <summary>The field behind <see cref="TableField"/>: the table made from the data, once (and again after a hot reload).</summary>
    public const string TableCache = "__table";

    /// <summary>
    /// What the table of a speaker's quotes reads (see <c>__QuoteTable</c>), as data (<see cref="DataWriter"/>): the
    /// number of articles, then for each its member and the indexes of its quotes there. The quotes come in path order.
    /// A UTF-8 literal like the articles' data, not a string: strings share the assembly's 16 MB heap (CS8103).
    /// </summary>
    internal static string References(EquatableArray<QuoteMemberDoc> quotes)
    {
        var groups = new List<(string Article, List<int> Indexes)>();
        foreach (var q in quotes)
        {
            if (groups.Count == 0 || groups[groups.Count - 1].Article != q.ArticleMember) groups.Add((q.ArticleMember, new List<int>()));
            groups[groups.Count - 1].Indexes.Add(q.Index);
        }
        var data = new DataWriter().Int(groups.Count);
        foreach (var (article, indexes) in groups)
        {
            data.String(article).Int(indexes.Count);
            foreach (var i in indexes) data.Int(i);
        }
        return data.ToString();
    }

    public static SourceWriter EmitShard(QuoteShard shard)
    {
        var g = shard.Options.Global;
        var w = new SourceWriter();
        w.DataHeader("Generated by Newsroom: what speakers are quoted saying, across all articles (one file per first letter).", shard.Options);
        w.Open("namespace " + shard.Options.Namespace);
        w.Open("partial class Quotes");
        var firstSpeaker = true;
        foreach (var speaker in shard.Speakers)
        {
            if (!firstSpeaker) w.Line();
            firstSpeaker = false;
            var s = speaker.Class;
            if (shard.Options.DeclarationsOnly)
            {
                // WPF's temporary assembly: each quote's member as a field of the same name and type, with no value.
                w.Open("public static partial class " + s.Name);
                foreach (var q in speaker.Quotes) w.Indent().Append("public static readonly ").Append(g).Append("Quote ").Append(q.Member).Append(";").EndLine();
                w.Close();
                continue;
            }
            w.Summary(s.Speaker is null
                ? "Quotes whose speaker the articles do not make clear: " + ArticleEmitter.Count(s.Quotes, "quote") + "."
                : "What " + Escaping.Doc(s.Speaker, 200) + (s.Role is null ? "" : ", " + Escaping.Doc(s.Role, 200) + ",") + " is quoted saying: " + ArticleEmitter.Count(s.Quotes, "quote") + ".");
            w.Open("public static partial class " + s.Name);
            // A property, not a field initializer: hot reload changes the getter's data, never reruns a static initializer.
            w.Indent().Append("private static ").Append(g).Append("__QuoteTable").Append(shard.Options.NullableMark).Append(" ").Append(TableCache).Append(";").EndLine();
            w.Indent().Append("private static ").Append(g).Append("__QuoteTable ").Append(TableField).Append(" => ").Append(g)
                .Append("__QuoteTable.__Get(ref ").Append(TableCache).Append(", ").Literal(References(speaker.Quotes)).Append(shard.Options.Utf8 ? "u8);" : ");").EndLine();
            for (var i = 0; i < speaker.Quotes.Count; i++)
            {
                var q = speaker.Quotes[i];
                w.Line();
                w.Summary(q.Doc);
                w.Indent().Append("public static ").Append(g).Append("Quote ").Append(q.Member).Append(" => ").Append(TableField)
                    .Append("[").Append(i).Append("];").EndLine();
            }
            w.Close();
        }
        w.Close();
        w.Close();
        return w;
    }
}
