using System.Globalization;
using Newsroom.Generator.Extraction.Model;

namespace Newsroom.Generator.Pipeline;

/// <summary>A diagnostic's default severity, without Roslyn's <c>DiagnosticSeverity</c>.</summary>
internal enum RuleSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>What a diagnostic says, without Roslyn: its ID, title, message format, default severity and description.</summary>
internal sealed class DiagnosticRule
{
    public DiagnosticRule(string id, string title, string messageFormat, RuleSeverity severity, string description)
    {
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Severity = severity;
        Description = description;
    }

    public string Id { get; }
    public string Title { get; }
    public string MessageFormat { get; }
    public RuleSeverity Severity { get; }
    public string Description { get; }

    /// <summary>The message with its arguments, formatted as Roslyn formats a descriptor's message (the arguments are already strings).</summary>
    public string Format(EquatableArray<string> arguments)
    {
        var args = new object[arguments.Count];
        for (var i = 0; i < args.Length; i++) args[i] = arguments[i];
        return string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
    }
}

/// <summary>
/// Every diagnostic Newsroom reports, as plain data. The generator's <see cref="Descriptors"/> are made from these, and
/// tools that must not load Roslyn (the <c>newsroom</c> command) read them directly, so the two cannot disagree.
/// </summary>
/// <remarks>NWS011 is taken too, by a warning of the package's MSBuild targets (build/Newsroom.targets: the package in a
/// project that is not C#); it is not a compiler diagnostic, so it has no rule here.</remarks>
internal static class DiagnosticRules
{
    public static readonly DiagnosticRule StrayQuotationMark = new(
        "NWS001", "Stray quotation mark", "{0}", RuleSeverity.Warning,
        "A quotation mark in the article pairs with nothing. The quote around it was recovered within its paragraph.");

    public static readonly DiagnosticRule UnattributedQuote = new(
        "NWS002", "Quote without a speaker", "No speaker found for the quote “{0}”", RuleSeverity.Info,
        "Newsroom found no one the article says spoke these words. Quote.Speaker is null and the quote is under Quotes.Unattributed.");

    public static readonly DiagnosticRule UnreadableArticle = new(
        "NWS003", "Unreadable article", "The article file '{0}' is not readable text: {1}. It is generated as an empty article.", RuleSeverity.Warning,
        "The file is binary, not UTF-8, or the compiler could not read it. It becomes an article with no text, so no garbage gets into the data.");

    public static readonly DiagnosticRule EmptyArticle = new(
        "NWS004", "Empty article", "The article file '{0}' is empty or only white space", RuleSeverity.Info,
        "The article has no text. It is generated with no headline, paragraphs or quotes.");

    public static readonly DiagnosticRule ArticleTooLarge = new(
        "NWS005", "Article too large", "The article file '{0}' is {1} characters long, over the limit of {2} (MSBuild property NewsroomMaxArticleSize). It is generated without its text.", RuleSeverity.Warning,
        "Articles over the size limit are not read, so that a large file marked as an article by mistake does not slow every build or bloat the assembly. Raise the limit with the NewsroomMaxArticleSize property, or 0 for none.");

    public static readonly DiagnosticRule DuplicateArticleName = new(
        "NWS006", "Two articles with the same name", "The article '{0}' would be named Articles.{1} like '{2}', which sorts first; it is named Articles.{3}", RuleSeverity.Info,
        "Two articles' headlines (or ledes) give the same member name. The one whose path sorts first keeps it, the next gets a number. Adding an article that sorts earlier can move the name.");

    public static readonly DiagnosticRule ArticleNameChanged = new(
        "NWS007", "Article name changed", "The article '{0}' is named Articles.{1}: {2}", RuleSeverity.Info,
        "The headline (or lede) could not be used as it is for a C# member name, so the name was changed.");

    public static readonly DiagnosticRule NotTextCharacters = new(
        "NWS008", "Characters that are not text", "The article has {0} character(s) that are not text, the first here (U+{1}): {2}", RuleSeverity.Warning,
        "U+FFFD stands where the file had bytes that are not UTF-8 (a file saved in another encoding); control characters and lone surrogates do not belong in text either. The article is read as it is.");

    public static readonly DiagnosticRule InvalidSetting = new(
        "NWS009", "Invalid Newsroom setting", "The MSBuild property {0} is '{1}', which is not {2}; the default {3} is used", RuleSeverity.Warning,
        "A Newsroom MSBuild property has a value Newsroom cannot use.");

    public static readonly DiagnosticRule ParagraphTooLong = new(
        "NWS010", "Paragraph too long to extract", "This paragraph is {0} characters long with {1} quotation mark(s), over what Newsroom extracts ({2} characters, {3} marks); the article is generated with its text but no quotes or actors", RuleSeverity.Warning,
        "A paragraph far longer than any news paragraph (a file with no line breaks, HTML or a log saved as text) is not extracted, so that the build's time stays bounded.");

    public static readonly DiagnosticRule LanguageVersionTooLow = new(
        "NWS012", "C# version too old for Newsroom", "Newsroom generates code for C# 7.3 or later, and this project compiles C# {0}; nothing is generated. Set <LangVersion> to 7.3 or later (the default of every .NET target).", RuleSeverity.Error,
        "The generated code needs C# 7.3, the default of .NET Framework and .NET Standard projects; newer versions get more (nullable annotations from C# 8, records from C# 9, UTF-8 data from C# 11 on .NET Core 2.1 and later).");

    public static readonly DiagnosticRule NamespaceTaken = new(
        "NWS013", "Generated types in a namespace of the project's own", "This project's Newsroom types are in namespace {0}: the referenced assembly {1} has its Newsroom types in {2} already. Set NewsroomNamespace to choose another.", RuleSeverity.Info,
        "Two projects of a solution (or a package) with articles would both put their types in the default namespace, and the referencing project's would hide the referenced one's (CS0436). The referencing project's types go to {AssemblyName}.Newsroom instead, and both sets of articles can be used.");

    public static readonly DiagnosticRule ExtractionFailed = new(
        "NWS900", "Extraction failed", "Newsroom could not extract '{0}': {1}. The article is generated with its text only; please report this.", RuleSeverity.Warning,
        "An internal error while reading the article. The build goes on; the article has no quotes or actors.");

    /// <summary>All rules, in ID order.</summary>
    public static readonly DiagnosticRule[] All =
    {
        StrayQuotationMark, UnattributedQuote, UnreadableArticle, EmptyArticle, ArticleTooLarge, DuplicateArticleName,
        ArticleNameChanged, NotTextCharacters, InvalidSetting, ParagraphTooLong, LanguageVersionTooLow, NamespaceTaken, ExtractionFailed,
    };

    public static DiagnosticRule? ById(string id)
    {
        foreach (var r in All)
        {
            if (r.Id == id) return r;
        }
        return null;
    }
}
