namespace Newsroom.Generator.Pipeline;

/// <summary>Names of the tracked pipeline steps, for the incrementality tests.</summary>
public static class TrackingNames
{
    /// <summary>AdditionalFiles marked <c>NewsroomArticle="true"</c>, read into text.</summary>
    public const string ArticleFiles = nameof(ArticleFiles);

    /// <summary>Each article's extraction (the expensive step, cached per file).</summary>
    public const string Extracted = nameof(Extracted);

    /// <summary>The small per-article summaries naming needs.</summary>
    public const string Summaries = nameof(Summaries);

    /// <summary>The names chosen across all articles.</summary>
    public const string Names = nameof(Names);

    /// <summary>One article's extraction joined with its names: what its source is emitted from.</summary>
    public const string EmitInputs = nameof(EmitInputs);

    /// <summary>The diagnostics of each article, reported apart from source so a moved position never regenerates code.</summary>
    public const string Diagnostics = nameof(Diagnostics);
}
