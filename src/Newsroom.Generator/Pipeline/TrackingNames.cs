namespace Newsroom.Generator.Pipeline;

/// <summary>Names of the tracked pipeline steps, for the incrementality tests.</summary>
public static class TrackingNames
{
    /// <summary>The project's Newsroom settings (MSBuild properties), a small equatable value.</summary>
    public const string Settings = nameof(Settings);
    public const string EmitOptions = nameof(EmitOptions);

    /// <summary>What the project's C# version and framework allow the generated code (<see cref="ConsumerLanguage"/>).</summary>
    public const string Language = nameof(Language);
    public const string InvalidSettings = nameof(InvalidSettings);

    /// <summary>AdditionalFiles marked <c>NewsroomArticle="true"</c>, read into text.</summary>
    public const string ArticleFiles = nameof(ArticleFiles);

    /// <summary>The articles not yet extracted, extracted side by side on every core (one value for all files).</summary>
    public const string Warm = nameof(Warm);

    /// <summary>Each article's extraction (the expensive step, cached per file).</summary>
    public const string Extracted = nameof(Extracted);

    /// <summary>Paths that more than one AdditionalFile has (a host may pass a file twice); almost always none.</summary>
    public const string DuplicatePaths = nameof(DuplicatePaths);

    /// <summary>The extracted articles whose path is unique, one item each.</summary>
    public const string Articles = nameof(Articles);

    /// <summary>The small per-article summaries naming needs.</summary>
    public const string Summaries = nameof(Summaries);

    /// <summary>Naming across all articles: the names and the diagnostics about them.</summary>
    public const string Naming = nameof(Naming);

    /// <summary>The names chosen across all articles (what the sources depend on).</summary>
    public const string Names = nameof(Names);

    /// <summary>The naming diagnostics (NWS006, NWS007), reported apart from the sources.</summary>
    public const string NamingDiagnostics = nameof(NamingDiagnostics);

    /// <summary>One article's extraction joined with its names: what its code is made from.</summary>
    public const string EmitInputs = nameof(EmitInputs);

    /// <summary>Files of actors by first letter: their members and their rows of the actors' table.</summary>
    public const string ActorShards = nameof(ActorShards);

    /// <summary>The articles' file names and members: what the catalog is made from.</summary>
    public const string ArticleList = nameof(ArticleList);

    /// <summary>Whether the project has few enough articles for plain string data (a bool: it changes only at the limit).</summary>
    public const string StringData = nameof(StringData);

    /// <summary>Each article's member with its data, and its quotes' members (made once per article).</summary>
    public const string ArticleCode = nameof(ArticleCode);

    /// <summary>Files of article members, by a hash of their names.</summary>
    public const string ArticleShards = nameof(ArticleShards);

    /// <summary>Files of quote members, by the first letter of the speaker's class.</summary>
    public const string QuoteShards = nameof(QuoteShards);

    /// <summary>The diagnostics of each article, reported apart from source so a moved position never regenerates code.</summary>
    public const string Diagnostics = nameof(Diagnostics);
}
