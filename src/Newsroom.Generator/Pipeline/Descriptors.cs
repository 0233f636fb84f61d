using Microsoft.CodeAnalysis;

namespace Newsroom.Generator.Pipeline;

/// <summary>
/// Every diagnostic Newsroom reports, each explained with an example and its fix in docs/diagnostics.md (the help
/// link). Severities can be changed like any analyzer diagnostic's; see that page.
/// </summary>
internal static class Descriptors
{
    public const string Category = "Newsroom";

    /// <summary>Where the help links point: docs/diagnostics.md of the repository, one anchor per ID.</summary>
    public const string HelpBase = "https://github.com/newsroom/newsroom/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor StrayQuotationMark = new(
        "NWS001", "Stray quotation mark", "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A quotation mark in the article pairs with nothing. The quote around it was recovered within its paragraph.",
        helpLinkUri: HelpBase + "nws001");

    public static readonly DiagnosticDescriptor UnattributedQuote = new(
        "NWS002", "Quote without a speaker", "No speaker found for the quote “{0}”", Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: "Newsroom found no one the article says spoke these words. Quote.Speaker is null and the quote is under Quotes.Unattributed.",
        helpLinkUri: HelpBase + "nws002");

    public static readonly DiagnosticDescriptor UnreadableArticle = new(
        "NWS003", "Unreadable article", "The article file '{0}' is not readable text: {1}. It is generated as an empty article.", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "The file is binary, not UTF-8, or the compiler could not read it. It becomes an article with no text, so no garbage gets into the data.",
        helpLinkUri: HelpBase + "nws003");

    public static readonly DiagnosticDescriptor EmptyArticle = new(
        "NWS004", "Empty article", "The article file '{0}' is empty or only white space", Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: "The article has no text. It is generated with no headline, paragraphs or quotes.",
        helpLinkUri: HelpBase + "nws004");

    public static readonly DiagnosticDescriptor ArticleTooLarge = new(
        "NWS005", "Article too large", "The article file '{0}' is {1} characters long, over the limit of {2} (MSBuild property NewsroomMaxArticleSize). It is generated without its text.", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Articles over the size limit are not read, so that a large file marked as an article by mistake does not slow every build or bloat the assembly. Raise the limit with the NewsroomMaxArticleSize property, or 0 for none.",
        helpLinkUri: HelpBase + "nws005");

    public static readonly DiagnosticDescriptor DuplicateArticleName = new(
        "NWS006", "Two articles with the same name", "The article '{0}' would be named Articles.{1} like '{2}', which sorts first; it is named Articles.{3}", Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: "Two articles' headlines (or ledes) give the same member name. The one whose path sorts first keeps it, the next gets a number. Adding an article that sorts earlier can move the name.",
        helpLinkUri: HelpBase + "nws006");

    public static readonly DiagnosticDescriptor ArticleNameChanged = new(
        "NWS007", "Article name changed", "The article '{0}' is named Articles.{1}: {2}", Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: "The headline (or lede) could not be used as it is for a C# member name, so the name was changed.",
        helpLinkUri: HelpBase + "nws007");

    public static readonly DiagnosticDescriptor NotTextCharacters = new(
        "NWS008", "Characters that are not text", "The article has {0} character(s) that are not text, the first here (U+{1}): {2}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "U+FFFD stands where the file had bytes that are not UTF-8 (a file saved in another encoding); control characters and lone surrogates do not belong in text either. The article is read as it is.",
        helpLinkUri: HelpBase + "nws008");

    public static readonly DiagnosticDescriptor InvalidSetting = new(
        "NWS009", "Invalid Newsroom setting", "The MSBuild property {0} is '{1}', which is not {2}; the default {3} is used", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A Newsroom MSBuild property has a value Newsroom cannot use.",
        helpLinkUri: HelpBase + "nws009");

    public static readonly DiagnosticDescriptor ParagraphTooLong = new(
        "NWS010", "Paragraph too long to extract", "This paragraph is {0} characters long with {1} quotation mark(s), over what Newsroom extracts ({2} characters, {3} marks); the article is generated with its text but no quotes or actors", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A paragraph far longer than any news paragraph (a file with no line breaks, HTML or a log saved as text) is not extracted, so that the build's time stays bounded.",
        helpLinkUri: HelpBase + "nws010");

    public static readonly DiagnosticDescriptor ExtractionFailed = new(
        "NWS900", "Extraction failed", "Newsroom could not extract '{0}': {1}. The article is generated with its text only; please report this.", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "An internal error while reading the article. The build goes on; the article has no quotes or actors.",
        helpLinkUri: HelpBase + "nws900");

    /// <summary>All descriptors, in ID order.</summary>
    public static readonly DiagnosticDescriptor[] All =
    {
        StrayQuotationMark, UnattributedQuote, UnreadableArticle, EmptyArticle, ArticleTooLarge, DuplicateArticleName,
        ArticleNameChanged, NotTextCharacters, InvalidSetting, ParagraphTooLong, ExtractionFailed,
    };

    public static DiagnosticDescriptor? ById(string id)
    {
        foreach (var d in All)
        {
            if (d.Id == id) return d;
        }
        return null;
    }
}
