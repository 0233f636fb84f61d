using Newsroom.Generator.Extraction.Model;

namespace Newsroom.Generator.Pipeline;

// The values that flow between pipeline steps. All are records of strings, numbers and EquatableArrays: no
// ISymbol, SyntaxNode, Compilation or Location, so that every step can be cached by value.

/// <summary>An AdditionalFile marked as an article, read.</summary>
/// <param name="Path">Full path as the compiler knows it.</param>
/// <param name="Text">The text, or null when it could not be read.</param>
internal sealed record ArticleFile(string Path, string? Text);

/// <summary>One article after extraction.</summary>
internal sealed record ExtractedArticle(string Path, string FileName, ArticleModel Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A diagnostic to report on an article file, with its position as numbers (a Location is made at report time).</summary>
internal sealed record DiagnosticInfo(string Id, string Path, int Start, int Length, int Line, int Column, int EndLine, int EndColumn, EquatableArray<string> Arguments);

/// <summary>What naming needs of one article: small, so that collecting all of them stays cheap.</summary>
internal sealed record ArticleSummary(
    string Path,
    string FileName,
    string Title,
    EquatableArray<QuoteSummary> Quotes,
    EquatableArray<ActorModel> Actors);

/// <summary>A quote as naming sees it: its speaker and its opening words.</summary>
internal readonly record struct QuoteSummary(string? Speaker, string Opening, int Length);

/// <summary>Names chosen for everything, across all articles.</summary>
internal sealed record NameTable(EquatableArray<ArticleNames> Articles, EquatableArray<ActorEntry> Actors, EquatableArray<SpeakerClass> Speakers);

/// <summary>The names one article's source needs: its own members and the actors it refers to.</summary>
/// <param name="ActorMembers">Member under <c>Actors</c> of each of the article's actors, in the article's actor order.</param>
/// <param name="QuoteClasses">Class under <c>Quotes</c> of each quote (its speaker's), in quote order.</param>
/// <param name="QuoteMembers">Member in that class of each quote.</param>
internal sealed record ArticleNames(
    string Path,
    string HintName,
    string Member,
    EquatableArray<string> ActorMembers,
    EquatableArray<string> QuoteClasses,
    EquatableArray<string> QuoteMembers);

/// <summary>One actor across all articles.</summary>
internal sealed record ActorEntry(
    string Member,
    string Name,
    ActorKind Kind,
    string? Role,
    EquatableArray<string> Aliases,
    int Quotes,
    int Articles,
    int Mentions);

/// <summary>A class under <c>Quotes</c> holding one speaker's quotes.</summary>
internal sealed record SpeakerClass(string Name, string? Speaker, string? Role, int Quotes);

/// <summary>One article's source: its extraction and its names.</summary>
internal sealed record ArticleEmit(ExtractedArticle Article, ArticleNames Names);
