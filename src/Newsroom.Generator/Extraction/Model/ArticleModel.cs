namespace Newsroom.Generator.Extraction.Model;

/// <summary>Everything extracted from one article. Offsets are UTF-16 code units into <see cref="Text"/>.</summary>
/// <param name="Text">The article text exactly as read (BOM excluded).</param>
/// <param name="Headline">The first line when it reads as a headline.</param>
/// <param name="Dateline">A wire dateline (<c>WASHINGTON (AP) —</c>) or a date line (<c>Friday, January 4, 2019</c>).</param>
/// <param name="Byline">The byline's names (<c>By Jane Doe</c> gives <c>Jane Doe</c>).</param>
/// <param name="Paragraphs">Body paragraphs: not the headline, date line, byline or credit lines.</param>
/// <param name="Lede">The first body paragraph without its wire dateline.</param>
/// <param name="Credits">Agencies and people credited at the end (<c>With AFP and Reuters</c>).</param>
/// <param name="Quotes">Quotes in text order.</param>
/// <param name="Actors">Everyone and everything named, in order of first mention.</param>
/// <param name="StrayMarks">Quotation marks that pair with nothing, recovered locally.</param>
public sealed record ArticleModel(
    string Text,
    TextRange? Headline,
    TextRange? Dateline,
    string? Byline,
    EquatableArray<TextRange> Paragraphs,
    TextRange Lede,
    EquatableArray<string> Credits,
    EquatableArray<QuoteModel> Quotes,
    EquatableArray<ActorModel> Actors,
    EquatableArray<StrayMark> StrayMarks)
{
    public string Slice(TextRange range) => Text.Substring(range.Start, range.Length);
}

/// <summary>A run of text: <see cref="Start"/> and <see cref="Length"/> in UTF-16 code units.</summary>
public readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>Where a position is in the file: 1-based line and column (UTF-16 code units), as an editor shows it.</summary>
public readonly record struct LinePosition(int Line, int Column);

public enum QuoteKind
{
    /// <summary>Whole sentences of speech.</summary>
    Direct,

    /// <summary>A fragment quoted inside the writer's own sentence.</summary>
    Partial,

    /// <summary>Reported speech without quotation marks: the content of <c>X said (that) …</c>, in the writer's words.</summary>
    Indirect,
}

public enum ActorKind
{
    Person,
    Organization,
    Place,
}

/// <summary>One quote: the words inside the marks, or the content of reported speech (<see cref="QuoteKind.Indirect"/>).</summary>
/// <param name="Span">The quoted words (between the marks), or an indirect quote's content (without source and cue).</param>
/// <param name="Position">Line and column of <see cref="Span"/>'s start.</param>
/// <param name="Paragraph">Index into <see cref="ArticleModel.Paragraphs"/>.</param>
/// <param name="Speaker">Canonical name of the speaking actor (a key of <see cref="ArticleModel.Actors"/>), if found.</param>
/// <param name="Verb">The reporting verb as written (<c>said</c>, <c>told</c>, <c>according to</c>).</param>
/// <param name="Addressee">Canonical name of whoever was told (<c>Xi told Gates</c>).</param>
/// <param name="Source">The words that name the source as the article gives them (<c>a police spokesperson</c>,
/// <c>Jane Roe, a spokeswoman for NASA</c>, <c>he</c>), whitespace collapsed; null when the quote is not attributed.
/// Unlike <see cref="Speaker"/> it is also there for unnamed sources.</param>
public sealed record QuoteModel(
    TextRange Span,
    LinePosition Position,
    int Paragraph,
    QuoteKind Kind,
    string? Speaker,
    string? Verb,
    string? Addressee,
    string? Source = null);

/// <summary>A person, organization or place named in the article.</summary>
public sealed record ActorModel(
    string Name,
    ActorKind Kind,
    string? Role,
    EquatableArray<string> Aliases,
    int Mentions);

/// <summary>A quotation mark that opens or closes nothing.</summary>
/// <param name="Offset">Offset of the mark in the text.</param>
/// <param name="Position">Line and column of the mark.</param>
/// <param name="Mark">The mark itself.</param>
/// <param name="Message">What is wrong and how it was recovered, in words for the user.</param>
public sealed record StrayMark(int Offset, LinePosition Position, string Mark, string Message);
