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
internal readonly record struct ConsumerLanguage(int LanguageVersion, bool SpanApis, bool ExternalInit, bool UpdateHandler = false)
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

    /// <summary>The framework's side, from the compilation's references (the version comes from the parse options).</summary>
    public static (bool SpanApis, bool ExternalInit, bool UpdateHandler) FrameworkOf(Compilation compilation)
    {
        var span = compilation.GetTypeByMetadataName("System.ReadOnlySpan`1");
        var encoding = compilation.GetTypeByMetadataName("System.Text.Encoding");
        var spanApis = span is not null && encoding is not null && encoding.GetMembers("GetString").OfType<IMethodSymbol>().Any(m =>
            m.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type.OriginalDefinition, span));
        var init = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.IsExternalInit");
        var handler = compilation.GetTypeByMetadataName("System.Reflection.Metadata.MetadataUpdateHandlerAttribute");
        return (spanApis, init is not null && compilation.IsSymbolAccessibleWithin(init, compilation.Assembly),
            handler is not null && compilation.IsSymbolAccessibleWithin(handler, compilation.Assembly));
    }
}
