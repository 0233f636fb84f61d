using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Newsroom.Cli.Inspection;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Pipeline;
using Spectre.Console;

namespace Newsroom.Cli.Rendering;

/// <summary>
/// <c>newsroom inspect</c> for people: per file, the article's parts, its paragraphs with the quotes highlighted and
/// listed with speaker and verb, its actors, and its diagnostics in the build's own format
/// (<c>path(line,column): warning NWS001: …</c>).
/// </summary>
/// <remarks>
/// Colours and styles are written only to a terminal. Redirected to a file or a pipe, the view is plain text (no ANSI
/// escape codes, a fixed width); NO_COLOR keeps styles but drops colours. Article text is shown with its control
/// characters replaced, so that an article cannot move the cursor or change the terminal's state.
/// </remarks>
internal static class TerminalView
{
    /// <summary>
    /// Width of the view when the output is not a terminal: wide enough that nothing wraps, so that a paragraph or a
    /// diagnostic stays one line for grep and for tools that read the build's format (tables take only what they need).
    /// </summary>
    private const int RedirectedWidth = 32_000;

    public static void Write(CliConsole console, IReadOnlyList<InspectedArticle> articles)
    {
        var ansi = Create(console);
        foreach (var a in articles)
        {
            WriteArticle(ansi, a);
            ansi.WriteLine();
        }
    }

    public static IAnsiConsole Create(CliConsole console)
    {
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = console.IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = console.IsTerminal && !console.NoColor ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(console.Out),
        });
        if (!console.IsTerminal) ansi.Profile.Width = RedirectedWidth;
        return ansi;
    }

    private static void WriteArticle(IAnsiConsole ansi, InspectedArticle a)
    {
        ansi.MarkupLine("[bold]── " + Markup.Escape(Shown(a.Path)) + " ──[/]");
        if (a.Article is not { } article)
        {
            ansi.MarkupLine("[red]not read:[/] " + Markup.Escape(Shown(a.Error ?? "")));
            return;
        }
        var m = article.Model;
        WriteParts(ansi, a, m);
        WriteParagraphs(ansi, a, m);
        WriteActors(ansi, a, m);
        WriteDiagnostics(ansi, a);
        ansi.MarkupLine("[grey]" + Markup.Escape(Summary(a)) + "[/]");
    }

    private static void WriteParts(IAnsiConsole ansi, InspectedArticle a, ArticleModel m)
    {
        void Row(string label, string? value)
        {
            if (value is null) return;
            ansi.MarkupLine("[grey]" + label.PadRight(9) + "[/]" + Markup.Escape(Shown(value)));
        }
        Row("member", a.Names is { } n ? "Articles." + n.Member : null);
        Row("headline", m.Headline is { } h ? m.Slice(h) : null);
        Row("dateline", m.Dateline is { } d ? m.Slice(d) : null);
        Row("byline", m.Byline);
        Row("credits", m.Credits.Count > 0 ? string.Join(", ", m.Credits) : null);
        Row("text", string.Create(CultureInfo.InvariantCulture,
            $"{m.Text.Length:N0} characters, {a.Lines.PositionOf(m.Text.Length).Line:N0} lines, {m.Paragraphs.Count} paragraphs"));
        ansi.WriteLine();
    }

    private static void WriteParagraphs(IAnsiConsole ansi, InspectedArticle a, ArticleModel m)
    {
        for (var p = 0; p < m.Paragraphs.Count; p++)
        {
            var range = m.Paragraphs[p];
            var quotes = Enumerable.Range(0, m.Quotes.Count).Where(i => m.Quotes[i].Paragraph == p).ToList();
            var line = a.Lines.PositionOf(range.Start).Line;
            ansi.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[grey]¶{p + 1} · line {line}[/]"));
            ansi.MarkupLine("  " + Highlighted(m, range, quotes));
            foreach (var i in quotes)
            {
                ansi.MarkupLine("  " + QuoteLine(a, m, i));
            }
        }
        if (m.Paragraphs.Count > 0) ansi.WriteLine();
    }

    /// <summary>The paragraph's text as markup, each quote's words in yellow, each indirect quote's content in cyan.</summary>
    private static string Highlighted(ArticleModel m, TextRange paragraph, List<int> quotes)
    {
        var sb = new StringBuilder();
        var at = paragraph.Start;
        foreach (var i in quotes)
        {
            var q = m.Quotes[i].Span;
            // A quote is recovered inside its paragraph; clamp anyway, the view must never throw on odd spans.
            var start = System.Math.Clamp(q.Start, at, paragraph.End);
            var end = System.Math.Clamp(q.End, start, paragraph.End);
            sb.Append(Markup.Escape(Shown(m.Text.Substring(at, start - at))));
            sb.Append(m.Quotes[i].Kind == QuoteKind.Indirect ? "[cyan]" : "[yellow]").Append(Markup.Escape(Shown(m.Text.Substring(start, end - start)))).Append("[/]");
            at = end;
        }
        sb.Append(Markup.Escape(Shown(m.Text.Substring(at, paragraph.End - at))));
        return sb.ToString();
    }

    private static string QuoteLine(InspectedArticle a, ArticleModel m, int i)
    {
        var q = m.Quotes[i];
        // The source's words after the speaker when they say more than the name ("he", "Jane Roe, a spokeswoman for NASA"),
        // and in place of a speaker when they name no actor ("a police spokesperson").
        var source = q.Source is { } s && (q.Speaker is null || !SourceWords.OnlyNames(s, q.Speaker, null, m.Actors)) ? "[grey](" + Markup.Escape(Shown(s)) + ")[/] " : "";
        var who = q.Speaker is { } speaker
            ? "[bold]" + Markup.Escape(Shown(speaker)) + "[/] " + source + Markup.Escape(Shown(q.Verb ?? ""))
            : q.Source is not null ? "[grey]unnamed source[/] " + source + Markup.Escape(Shown(q.Verb ?? ""))
            // Reported speech often has a source that names nobody ("officials said"): not a fault, unlike a marked quote.
            : q.Kind == QuoteKind.Indirect ? "[grey]unnamed source[/] " + Markup.Escape(Shown(q.Verb ?? ""))
            : "[red]no speaker[/]";
        if (q.Addressee is { } to) who += " → " + Markup.Escape(Shown(to));
        var member = JsonView.Member(a, i) is { } name ? " · " + name : "";
        var where = string.Create(CultureInfo.InvariantCulture, $"{JsonView.Kind(q.Kind)}, {q.Position.Line}:{q.Position.Column}");
        var words = Markup.Escape(Messages.Excerpt(m.Slice(q.Span), 70));
        // Reported speech is not the speaker's words: shown without quotation marks.
        return string.Create(CultureInfo.InvariantCulture,
            $"[yellow]q{i + 1}[/] {who} [grey]({where}){Markup.Escape(member)}[/] {(q.Kind == QuoteKind.Indirect ? "‹" + words + "›" : "“" + words + "”")}");
    }

    private static void WriteActors(IAnsiConsole ansi, InspectedArticle a, ArticleModel m)
    {
        if (m.Actors.Count == 0) return;
        var table = new Table().Border(TableBorder.Rounded).Title("actors");
        table.AddColumn("name");
        table.AddColumn("kind");
        table.AddColumn("role");
        table.AddColumn("aliases");
        table.AddColumn(new TableColumn("mentions").RightAligned());
        table.AddColumn("member");
        for (var i = 0; i < m.Actors.Count; i++)
        {
            var actor = m.Actors[i];
            table.AddRow(
                new Text(Shown(actor.Name)),
                new Text(JsonView.Kind(actor.Kind)),
                new Text(Shown(actor.Role ?? "")),
                new Text(Shown(string.Join(", ", actor.Aliases))),
                new Text(actor.Mentions.ToString(CultureInfo.InvariantCulture)),
                new Text(i < a.ActorMembers.Count && a.ActorMembers[i].Length > 0 ? "Actors." + a.ActorMembers[i] : ""));
        }
        ansi.Write(table);
    }

    private static void WriteDiagnostics(IAnsiConsole ansi, InspectedArticle a)
    {
        if (a.Diagnostics.Count == 0)
        {
            ansi.MarkupLine("[green]no diagnostics[/]");
            return;
        }
        foreach (var d in a.Diagnostics)
        {
            var severity = JsonView.Severity(d.Rule.Severity);
            var colour = d.Rule.Severity == RuleSeverity.Warning ? "yellow" : "blue";
            // The build's own format, so that editors and people read it the same way.
            ansi.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"{Markup.Escape(Shown(a.Path))}({d.Span.Line},{d.Span.Column}): [{colour}]{severity} {d.Rule.Id}[/]: {Markup.Escape(Shown(d.Message))}"));
        }
    }

    private static string Summary(InspectedArticle a)
    {
        var m = a.Article!.Model;
        int Count(ActorKind k) => m.Actors.Count(x => x.Kind == k);
        var warnings = a.Diagnostics.Count(d => d.Rule.Severity == RuleSeverity.Warning);
        return string.Create(CultureInfo.InvariantCulture,
            $"{m.Quotes.Count(q => q.Kind != QuoteKind.Indirect)} quote(s), {m.Quotes.Count(q => q.Speaker is null && q.Kind != QuoteKind.Indirect)} without a speaker; " +
            $"{m.Quotes.Count(q => q.Kind == QuoteKind.Indirect)} indirect, {m.Quotes.Count(q => q.Speaker is null && q.Kind == QuoteKind.Indirect)} without a named source; " +
            $"{Count(ActorKind.Person)} people, {Count(ActorKind.Organization)} organization(s), {Count(ActorKind.Place)} place(s); " +
            $"{warnings} warning(s), {a.Diagnostics.Count - warnings} info(s)");
    }

    /// <summary>
    /// Text safe to show on a terminal: control characters (ESC, a lone CR, …), bidi controls and lone surrogates become
    /// U+FFFD, CR LF becomes LF; tabs and line feeds stay.
    /// </summary>
    private static string Shown(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append(c).Append(s[++i]);
            }
            else if (c == '\r' && i + 1 < s.Length && s[i + 1] == '\n')
            {
                // The LF that follows is the line break.
            }
            else if (c is '\n' or '\t')
            {
                sb.Append(c);
            }
            else if (c is '\r' or '\u0085' or '\u2028' or '\u2029')
            {
                sb.Append('\n');
            }
            else if (char.IsControl(c) || char.IsSurrogate(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
            {
                sb.Append('\uFFFD');
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
