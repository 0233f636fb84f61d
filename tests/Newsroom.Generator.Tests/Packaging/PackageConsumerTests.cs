using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Newsroom.Generator.Tests.Generator.Decoding;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Generator.Tests.Packaging;

/// <summary>
/// The package path, end to end: the packed <c>Newsroom</c> package, a brand-new console project that has nothing but a
/// PackageReference and an Articles/ folder, <c>dotnet run</c>. This is what the README's quick start promises.
/// </summary>
[Collection(PackingCollection.Name)]
public sealed class PackageConsumerTests(PackedGenerator package)
{
    private static string Seed => File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "Fixtures", "000_94ea7bb9e4850890.txt"));

    /// <summary>A new console project (<c>{name}.csproj</c>, or <c>.vbproj</c>, <c>.fsproj</c>) with the package and the
    /// seed in <c>Articles/</c>, and nothing else.</summary>
    private string SeedConsumer(string name, string properties = "", string items = "", string projectExtension = ".csproj")
    {
        var dir = Consumer(name, properties, items, projectExtension);
        File.WriteAllText(Path.Combine(dir, "Articles", "000_94ea7bb9e4850890.txt"), Seed);
        return dir;
    }

    /// <summary>A new console project (<c>{name}.csproj</c> or another extension) with the package and an empty <c>Articles/</c> folder.</summary>
    private string Consumer(string name, string properties = "", string items = "", string projectExtension = ".csproj")
    {
        var dir = package.NewConsumer(name.ToLowerInvariant());
        PackedGenerator.WriteProject(dir, name + projectExtension, "<OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework>" + properties,
            items + package.Reference(privateAssets: false));
        Directory.CreateDirectory(Path.Combine(dir, "Articles"));
        return dir;
    }

    /// <summary>The Newsroom diagnostics of a build's output, once each (MSBuild repeats them in its summary), as
    /// <c>{file name or CSC}(line,column): {severity} {ID}</c>, in order.</summary>
    private static string[] Reported(DotnetCli.Result build) =>
        build.Output.Split('\n')
            .Select(l => Regex.Match(l, @"^\s*(?<where>.*?) ?: (?<severity>warning|error) (?<id>NWS[0-9]{3}):"))
            .Where(m => m.Success)
            .Select(m => $"{Path.GetFileName(m.Groups["where"].Value)}: {m.Groups["severity"].Value} {m.Groups["id"].Value}")
            .Distinct().Order(System.StringComparer.Ordinal).ToArray();

    private const string SeedWarnings = "000_94ea7bb9e4850890.txt(15,197): warning NWS001|000_94ea7bb9e4850890.txt(29,277): warning NWS001";

    [Fact]
    public void The_package_holds_the_generator_as_an_analyzer_and_the_msbuild_conventions_but_no_lib()
    {
        using var zip = package.OpenPackage();
        var entries = zip.Entries.Select(e => e.FullName).ToArray();
        Assert.Contains("analyzers/dotnet/cs/Newsroom.Generator.dll", entries);
        Assert.Contains("build/Newsroom.props", entries);
        Assert.Contains("build/Newsroom.targets", entries);
        Assert.Contains("buildTransitive/Newsroom.props", entries);
        Assert.Contains("buildTransitive/Newsroom.targets", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", System.StringComparison.Ordinal));

        using var nuspec = new StreamReader(zip.GetEntry("Newsroom.nuspec")!.Open());
        var text = nuspec.ReadToEnd();
        Assert.Contains("<developmentDependency>true</developmentDependency>", text);
        Assert.DoesNotContain("<dependency ", text);     // Roslyn is the compiler's, never the consumer's
        // The project has no public address: no project or repository URL (the only URL is NuGet's for the licence).
        var metadata = System.Xml.Linq.XDocument.Parse(text).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        Assert.Equal(["https://licenses.nuget.org/MIT"], metadata.Descendants()
            .SelectMany(e => e.Attributes().Select(a => a.Value).Append(e.HasElements ? "" : e.Value))
            .Where(v => v.Contains("://", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void A_console_project_with_only_the_package_and_an_Articles_folder_builds_and_runs()
    {
        var dir = SeedConsumer("Quickstart");
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            using System;
            using System.Linq;
            using Newsroom;

            Console.WriteLine($"articles: {Articles.All.Count}");
            var article = Articles.All.Single();
            Console.WriteLine($"quotes: {article.Quotes.Count(q => q.Kind != QuoteKind.Indirect)}");
            foreach (var quote in article.Quotes.Where(q => q.Kind == QuoteKind.Indirect))
                Console.WriteLine($"indirect: {quote.Speaker?.Name} ({quote.Speaker?.Kind}) {quote.Verb}: {quote.Text}");
            foreach (var quote in article.Quotes.Where(q => q.Speaker == Actors.XiJinping))
                Console.WriteLine($"Xi {quote.Verb} to {quote.Addressee?.Name}: {quote.Text}");
            Console.WriteLine($"Blinken: {Actors.AnthonyBlinken.Role}");
            """);

        var build = package.Dotnet(dir, "build", "-nologo").EnsureSuccess("dotnet build");
        // The two stray quotation marks of the seed (its gold file: lines 15 and 29), located in the .txt itself, and
        // no help link after the message (the project has no public address for its docs).
        Assert.Equal(SeedWarnings.Split('|'), Reported(build));
        Assert.DoesNotContain(build.Output.Split('\n'), l => l.Contains("NWS001", System.StringComparison.Ordinal) && l.Contains("://", System.StringComparison.Ordinal));

        var run = package.Dotnet(dir, "run", "--no-build").EnsureSuccess("dotnet run");
        Assert.Contains("articles: 1", run.Output);
        Assert.Contains("quotes: 14", run.Output);     // the gold file has 14 quotes
        // and three indirect ones (its attributions with marked: false), with their sources
        Assert.Contains("indirect: Vivian Balakrishnan (Person) said: the region wants the United States to remain a power and find ways to coexist with a rising China", run.Output);
        Assert.Contains("indirect: Biden administration (Organization) said: it is willing to work with China on narrow areas of cooperation such as climate", run.Output);
        Assert.Contains("indirect: Danny Russell (Person) said: Each side has priorities", run.Output);
        Assert.Equal(3, run.Output.Split('\n').Count(l => l.StartsWith("indirect: ", System.StringComparison.Ordinal)));
        Assert.Contains("Xi told to Bill Gates: I believe the foundation of China-US relations lies in the people,", run.Output);   // the gold's addressee
        Assert.Contains("Blinken: US secretary of state", run.Output);
    }

    /// <summary>
    /// The real compiler and <c>newsroom inspect</c> on the same files, in every encoding (<see cref="EncodedFiles"/>,
    /// but for those the compiler gives no text, whose CS2015 error would stop the build): the same warnings at the
    /// same lines and columns, and at run time the same text length and quote positions as the tool shows.
    /// </summary>
    [Fact]
    public void A_build_and_newsroom_inspect_read_the_same_bytes_alike()
    {
        var dir = Consumer("Encodings");
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            using System;
            using System.Linq;
            using Newsroom;

            foreach (var a in Articles.All)
                Console.WriteLine($"article {a.FileName} {a.Text.Length} [{string.Join(" ", a.Quotes.Select(q => $"{q.Span.Start}:{q.Span.Line}:{q.Span.Column}"))}]");
            """);
        var paths = new List<string>();
        foreach (var (name, bytes) in EncodedFiles.All)
        {
            if (InMemoryAdditionalText.Decode(bytes) is null) continue;
            var path = Path.Combine(dir, "Articles", EncodedFiles.FileName(name));
            File.WriteAllBytes(path, bytes);
            paths.Add(path);
        }

        var build = package.Dotnet(dir, "build", "-nologo").EnsureSuccess("dotnet build");
        var built = build.Output.Split('\n')
            .Select(l => Regex.Match(l.TrimEnd('\r'), @"^\s*(?<path>.+?)\((?<line>\d+),(?<column>\d+)\): warning (?<id>NWS\d+): (?<message>.*?)(?: \(https?://[^ ]*\))? \[[^\]]*\]$"))
            .Where(m => m.Success)
            .Select(m => $"{Path.GetFileName(m.Groups["path"].Value)}({m.Groups["line"].Value},{m.Groups["column"].Value}) {m.Groups["id"].Value}: {m.Groups["message"].Value}")
            .Distinct().Order(System.StringComparer.Ordinal).ToArray();
        var ran = package.Dotnet(dir, "run", "--no-build").EnsureSuccess("dotnet run").Output.Split('\n')
            .Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("article ", System.StringComparison.Ordinal)).Order(System.StringComparer.Ordinal).ToArray();

        var (exit, json) = NewsroomTool.InspectJson([.. paths]);
        Assert.Equal(0, exit);
        var articles = json.GetProperty("articles").EnumerateArray().ToList();
        var shown = articles
            .SelectMany(a => a.GetProperty("diagnostics").EnumerateArray()
                .Where(d => d.GetProperty("severity").GetString() == "warning")
                .Select(d => $"{a.GetProperty("fileName").GetString()}({d.GetProperty("line")},{d.GetProperty("column")}) {d.GetProperty("id")}: {d.GetProperty("message").GetString()}"))
            .Order(System.StringComparer.Ordinal).ToArray();
        var read = articles
            .Select(a => $"article {a.GetProperty("fileName").GetString()} {a.GetProperty("length")} [{string.Join(" ", a.GetProperty("quotes").EnumerateArray().Select(q => $"{q.GetProperty("start")}:{q.GetProperty("line")}:{q.GetProperty("column")}"))}]")
            .Order(System.StringComparer.Ordinal).ToArray();

        Assert.Contains(built, w => w.StartsWith("windows-1252.txt(1,4) NWS008: ", System.StringComparison.Ordinal) == (Newsroom.Generator.Pipeline.ArticleDecoding.CompilerFallback.CodePage == 65001));
        Assert.Equal(built, shown);
        Assert.Equal(paths.Count, ran.Length);
        Assert.Equal(ran, read);
    }

    [Fact]
    public void The_package_options_reach_the_generator_through_msbuild()
    {
        var dir = package.NewConsumer("options");
        File.WriteAllText(Path.Combine(dir, "Options.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <EnableDefaultNewsroomArticles>false</EnableDefaultNewsroomArticles>
                <NewsroomNamespace>Acme.Newsdesk</NewsroomNamespace>
                <NewsroomVisibility>internal</NewsroomVisibility>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Newsroom" Version="{package.Version}" />
                <NewsroomArticle Include="News/**/*.txt" />
                <!-- Listed twice (the glob has it too): still one article, embedded once. -->
                <NewsroomArticle Include="News/visit.txt" />
                <NewsroomArticle Update="News/visit.txt" MemberName="Visit" Headline="Blinken in Beijing" />
              </ItemGroup>
            </Project>
            """);
        Directory.CreateDirectory(Path.Combine(dir, "News"));
        Directory.CreateDirectory(Path.Combine(dir, "Articles"));
        File.WriteAllText(Path.Combine(dir, "News", "visit.txt"), Seed);
        // Named like a culture-specific resource: its text must still be embedded in the main assembly.
        File.WriteAllText(Path.Combine(dir, "News", "brief.fr.txt"), "Ferry brief\n\n“The ferry will run again on Monday,” said Lena Berg, the harbour master.\n");
        // Not an article: the default glob is off.
        File.WriteAllText(Path.Combine(dir, "Articles", "draft.txt"), "Draft\n\n“Not to be generated,” said Lena Berg.");
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            using System;
            using Acme.Newsdesk;

            Console.WriteLine($"articles: {Articles.All.Count}");
            Console.WriteLine($"member: {Articles.Visit.MemberName} | {Articles.Visit.Headline}");
            Console.WriteLine($"public: {typeof(Article).IsPublic}");
            Console.WriteLine($"visit: {Articles.Visit.Text.Length} {Articles.Visit.Quotes[2].Text}");
            Console.WriteLine($"brief: {Articles.ByFileName("brief.fr.txt")?.Quotes[0].Text}");
            // The texts come from the article files embedded by the package's targets, not from the generated code.
            Console.WriteLine($"resources: {string.Join(" ", System.Linq.Enumerable.Order(typeof(Article).Assembly.GetManifestResourceNames()))}");
            """);

        package.Dotnet(dir, "build", "-nologo").EnsureSuccess("dotnet build");
        var run = package.Dotnet(dir, "run", "--no-build").EnsureSuccess("dotnet run");

        Assert.Contains("articles: 2", run.Output);
        Assert.Contains("member: Visit | Blinken in Beijing", run.Output);
        Assert.Contains("public: False", run.Output);
        Assert.Contains("visit: " + Seed.Length + " Intense competition requires sustained diplomacy to ensure that competition does not veer into confrontation or conflict,", run.Output);
        Assert.Contains("brief: The ferry will run again on Monday,", run.Output);
        Assert.Contains("resources: Newsroom/News/brief.fr.txt Newsroom/News/visit.txt" + System.Environment.NewLine, run.Output);
    }

    /// <summary>
    /// A stray quotation mark in a news text must not break a build that treats warnings as errors: the package's
    /// targets keep the diagnostics about article texts warnings, unless the project names one in WarningsAsErrors or
    /// sets NewsroomWarningsAsErrors. NWS009, about the project's own settings, is promoted like any warning. Each
    /// build is a rebuild: a changed property alone would not run the compiler again.
    /// </summary>
    [Fact]
    public void Under_TreatWarningsAsErrors_the_article_warnings_stay_warnings_unless_named_in_WarningsAsErrors_or_opted_in()
    {
        var dir = SeedConsumer("Strict", properties: "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>");
        File.WriteAllText(Path.Combine(dir, "Program.cs"), "System.Console.WriteLine(Newsroom.Articles.All.Count);");
        // A second article with another warning about its text: characters that are not text (NWS008).
        File.WriteAllText(Path.Combine(dir, "Articles", "cafe.txt"), "Caf\uFFFD opens downtown\n\nThe caf\uFFFD opened on Monday. “Come in,” said Jane Doe.\n");
        string[] warnings = [.. SeedWarnings.Split('|'), "cafe.txt(1,4): warning NWS008"];

        var build = package.Dotnet(dir, "build", "-nologo", "--no-incremental").EnsureSuccess("dotnet build with TreatWarningsAsErrors");
        Assert.Equal(warnings, Reported(build));

        // NewsroomWarningsAsErrors=true: TreatWarningsAsErrors applies to them as to any warning.
        var optedIn = package.Dotnet(dir, "build", "-nologo", "--no-incremental", "-p:NewsroomWarningsAsErrors=true");
        Assert.NotEqual(0, optedIn.ExitCode);
        Assert.Equal(warnings.Select(w => w.Replace(": warning ", ": error ", System.StringComparison.Ordinal)), Reported(optedIn));

        // An ID named in WarningsAsErrors is an error as asked; the others stay warnings. An invalid setting (NWS009)
        // is the project's own mistake and fails the build as any warning would.
        var project = Path.Combine(dir, "Strict.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace(
            "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>",
            "<TreatWarningsAsErrors>true</TreatWarningsAsErrors><WarningsAsErrors>$(WarningsAsErrors);NWS001</WarningsAsErrors><NewsroomVisibility>private</NewsroomVisibility>",
            System.StringComparison.Ordinal));
        var named = package.Dotnet(dir, "build", "-nologo", "--no-incremental");
        Assert.NotEqual(0, named.ExitCode);
        Assert.Equal(
            ["000_94ea7bb9e4850890.txt(15,197): error NWS001", "000_94ea7bb9e4850890.txt(29,277): error NWS001", "CSC: error NWS009", "cafe.txt(1,4): warning NWS008"],
            Reported(named));
    }

    /// <summary><c>dotnet build -warnaserror</c> is MSBuild's switch, not the compiler's: the targets exempt the same IDs there.</summary>
    [Fact]
    public void Dotnet_build_warnaserror_leaves_the_article_warnings_warnings_unless_opted_in()
    {
        var dir = SeedConsumer("Ci");
        File.WriteAllText(Path.Combine(dir, "Program.cs"), "System.Console.WriteLine(Newsroom.Articles.All.Count);");

        var build = package.Dotnet(dir, "build", "-nologo", "--no-incremental", "-warnaserror").EnsureSuccess("dotnet build -warnaserror");
        Assert.Equal(SeedWarnings.Split('|'), Reported(build));

        var optedIn = package.Dotnet(dir, "build", "-nologo", "--no-incremental", "-warnaserror", "-p:NewsroomWarningsAsErrors=true");
        Assert.NotEqual(0, optedIn.ExitCode);
        Assert.Equal(SeedWarnings.Replace(": warning ", ": error ", System.StringComparison.Ordinal).Split('|'), Reported(optedIn));
    }

    /// <summary>
    /// The generator is C# only. A Visual Basic or F# project with the package (the shape of <c>dotnet new console
    /// -lang VB</c> and <c>-lang F#</c>) builds and runs, is told so by NWS011 on its project file, and gets no article
    /// embedded.
    /// </summary>
    [Theory]
    [InlineData("VB", ".vbproj", "Program.vb", """
        Module Program
            Sub Main()
                Console.WriteLine("resources: " & String.Join(" ", GetType(Program).Assembly.GetManifestResourceNames()))
            End Sub
        End Module
        """)]
    [InlineData("F#", ".fsproj", "Program.fs", """
        printfn "resources: %s" (System.String.Join(" ", System.Reflection.Assembly.GetExecutingAssembly().GetManifestResourceNames()))
        """)]
    public void A_project_in_another_language_gets_NWS011_and_no_embedded_article(string language, string extension, string program, string code)
    {
        var name = extension == ".vbproj" ? "VbApp" : "FsApp";
        var dir = SeedConsumer(name, items: extension == ".fsproj" ? """<Compile Include="Program.fs" />""" : "", projectExtension: extension);
        File.WriteAllText(Path.Combine(dir, program), code);

        var build = package.Dotnet(dir, "build", "-nologo").EnsureSuccess("dotnet build");
        Assert.Equal([$"{name}{extension}: warning NWS011"], Reported(build));
        Assert.Contains($"this project's language is {language}: nothing is generated from its 1 article file(s)", build.Output, System.StringComparison.Ordinal);

        var run = package.Dotnet(dir, "run", "--no-build").EnsureSuccess("dotnet run");
        Assert.Contains("resources: ", run.Output, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Newsroom/", run.Output, System.StringComparison.Ordinal);
    }

    /// <summary>
    /// What docs/diagnostics.md advises for NWS011: the articles in a C# library, used from a Visual Basic program. The
    /// library's reference to the package is not private, so its targets reach the program too (buildTransitive/):
    /// the program, which did not ask for Newsroom, is not told NWS011 and embeds nothing.
    /// </summary>
    [Fact]
    public void A_Visual_Basic_program_uses_the_articles_of_a_CSharp_library_and_is_not_warned_for_it()
    {
        var dir = package.NewConsumer("mixed");
        Directory.CreateDirectory(Path.Combine(dir, "News", "Articles"));
        Directory.CreateDirectory(Path.Combine(dir, "App", "Articles"));
        File.WriteAllText(Path.Combine(dir, "News", "News.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Newsroom" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "News", "Articles", "000_94ea7bb9e4850890.txt"), Seed);
        File.WriteAllText(Path.Combine(dir, "App", "App.vbproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../News/News.csproj" />
              </ItemGroup>
            </Project>
            """);
        // The program's own Articles/ folder: the targets make it NewsroomArticle items there too, but embed nothing.
        File.WriteAllText(Path.Combine(dir, "App", "Articles", "draft.txt"), "Draft\n\n“Not an article of the program,” said Lena Berg.\n");
        File.WriteAllText(Path.Combine(dir, "App", "Program.vb"), """
            Imports Newsroom
            Module Program
                Sub Main()
                    Console.WriteLine("quotes: " & Articles.All(0).Quotes.Count & ", Xi: " & Actors.XiJinping.Role)
                    Console.WriteLine("resources: " & String.Join(" ", GetType(Program).Assembly.GetManifestResourceNames()))
                End Sub
            End Module
            """);

        var build = package.Dotnet(Path.Combine(dir, "App"), "build", "-nologo").EnsureSuccess("dotnet build");
        Assert.Equal(SeedWarnings.Split('|'), Reported(build));
        var run = package.Dotnet(Path.Combine(dir, "App"), "run", "--no-build").EnsureSuccess("dotnet run");
        Assert.Contains("quotes: 17, Xi: President", run.Output, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Newsroom/", run.Output, System.StringComparison.Ordinal);
    }

    /// <summary>
    /// The two ways the README gives a user to snapshot what Newsroom makes of their articles: the generated sources
    /// written into the project (readable: each article's member has its actors and quotes above it in comments), and
    /// the records' <c>ToString</c> in a test of their own. Built twice: the written sources must not compile again.
    /// </summary>
    [Fact]
    public void The_documented_snapshots_of_the_generated_code_and_of_the_records_work()
    {
        var dir = SeedConsumer("Snapshots",
            properties: "<EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles><CompilerGeneratedFilesOutputPath>Generated</CompilerGeneratedFilesOutputPath>",
            items: """<Compile Remove="Generated/**" />""");
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            using System;
            using Newsroom;

            Console.WriteLine(string.Join("\n", Quotes.All));
            Console.WriteLine(Actors.XiJinping);
            """);

        package.Dotnet(dir, "build", "-nologo").EnsureSuccess("dotnet build");
        package.Dotnet(dir, "build", "-nologo").EnsureSuccess("dotnet build, again");
        var run = package.Dotnet(dir, "run", "--no-build").EnsureSuccess("dotnet run");

        var generated = Directory.GetFiles(Path.Combine(dir, "Generated"), "Newsroom.Articles.*.g.cs", SearchOption.AllDirectories)
            .Select(File.ReadAllText).Where(t => t.Contains("000_94ea7bb9e4850890.txt:", System.StringComparison.Ordinal)).ToArray();
        var code = Assert.Single(generated);
        // The seed's gold: Blinken's quote at line 11, the three indirect quotes, Xi's quote told to Bill Gates.
        Assert.Contains("//   person        Anthony Blinken — US secretary of state\n", code.Replace("\r\n", "\n"));
        Assert.Contains("//   11:2     direct    Anthony Blinken (he) said: “Intense competition requires sustained diplomacy", code);
        Assert.Contains("//   37:1     indirect  Danny Russell said: ‹Each side has priorities›", code);
        Assert.Contains("Xi Jinping told → Bill Gates: “I believe the foundation of China-US relations lies in the people,”", code);

        Assert.Contains("Quote { Kind = Indirect, Text = Each side has priorities, Speaker = Danny Russell, Source = Danny Russell, Verb = said, Line = 37, Article = 000_94ea7bb9e4850890.txt }", run.Output);
        Assert.Contains("Actor { Name = Xi Jinping, Kind = Person, Role = President, Aliases = [Xi], Mentions = 4 }", run.Output);
        Assert.Equal(17, run.Output.Split('\n').Count(l => l.StartsWith("Quote { ", System.StringComparison.Ordinal)));
    }
}
