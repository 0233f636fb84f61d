using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Generator.Tests.Packaging;

/// <summary>
/// Packs src/Newsroom.Generator once into a temporary folder feed, with a version of its own so that no package cache
/// can serve a stale copy, and gives each test a fresh consumer folder whose NuGet.config knows only that feed and whose
/// packages folder is temporary too (the consumers' folder: the pack itself uses the machine's). Everything is deleted
/// afterwards.
/// </summary>
public sealed class PackedGenerator : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "newsroom-pack-" + Guid.NewGuid().ToString("N")[..12]);
    public string Feed => Path.Combine(Root, "feed");
    public string Packages => Path.Combine(Root, "packages");
    public string Version { get; } = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
    public string PackOutput { get; }

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = Packages };

    public PackedGenerator()
    {
        Directory.CreateDirectory(Feed);
        var project = Path.Combine(DotnetCli.RepoRoot(), "src", "Newsroom.Generator", "Newsroom.Generator.csproj");
        // The pack restores into the machine's packages folder, as a developer's pack does: it reads no Newsroom package,
        // and its precompiled images need the SDK's runtime packs (a fresh folder would download them on every run).
        PackOutput = DotnetCli.Run(Root, null, Timeout, "pack", project, "-c", "Release", "-o", Feed, "-p:Version=" + Version, "-nologo")
            .EnsureSuccess("dotnet pack").Output;
    }

    /// <summary>
    /// A new, empty consumer folder with a NuGet.config that has only the test feed, or also nuget.org when the consumer
    /// needs a package of its own (the .NET Framework reference assemblies), found first in the machine's packages folder.
    /// </summary>
    public string NewConsumer(string name, bool nugetOrg = false)
    {
        var dir = Path.Combine(Root, name);
        Directory.CreateDirectory(dir);
        var machinePackages = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var more = nugetOrg
            ? $"""
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <fallbackPackageFolders>
                <add key="machine" value="{machinePackages}" />
              </fallbackPackageFolders>
            """
            : "</packageSources>";
        File.WriteAllText(Path.Combine(dir, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="test-feed" value="{Feed}" />
              {more}
            </configuration>
            """);
        return dir;
    }

    /// <summary>The package reference a consumer writes, at the test version (<c>PrivateAssets="all"</c> as <c>dotnet add package</c> writes it, or without).</summary>
    public string Reference(bool privateAssets = true) =>
        $"""<PackageReference Include="Newsroom" Version="{Version}"{(privateAssets ? " PrivateAssets=\"all\"" : "")} />""";

    /// <summary>Writes <c>{dir}/{fileName}</c>, an SDK-style project with these properties and items, and creates <c>dir</c>.</summary>
    public static void WriteProject(string dir, string fileName, string properties, string items = "", string sdk = "Microsoft.NET.Sdk")
    {
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, fileName), $"""
            <Project Sdk="{sdk}">
              <PropertyGroup>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                {items}
              </ItemGroup>
            </Project>
            """);
    }

    /// <summary>The files the generator wrote for a consumer built with <c>EmitCompilerGeneratedFiles</c>, in name order.</summary>
    public static (string Name, string Text)[] GeneratedFiles(string dir, string configuration) =>
        Directory.GetFiles(Path.Combine(dir, "obj", configuration, "net10.0", "generated"), "*.g.cs", SearchOption.AllDirectories)
            .Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f)))
            .OrderBy(f => f.Name, StringComparer.Ordinal).ToArray();

    /// <summary>The packed package itself, to read what it holds.</summary>
    public System.IO.Compression.ZipArchive OpenPackage() =>
        System.IO.Compression.ZipFile.OpenRead(Path.Combine(Feed, $"Newsroom.{Version}.nupkg"));

    public DotnetCli.Result Dotnet(string dir, params string[] arguments) => DotnetCli.Run(dir, Environment, Timeout, arguments);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>Tests that run <c>dotnet pack</c> or build against packed output share a collection, so they never build
/// the same project in parallel.</summary>
[CollectionDefinition(Name)]
public sealed class PackingCollection : ICollectionFixture<PackedGenerator>
{
    public const string Name = "Packing";
}
