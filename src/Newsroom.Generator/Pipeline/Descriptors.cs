using Microsoft.CodeAnalysis;

namespace Newsroom.Generator.Pipeline;

/// <summary>Every diagnostic Newsroom reports. Explained with examples in docs/diagnostics.md.</summary>
internal static class Descriptors
{
    private const string Category = "Newsroom";
    private const string HelpBase = "https://github.com/newsroom/newsroom/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor StrayQuotationMark = new(
        "NWS001", "Stray quotation mark", "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A quotation mark in the article pairs with nothing. The quote around it was recovered within its paragraph.",
        helpLinkUri: HelpBase + "nws001");

    public static readonly DiagnosticDescriptor UnattributedQuote = new(
        "NWS002", "Quote without a speaker", "No speaker found for the quote “{0}”", Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: "Newsroom found no one the article says spoke these words. Quote.Speaker is null.",
        helpLinkUri: HelpBase + "nws002");

    public static readonly DiagnosticDescriptor UnreadableArticle = new(
        "NWS003", "Unreadable article", "The article file '{0}' could not be read as text: {1}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "The file is not text the compiler can read. It becomes an empty article.",
        helpLinkUri: HelpBase + "nws003");

    public static readonly DiagnosticDescriptor ExtractionFailed = new(
        "NWS900", "Extraction failed", "Newsroom could not extract '{0}': {1}. The article is generated with its text only; please report this.", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "An internal error while reading the article. The build goes on; the article has no quotes or actors.",
        helpLinkUri: HelpBase + "nws900");

    public static DiagnosticDescriptor? ById(string id) => id switch
    {
        "NWS001" => StrayQuotationMark,
        "NWS002" => UnattributedQuote,
        "NWS003" => UnreadableArticle,
        "NWS900" => ExtractionFailed,
        _ => null,
    };
}
