using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Newsroom.Cli.Inspection;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Extraction.Text;
using Newsroom.Generator.Pipeline;

namespace Newsroom.Cli.Rendering;

/// <summary>
/// <c>newsroom inspect --json</c>: one JSON document, <c>{ "articles": [ … ] }</c>, one object per file in the order given.
/// Properties are camelCase and always written in the same order (null values included), so that outputs diff cleanly.
/// Offsets (<c>start</c>, <c>end</c>) are UTF-16 code units into the file's text (BOM excluded), as
/// <c>SourceSpan</c>; <c>line</c> and <c>column</c> are 1-based, as the build's diagnostics.
/// </summary>
internal static class JsonView
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Quotation marks and letters of any script stay readable (“ not \u201C); the output is not embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter output, IReadOnlyList<InspectedArticle> articles)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("articles");
            foreach (var a in articles)
            {
                WriteArticle(json, a);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static void WriteArticle(Utf8JsonWriter json, InspectedArticle a)
    {
        json.WriteStartObject();
        json.WriteString("path", Safe(a.Path));
        if (a.Article is not { } article)
        {
            json.WriteString("error", Safe(a.Error));
            json.WriteEndObject();
            return;
        }
        var m = article.Model;
        var lines = a.Lines;
        json.WriteString("fileName", Safe(article.FileName));
        json.WriteString("member", a.Names is { } n ? "Articles." + n.Member : null);
        json.WriteNumber("length", m.Text.Length);
        WriteRange(json, "headline", m, lines, m.Headline);
        WriteRange(json, "dateline", m, lines, m.Dateline);
        json.WriteString("byline", Safe(m.Byline));
        json.WriteStartArray("credits");
        foreach (var c in m.Credits) json.WriteStringValue(Safe(c));
        json.WriteEndArray();
        WriteRange(json, "lede", m, lines, m.Lede);

        json.WriteStartArray("paragraphs");
        for (var i = 0; i < m.Paragraphs.Count; i++)
        {
            var p = m.Paragraphs[i];
            json.WriteStartObject();
            json.WriteNumber("index", i);
            WriteSpan(json, lines, p.Start, p.Length, end: false);
            json.WriteString("text", Safe(m.Slice(p)));
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("quotes");
        for (var i = 0; i < m.Quotes.Count; i++)
        {
            var q = m.Quotes[i];
            json.WriteStartObject();
            json.WriteNumber("index", i);
            json.WriteString("text", Safe(m.Slice(q.Span)));
            json.WriteString("speaker", Safe(q.Speaker));
            json.WriteString("source", Safe(q.Source));
            json.WriteString("verb", Safe(q.Verb));
            json.WriteString("addressee", Safe(q.Addressee));
            json.WriteString("kind", Kind(q.Kind));
            json.WriteNumber("paragraph", q.Paragraph);
            json.WriteString("member", Member(a, i));
            WriteSpan(json, lines, q.Span.Start, q.Span.Length, end: true);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("actors");
        for (var i = 0; i < m.Actors.Count; i++)
        {
            var actor = m.Actors[i];
            json.WriteStartObject();
            json.WriteString("name", Safe(actor.Name));
            json.WriteString("kind", Kind(actor.Kind));
            json.WriteString("role", Safe(actor.Role));
            json.WriteStartArray("aliases");
            foreach (var alias in actor.Aliases) json.WriteStringValue(Safe(alias));
            json.WriteEndArray();
            json.WriteNumber("mentions", actor.Mentions);
            json.WriteString("member", i < a.ActorMembers.Count && a.ActorMembers[i].Length > 0 ? "Actors." + a.ActorMembers[i] : null);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("diagnostics");
        foreach (var d in a.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("id", d.Rule.Id);
            json.WriteString("severity", Severity(d.Rule.Severity));
            json.WriteString("title", d.Rule.Title);
            json.WriteString("message", Safe(d.Message));
            json.WriteNumber("start", d.Span.Start);
            json.WriteNumber("end", d.Span.Start + d.Span.Length);
            json.WriteNumber("line", d.Span.Line);
            json.WriteNumber("column", d.Span.Column);
            json.WriteNumber("endLine", d.Span.EndLine);
            json.WriteNumber("endColumn", d.Span.EndColumn);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The quote's kind as the JSON and the terminal write it: <c>direct</c>, <c>partial</c>, <c>indirect</c>.</summary>
    public static string Kind(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Partial => "partial",
        _ => "indirect",
    };

    /// <summary>The quote's member (<c>Quotes.AnaRuiz.WeWon</c>), or null: an indirect quote has none, nor has any quote without names.</summary>
    public static string? Member(InspectedArticle a, int i) =>
        a.Names is { } names && i < names.QuoteMembers.Count && names.QuoteMembers[i].Length > 0
            ? "Quotes." + names.QuoteClasses[i] + "." + names.QuoteMembers[i]
            : null;

    public static string Kind(ActorKind kind) => kind switch
    {
        ActorKind.Person => "person",
        ActorKind.Organization => "organization",
        _ => "place",
    };

    public static string Severity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary><c>{ "text", "start", "end", "line", "column" }</c>, or null.</summary>
    private static void WriteRange(Utf8JsonWriter json, string name, ArticleModel m, LineIndex lines, TextRange? range)
    {
        if (range is not { } r)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        json.WriteString("text", Safe(m.Slice(r)));
        WriteSpan(json, lines, r.Start, r.Length, end: false);
        json.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter json, LineIndex lines, int start, int length, bool end)
    {
        var a = lines.PositionOf(start);
        json.WriteNumber("start", start);
        json.WriteNumber("end", start + length);
        json.WriteNumber("line", a.Line);
        json.WriteNumber("column", a.Column);
        if (!end) return;
        var b = lines.PositionOf(start + length);
        json.WriteNumber("endLine", b.Line);
        json.WriteNumber("endColumn", b.Column);
    }

    /// <summary>
    /// The string with lone surrogates replaced by U+FFFD (one for one, so offsets still hold): the JSON writer refuses
    /// invalid UTF-16, and an article with a stray surrogate (NWS008) must still be shown.
    /// </summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(s))]
    private static string? Safe(string? s)
    {
        if (s is null) return null;
        char[]? copy = null;
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
                continue;
            }
            if (!char.IsSurrogate(s[i])) continue;
            copy ??= s.ToCharArray();
            copy[i] = '\uFFFD';
        }
        return copy is null ? s : new string(copy);
    }
}
