using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Generator.Tests.Packaging;

/// <summary>
/// <c>NewsroomArticleAssembly=true</c>: the articles' code compiled into an assembly of its own
/// (<c>{AssemblyName}.Newsroom.dll</c>, build/Newsroom.targets), made again only when an article or a setting changes,
/// which the project's own compilation references instead of running the generator, in optimized (Release) builds. The
/// same generated code, the same program, in builds, publish and the projects that reference it; design-time and Debug
/// builds (hot reload: HotReloadTests) keep generating in place.
/// </summary>
[Collection(PackingCollection.Name)]
public sealed class ArticleAssemblyTests(PackedGenerator package)
{
    private static string Seed => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "000_94ea7bb9e4850890.txt"));

    private const string Program = """
        System.Console.WriteLine(Newsroom.Quotes.XiJinping.ForTheBenefitOfOur.Text);
        System.Console.WriteLine(Newsroom.Articles.All[0].Quotes.Count + " " + Newsroom.Articles.All[0].Text.Length);
        System.Console.WriteLine(Newsroom.Actors.Find("Anthony Blinken")?.Role);
        System.Console.WriteLine(typeof(Newsroom.Article).Assembly.GetName().Name);
        """;

    [Fact]
    public void The_articles_compile_into_an_assembly_of_their_own_with_the_code_and_the_program_of_a_build_in_place()
    {
        // Internal types: the articles' assembly lets the project's assembly see them.
        var inPlace = Consumer("InPlace", "<NewsroomVisibility>internal</NewsroomVisibility>");
        var own = Consumer("OwnAssembly", "<NewsroomVisibility>internal</NewsroomVisibility><NewsroomArticleAssembly>true</NewsroomArticleAssembly>");

        var inPlaceBuild = package.Dotnet(inPlace, "build", "-c", "Release", "-nologo", "-v", "d").EnsureSuccess("dotnet build (in place)");
        var ownBuild = package.Dotnet(own, "build", "-c", "Release", "-nologo", "-v", "d").EnsureSuccess("dotnet build (own assembly)");

        // The project's compilation: the generator in place, none with the articles' assembly, which it references.
        Assert.Single(CompilerCalls(inPlaceBuild.Output), call => call.Contains("Newsroom.Generator.dll", StringComparison.Ordinal));
        var calls = CompilerCalls(ownBuild.Output);
        Assert.Equal(2, calls.Length);
        var articles = Assert.Single(calls, call => call.Contains("/out:" + Path.Combine(own, "obj", "Release", "net10.0", "newsroom", "OwnAssembly.Newsroom.dll"), StringComparison.Ordinal));
        var project = Assert.Single(calls, call => call != articles);
        Assert.Contains("Newsroom.Generator.dll", articles, StringComparison.Ordinal);
        Assert.DoesNotContain("Newsroom.Generator.dll", project, StringComparison.Ordinal);
        Assert.Contains("/reference:" + Path.Combine(own, "obj", "Release", "net10.0", "newsroom", "OwnAssembly.Newsroom.dll"), project, StringComparison.Ordinal);
        // The articles' diagnostics come from the articles' compilation, on the article's line (the seed's stray marks).
        Assert.Matches(@"Articles[/\\]seed\.txt\(\d+,\d+\): warning NWS001", ownBuild.Output);

        // The same generated files, byte for byte.
        var inPlaceFiles = PackedGenerator.GeneratedFiles(inPlace, "Release");
        var ownFiles = PackedGenerator.GeneratedFiles(own, "Release");
        Assert.True(inPlaceFiles.Length > 10, "the generated files were not written out");
        Assert.Equal(inPlaceFiles.Select(f => f.Name), ownFiles.Select(f => f.Name));
        foreach (var (file, other) in inPlaceFiles.Zip(ownFiles))
            Assert.True(file.Text == other.Text, $"{file.Name} differs between the build in place and the articles' assembly");

        // The articles are embedded in the assembly that reads them, and only there.
        var bin = Path.Combine(own, "bin", "Release", "net10.0");
        Assert.Equal(["Newsroom/Articles/seed.txt"], ResourcesOf(Path.Combine(bin, "OwnAssembly.Newsroom.dll")));
        Assert.Empty(ResourcesOf(Path.Combine(bin, "OwnAssembly.dll")));
        Assert.Equal(["Newsroom/Articles/seed.txt"], ResourcesOf(Path.Combine(inPlace, "bin", "Release", "net10.0", "InPlace.dll")));
        Assert.Contains("\"OwnAssembly.Newsroom.dll\"", File.ReadAllText(Path.Combine(bin, "OwnAssembly.deps.json")), StringComparison.Ordinal);

        var expected = package.Dotnet(inPlace, "run", "--no-build", "-c", "Release").EnsureSuccess("dotnet run (in place)").Output;
        var actual = package.Dotnet(own, "run", "--no-build", "-c", "Release").EnsureSuccess("dotnet run (own assembly)").Output;
        Assert.Contains("for the benefit of our two countries.", actual);
        Assert.Equal(expected.Replace("InPlace", "OwnAssembly.Newsroom", StringComparison.Ordinal), actual);

        // Published, the app carries the articles' assembly and runs from there.
        var published = Path.Combine(own, "published");
        package.Dotnet(own, "publish", "-nologo", "-o", published).EnsureSuccess("dotnet publish");
        Assert.True(File.Exists(Path.Combine(published, "OwnAssembly.Newsroom.dll")));
        Assert.Equal(actual, package.Dotnet(published, "OwnAssembly.dll").EnsureSuccess("the published app").Output);
        // Also without a build (the publish step of a pipeline whose build came first).
        var publishedOnly = Path.Combine(own, "published-no-build");
        package.Dotnet(own, "publish", "--no-build", "-nologo", "-o", publishedOnly).EnsureSuccess("dotnet publish --no-build");
        Assert.Equal(actual, package.Dotnet(publishedOnly, "OwnAssembly.dll").EnsureSuccess("the app published without a build").Output);
    }

    [Fact]
    public void A_build_after_a_code_edit_reuses_the_articles_assembly_and_an_article_edit_makes_it_again()
    {
        // A company (with characters a C# string escapes) and assembly metadata, which the articles' assembly takes too,
        // and a version that a target of the project sets right before the compilation (unless one is given).
        var dir = Consumer("Reuse", "<NewsroomArticleAssembly>true</NewsroomArticleAssembly><Company>Wire \"Desk\" \\ Co</Company><BuildId>one</BuildId>",
            items: "<AssemblyMetadata Include=\"BuildId\" Value=\"$(BuildId)\" />");
        File.WriteAllText(Path.Combine(dir, "Directory.Build.targets"), """
            <Project>
              <Target Name="LateVersion" BeforeTargets="BeforeCompile" Condition="'$(Version)' == '1.0.0'"><PropertyGroup><Version>1.2.3-beta</Version></PropertyGroup></Target>
            </Project>
            """);
        // In a git repository, whose commit the SDK adds to the informational version.
        Git(dir, "init", "-q");
        Git(dir, "commit", "-q", "--allow-empty", "-m", "first");
        var assembly = Path.Combine(dir, "obj", "Release", "net10.0", "newsroom", "Reuse.Newsroom.dll");
        package.Dotnet(dir, "build", "-c", "Release", "-nologo").EnsureSuccess("the first build");
        var made = File.GetLastWriteTimeUtc(assembly);
        var own = IdentityOf(Path.Combine(dir, "bin", "Release", "net10.0", "Reuse.dll"));
        Assert.Equal(new Version(1, 2, 3, 0), own.Version);
        Assert.Equal("Wire \"Desk\" \\ Co", own.Attributes["AssemblyCompanyAttribute"]);
        Assert.Equal(".NETCoreApp,Version=v10.0", own.Attributes["TargetFrameworkAttribute"]);
        Assert.Equal("BuildId=one", own.Attributes["AssemblyMetadataAttribute"]);
        var articles = IdentityOf(assembly);
        Assert.True(File.Exists(Path.Combine(dir, "bin", "Release", "net10.0", "Reuse.Newsroom.pdb")), "its PDB is not beside it");
        Assert.Equal(own.Version, articles.Version);
        // The same attributes, but the commit: the informational version without it ("1.2.3-beta", not "1.2.3-beta+…").
        Assert.Equal("1.2.3-beta", articles.Attributes["AssemblyInformationalVersionAttribute"]);
        Assert.StartsWith("1.2.3-beta+", own.Attributes["AssemblyInformationalVersionAttribute"], StringComparison.Ordinal);
        Assert.Equal(own.Attributes.Remove("AssemblyInformationalVersionAttribute"), articles.Attributes.Remove("AssemblyInformationalVersionAttribute"));

        // Built again with nothing changed: nothing compiles, also right after a first build (whose reference to the
        // articles' assembly came late, once it was made).
        Assert.Empty(CompilerCalls(package.Dotnet(dir, "build", "-c", "Release", "-nologo", "-v", "d").EnsureSuccess("the build with nothing changed").Output));

        // An edit to the program, committed: the project compiles again, the articles do not.
        File.AppendAllText(Path.Combine(dir, "Program.cs"), "\nSystem.Console.WriteLine(\"edited\");\n");
        Git(dir, "commit", "-q", "--allow-empty", "-m", "second");
        var codeEdit = package.Dotnet(dir, "build", "-c", "Release", "-nologo", "-v", "d").EnsureSuccess("the build after a code edit");
        Assert.Contains("Skipping target \"_NewsroomCompileArticleAssembly\"", codeEdit.Output, StringComparison.Ordinal);
        Assert.Single(CompilerCalls(codeEdit.Output));
        Assert.Equal(made, File.GetLastWriteTimeUtc(assembly));
        var run = package.Dotnet(dir, "run", "--no-build", "-c", "Release").EnsureSuccess("dotnet run after the code edit").Output;
        Assert.Contains("edited", run, StringComparison.Ordinal);
        Assert.Contains("for the benefit of our two countries.", run, StringComparison.Ordinal);

        // An edit to the article: the articles' assembly is made again, and the program sees the new words.
        var article = Path.Combine(dir, "Articles", "seed.txt");
        File.WriteAllText(article, Seed.Replace("our two countries", "our two nations", StringComparison.Ordinal));
        var articleEdit = package.Dotnet(dir, "build", "-c", "Release", "-nologo", "-v", "d").EnsureSuccess("the build after an article edit");
        Assert.DoesNotContain("Skipping target \"_NewsroomCompileArticleAssembly\"", articleEdit.Output, StringComparison.Ordinal);
        Assert.Equal(2, CompilerCalls(articleEdit.Output).Length);
        Assert.True(File.GetLastWriteTimeUtc(assembly) > made, "the articles' assembly was not made again");
        Assert.Contains("for the benefit of our two nations.", package.Dotnet(dir, "run", "--no-build", "-c", "Release").EnsureSuccess("dotnet run after the article edit").Output, StringComparison.Ordinal);

        // A new version makes it again, with that version; so does new metadata.
        package.Dotnet(dir, "build", "-c", "Release", "-nologo", "-p:Version=2.0.1", "-p:BuildId=two").EnsureSuccess("the build of a new version");
        Assert.Equal(new Version(2, 0, 1, 0), IdentityOf(assembly).Version);
        Assert.Equal("2.0.1.0", IdentityOf(assembly).Attributes["AssemblyFileVersionAttribute"]);
        Assert.Contains("\"Reuse.Newsroom/2.0.1.0\"", File.ReadAllText(Path.Combine(dir, "bin", "Release", "net10.0", "Reuse.deps.json")), StringComparison.Ordinal);
        Assert.Equal("BuildId=two", IdentityOf(assembly).Attributes["AssemblyMetadataAttribute"]);

        // Switched off: the project compiles again, with the generator in place, and no longer needs that assembly.
        var off = package.Dotnet(dir, "build", "-c", "Release", "-nologo", "-v", "d", "-p:NewsroomArticleAssembly=false").EnsureSuccess("the build with the property off");
        var call = Assert.Single(CompilerCalls(off.Output));
        Assert.Contains("Newsroom.Generator.dll", call, StringComparison.Ordinal);
        Assert.DoesNotContain("Reuse.Newsroom.dll", call, StringComparison.Ordinal);
        var lines = package.Dotnet(dir, "run", "--no-build", "-c", "Release").EnsureSuccess("dotnet run with the property off").Output.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("for the benefit of our two nations.", lines);
        Assert.Contains("Reuse", lines);   // the generated types in the project's own assembly again
    }

    /// <summary>Without articles nothing embedded changes with the property, and the project's assembly would keep
    /// referencing an assembly the app no longer carries: switching it compiles the project again all the same. A build
    /// setting the articles' assembly was made with (here: writing out the generated files) makes it again.</summary>
    [Fact]
    public void Switching_the_property_or_a_setting_compiles_again_what_it_changes_even_without_articles()
    {
        var dir = package.NewConsumer("no-articles");
        PackedGenerator.WriteProject(dir, "NoArticles.csproj",
            "<OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><NewsroomArticleAssembly>true</NewsroomArticleAssembly>", package.Reference());
        File.WriteAllText(Path.Combine(dir, "Program.cs"), "System.Console.WriteLine(Newsroom.Articles.All.Count + \" \" + typeof(Newsroom.Article).Assembly.GetName().Name);");
        // Off first, from the command line, then on as the project file says: deps.json, which MSBuild makes again only
        // for a project file or a restore, must name the articles' assembly.
        package.Dotnet(dir, "build", "-c", "Release", "-nologo", "-p:NewsroomArticleAssembly=false").EnsureSuccess("the first build, the property off");
        Assert.Equal("0 NoArticles", package.Dotnet(dir, "run", "--no-build", "-c", "Release").EnsureSuccess("dotnet run, off").Output.Trim());
        package.Dotnet(dir, "build", "-c", "Release", "-nologo").EnsureSuccess("the build with the property on");
        Assert.Equal("0 NoArticles.Newsroom", package.Dotnet(dir, "run", "--no-build", "-c", "Release").EnsureSuccess("dotnet run").Output.Trim());

        // Asking for the generated files: a setting it was made with changed, so it is made again, and writes them.
        package.Dotnet(dir, "build", "-c", "Release", "-nologo", "-p:EmitCompilerGeneratedFiles=true").EnsureSuccess("the build that asks for the generated files");
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(dir, "obj", "Release", "net10.0", "generated"), "Newsroom.*.g.cs", SearchOption.AllDirectories));

        package.Dotnet(dir, "build", "-c", "Release", "-nologo", "-p:NewsroomArticleAssembly=false").EnsureSuccess("the build with the property off");
        Assert.Equal("0 NoArticles", package.Dotnet(dir, "run", "--no-build", "-c", "Release").EnsureSuccess("dotnet run with the property off").Output.Trim());
    }

    [Fact]
    public void Design_time_builds_generate_in_place_and_a_project_that_references_the_articles_project_runs()
    {
        // Internal types, which the library lets the app see (as a project lets its tests).
        var library = Consumer("Library", "<OutputType>Library</OutputType><NewsroomArticleAssembly>true</NewsroomArticleAssembly><NewsroomVisibility>internal</NewsroomVisibility>"
            + "<GenerateDocumentationFile>true</GenerateDocumentationFile>",
            program: false, items: """<InternalsVisibleTo Include="App" />""");

        // What an editor asks for (a design-time build's compiler command line, as Roslyn's MSBuild host asks for it):
        // the generator, no articles' assembly.
        package.Dotnet(library, "restore").EnsureSuccess("dotnet restore");
        var designTime = package.Dotnet(library, "msbuild", "-nologo", "-t:Compile", "-p:Configuration=Release", "-p:DesignTimeBuild=true", "-p:BuildingProject=false",
            "-p:SkipCompilerExecution=true", "-p:ProvideCommandLineArgs=true", "-getItem:CscCommandLineArgs").EnsureSuccess("the design-time build");
        Assert.True(designTime.Output.Contains("Newsroom.Generator.dll", StringComparison.Ordinal), designTime.Output);
        Assert.DoesNotContain("Library.Newsroom.dll", designTime.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(library, "obj", "Release", "net10.0", "newsroom")));

        // An app that references the library gets the articles' assembly with it, and sees its types.
        var app = Path.Combine(package.Root, "library-app");
        PackedGenerator.WriteProject(app, "App.csproj", "<OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework>",
            $"""<ProjectReference Include="{Path.Combine(library, "Library.csproj")}" />""");
        File.Copy(Path.Combine(library, "NuGet.config"), Path.Combine(app, "NuGet.config"));
        File.WriteAllText(Path.Combine(app, "Program.cs"), Program);
        package.Dotnet(app, "build", "-c", "Release", "-nologo").EnsureSuccess("the app's build");
        Assert.True(File.Exists(Path.Combine(app, "bin", "Release", "net10.0", "Library.Newsroom.dll")));
        var run = package.Dotnet(app, "run", "--no-build", "-c", "Release").EnsureSuccess("the app").Output;
        Assert.Contains("for the benefit of our two countries.", run, StringComparison.Ordinal);
        Assert.Contains("Library.Newsroom", run, StringComparison.Ordinal);

        // A package made of the library carries both assemblies, each with its documentation (the hovers).
        Assert.Contains("<name>Library.Newsroom</name>", File.ReadAllText(Path.Combine(app, "bin", "Release", "net10.0", "Library.Newsroom.xml")), StringComparison.Ordinal);
        package.Dotnet(library, "pack", "-nologo", "-o", Path.Combine(library, "packed"), "-p:IncludeSymbols=true", "-p:SymbolPackageFormat=snupkg").EnsureSuccess("dotnet pack of the library");
        using var packed = System.IO.Compression.ZipFile.OpenRead(Path.Combine(library, "packed", "Library.1.0.0.nupkg"));
        Assert.Equal(["lib/net10.0/Library.Newsroom.dll", "lib/net10.0/Library.Newsroom.xml", "lib/net10.0/Library.dll", "lib/net10.0/Library.xml"],
            packed.Entries.Select(e => e.FullName).Where(e => e.StartsWith("lib/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        // And its symbols package both PDBs.
        using var symbols = System.IO.Compression.ZipFile.OpenRead(Path.Combine(library, "packed", "Library.1.0.0.snupkg"));
        Assert.Equal(["lib/net10.0/Library.Newsroom.pdb", "lib/net10.0/Library.pdb"],
            symbols.Entries.Select(e => e.FullName).Where(e => e.StartsWith("lib/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// An ASP.NET Core app (the Web SDK, whose Razor targets read the references' files to find application parts before
    /// the project compiles): a first Release build with the articles' assembly is clean, and the app runs. The
    /// assembly becomes a reference only once it exists, with the identity resolved references carry. (By hand: a Blazor
    /// WebAssembly app, published, loads it in the browser.)
    /// </summary>
    [Fact]
    public void An_ASP_NET_Core_app_builds_clean_with_the_articles_assembly_and_runs()
    {
        var dir = package.NewConsumer("webapp");
        PackedGenerator.WriteProject(dir, "WebApp.csproj",
            "<OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><NewsroomArticleAssembly>true</NewsroomArticleAssembly>",
            package.Reference(), sdk: "Microsoft.NET.Sdk.Web");
        Directory.CreateDirectory(Path.Combine(dir, "Articles"));
        File.WriteAllText(Path.Combine(dir, "Articles", "seed.txt"), Seed);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), Program + "\nSystem.Console.WriteLine(typeof(Newsroom.Article).Assembly.GetName());\n");

        var build = package.Dotnet(dir, "build", "-c", "Release", "-nologo").EnsureSuccess("the first build of the web app");
        var warnings = Regex.Matches(build.Output, @"warning (\w+)").Select(m => m.Groups[1].Value).Distinct().ToArray();
        Assert.Equal(["NWS001"], warnings);   // the seed's two stray marks, and nothing else
        var run = package.Dotnet(dir, "run", "--no-build", "-c", "Release").EnsureSuccess("the web app's program").Output;
        Assert.Contains("for the benefit of our two countries.", run, StringComparison.Ordinal);
        Assert.Contains("WebApp.Newsroom", run, StringComparison.Ordinal);

        // That discovery again (it runs when the project file changes), with a version the compiler makes up ("1.2.*"):
        // the reference's identity is the assembly's, read from its file.
        File.SetLastWriteTimeUtc(Path.Combine(dir, "WebApp.csproj"), DateTime.UtcNow);
        var again = package.Dotnet(dir, "build", "-c", "Release", "-nologo", "-v", "d", "-p:Deterministic=false", "-p:AssemblyVersion=1.2.*").EnsureSuccess("the build with a made-up version");
        Assert.DoesNotContain("Skipping target \"_DiscoverMvcApplicationParts\"", again.Output, StringComparison.Ordinal);
        Assert.Contains("WebApp.Newsroom, Version=1.2.", package.Dotnet(dir, "run", "--no-build", "-c", "Release").EnsureSuccess("the web app's program again").Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// A WPF library whose XAML names a generated type as a type of its own (<c>clr-namespace:Newsroom</c>, no
    /// assembly), which WPF's markup compiler looks for in the project's assembly: with the articles' assembly that
    /// Release build failed (MC3050, and CS0246 in WPF's temporary project). WPF projects generate in place whatever
    /// the property says, and the temporary project that WPF compiles first for its XAML compiler gets the members'
    /// declarations only. The project's own name ends like a temporary project's (<c>Wpf_wpftmp</c>): its own build still
    /// generates in full. (Built for Windows on this platform, <c>EnableWindowsTargeting</c>; not run.)
    /// </summary>
    [Fact]
    public void A_WPF_project_whose_XAML_names_a_generated_type_builds_in_Release_with_the_types_in_its_own_assembly()
    {
        var dir = package.NewConsumer("wpf", nugetOrg: true);
        PackedGenerator.WriteProject(dir, "Wpf_wpftmp.csproj",
            "<RootNamespace>Wpf</RootNamespace><TargetFramework>net10.0-windows</TargetFramework><UseWPF>true</UseWPF><EnableWindowsTargeting>true</EnableWindowsTargeting>"
            + "<NewsroomArticleAssembly>true</NewsroomArticleAssembly>",
            package.Reference());
        Directory.CreateDirectory(Path.Combine(dir, "Articles"));
        File.WriteAllText(Path.Combine(dir, "Articles", "seed.txt"), Seed);
        File.WriteAllText(Path.Combine(dir, "Headline.xaml"), """
            <UserControl x:Class="Wpf.Headline"
                         xmlns="http://schemas.microsoft.com/winfx/2006/xaml/presentation"
                         xmlns:x="http://schemas.microsoft.com/winfx/2006/xaml"
                         xmlns:news="clr-namespace:Newsroom">
                <StackPanel>
                    <TextBlock Text="{Binding Source={x:Static news:Articles.All}, Path=Count}" />
                    <TextBlock Text="{Binding Source={x:Static news:Quotes+XiJinping.ForTheBenefitOfOur}, Path=Text}" />
                </StackPanel>
            </UserControl>
            """);
        File.WriteAllText(Path.Combine(dir, "Headline.xaml.cs"), """
            namespace Wpf;
            public partial class Headline : System.Windows.Controls.UserControl
            {
                public Headline() { InitializeComponent(); }
                public static int Quotes => Newsroom.Articles.All[0].Quotes.Count;
            }
            """);

        var build = package.Dotnet(dir, "build", "-c", "Release", "-nologo").EnsureSuccess("the WPF library's Release build");
        Assert.False(File.Exists(Path.Combine(dir, "bin", "Release", "net10.0-windows", "Wpf_wpftmp.Newsroom.dll")));
        // The seed's stray marks, reported by the project's compilation only: WPF's temporary project (which compiled the
        // types for the XAML compiler first) gets declarations only and reports nothing (DeclarationsOnlyTests).
        Assert.Matches(@"seed\.txt\(\d+,\d+\): warning NWS001.*[/\\]Wpf_wpftmp\.csproj", build.Output);
        Assert.DoesNotMatch(@"warning NWS\d+.*Wpf_wpftmp_\w+_wpftmp\.csproj", build.Output);
        // The types in the project's own assembly, in full: the article's member a property (declarations only would
        // make it a field), the catalog there.
        using var pe = new PEReader(File.OpenRead(Path.Combine(dir, "bin", "Release", "net10.0-windows", "Wpf_wpftmp.dll")));
        var metadata = pe.GetMetadataReader();
        var articles = Assert.Single(metadata.TypeDefinitions.Select(t => metadata.GetTypeDefinition(t)),
            t => metadata.GetString(t.Namespace) == "Newsroom" && metadata.GetString(t.Name) == "Articles");
        Assert.Contains(articles.GetProperties(), p => metadata.GetString(metadata.GetPropertyDefinition(p).Name) == "AnthonyBlinkenTheUSSecretaryOfStateArrived");
        Assert.DoesNotContain(articles.GetFields(), f => metadata.GetString(metadata.GetFieldDefinition(f).Name) == "AnthonyBlinkenTheUSSecretaryOfStateArrived");
    }

    /// <summary>
    /// An Avalonia library whose XAML names a generated type as one of its own: Avalonia's XAML compiler, which runs on
    /// the compiled assembly, looks for it there, so with the articles' assembly the Release build failed (AVLN2000).
    /// Avalonia projects (known by the property the Avalonia package's props set) generate in place whatever the
    /// property says. The package's version is the one Directory.Packages.props names.
    /// </summary>
    [Fact]
    public void An_Avalonia_project_whose_XAML_names_a_generated_type_builds_in_Release_with_the_types_in_its_own_assembly()
    {
        var versions = File.ReadAllText(Path.Combine(DotnetCli.RepoRoot(), "Directory.Packages.props"));
        var avalonia = Regex.Match(versions, "<PackageVersion Include=\"Avalonia\" Version=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(avalonia);
        var dir = package.NewConsumer("avalonia", nugetOrg: true);
        PackedGenerator.WriteProject(dir, "Ava.csproj", "<TargetFramework>net10.0</TargetFramework><NewsroomArticleAssembly>true</NewsroomArticleAssembly>",
            package.Reference() + $"""<PackageReference Include="Avalonia" Version="{avalonia}" />""");
        Directory.CreateDirectory(Path.Combine(dir, "Articles"));
        File.WriteAllText(Path.Combine(dir, "Articles", "seed.txt"), Seed);
        File.WriteAllText(Path.Combine(dir, "Headline.axaml"), """
            <UserControl xmlns="https://github.com/avaloniaui" xmlns:x="http://schemas.microsoft.com/winfx/2006/xaml"
                         xmlns:news="clr-namespace:Newsroom" x:Class="Ava.Headline">
                <ContentControl Content="{x:Static news:Articles.AnthonyBlinkenTheUSSecretaryOfStateArrived}" />
            </UserControl>
            """);
        File.WriteAllText(Path.Combine(dir, "Headline.axaml.cs"), """
            namespace Ava;
            public partial class Headline : Avalonia.Controls.UserControl
            {
                public Headline() { InitializeComponent(); }
            }
            """);

        package.Dotnet(dir, "build", "-c", "Release", "-nologo").EnsureSuccess("the Avalonia library's Release build");
        Assert.False(File.Exists(Path.Combine(dir, "bin", "Release", "net10.0", "Ava.Newsroom.dll")));
        using var pe = new PEReader(File.OpenRead(Path.Combine(dir, "bin", "Release", "net10.0", "Ava.dll")));
        var metadata = pe.GetMetadataReader();
        Assert.Contains(metadata.TypeDefinitions.Select(t => metadata.GetTypeDefinition(t)),
            t => metadata.GetString(t.Namespace) == "Newsroom" && metadata.GetString(t.Name) == "Articles");
    }

    private string Consumer(string name, string properties, bool program = true, string items = "")
    {
        var dir = package.NewConsumer(name.ToLowerInvariant());
        PackedGenerator.WriteProject(dir, name + ".csproj",
            (program ? "<OutputType>Exe</OutputType>" : "") + "<TargetFramework>net10.0</TargetFramework><EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>" + properties,
            package.Reference() + items);
        Directory.CreateDirectory(Path.Combine(dir, "Articles"));
        File.WriteAllText(Path.Combine(dir, "Articles", "seed.txt"), Seed);
        if (program) File.WriteAllText(Path.Combine(dir, "Program.cs"), Program);
        return dir;
    }

    /// <summary>The compiler's command lines in a detailed build log (one per compilation that ran).</summary>
    private static string[] CompilerCalls(string log) =>
        Regex.Matches(log, @"^\s*\S*csc(\.exe|\.dll)?\s+/noconfig\b.*$", RegexOptions.Multiline).Select(m => m.Value).ToArray();

    /// <summary>An assembly's version and the string each of its version, company, product, metadata and target framework
    /// attributes is given (the first argument of each; "key=value" for metadata).</summary>
    private static (Version Version, ImmutableDictionary<string, string> Attributes) IdentityOf(string assembly)
    {
        string[] names = ["AssemblyCompanyAttribute", "AssemblyConfigurationAttribute", "AssemblyFileVersionAttribute",
            "AssemblyInformationalVersionAttribute", "AssemblyProductAttribute", "AssemblyMetadataAttribute", "TargetFrameworkAttribute"];
        using var pe = new PEReader(File.OpenRead(assembly));
        var metadata = pe.GetMetadataReader();
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference) continue;
            var parent = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
            if (parent.Kind != HandleKind.TypeReference) continue;
            var name = metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)parent).Name);
            if (!names.Contains(name)) continue;
            var value = metadata.GetBlobReader(attribute.Value);
            Assert.Equal(1, value.ReadUInt16());   // the prolog, then the first argument: a string
            var first = value.ReadSerializedString() ?? "";
            attributes[name] = name == "AssemblyMetadataAttribute" ? first + "=" + value.ReadSerializedString() : first;
        }
        return (metadata.GetAssemblyDefinition().Version, attributes.ToImmutableDictionary(StringComparer.Ordinal));
    }

    private static void Git(string dir, params string[] arguments)
    {
        var info = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in (string[])["-c", "user.name=Newsroom tests", "-c", "user.email=tests@newsroom.invalid", .. arguments]) info.ArgumentList.Add(a);
        using var git = System.Diagnostics.Process.Start(info)!;
        var output = git.StandardOutput.ReadToEnd() + git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {output}");
    }

    private static string[] ResourcesOf(string assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly));
        var metadata = pe.GetMetadataReader();
        return metadata.ManifestResources.Select(r => metadata.GetString(metadata.GetManifestResource(r).Name)).Order(StringComparer.Ordinal).ToArray();
    }
}
