using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using System.Threading;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Generator.Tests.Packaging;

/// <summary>
/// The generator compiled ahead of time (ReadyToRun): the package holds one image per platform the .NET SDK's compiler
/// runs on (src/Newsroom.Generator's pack, eng/ReadyToRun), and build/Newsroom.targets gives the compiler the one for
/// the machine it runs on, with the same generated code as the IL assembly.
/// </summary>
[Collection(PackingCollection.Name)]
public sealed class ReadyToRunTests(PackedGenerator package)
{
    private static string Seed => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "000_94ea7bb9e4850890.txt"));

    /// <summary>The platforms the package has precompiled code for (NewsroomReadyToRunIdentifiers' default), and the
    /// machine a ReadyToRun image for it declares: the processor's, XORed with the operating system's value (none for
    /// Windows), as the runtime checks before it uses the code.</summary>
    public static readonly TheoryData<string, ushort> Platforms = new()
    {
        { "linux-x64", 0x8664 ^ 0x7B79 },
        { "linux-musl-x64", 0x8664 ^ 0x7B79 },
        { "linux-arm64", 0xAA64 ^ 0x7B79 },
        { "osx-x64", 0x8664 ^ 0x4644 },
        { "osx-arm64", 0xAA64 ^ 0x4644 },
        { "win-x64", 0x8664 },
    };

    [Theory]
    [MemberData(nameof(Platforms))]
    public void The_package_holds_the_generator_precompiled_for_each_platform_as_the_same_assembly_with_other_assemblies_code_inlined(string platform, ushort machine)
    {
        using var zip = package.OpenPackage();
        var il = Read(zip, "analyzers/dotnet/cs/Newsroom.Generator.dll");
        var image = Read(zip, $"tools/r2r/{platform}/Newsroom.Generator.dll");

        Assert.False(il.Precompiled);
        Assert.True(image.Precompiled, $"tools/r2r/{platform} has no ReadyToRun code");
        Assert.Equal(machine, image.Machine);
        // Made with cross-module inlining (eng/ReadyToRun): the image names the assemblies whose code it inlined (by
        // module id, 16 bytes each), where an image of the generator's own code alone names none.
        Assert.True(image.InlinedAssemblies > 0, $"tools/r2r/{platform} inlines no code of another assembly");
        // The same assembly: its name, version and module id, so the compiler sees one generator whichever it loads.
        Assert.Equal(il.Identity, image.Identity);
        Assert.Equal(il.Mvid, image.Mvid);
    }

    [Fact]
    public void The_package_holds_precompiled_code_for_the_listed_platforms_only_and_nothing_under_analyzers_but_the_IL()
    {
        using var zip = package.OpenPackage();
        var images = zip.Entries.Select(e => e.FullName).Where(e => e.StartsWith("tools/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(Platforms.Select(p => $"tools/r2r/{p[0]}/Newsroom.Generator.dll").Order(StringComparer.Ordinal), images);
        // NuGet gives every assembly under analyzers/ to the compiler: a second generator there would run twice.
        Assert.Equal(["analyzers/dotnet/cs/Newsroom.Generator.dll"], zip.Entries.Select(e => e.FullName).Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Dotnet_build_gives_the_compiler_the_precompiled_generator_of_its_platform_and_it_generates_what_the_IL_one_does()
    {
        var platform = RuntimeInformation.RuntimeIdentifier;
        var hasImage = Platforms.Any(p => (string)p[0] == platform);

        var precompiled = Build("ReadyToRun", "");
        var plain = Build("PlainIL", "<NewsroomReadyToRun>false</NewsroomReadyToRun>");

        Assert.EndsWith(hasImage ? $"/tools/r2r/{platform}/Newsroom.Generator.dll" : "/analyzers/dotnet/cs/Newsroom.Generator.dll", precompiled.Generator);
        Assert.EndsWith("/analyzers/dotnet/cs/Newsroom.Generator.dll", plain.Generator);
        Assert.Equal(plain.Files.Select(f => f.Name), precompiled.Files.Select(f => f.Name));
        Assert.True(plain.Files.Length > 10, "the generated files were not written out");
        foreach (var (file, other) in plain.Files.Zip(precompiled.Files))
            Assert.True(file.Text == other.Text, $"{file.Name} differs between the IL and the precompiled generator");
        Assert.Contains("for the benefit of our two countries.", precompiled.Run);
        Assert.Equal(plain.Run, precompiled.Run);
    }

    /// <summary>
    /// The runtime uses the image's code, not only its IL: the seed extracted by the IL assembly and by this platform's
    /// image, each loaded on its own, the second leaves far fewer methods to the JIT (counted on the extracting thread),
    /// and both give the same model. On a platform without an image there is nothing to compare.
    /// </summary>
    [Fact]
    public void On_its_platform_the_precompiled_generator_runs_its_own_code_and_extracts_what_the_IL_one_does()
    {
        var platform = RuntimeInformation.RuntimeIdentifier;
        if (!Platforms.Any(p => (string)p[0] == platform)) return;
        using var zip = package.OpenPackage();

        var il = Extract(zip, "analyzers/dotnet/cs/Newsroom.Generator.dll", Seed);
        var image = Extract(zip, $"tools/r2r/{platform}/Newsroom.Generator.dll", Seed);

        Assert.Equal(il.Model, image.Model);
        Assert.Contains("Xi Jinping", image.Model);
        Assert.True(image.Jitted * 4 < il.Jitted, $"the image left {image.Jitted} methods to the JIT, the IL assembly {il.Jitted}");
    }

    /// <summary>Loads the package's <paramref name="entry"/> from a file of its own into a context of its own and extracts
    /// <paramref name="text"/> with it on a new thread: the model's text and the methods the JIT compiled on that thread.</summary>
    private (string Model, long Jitted) Extract(ZipArchive zip, string entry, string text)
    {
        var dir = Path.Combine(package.Root, "jit", entry.Replace('/', '_'));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "Newsroom.Generator.dll");
        zip.GetEntry(entry)!.ExtractToFile(path, overwrite: true);
        // Not collectible: the runtime runs no precompiled code in a collectible context.
        var assembly = new AssemblyLoadContext(entry, isCollectible: false).LoadFromAssemblyPath(path);
        var extract = assembly.GetType("Newsroom.Generator.Extraction.ArticleExtractor", throwOnError: true)!
            .GetMethod("Extract", BindingFlags.Public | BindingFlags.Static)!;
        string? model = null;
        long jitted = 0;
        var thread = new Thread(() =>
        {
            var before = JitInfo.GetCompiledMethodCount(currentThread: true);
            var result = extract.Invoke(null, [text, CancellationToken.None, true])!;
            jitted = JitInfo.GetCompiledMethodCount(currentThread: true) - before;
            model = result.ToString();
        });
        thread.Start();
        thread.Join();
        return (model ?? throw new InvalidOperationException("no model"), jitted);
    }

    private (string Generator, (string Name, string Text)[] Files, string Run) Build(string name, string properties)
    {
        var dir = package.NewConsumer(name.ToLowerInvariant());
        PackedGenerator.WriteProject(dir, name + ".csproj",
            "<OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>" + properties,
            package.Reference());
        Directory.CreateDirectory(Path.Combine(dir, "Articles"));
        File.WriteAllText(Path.Combine(dir, "Articles", "000_94ea7bb9e4850890.txt"), Seed);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            System.Console.WriteLine(Newsroom.Quotes.XiJinping.ForTheBenefitOfOur.Text);
            System.Console.WriteLine(Newsroom.Articles.All[0].Quotes.Count);
            """);

        var build = package.Dotnet(dir, "build", "-nologo", "-v", "d").EnsureSuccess("dotnet build");
        var generators = Regex.Matches(build.Output, @"/analyzer:(""[^""]*Newsroom\.Generator\.dll""|\S*Newsroom\.Generator\.dll)")
            .Select(m => m.Groups[1].Value.Trim('"').Replace('\\', '/')).Distinct().ToArray();
        var generator = Assert.Single(generators);

        var files = PackedGenerator.GeneratedFiles(dir, "Debug");
        var run = package.Dotnet(dir, "run", "--no-build").EnsureSuccess("dotnet run").Output;
        return (generator, files, run);
    }

    private sealed record Image(bool Precompiled, ushort Machine, string Identity, Guid Mvid, int InlinedAssemblies);

    private static Image Read(ZipArchive zip, string entry)
    {
        using var memory = new MemoryStream();
        using (var stream = zip.GetEntry(entry)?.Open() ?? throw new InvalidOperationException($"the package has no {entry}"))
            stream.CopyTo(memory);
        memory.Position = 0;
        using var pe = new PEReader(memory);
        var metadata = pe.GetMetadataReader();
        var native = pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory;
        return new Image(
            native.Size > 0,
            (ushort)pe.PEHeaders.CoffHeader.Machine,
            metadata.GetAssemblyDefinition().GetAssemblyName().FullName,
            metadata.GetGuid(metadata.GetModuleDefinition().Mvid),
            native.Size > 0 ? SectionSize(pe, native.RelativeVirtualAddress, ManifestAssemblyMvids) / 16 : 0);
    }

    /// <summary>The ReadyToRun section that lists the module ids of the assemblies an image holds code of (its type in the
    /// runtime's readytorun.h).</summary>
    private const uint ManifestAssemblyMvids = 118;

    /// <summary>The size of section <paramref name="type"/> in the ReadyToRun header at <paramref name="rva"/> (signature "RTR",
    /// major and minor version, flags, the number of sections, then type, address and size of each), 0 when it has none.</summary>
    private static int SectionSize(PEReader pe, int rva, uint type)
    {
        var header = pe.GetSectionData(rva).GetReader();
        Assert.Equal(0x00525452u, header.ReadUInt32());
        header.ReadUInt16();
        header.ReadUInt16();
        header.ReadUInt32();
        var sections = header.ReadInt32();
        for (var i = 0; i < sections; i++)
        {
            var (kind, _, size) = (header.ReadUInt32(), header.ReadUInt32(), header.ReadInt32());
            if (kind == type) return size;
        }
        return 0;
    }
}
