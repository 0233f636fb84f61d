using System.Collections.Generic;
using Newsroom.Generator.Extraction.Text;
using Newsroom.Generator.Pipeline;

namespace Newsroom.Cli.Inspection;

/// <summary>One file given to <c>newsroom inspect</c>: what the generator made of it, or why it could not be read.</summary>
/// <param name="Path">The path as given on the command line.</param>
/// <param name="Article">The generator's per-file result; null when the file could not be read.</param>
/// <param name="Names">The names the generator gives it and its quotes and actors (across the files given); null when unread.</param>
/// <param name="Diagnostics">What a build reports about the file, in text order.</param>
/// <param name="Error">Why the file could not be read; null when it was.</param>
internal sealed record InspectedArticle(
    string Path,
    ExtractedArticle? Article,
    ArticleNames? Names,
    IReadOnlyList<Finding> Diagnostics,
    string? Error)
{
    /// <summary>The member under <c>Actors</c> of each of the article's actors, in the article's actor order (empty when unread).</summary>
    public IReadOnlyList<string> ActorMembers { get; init; } = [];

    private LineIndex? _lines;

    /// <summary>Lines of the article's text, for positions (built on first use).</summary>
    public LineIndex Lines => _lines ??= new LineIndex(Article?.Model.Text ?? string.Empty);

    public static InspectedArticle Unreadable(string path, string error) => new(path, null, null, [], error);
}

/// <summary>One diagnostic, as the build would report it: its rule, formatted message and place in the file.</summary>
internal sealed record Finding(DiagnosticRule Rule, string Message, FileSpan Span);
