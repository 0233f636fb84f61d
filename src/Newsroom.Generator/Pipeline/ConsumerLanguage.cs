using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Newsroom.Generator.Emit;

namespace Newsroom.Generator.Pipeline;

/// <summary>
/// What the consuming project's C# and framework allow the generated code to use, read once per compilation into a
/// small value (no symbol kept): the language version, whether the span APIs the UTF-8 data needs exist
/// (<c>ReadOnlySpan&lt;byte&gt;</c> and <c>Encoding.GetString(ReadOnlySpan&lt;byte&gt;)</c>: .NET Core 2.1 and later, not
/// .NET Framework or .NET Standard 2.0 even with System.Memory), and whether <c>init</c> accessors can be compiled
/// (<c>IsExternalInit</c>: .NET 5 and later, or a polyfill of the project's own).
/// </summary>
/// <param name="LanguageVersion">The effective C# version as a number: 703 for C# 7.3, 1100 for C# 11.</param>
/// <param name="UpdateHandler">Whether <c>MetadataUpdateHandlerAttribute</c> exists (.NET 6 and later): hot reload then tells the generated caches to start again.</param>
/// <param name="DefaultNamespaceTakenBy">
/// The referenced assembly (another project of the solution, a package) whose Newsroom types already hold the
/// default namespace <c>Newsroom</c>, if any: this project's types then go to <see cref="OwnNamespace"/>, so that
/// neither hides the other (CS0436) and the app can use both projects' articles.
/// </param>
/// <param name="OwnNamespace"><c>{AssemblyName}.Newsroom</c>, as a namespace (or null when the name cannot be one).</param>
internal readonly record struct ConsumerLanguage(int LanguageVersion, bool SpanApis, bool ExternalInit, bool UpdateHandler = false,
    string? DefaultNamespaceTakenBy = null, string? OwnNamespace = null)
{
    /// <summary>The oldest C# the generated code compiles with (the default of .NET Framework and .NET Standard projects).</summary>
    public const int Minimum = 703;

    /// <summary>What a modern project has (C# 11 or later on .NET 8 or later): every feature on.</summary>
    public static ConsumerLanguage Modern => new(1100, true, true, true);

    public bool Supported => LanguageVersion >= Minimum;

    /// <summary>The C# version as users write it: <c>7.3</c>, <c>11</c>.</summary>
    public string VersionText => LanguageVersion % 100 == 0
        ? (LanguageVersion / 100).ToString(System.Globalization.CultureInfo.InvariantCulture)
        : (LanguageVersion / 100).ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + (LanguageVersion % 100).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public EmitOptions Apply(EmitOptions options) => options with
    {
        Utf8 = LanguageVersion >= 1100 && SpanApis,
        Records = LanguageVersion >= 900 && ExternalInit,
        Nullable = LanguageVersion >= 800,
        HotReload = UpdateHandler,
    };

    public static int VersionOf(ParseOptions options) =>
        options is CSharpParseOptions csharp ? (int)csharp.LanguageVersion : int.MaxValue;

    /// <summary>The namespace of this project's types: the one set, or the default unless a reference holds it already.</summary>
    public string NamespaceFor(NewsroomSettings settings) =>
        !settings.NamespaceSet && OwnNamespaceFor(settings) is { } own ? own : settings.Emit.Namespace;

    /// <summary><see cref="OwnNamespace"/>, from the project's assembly name when the targets give it (<see cref="NewsroomSettings.AssemblyName"/>).</summary>
    public string? OwnNamespaceFor(NewsroomSettings settings) =>
        DefaultNamespaceTakenBy is null ? null : settings.AssemblyName is { } name ? OwnNamespaceOf(name) : OwnNamespace;

    /// <summary>
    /// The framework's side, from the compilation's references (the version comes from the parse options), with the
    /// referenced assembly that has Newsroom's types in the default namespace (an accessible <c>Newsroom.Articles</c>).
    /// </summary>
    public static ConsumerLanguage FrameworkOf(Compilation compilation)
    {
        var span = compilation.GetTypeByMetadataName("System.ReadOnlySpan`1");
        var encoding = compilation.GetTypeByMetadataName("System.Text.Encoding");
        var spanApis = span is not null && encoding is not null && encoding.GetMembers("GetString").OfType<IMethodSymbol>().Any(m =>
            m.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type.OriginalDefinition, span));
        var init = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.IsExternalInit");
        var handler = compilation.GetTypeByMetadataName("System.Reflection.Metadata.MetadataUpdateHandlerAttribute");
        string? takenBy = null;
        foreach (var type in compilation.GetTypesByMetadataName(EmitOptions.DefaultNamespace + ".Articles"))
        {
            if (SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly)
                || !compilation.IsSymbolAccessibleWithin(type, compilation.Assembly)) continue;
            var name = type.ContainingAssembly.Name;
            if (takenBy is null || string.CompareOrdinal(name, takenBy) < 0) takenBy = name;
        }
        return new ConsumerLanguage(0, spanApis, init is not null && compilation.IsSymbolAccessibleWithin(init, compilation.Assembly),
            handler is not null && compilation.IsSymbolAccessibleWithin(handler, compilation.Assembly),
            takenBy, takenBy is null ? null : OwnNamespaceOf(compilation.AssemblyName));
    }

    /// <summary><c>{AssemblyName}.Newsroom</c> as a namespace: each dotted part made an identifier (<c>My-App.2</c> → <c>My_App._2.Newsroom</c>).</summary>
    internal static string? OwnNamespaceOf(string? assemblyName)
    {
        if (string.IsNullOrEmpty(assemblyName)) return null;
        var parts = assemblyName!.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = new System.Text.StringBuilder(parts[i].Length + 1);
            foreach (var c in parts[i]) part.Append(char.IsLetterOrDigit(c) ? c : '_');
            if (part.Length == 0 || char.IsDigit(part[0])) part.Insert(0, '_');
            parts[i] = part.ToString();
        }
        var ns = string.Join(".", parts) + "." + EmitOptions.DefaultNamespace;
        return Identifiers.IsNamespace(ns) ? ns : null;
    }
}
