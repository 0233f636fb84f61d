using System.IO;
using System.Linq;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Generator.Tests.Packaging;

/// <summary>
/// The package on the targets a .NET developer shares data from or still ships: a .NET Standard 2.0 class library
/// holding the articles (default C# 7.3) whose data a .NET 10 app uses, .NET Framework 4.6.2 and 4.8 consoles (built only: no
/// .NET Framework runtime here; its reference assemblies come from NuGet), and a project that pins an older C#
/// (<c>LangVersion</c> 10). Each builds with no compiler warning, from the packed package alone.
/// </summary>
[Collection(PackingCollection.Name)]
public sealed class TargetFrameworkTests(PackedGenerator package)
{
    private static string Seed => File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "Fixtures", "000_94ea7bb9e4850890.txt"));

    private static void Project(string dir, string name, string properties, string items = "") =>
        PackedGenerator.WriteProject(dir, name + ".csproj", properties, items);

    private void Articles(string dir)
    {
        Directory.CreateDirectory(Path.Combine(dir, "Articles"));
        File.WriteAllText(Path.Combine(dir, "Articles", "000_94ea7bb9e4850890.txt"), Seed);
    }

    /// <summary>The compiler's own warnings and errors of a build's output (Newsroom's NWS ones are about the article).</summary>
    private static string[] CompilerProblems(string output) =>
        output.Split('\n').Where(l => (l.Contains(": warning CS") || l.Contains(": error")) && !l.Contains("NWS")).Distinct().ToArray();

    [Fact]
    public void A_netstandard2_0_library_holds_the_articles_and_a_net10_app_uses_its_data()
    {
        // A netstandard2.0 project needs the NETStandard.Library package too, from the machine's packages folder.
        var root = package.NewConsumer("shared", nugetOrg: true);
        Project(Path.Combine(root, "News"), "News", "<TargetFramework>netstandard2.0</TargetFramework>",
            package.Reference());
        Articles(Path.Combine(root, "News"));
        Project(Path.Combine(root, "App"), "App", "<OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework>",
            """<ProjectReference Include="../News/News.csproj" />""");
        File.WriteAllText(Path.Combine(root, "App", "Program.cs"), """
            using System;
            using System.Linq;
            using Newsroom;

            Console.WriteLine($"quotes: {Articles.All.Single().Quotes.Count}");
            Console.WriteLine(Quotes.AnthonyBlinken.IntenseCompetitionRequiresSustainedDiplomacy);
            Console.WriteLine($"record: {typeof(Quote).GetMethod("<Clone>$") is not null}");
            """);

        var build = package.Dotnet(Path.Combine(root, "App"), "build", "-nologo").EnsureSuccess("dotnet build");
        Assert.Empty(CompilerProblems(build.Output));
        var run = package.Dotnet(Path.Combine(root, "App"), "run", "--no-build").EnsureSuccess("dotnet run");

        Assert.Contains("quotes: 17", run.Output);     // the seed's 14 quotes and 3 indirect ones
        Assert.Contains("Quote { Kind = Direct, Text = “Intense competition requires sustained diplomacy", run.Output);
        Assert.Contains("Speaker = Anthony Blinken, Source = he, Verb = said, Line = 11, Article = 000_94ea7bb9e4850890.txt }", run.Output);
        Assert.Contains("record: False", run.Output);  // C# 7.3 in the library: classes with the records' equality and ToString
    }

    [Theory]
    [InlineData("net462")]
    [InlineData("net48")]
    public void A_NET_Framework_console_builds_with_no_compiler_warning(string framework)
    {
        var dir = package.NewConsumer("framework-" + framework, nugetOrg: true);
        Project(dir, "Framework", $"<OutputType>Exe</OutputType><TargetFramework>{framework}</TargetFramework>",
            package.Reference());
        Articles(dir);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            using System;
            using Newsroom;

            internal static class Program
            {
                private static void Main()
                {
                    var quote = Quotes.AnthonyBlinken.IntenseCompetitionRequiresSustainedDiplomacy;
                    Console.WriteLine(Articles.All.Count + " " + quote.Speaker.Name + " " + (quote == Articles.All[0].Quotes[2]));
                }
            }
            """);

        var build = package.Dotnet(dir, "build", "-nologo").EnsureSuccess("dotnet build");

        Assert.Empty(CompilerProblems(build.Output));
        Assert.True(File.Exists(Path.Combine(dir, "bin", "Debug", framework, "Framework.exe")));
    }

    [Theory]
    [InlineData("net6.0")]   // C# 10 by default: records, no UTF-8 literals
    [InlineData("net8.0")]   // C# 12: everything
    public void A_modern_NET_library_builds_with_no_compiler_warning(string framework)
    {
        // Built only (no .NET 6 or 8 runtime here); its reference pack comes from NuGet.
        var dir = package.NewConsumer(framework, nugetOrg: true);
        Project(dir, "Eight", $"<TargetFramework>{framework}</TargetFramework><Nullable>enable</Nullable>",
            package.Reference());
        Articles(dir);
        File.WriteAllText(Path.Combine(dir, "Use.cs"), """
            namespace Eight;

            public static class Use
            {
                public static string Words => Newsroom.Quotes.AnthonyBlinken.IntenseCompetitionRequiresSustainedDiplomacy.Text;
            }
            """);

        var build = package.Dotnet(dir, "build", "-nologo").EnsureSuccess("dotnet build");

        Assert.Empty(CompilerProblems(build.Output));
        Assert.True(File.Exists(Path.Combine(dir, "bin", "Debug", framework, "Eight.dll")));
    }

    [Fact]
    public void A_project_on_CSharp_10_builds_and_runs_without_UTF_8_literals()
    {
        var dir = package.NewConsumer("csharp10");
        Project(dir, "CSharp10", "<OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><LangVersion>10</LangVersion><Nullable>enable</Nullable>",
            package.Reference());
        Articles(dir);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            using System;
            using Newsroom;

            var quote = Quotes.AnthonyBlinken.IntenseCompetitionRequiresSustainedDiplomacy;
            var corrected = quote with { Speaker = Actors.XiJinping };
            Console.WriteLine($"{Articles.All.Count} {quote.Speaker?.Name} {corrected.Speaker?.Name} {corrected == quote}");
            """);

        var build = package.Dotnet(dir, "build", "-nologo").EnsureSuccess("dotnet build");
        Assert.Empty(CompilerProblems(build.Output));
        var run = package.Dotnet(dir, "run", "--no-build").EnsureSuccess("dotnet run");

        Assert.Contains("1 Anthony Blinken Xi Jinping True", run.Output);
    }
}
