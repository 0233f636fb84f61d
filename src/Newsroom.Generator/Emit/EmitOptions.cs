namespace Newsroom.Generator.Emit;

/// <summary>
/// What the project's settings change in the generated code: the namespace (MSBuild <c>NewsroomNamespace</c>),
/// whether the top-level types are <c>internal</c> (<c>NewsroomVisibility</c>), and whether each quote gets a member
/// under <c>Quotes.{Speaker}</c> (<c>NewsroomQuoteMembers</c>; without them a build of thousands of articles compiles
/// about half as much code, and the quotes are still every article's <c>Quotes</c> and <c>Quotes.All</c>). Emitters write <c>global::Newsroom.</c>
/// and <c>namespace Newsroom</c>; <see cref="Qualify"/> puts the project's namespace there. <see cref="StringData"/>
/// reaches the articles' code only: whether a short article's data may be a plain string literal (the project has at
/// most <c>NewsroomStringDataLimit</c> articles); it is false for every other emitter. <see cref="Utf8"/>,
/// <see cref="Records"/> and <see cref="Nullable"/> say what the consuming project's language version and framework
/// allow (<see cref="Pipeline.ConsumerLanguage"/>): the same API is written for C# 7.3 on .NET Framework as for C# 14 on
/// .NET 10.
/// </summary>
/// <param name="Utf8">Data as <c>"…"u8</c> literals read as spans (C# 11 and the span APIs); else plain strings.</param>
/// <param name="Records"><c>Article</c>, <c>Quote</c>, <c>Actor</c> as records with <c>init</c> (C# 9 and <c>IsExternalInit</c>); else classes with the same equality.</param>
/// <param name="Nullable">Nullable annotations (C# 8); else none.</param>
/// <param name="HotReload">A hot-reload handler that makes the caches start again (.NET 6 and later).</param>
/// <param name="Supported">The project's C# is at least 7.3; else nothing is generated (NWS012 says why).</param>
/// <param name="DeclarationsOnly">
/// The compilation is WPF's temporary assembly (its <c>_wpftmp</c> project), which only gives the XAML compiler the
/// project's types and is then thrown away: every generated member is a field of the same name and type with no value,
/// hovers, data and the catalog are left out, and no diagnostic is reported (the project's own compilation reports
/// them). Most of what the articles' code costs the compiler is one method per member: a WPF app's build of 2,000
/// articles took 27.4 s this way against 40.7 s with that assembly compiled in full (docs/performance.md).
/// </param>
internal readonly record struct EmitOptions(string Namespace, bool Internal, bool QuoteMembers = true, bool StringData = false,
    bool Utf8 = true, bool Records = true, bool Nullable = true, bool Supported = true, bool HotReload = true, bool DeclarationsOnly = false)
{
    public const string DefaultNamespace = "Newsroom";

    public static EmitOptions Default => new(DefaultNamespace, false);

    /// <summary>The annotation of a nullable reference type: <c>?</c>, or nothing below C# 8.</summary>
    public string NullableMark => Nullable ? "?" : "";

    /// <summary>The prefix of a fully qualified generated type: <c>global::Newsroom.</c>.</summary>
    public string Global => "global::" + Namespace + ".";

    /// <summary>Puts the project's namespace into a template that has no user text in it (the fixed types).</summary>
    public string Qualify(string source) => Namespace == DefaultNamespace
        ? source
        : source.Replace("global::Newsroom.", "global::" + Namespace + ".").Replace("\nnamespace Newsroom\n", "\nnamespace " + Namespace + "\n");
}
