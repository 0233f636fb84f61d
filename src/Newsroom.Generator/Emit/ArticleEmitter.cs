using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Pipeline;

namespace Newsroom.Generator.Emit;

/// <summary>
/// The articles' members under <c>Articles</c>. Each article's code (<see cref="Code"/>, made once per article) is its
/// member, whose hover shows the headline and counts, with the article's data: numbers, names, then the text, as one
/// literal that the one decoder of the fixed types reads on first use: a UTF-8 literal (<c>"…"u8</c>), which lives in
/// the assembly's data section, not in the 16 MB string heap, or, when short in a project of few articles, a plain
/// string (<see cref="MaxStringData"/>). When the package's targets embed the article file as a resource,
/// the text is read from there instead (<see cref="ResourceText"/>) and the literal holds only the numbers and names.
/// The code names no other article and no actor member, so it changes only when its article does. The members go to
/// a few dozen files (<see cref="Shard"/>; the quotes' members are in the speakers' files, <see cref="QuoteEmitter"/>).
/// </summary>
internal static class ArticleEmitter
{
    /// <summary>
    /// The longest data written as a plain string literal (when the project has at most <c>NewsroomStringDataLimit</c>
    /// articles): 1,500 characters, which most articles' data is under when their text is embedded (about 570 on
    /// average over the Wikinews articles). The compiler lowers a <c>"…"u8</c> literal byte by byte and a plain string
    /// as one constant: at 2,000 articles plain strings take about 0.5 s off a 9 s compiler run (docs/performance.md).
    /// Plain strings share the assembly's 16 MB string heap (CS8103 past it), so their total is bounded: this times the
    /// limit, at most 6 MB at the default and 7.5 MB at the highest limit a project may set.
    /// </summary>
    public const int MaxStringData = 1_500;

    /// <summary>Whether <paramref name="data"/> is written as a plain string: allowed, and at most <see cref="MaxStringData"/> UTF-16 code units.</summary>
    internal static bool IsPlainString(bool allowed, string data) => allowed && data.Length <= MaxStringData;

    /// <summary>One article's member, with its hover and its data, indented to go into <c>partial class Articles</c>.</summary>
    public static string Code(ArticleEmit input)
    {
        var article = input.Article;
        var names = input.Names;
        var m = article.Model;
        var g = input.Options.Global;
        if (input.Options.DeclarationsOnly)
        {
            // WPF's temporary assembly: the member, for the XAML compiler and the code that names it; nothing to run.
            return new SourceWriter(indent: 2).Indent().Append("public static readonly ").Append(g).Append("Article ").Append(names.Member).Append(";").EndLine().ToString();
        }
        var data = Data(article, names);
        var w = new SourceWriter(indent: 2, capacity: data.Length + 1024);

        Contents(w, article, names);
        var headline = article.Headline ?? (m.Headline is { } h ? m.Slice(h) : null);
        var title = headline ?? m.Slice(m.Lede);
        w.Summary(Escaping.Doc(title, 300));
        w.Line("/// <remarks>");
        var indirect = m.Quotes.Count(q => q.Kind == QuoteKind.Indirect);
        w.Line("/// " + Escaping.Doc(article.FileName, 200) + ": " + CatalogEmitter.Quotes(m.Quotes.Count - indirect, indirect) + ", "
            + Count(m.Actors.Count(a => a.Kind == ActorKind.Person), "person", "people") + ", "
            + Count(m.Paragraphs.Count, "paragraph") + ".");
        w.Line("/// </remarks>");
        var field = "__a_" + names.Member;
        // One literal, however long the line: the compiler binds a chain of "…"u8 + "…"u8 far more slowly than one
        // literal (measured: about 20× for three chunks), and the data is not meant to be read here. A plain string
        // when the project allows it and the data is short (it compiles faster: see MaxStringData).
        var plain = !input.Options.Utf8 || IsPlainString(input.Options.StringData, data);
        // The member asks for its article each time (made once, and again after a hot reload changed this code).
        w.Indent().Append("public static ").Append(g).Append("Article ").Append(names.Member).Append(" => ")
            .Append(g).Append(plain ? "Article.__GetString(ref " : "Article.__Get(ref ").Append(field).Append(",").EndLine();
        w.Indent().Append("    ").Literal(data).Append(plain ? ");" : "u8);").EndLine();
        w.Indent().Append("private static ").Append(g).Append("Article").Append(input.Options.NullableMark).Append(" ").Append(field).Append(";").EndLine();
        return w.ToString();
    }

    /// <summary>
    /// What the data holds, for a person reading the generated code or reviewing a snapshot of it: the actors, one a
    /// line (kind, name, the name across articles when another, role), then the quotes in text order (line:column, kind,
    /// speaker, the source's words when more than the name, verb, addressee, the words),
    /// as comments. The data literal below is for the decoder; this is what changes in a diff when the article or the
    /// extractor does. Each quote's words are cut at <see cref="MaxCommentWords"/> characters.
    /// </summary>
    private static void Contents(SourceWriter w, ExtractedArticle article, ArticleNames names)
    {
        var m = article.Model;
        var sb = new StringBuilder(256);
        w.Indent().Append("// ").Append(Comment(sb, article.FileName, 200)).Append(": ")
            .Append(Count(m.Actors.Count, "actor")).Append(", ").Append(Count(m.Quotes.Count, "quote")).Append(" (the data below, as extracted)").EndLine();
        for (var i = 0; i < m.Actors.Count; i++)
        {
            var a = m.Actors[i];
            sb.Clear().Append("//   ").Append(KindName(a.Kind)).Append(' ', 14 - KindName(a.Kind).Length);
            Escaping.AppendComment(sb, a.Name, 0, a.Name.Length, 200);
            // One actor across articles under another name: "Trump → Donald Trump".
            var joined = names.NameOf(i, a.Name);
            if (joined != a.Name) Escaping.AppendComment(sb.Append(" → "), joined, 0, joined.Length, 200);
            if (a.Role is { } role)
            {
                sb.Append(" — ");
                Escaping.AppendComment(sb, role, 0, role.Length, 200);
            }
            w.Line(sb.ToString());
        }
        foreach (var q in m.Quotes)
        {
            var at = Int(q.Position.Line) + ":" + Int(q.Position.Column);
            sb.Clear().Append("//   ").Append(at).Append(' ', Math.Max(1, 9 - at.Length)).Append(QuoteKindName(q.Kind)).Append(' ', 10 - QuoteKindName(q.Kind).Length);
            if (q.Speaker is { } speaker) Escaping.AppendComment(sb, speaker, 0, speaker.Length, 200);
            else sb.Append('-');
            // The source's words, when they are more than the speaker's name: "Anthony Blinken (he) said",
            // "- (a police spokesperson) said".
            if (q.Source is { } source && (q.Speaker is null || !SourceWords.OnlyNames(source, q.Speaker, names.NameOf(Naming.ActorIndexOf(m.Actors, q.Speaker), q.Speaker), m.Actors)))
            {
                Escaping.AppendComment(sb.Append(" ("), source, 0, source.Length, 200);
                sb.Append(')');
            }
            if (q.Verb is { } verb) Escaping.AppendComment(sb.Append(' '), verb, 0, verb.Length, 100);
            if (q.Addressee is { } addressee) Escaping.AppendComment(sb.Append(" → "), addressee, 0, addressee.Length, 200);
            sb.Append(": ").Append(q.Kind == QuoteKind.Indirect ? "‹" : "“");
            Escaping.AppendComment(sb, m.Text, q.Span.Start, q.Span.End, MaxCommentWords);
            sb.Append(q.Kind == QuoteKind.Indirect ? "›" : "”");
            w.Line(sb.ToString());
        }
    }

    /// <summary>The longest run of a quote's words in the comment above an article's member (then an ellipsis).</summary>
    internal const int MaxCommentWords = 400;

    private static string Comment(StringBuilder sb, string value, int max)
    {
        sb.Clear();
        Escaping.AppendComment(sb, value, 0, value.Length, max);
        return sb.ToString();
    }

    private static string KindName(ActorKind kind) => kind switch
    {
        ActorKind.Person => "person",
        ActorKind.Organization => "organization",
        _ => "place",
    };

    private static string QuoteKindName(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Partial => "partial",
        _ => "indirect",
    };

    /// <summary>
    /// The files of article members (<see cref="Shard.BucketOf"/>), every one at its place, empty or not (see
    /// <see cref="Shard.Letters"/>); in each, the articles in path order.
    /// </summary>
    public static IEnumerable<ArticleShard> Shards(IEnumerable<ArticleCode> articles, EmitOptions options, CancellationToken cancellationToken)
    {
        var byKey = new Dictionary<string, List<ArticleCode>>(StringComparer.Ordinal);
        foreach (var a in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = Shard.BucketOf(a.Member);
            if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = new List<ArticleCode>();
            list.Add(a);
        }
        foreach (var key in Shard.Buckets)
        {
            var code = EquatableArray<string>.Empty;
            if (byKey.TryGetValue(key, out var list))
            {
                list.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path));
                code = new EquatableArray<string>(list.ConvertAll(static a => a.Code).ToArray());
            }
            yield return new ArticleShard(Shard.HintName("Articles", key), code, options);
        }
    }

    public static SourceWriter EmitShard(ArticleShard shard)
    {
        // Not sized up front: a builder grows in chunks of at most 8,000 characters, while one array for a whole file
        // would go to the large object heap, which the compiler's garbage collector pays for.
        var w = new SourceWriter();
        w.DataHeader("Generated by Newsroom: articles (spread over " + Int(Shard.ArticleFiles) + " files by a hash of their names).", shard.Options);
        w.Open("namespace " + shard.Options.Namespace);
        w.Open("partial class Articles");
        var first = true;
        foreach (var code in shard.Code)
        {
            if (!first) w.Line();
            first = false;
            w.Raw(code);
        }
        w.Close();
        w.Close();
        return w;
    }

    /// <summary>
    /// The article's data, in the order <c>Article</c>'s constructor reads it: file name, member name, headline given
    /// by the project (or null), headline, dateline, byline, lede, paragraphs, credits, actors (kind, name across
    /// articles, which the catalog resolves, and the role this article gives), quotes (start, length, line, column,
    /// paragraph, speaker and kind, addressee; then the verbs, then the sources' words), and the text: the name of the manifest resource that holds it with its length and hash, or null and
    /// the text itself.
    /// </summary>
    private static string Data(ExtractedArticle article, ArticleNames names)
    {
        var m = article.Model;
        var d = new DataWriter();
        d.String(article.FileName).String(names.Member).String(article.Headline);
        d.Int(m.Headline?.Start ?? -1).Int(m.Headline?.Length ?? 0);
        d.Int(m.Dateline?.Start ?? -1).Int(m.Dateline?.Length ?? 0);
        d.String(m.Byline);
        d.Int(m.Lede.Start).Int(m.Lede.Length);
        d.Int(m.Paragraphs.Count);
        foreach (var p in m.Paragraphs) d.Int(p.Start).Int(p.Length);
        d.Int(m.Credits.Count);
        foreach (var c in m.Credits) d.String(c);
        d.Int(m.Actors.Count);
        for (var i = 0; i < m.Actors.Count; i++)
        {
            var a = m.Actors[i];
            d.Int((int)a.Kind).String(names.NameOf(i, a.Name)).String(a.Role);
        }
        d.Int(m.Quotes.Count);
        foreach (var q in m.Quotes)
        {
            d.Int(q.Span.Start).Int(q.Span.Length).Int(q.Position.Line).Int(q.Position.Column).Int(q.Paragraph);
            d.Int(((Naming.ActorIndexOf(m.Actors, q.Speaker) + 1) << 2) | (int)q.Kind);
            d.Int(Naming.ActorIndexOf(m.Actors, q.Addressee) + 1);
        }
        foreach (var q in m.Quotes) d.String(q.Verb);
        foreach (var q in m.Quotes) d.String(q.Source);
        // The text: read at run time from the embedded file when the targets embed it (checked against its length and
        // hash), else written here.
        var resource = m.Text.Length > 0 ? article.Overrides.Resource : null;
        d.String(resource);
        if (resource is null) d.Rest(m.Text);
        else d.Int(m.Text.Length).Int(ResourceText.Hash(m.Text));
        return d.ToString();
    }

    internal static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Count(int n, string one, string? many = null) => Int(n) + " " + (n == 1 ? one : many ?? one + "s");
}
