using System.IO;
using System.Linq;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Generator.Tests.Packaging;

/// <summary>
/// Two projects of one solution, each with the package and an <c>Articles/</c> folder, the app referencing the
/// library: a build with no CS0436 and no other compiler warning, and an app that reads both projects' articles (the
/// library's in <c>Newsroom</c>, its own in <c>{AssemblyName}.Newsroom</c>).
/// </summary>
[Collection(PackingCollection.Name)]
public sealed class SolutionTests(PackedGenerator package)
{
    [Fact]
    public void An_app_and_a_library_with_articles_of_their_own_build_cleanly_and_both_are_usable()
    {
        var root = package.NewConsumer("solution");
        void Project(string name, string properties, string items, string article)
        {
            var dir = Path.Combine(root, name);
            PackedGenerator.WriteProject(dir, name + ".csproj", "<TargetFramework>net10.0</TargetFramework>" + properties, package.Reference() + items);
            Directory.CreateDirectory(Path.Combine(dir, "Articles"));
            File.WriteAllText(Path.Combine(dir, "Articles", "story.txt"), article);
        }
        Project("Harbour", "", "", "Ferry returns\n\n“The ferry will run again on Monday,” said Lena Berg, the harbour master.\n");
        Project("Eastport", "<OutputType>Exe</OutputType>", """<ProjectReference Include="../Harbour/Harbour.csproj" />""",
            "Council votes\n\n“We will not wait another winter,” said Ana Ruiz, the mayor of Eastport.\n");
        File.WriteAllText(Path.Combine(root, "Eastport", "Program.cs"), """
            using System;

            Console.WriteLine("library: " + Newsroom.Quotes.LenaBerg.TheFerryWillRunAgain.Speaker?.Name);
            Console.WriteLine("app: " + Eastport.Newsroom.Quotes.AnaRuiz.WeWillNotWaitAnother.Speaker?.Name);
            """);

        // The app's own types are in Eastport.Newsroom (NWS013 is an info: the IDE lists it, dotnet build does not print it).
        var build = package.Dotnet(Path.Combine(root, "Eastport"), "build", "-nologo").EnsureSuccess("dotnet build");
        Assert.DoesNotContain(build.Output.Split('\n'), l => l.Contains("warning CS", System.StringComparison.Ordinal));
        var run = package.Dotnet(Path.Combine(root, "Eastport"), "run", "--no-build").EnsureSuccess("dotnet run");

        Assert.Contains("library: Lena Berg", run.Output);
        Assert.Contains("app: Ana Ruiz", run.Output);
    }
}
