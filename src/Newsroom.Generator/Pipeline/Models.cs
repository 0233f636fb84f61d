using Newsroom.Generator.Extraction.Model;

namespace Newsroom.Generator.Pipeline;

// The values that flow between pipeline steps. All are records of strings, numbers and EquatableArrays: no
// ISymbol, SyntaxNode, Compilation or Location, so that every step can be cached by value.

/// <summary>How reading an article file went.</summary>
internal enum ReadStatus
{
    /// <summary>The text is there.</summary>
    Read,

    /// <summary>The compiler gave no text (it reports why, e.g. CS2015 for a binary file).</summary>
    NoText,

    /// <summary>Longer than <see cref="NewsroomSettings.MaxArticleSize"/>: the text is not kept.</summary>
    TooLarge,
}

/// <summary>An AdditionalFile marked as an article, read.</summary>
/// <param name="Path">Full path as the compiler knows it.</param>
/// <param name="Text">The text; null unless <paramref name="Status"/> is <see cref="ReadStatus.Read"/>.</param>
/// <param name="Length">The text's length in UTF-16 code units, when <see cref="ReadStatus.TooLarge"/>; else 0.</param>
/// <param name="MaxLength">The limit it went over, when <see cref="ReadStatus.TooLarge"/>; else 0 (so that changing the
/// limit does not invalidate the cached extraction of articles under it).</param>
/// <param name="Overrides">What the project file says of this article (item metadata).</param>
/// <param name="IndirectQuotes">Whether reported speech without quotation marks is extracted (<c>NewsroomIndirectQuotes</c>):
/// off, the extraction does not look for it at all.</param>
internal sealed record ArticleFile(string Path, string? Text, ReadStatus Status, int Length, int MaxLength, ArticleOverrides Overrides = default,
    bool IndirectQuotes = true);

/// <summary>
/// Per-file metadata of a <c>NewsroomArticle</c> item: <c>MemberName</c> (the member under <c>Articles</c>) and
/// <c>Headline</c> (used instead of the headline found in the text). Null when not given.
/// </summary>
/// <param name="Resource">The manifest resource that holds the file's bytes as they are (the package's targets embed
/// every article, <c>Newsroom/{item}</c>), so that the generated code reads the text from there instead of carrying it;
/// null when there is none, or when the text cannot come back from it exactly (see <see cref="ResourceText"/>).</param>
internal readonly record struct ArticleOverrides(string? MemberName, string? Headline, string? Resource = null);

/// <summary>One article after extraction.</summary>
internal sealed record ExtractedArticle(string Path, string FileName, ArticleModel Model, EquatableArray<DiagnosticInfo> Diagnostics, ArticleOverrides Overrides = default)
{
    /// <summary>The headline the project gave the article, if any.</summary>
    public string? Headline => Overrides.Headline;
}

/// <summary>
/// A place in an article file, as numbers: UTF-16 offset and length into the text, and the 1-based line and column
/// of its start and end with the compiler's line breaks (a Location is made from it at report time).
/// </summary>
internal readonly record struct FileSpan(int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>The start of the file: where a diagnostic about the whole file points.</summary>
    public static FileSpan FileStart => new(0, 0, 1, 1, 1, 1);
}

/// <summary>A diagnostic to report, with its position as numbers. An empty <paramref name="Path"/> means no location.</summary>
internal sealed record DiagnosticInfo(string Id, string Path, FileSpan Span, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(string id, string path, FileSpan span, params string[] arguments) =>
        new(id, path, span, arguments.ToEquatableArray());
}

/// <summary>Where an article's name comes from.</summary>
internal enum TitleSource
{
    Headline,
    Lede,
    FileName,
}

/// <summary>
/// What naming needs of one article: small, so that collecting all of them stays cheap, and with the work that depends
/// on this article alone done (the names its title and quotes would take, which actor speaks each quote), so that
/// naming across articles after an edit only resolves clashes.
/// </summary>
/// <param name="TitleSpan">Where the title is in the file (its first line), for naming diagnostics.</param>
/// <param name="MemberName">The member name the project gave the article, if any.</param>
/// <param name="TitleName">The title as a C# name (PascalCase words), empty when it has no letter or digit.</param>
/// <param name="ActorNames">The name of each of <paramref name="Actors"/> as a C# name, before names are made unique.</param>
internal sealed record ArticleSummary(
    string Path,
    string FileName,
    string? MemberName,
    string Title,
    TitleSource Source,
    FileSpan TitleSpan,
    string TitleName,
    EquatableArray<QuoteSummary> Quotes,
    EquatableArray<ActorModel> Actors,
    EquatableArray<string> ActorNames);

/// <summary>
/// A quote as naming sees it: the index in the article's actors of the actor who says it (-1 for none), and the name
/// its opening words make (<c>Quote</c> when they make none; empty for an indirect quote, which gets no member).
/// </summary>
internal readonly record struct QuoteSummary(int Speaker, string Name, bool Indirect = false);

/// <summary>What naming decided: the names, and the diagnostics about them (kept apart so that sources only depend on the names).</summary>
internal sealed record NamingResult(NameTable Table, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Names chosen for everything, across all articles.</summary>
internal sealed record NameTable(EquatableArray<ArticleNames> Articles, EquatableArray<ActorEntry> Actors, EquatableArray<SpeakerClass> Speakers);

/// <summary>The names one article's code needs: its own members (no other article's and no actor's, so that an
/// edit elsewhere does not change them).</summary>
/// <param name="QuoteClasses">Class under <c>Quotes</c> of each quote (its speaker's), in quote order; empty for an indirect quote.</param>
/// <param name="QuoteMembers">Member in that class of each quote; empty for an indirect quote (no member).</param>
/// <param name="ActorNames">The name across articles of each of the article's actors, in the article's actor order,
/// where it is not the name the article gives (<c>Trump</c> → <c>Donald Trump</c>), else empty; no entry at all (the
/// common case) when every actor keeps its name. It changes only when the actors joined across articles do.</param>
internal sealed record ArticleNames(
    string Path,
    string FileName,
    string Member,
    EquatableArray<string> QuoteClasses,
    EquatableArray<string> QuoteMembers,
    EquatableArray<string> ActorNames = default)
{
    /// <summary>The name across articles of the article's actor <paramref name="index"/> called <paramref name="name"/> there.</summary>
    public string NameOf(int index, string name) =>
        index >= 0 && index < ActorNames.Count && ActorNames[index].Length > 0 ? ActorNames[index] : name;
}

/// <summary>One actor across all articles.</summary>
/// <param name="Quotes">Direct and partial quotes the actor says.</param>
/// <param name="IndirectQuotes">Indirect quotes (reported speech) the actor is the source of.</param>
/// <param name="ArticleIndexes">The articles that name it: their indexes in <see cref="NameTable.Articles"/> (path order).</param>
internal sealed record ActorEntry(
    string Member,
    string Name,
    ActorKind Kind,
    string? Role,
    EquatableArray<string> Aliases,
    int Quotes,
    EquatableArray<int> ArticleIndexes,
    int Mentions,
    int IndirectQuotes = 0);

/// <summary>A class under <c>Quotes</c> holding one speaker's quotes.</summary>
internal sealed record SpeakerClass(string Name, string? Speaker, string? Role, int Quotes);

/// <summary>What one article's code is made from: its extraction and its names.</summary>
internal sealed record ArticleEmit(ExtractedArticle Article, ArticleNames Names, Emit.EmitOptions Options);

/// <summary>
/// One article's code, made once per article: its member under <c>Articles</c>, with its hover and its data, ready to
/// go into its file (<see cref="Emit.Shard.BucketOf"/>); its quotes' members, for the speakers' files; and the
/// diagnostic (NWS900) should making them have failed (the article then keeps its text only, its quotes no members).
/// </summary>
internal sealed record ArticleCode(string Path, string Member, string Code, EquatableArray<QuoteMemberDoc> Quotes, DiagnosticInfo? Failure);

/// <summary>
/// One file of article members, in path order (the class <c>Articles</c> declared in a few dozen files, not in one file
/// per article: the compiler and the analyzer driver do work for every declaration of a type times its number of
/// declarations).
/// </summary>
internal sealed record ArticleShard(string HintName, EquatableArray<string> Code, Emit.EmitOptions Options);

/// <summary>
/// One quote's member under <c>Quotes.{Speaker}</c>, ready to write: its class and name, its hover (escaped documentation
/// lines) and what its body reaches (the article's member and the quote's index in it). Made per article, so that the
/// shards only group what articles hand over.
/// </summary>
/// <param name="Path">The article's path: quotes of one speaker are written in path order, then quote order.</param>
internal sealed record QuoteMemberDoc(string Class, string Member, string Path, int Index, string ArticleMember, EquatableArray<string> Doc);

/// <summary>
/// One file of quote members: the speakers whose classes start with one letter, each declared once with all its quotes
/// (a class declared in thousands of files costs the compiler far more than the same members in one declaration).
/// </summary>
internal sealed record QuoteShard(string HintName, EquatableArray<SpeakerQuotes> Speakers, Emit.EmitOptions Options);

/// <summary>A speaker's class under <c>Quotes</c> and its quotes' members, in path order.</summary>
internal sealed record SpeakerQuotes(SpeakerClass Class, EquatableArray<QuoteMemberDoc> Quotes);

/// <summary>One file of actor members: those whose names start with one letter.</summary>
internal sealed record ActorShard(string Key, string HintName, EquatableArray<ActorDoc> Actors, Emit.EmitOptions Options);

/// <summary>
/// What an actor's member and its hover show, and its row of the actors' table (the file holds its letter's rows, so
/// that an edit which adds an actor or changes one re-emits that letter's file, not the table of every actor).
/// </summary>
internal sealed record ActorDoc(string Member, string Name, ActorKind Kind, string? Role, EquatableArray<string> Aliases, int Quotes,
    EquatableArray<int> ArticleIndexes, int Mentions, int IndirectQuotes = 0);

/// <summary>The articles' list of the catalog: each article's file name and member, in path order (nothing an edit of
/// an article's quotes or actors changes).</summary>
internal sealed record ArticleList(EquatableArray<ArticleListItem> Articles);

internal sealed record ArticleListItem(string FileName, string Member);
