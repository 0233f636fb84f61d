using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;
using Newsroom.Generator.Emit;
using Newsroom.Generator.Extraction.Model;

namespace Newsroom.Generator.Pipeline;

/// <summary>
/// The project's Newsroom settings, from MSBuild properties made visible to the compiler (the package's
/// build/Newsroom.targets does that: <c>&lt;CompilerVisibleProperty Include="NewsroomMaxArticleSize" /&gt;</c>…).
/// A small equatable value; the per-file steps depend on the size limit only, the emitters on <see cref="Emit"/>.
/// </summary>
/// <param name="MaxArticleSize">Longest article text read, in UTF-16 code units; <see cref="int.MaxValue"/> for no limit.</param>
/// <param name="Emit">Namespace and visibility of the generated types, and whether quotes get members.</param>
/// <param name="Invalid">Properties whose value could not be used (then the default is), for NWS009.</param>
/// <param name="StringDataLimit">
/// Up to this many articles, an article's data is a plain string literal when short (see
/// <see cref="ArticleEmitter.MaxStringData"/>); above it, or at 0, every article's data is a UTF-8 literal.
/// </param>
/// <param name="IndirectQuotes">Whether reported speech without quotation marks becomes <c>QuoteKind.Indirect</c> quotes.</param>
internal sealed record NewsroomSettings(int MaxArticleSize, EmitOptions Emit, EquatableArray<InvalidSetting> Invalid,
    int StringDataLimit = NewsroomSettings.DefaultStringDataLimit, bool IndirectQuotes = true, bool NamespaceSet = false,
    string? AssemblyName = null)
{
    /// <summary>
    /// The project's assembly name as the package's targets give it (<c>_NewsroomAssemblyName</c>): the compilation's own
    /// name is another one where the articles are compiled into an assembly of their own (NewsroomArticleAssembly), and
    /// the namespace the types take when <c>Newsroom</c> is taken (<c>{AssemblyName}.Newsroom</c>) is the project's.
    /// </summary>
    public const string AssemblyNameProperty = "_NewsroomAssemblyName";

    /// <summary>
    /// <c>true</c> in WPF's temporary project only (the package's targets set it there): declarations without code, and no
    /// diagnostics (<see cref="EmitOptions.DeclarationsOnly"/>).
    /// </summary>
    public const string DeclarationsOnlyProperty = "_NewsroomDeclarationsOnly";

    /// <summary>The MSBuild property, as the compiler passes it to analyzers.</summary>
    public const string MaxArticleSizeKey = "build_property.NewsroomMaxArticleSize";

    /// <summary>The MSBuild property's name, for messages.</summary>
    public const string MaxArticleSizeProperty = "NewsroomMaxArticleSize";

    public const string NamespaceProperty = "NewsroomNamespace";
    public const string VisibilityProperty = "NewsroomVisibility";
    public const string QuoteMembersProperty = "NewsroomQuoteMembers";
    public const string StringDataLimitProperty = "NewsroomStringDataLimit";
    public const string IndirectQuotesProperty = "NewsroomIndirectQuotes";

    /// <summary>
    /// 2,000 articles: with at most <see cref="ArticleEmitter.MaxStringData"/> characters each, plain string data takes
    /// at most 6 MB of the assembly's 16 MB string heap (CS8103 past it), leaving the rest to the project's own code.
    /// </summary>
    public const int DefaultStringDataLimit = 2_000;

    /// <summary>
    /// The highest limit a project may set: 2,500 articles of at most <see cref="ArticleEmitter.MaxStringData"/>
    /// characters take at most 7.5 MB of the 16 MB string heap. A higher value is NWS009: a limit the heap cannot hold
    /// would turn a project of many short articles into CS8103.
    /// </summary>
    public const int MaxStringDataLimit = 2_500;

    /// <summary>2,000,000 characters: about 2 MB of English, some 300,000 words; no news article comes near it.</summary>
    public const int DefaultMaxArticleSize = 2_000_000;

    public static NewsroomSettings Default => new(DefaultMaxArticleSize, EmitOptions.Default, EquatableArray<InvalidSetting>.Empty);

    /// <summary>Reads the settings; never throws. An empty property means the default; a size of 0 means no limit.</summary>
    public static NewsroomSettings From(AnalyzerConfigOptions globalOptions)
    {
        var invalid = new System.Collections.Generic.List<InvalidSetting>();
        var max = DefaultMaxArticleSize;
        if (Get(globalOptions, MaxArticleSizeProperty) is { } raw)
        {
            if (WholeNumber(raw) is { } value) max = value == 0 ? int.MaxValue : value;
            else invalid.Add(new InvalidSetting(MaxArticleSizeProperty, raw, "a whole number of characters", Messages.Number(DefaultMaxArticleSize)));
        }

        var ns = EmitOptions.DefaultNamespace;
        var namespaceSet = false;
        if (Get(globalOptions, NamespaceProperty) is { } rawNamespace)
        {
            var candidate = rawNamespace.StartsWith("global::", System.StringComparison.Ordinal) ? rawNamespace.Substring(8) : rawNamespace;
            if (Identifiers.IsNamespace(candidate))
            {
                ns = candidate;
                namespaceSet = true;
            }
            else invalid.Add(new InvalidSetting(NamespaceProperty, rawNamespace, "a C# namespace (names joined by dots, such as Acme.News)", EmitOptions.DefaultNamespace));
        }

        var isInternal = false;
        if (Get(globalOptions, VisibilityProperty) is { } visibility)
        {
            if (string.Equals(visibility, "internal", System.StringComparison.OrdinalIgnoreCase)) isInternal = true;
            else if (!string.Equals(visibility, "public", System.StringComparison.OrdinalIgnoreCase))
                invalid.Add(new InvalidSetting(VisibilityProperty, visibility, "public or internal", "public"));
        }

        var quoteMembers = Flag(globalOptions, QuoteMembersProperty, invalid);
        var indirectQuotes = Flag(globalOptions, IndirectQuotesProperty, invalid);

        var stringDataLimit = DefaultStringDataLimit;
        if (Get(globalOptions, StringDataLimitProperty) is { } rawLimit)
        {
            if (WholeNumber(rawLimit) is { } value && value <= MaxStringDataLimit) stringDataLimit = value;
            else invalid.Add(new InvalidSetting(StringDataLimitProperty, rawLimit, "a whole number of articles from 0 to " + Messages.Number(MaxStringDataLimit), Messages.Number(DefaultStringDataLimit)));
        }

        var declarationsOnly = string.Equals(Get(globalOptions, DeclarationsOnlyProperty), "true", System.StringComparison.OrdinalIgnoreCase);

        return new NewsroomSettings(max, new EmitOptions(ns, isInternal, quoteMembers, DeclarationsOnly: declarationsOnly), invalid.ToEquatableArray(), stringDataLimit, indirectQuotes, namespaceSet,
            Get(globalOptions, AssemblyNameProperty));
    }

    /// <summary>A true/false property that defaults to true: <c>false</c> in any case turns it off; anything else but <c>true</c> is NWS009.</summary>
    private static bool Flag(AnalyzerConfigOptions options, string property, System.Collections.Generic.List<InvalidSetting> invalid)
    {
        if (Get(options, property) is not { } raw || string.Equals(raw, "true", System.StringComparison.OrdinalIgnoreCase)) return true;
        if (string.Equals(raw, "false", System.StringComparison.OrdinalIgnoreCase)) return false;
        invalid.Add(new InvalidSetting(property, raw, "true or false", "true"));
        return true;
    }

    /// <summary>Digits only, <c>_</c> may group them (<c>2_000_000</c>); null for anything else or past <see cref="int.MaxValue"/>.</summary>
    private static int? WholeNumber(string raw) =>
        int.TryParse(raw.Replace("_", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string? Get(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue("build_property." + property, out var raw) && raw is not null && raw.Trim().Length > 0 ? raw.Trim() : null;
}

/// <summary>A property Newsroom could not use: its name, value, what it should be, and the default used instead.</summary>
internal readonly record struct InvalidSetting(string Property, string Value, string Expected, string Default);
