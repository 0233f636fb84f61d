using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace Newsroom.Ide.Tests.Infrastructure;

/// <summary>
/// Loads an analyzer DLL for an <see cref="Microsoft.CodeAnalysis.Diagnostics.AnalyzerFileReference"/> into an
/// <see cref="AssemblyLoadContext"/> of its own, with <c>Microsoft.CodeAnalysis</c> (and everything else the host has)
/// shared from the default context. The generator is built against Roslyn 4.14.0 and so runs here inside the 5.x the
/// test process has.
/// </summary>
public sealed class GeneratorLoader : IAnalyzerAssemblyLoader
{
    private readonly AssemblyLoadContext _context = new("Newsroom analyzers");

    public void AddDependencyLocation(string fullPath)
    {
        // The generator has no dependency of its own: Microsoft.CodeAnalysis and the BCL come from the host.
    }

    public Assembly LoadFromPath(string fullPath) => _context.LoadFromAssemblyPath(Path.GetFullPath(fullPath));

    /// <summary>The generator's DLL, built by the project reference and copied next to the tests.</summary>
    public static string GeneratorPath { get; } = Path.Combine(AppContext.BaseDirectory, "Newsroom.Generator.dll");
}
