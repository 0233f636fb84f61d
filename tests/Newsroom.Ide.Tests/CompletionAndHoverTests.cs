using System;
using System.Linq;
using System.Runtime.Loader;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Newsroom.Ide.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Ide.Tests;

/// <summary>
/// What a user sees while typing against the seed article: Roslyn's completion and quick info services, in a workspace
/// that runs the generator from its DLL as an analyzer reference (see <see cref="IdeWorkspace"/>).
/// </summary>
public class CompletionAndHoverTests
{
    [Fact]
    public void The_generator_runs_from_its_DLL_in_a_load_context_of_its_own_inside_Roslyn_5()
    {
        using var workspace = new IdeWorkspace();

        var generator = Assert.Single(Assert.Single(workspace.Project.AnalyzerReferences).GetGenerators(LanguageNames.CSharp));
        var assembly = generator.GetGeneratorType().Assembly;
        Assert.Equal("Newsroom.Generator.NewsroomGenerator", generator.GetGeneratorType().FullName);
        Assert.NotSame(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(assembly));
        // Built against Roslyn 4.14, run by the 5.x of the editor services (the .NET 10 SDK's compiler is 5.x too).
        Assert.Equal(new Version(4, 14, 0, 0), assembly.GetReferencedAssemblies().Single(a => a.Name == "Microsoft.CodeAnalysis").Version);
        Assert.True(typeof(Compilation).Assembly.GetName().Version!.Major >= 5);
    }

    [Fact]
    public async Task A_speakers_quotes_are_offered_after_the_speaker()
    {
        using var workspace = new IdeWorkspace();

        var items = await workspace.CompletionsAsync("class C { void M() { var q = Newsroom.Quotes.AnthonyBlinken.$$ } }");

        Assert.Contains("IntenseCompetitionRequiresSustainedDiplomacy", items);
        Assert.Contains("ResponsiblyManageOurRelationship", items);
    }

    [Fact]
    public async Task Speakers_and_actors_are_offered()
    {
        using var workspace = new IdeWorkspace();

        Assert.Contains("AnthonyBlinken", await workspace.CompletionsAsync("class C { void M() { var q = Newsroom.Quotes.$$ } }"));
        var actors = await workspace.CompletionsAsync("class C { void M() { var a = Newsroom.Actors.$$ } }");
        Assert.Contains("XiJinping", actors);
        Assert.Contains("NancyPelosi", actors); // an actor who says nothing: the actors are not the speakers
    }

    [Fact]
    public async Task The_hover_of_a_quote_shows_its_words_and_speaker()
    {
        using var workspace = new IdeWorkspace();

        var hover = await workspace.QuickInfoAsync(
            "class C { void M() { var q = Newsroom.Quotes.AnthonyBlinken.Intense$$CompetitionRequiresSustainedDiplomacy; } }");

        Assert.Contains("Newsroom.Quotes.AnthonyBlinken.IntenseCompetitionRequiresSustainedDiplomacy", hover);
        Assert.Contains("Intense competition requires sustained diplomacy", hover);
        Assert.Contains("Anthony Blinken (said)", hover);
    }

    [Fact]
    public async Task An_additional_file_without_the_article_metadata_gives_no_members()
    {
        using var workspace = new IdeWorkspace(markAsArticle: false);

        var items = await workspace.CompletionsAsync("class C { void M() { var q = Newsroom.Quotes.$$ } }");

        Assert.Contains("All", items); // the fixed API is there, from the same generator run
        Assert.DoesNotContain("AnthonyBlinken", items);
    }
}
