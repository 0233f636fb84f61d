using Microsoft.CodeAnalysis;

namespace Newsroom.Generator.Pipeline;

/// <summary>
/// Every diagnostic Newsroom reports, each explained with an example and its fix in docs/diagnostics.md. Severities can
/// be changed like any analyzer diagnostic's; see that page.
/// </summary>
/// <remarks>
/// The texts come from <see cref="DiagnosticRules"/>, which tools without Roslyn share. The ID and severity stay literal
/// here because the analyzer release-tracking rules (RS2000 and on) read them as constants; a test checks that they
/// match the rules.
/// <para>No help link: the project has no public address for its documentation yet, and a link to a page that does not
/// exist is worse than none. Give every descriptor its <c>helpLinkUri</c> once docs/diagnostics.md is published somewhere
/// real.</para>
/// </remarks>
internal static class Descriptors
{
    public const string Category = "Newsroom";

    public static readonly DiagnosticDescriptor StrayQuotationMark = new(
        "NWS001", DiagnosticRules.StrayQuotationMark.Title, DiagnosticRules.StrayQuotationMark.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: DiagnosticRules.StrayQuotationMark.Description);

    public static readonly DiagnosticDescriptor UnattributedQuote = new(
        "NWS002", DiagnosticRules.UnattributedQuote.Title, DiagnosticRules.UnattributedQuote.MessageFormat, Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: DiagnosticRules.UnattributedQuote.Description);

    public static readonly DiagnosticDescriptor UnreadableArticle = new(
        "NWS003", DiagnosticRules.UnreadableArticle.Title, DiagnosticRules.UnreadableArticle.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: DiagnosticRules.UnreadableArticle.Description);

    public static readonly DiagnosticDescriptor EmptyArticle = new(
        "NWS004", DiagnosticRules.EmptyArticle.Title, DiagnosticRules.EmptyArticle.MessageFormat, Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: DiagnosticRules.EmptyArticle.Description);

    public static readonly DiagnosticDescriptor ArticleTooLarge = new(
        "NWS005", DiagnosticRules.ArticleTooLarge.Title, DiagnosticRules.ArticleTooLarge.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: DiagnosticRules.ArticleTooLarge.Description);

    public static readonly DiagnosticDescriptor DuplicateArticleName = new(
        "NWS006", DiagnosticRules.DuplicateArticleName.Title, DiagnosticRules.DuplicateArticleName.MessageFormat, Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: DiagnosticRules.DuplicateArticleName.Description);

    public static readonly DiagnosticDescriptor ArticleNameChanged = new(
        "NWS007", DiagnosticRules.ArticleNameChanged.Title, DiagnosticRules.ArticleNameChanged.MessageFormat, Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: DiagnosticRules.ArticleNameChanged.Description);

    public static readonly DiagnosticDescriptor NotTextCharacters = new(
        "NWS008", DiagnosticRules.NotTextCharacters.Title, DiagnosticRules.NotTextCharacters.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: DiagnosticRules.NotTextCharacters.Description);

    public static readonly DiagnosticDescriptor InvalidSetting = new(
        "NWS009", DiagnosticRules.InvalidSetting.Title, DiagnosticRules.InvalidSetting.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: DiagnosticRules.InvalidSetting.Description);

    public static readonly DiagnosticDescriptor ParagraphTooLong = new(
        "NWS010", DiagnosticRules.ParagraphTooLong.Title, DiagnosticRules.ParagraphTooLong.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: DiagnosticRules.ParagraphTooLong.Description);

    public static readonly DiagnosticDescriptor LanguageVersionTooLow = new(
        "NWS012", DiagnosticRules.LanguageVersionTooLow.Title, DiagnosticRules.LanguageVersionTooLow.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: DiagnosticRules.LanguageVersionTooLow.Description);

    public static readonly DiagnosticDescriptor NamespaceTaken = new(
        "NWS013", DiagnosticRules.NamespaceTaken.Title, DiagnosticRules.NamespaceTaken.MessageFormat, Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: DiagnosticRules.NamespaceTaken.Description);

    public static readonly DiagnosticDescriptor ExtractionFailed = new(
        "NWS900", DiagnosticRules.ExtractionFailed.Title, DiagnosticRules.ExtractionFailed.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: DiagnosticRules.ExtractionFailed.Description);

    /// <summary>All descriptors, in ID order.</summary>
    public static readonly DiagnosticDescriptor[] All =
    {
        StrayQuotationMark, UnattributedQuote, UnreadableArticle, EmptyArticle, ArticleTooLarge, DuplicateArticleName,
        ArticleNameChanged, NotTextCharacters, InvalidSetting, ParagraphTooLong, LanguageVersionTooLow, NamespaceTaken, ExtractionFailed,
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
