namespace Newsroom.Generator.Emit;

/// <summary>
/// What the project's settings change in the generated code: the namespace (MSBuild <c>NewsroomNamespace</c>),
/// whether the top-level types are <c>internal</c> (<c>NewsroomVisibility</c>), and whether each quote gets a member
/// under <c>Quotes.{Speaker}</c> (<c>NewsroomQuoteMembers</c>; without them a build of thousands of articles compiles
/// about half as much code, and the quotes are still every article's <c>Quotes</c> and <c>Quotes.All</c>). Emitters write <c>global::Newsroom.</c>
/// and <c>namespace Newsroom</c>; <see cref="Qualify"/> puts the project's namespace there. <see cref="StringData"/>
/// reaches the articles' code only: whether a short article's data may be a plain string literal (the project has at
/// most <c>NewsroomStringDataLimit</c> articles); it is false for every other emitter.
/// </summary>
internal readonly record struct EmitOptions(string Namespace, bool Internal, bool QuoteMembers = true, bool StringData = false)
{
    public const string DefaultNamespace = "Newsroom";

    public static EmitOptions Default => new(DefaultNamespace, false);

    /// <summary>The prefix of a fully qualified generated type: <c>global::Newsroom.</c>.</summary>
    public string Global => "global::" + Namespace + ".";

    /// <summary>Puts the project's namespace into a template that has no user text in it (the fixed types).</summary>
    public string Qualify(string source) => Namespace == DefaultNamespace
        ? source
        : source.Replace("global::Newsroom.", "global::" + Namespace + ".").Replace("\nnamespace Newsroom\n", "\nnamespace " + Namespace + "\n");
}
