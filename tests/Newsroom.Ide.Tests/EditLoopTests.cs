using System;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Host;
using Microsoft.CodeAnalysis.Host.Mef;
using Newsroom.Ide.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Ide.Tests;

/// <summary>
/// The edit loop of an IDE that reruns generators when an additional file changes: the article's text is changed in
/// the workspace (<see cref="Solution.WithAdditionalDocumentText"/>, then <see cref="Workspace.TryApplyChanges"/>) and
/// the next completion or hover already shows the new members and words, with no build and no reload.
/// </summary>
public class EditLoopTests
{
    private const string AnaRuiz = "“The harbour will reopen next spring,” said Ana Ruiz, the mayor of Eastport.";

    [Fact]
    public async Task A_new_quote_by_a_new_speaker_is_offered_and_hovered_after_the_edit_and_gone_after_the_undo()
    {
        using var workspace = new IdeWorkspace();
        const string speakers = "class C { void M() { var q = Newsroom.Quotes.$$ } }";
        Assert.DoesNotContain("AnaRuiz", await workspace.CompletionsAsync(speakers));

        await workspace.EditArticleAsync(text => text.TrimEnd() + "\n\n" + AnaRuiz + "\n");

        Assert.Contains("AnaRuiz", await workspace.CompletionsAsync(speakers));
        Assert.Contains("TheHarbourWillReopenNext", await workspace.CompletionsAsync("class C { void M() { var q = Newsroom.Quotes.AnaRuiz.$$ } }"));
        var hover = await workspace.QuickInfoAsync("class C { void M() { var q = Newsroom.Quotes.AnaRuiz.TheHarbour$$WillReopenNext; } }");
        Assert.Contains("The harbour will reopen next spring", hover);
        Assert.Contains("Ana Ruiz (said)", hover);

        await workspace.EditArticleAsync(text => text.Replace(AnaRuiz, ""));

        Assert.DoesNotContain("AnaRuiz", await workspace.CompletionsAsync(speakers));
    }

    [Fact]
    public async Task The_hover_of_an_edited_quote_shows_the_new_words()
    {
        using var workspace = new IdeWorkspace();
        // The member is named after the quote's first words; the edit changes words after them, so the name stays.
        const string code = "class C { void M() { var q = Newsroom.Quotes.AnthonyBlinken.Intense$$CompetitionRequiresSustainedDiplomacy; } }";
        Assert.Contains("does not veer into confrontation or conflict", await workspace.QuickInfoAsync(code));

        await workspace.EditArticleAsync(text => text.Replace("does not veer into confrontation or conflict", "never turns into open conflict"));

        var hover = await workspace.QuickInfoAsync(code);
        Assert.Contains("Intense competition requires sustained diplomacy to ensure that competition never turns into open conflict", hover);
        Assert.DoesNotContain("confrontation", hover);
    }

    /// <summary>
    /// What the tests above show holds for Roslyn's Automatic source-generator mode, the default of a plain Roslyn
    /// workspace: generators run on every change. Visual Studio's default, Balanced, runs them on save and build
    /// instead (docs/usage.md, "In the IDE"). The mode is internal to Roslyn, so this reads it by reflection: if a
    /// Roslyn update renames it, this test fails and the docs' sentence about it wants checking again.
    /// </summary>
    [Fact]
    public void This_workspace_runs_generators_in_Roslyns_Automatic_mode()
    {
        using var workspace = new AdhocWorkspace(MefHostServices.DefaultHost);
        var roslyn = typeof(Workspace).Assembly;
        var serviceType = roslyn.GetType("Microsoft.CodeAnalysis.Host.IWorkspaceConfigurationService", throwOnError: true)!;
        var getService = typeof(HostWorkspaceServices).GetMethods()
            .Single(m => m.Name == nameof(HostWorkspaceServices.GetService) && m.IsGenericMethod && m.GetParameters().Length == 0)
            .MakeGenericMethod(serviceType);
        var service = getService.Invoke(workspace.Services, null) ?? throw new InvalidOperationException("No workspace configuration service.");
        var options = serviceType.GetProperty("Options", BindingFlags.Public | BindingFlags.Instance)!.GetValue(service)!;
        var mode = options.GetType().GetProperty("SourceGeneratorExecution")!.GetValue(options);

        Assert.Equal("Automatic", mode?.ToString());
    }
}
