using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Generator.Tests.Packaging;

/// <summary>
/// Hot reload as a user meets it: <c>dotnet watch</c> runs an app of the package, an article is edited, the update is
/// applied without a restart, and the running app reads the new words, a new quote and its new speaker, never an
/// exception (the generated caches start again, and the text, which the build embedded before the edit, is read from
/// the article file).
/// </summary>
[Collection(PackingCollection.Name)]
public sealed class HotReloadTests(PackedGenerator package)
{
    private static string Seed => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "000_94ea7bb9e4850890.txt"));

    /// <param name="articleAssembly">NewsroomArticleAssembly=true, built once in Release first (the articles in an assembly
    /// of their own there): dotnet watch's Debug builds generate in place, so that hot reload has the code it changes.</param>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_article_edited_under_dotnet_watch_reaches_the_running_app(bool articleAssembly)
    {
        var dir = package.NewConsumer(articleAssembly ? "watch-article-assembly" : "watch");
        PackedGenerator.WriteProject(dir, "Watch.csproj", "<OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework>"
            + (articleAssembly ? "<NewsroomArticleAssembly>true</NewsroomArticleAssembly>" : ""), package.Reference());
        var article = Path.Combine(dir, "Articles", "seed.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(article)!);
        File.WriteAllText(article, Seed);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            using System;
            using System.Threading;
            using Newsroom;

            for (var i = 0; i < 600; i++)
            {
                Show(i);
                Thread.Sleep(250);
            }

            static void Show(int i)
            {
                try
                {
                    var quote = Quotes.AnthonyBlinken.IntenseCompetitionRequiresSustainedDiplomacy;
                    Console.WriteLine($"tick {i} | {quote.Text} | {Quotes.All.Count} | {Actors.Find("Ana Ruiz")?.Role}");
                }
                catch (Exception e)
                {
                    Console.WriteLine($"tick {i} | failed: {e.GetType().Name}: {e.Message}");
                }
            }
            """);
        package.Dotnet(dir, "restore").EnsureSuccess("dotnet restore");
        if (articleAssembly)
        {
            package.Dotnet(dir, "build", "-c", "Release").EnsureSuccess("dotnet build -c Release");
            Assert.True(File.Exists(Path.Combine(dir, "bin", "Release", "net10.0", "Watch.Newsroom.dll")), "the articles' assembly was not made");
        }

        var environment = new Dictionary<string, string>(package.Environment) { ["DOTNET_WATCH_SUPPRESS_EMOJIS"] = "1" };
        using var watch = DotnetCli.Start(dir, environment, "watch", "run", "--non-interactive", "--no-restore");
        var timeout = TimeSpan.FromMinutes(2);
        Assert.True(watch.WaitFor(l => l.StartsWith("tick ", StringComparison.Ordinal) && l.Contains("does not veer into confrontation", StringComparison.Ordinal), timeout),
            "the app did not start:\n" + watch.Output);
        // dotnet watch loads the project for hot reload after it started the app: an edit before that is not an update.
        Assert.True(watch.WaitFor(l => l.Contains("Waiting for changes", StringComparison.Ordinal), timeout), "dotnet watch did not start watching:\n" + watch.Output);

        // Same member (its first words), other words; one more paragraph with a new quote of a new speaker.
        File.WriteAllText(article, Seed.Replace("does not veer into confrontation", "does not slide into open confrontation", StringComparison.Ordinal)
            + "\n“The harbour will reopen next spring,” said Ana Ruiz, the mayor of Eastport.\n");

        Assert.True(watch.WaitFor(l => l.Contains("does not slide into open confrontation", StringComparison.Ordinal), timeout),
            "the edit did not reach the app:\n" + watch.Output);
        // Hot reload, not a restart. dotnet watch reports it once the app has taken the change, while it relays the app's
        // own lines as they come: the app's next line may come first (seen once on a busy machine), so wait for it.
        Assert.True(watch.WaitFor(l => l.Contains("changes applied", StringComparison.OrdinalIgnoreCase), TimeSpan.FromSeconds(30)),
            "dotnet watch did not apply the change as hot reload:\n" + watch.Output);
        var output = watch.Output;
        Assert.DoesNotContain("Restarting", output, StringComparison.Ordinal);
        Assert.DoesNotContain("failed:", output, StringComparison.Ordinal);
        var after = output.Split('\n').Last(l => l.Contains("does not slide into open confrontation", StringComparison.Ordinal));
        Assert.True(after.Contains("| 18 | mayor of Eastport", StringComparison.Ordinal), output);   // the seed's 17 quotes and the new one; the new speaker and role
    }
}
