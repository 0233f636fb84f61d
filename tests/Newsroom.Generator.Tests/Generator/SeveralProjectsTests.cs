using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Generator.Tests.Generator;

/// <summary>
/// Two projects with articles, one referencing the other: the referenced one keeps the default namespace, the
/// referencing one's types go to <c>{AssemblyName}.Newsroom</c> (NWS013, an info), so no type hides another (CS0436) and
/// both sets of articles can be used. A namespace the project sets is used as it is.
/// </summary>
public class SeveralProjectsTests
{
    private const string LibraryArticle = "Ferry returns\n\n“The ferry will run again on Monday,” said Lena Berg, the harbour master.\n";
    private const string AppArticle = "Council votes\n\n“We will not wait another winter,” said Ana Ruiz, the mayor of Eastport.\n";

    /// <summary>The library, compiled with its generated code into a reference, as a project reference gives it.</summary>
    private static MetadataReference Library()
    {
        var (texts, options) = GeneratorHarness.Articles(("/lib/Articles/ferry.txt", LibraryArticle));
        var run = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation("public static class LibraryMarker { }"), texts, options);
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        using var stream = new MemoryStream();
        var emit = run.OutputCompilation.WithAssemblyName("Harbour.Library").Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    private static GeneratorRun App(string consumer, IReadOnlyDictionary<string, string>? global = null)
    {
        var article = new InMemoryAdditionalText("/app/Articles/council.txt", AppArticle);
        var options = GeneratorHarness.ArticleOptions(new[] { article }, global ?? new Dictionary<string, string>());
        var compilation = GeneratorHarness.CreateCompilation(consumer).WithAssemblyName("Eastport-App.2").AddReferences(Library());
        return GeneratorHarness.RunGenerator(compilation, new[] { article }, options);
    }

    [Fact]
    public void The_referencing_project_gets_a_namespace_of_its_own_and_uses_both()
    {
        var run = App("""
            public static class Probe
            {
                public static string Run() =>
                    Newsroom.Articles.All[0].Quotes[0].Speaker!.Name + "|" + Eastport_App._2.Newsroom.Articles.All[0].Quotes[0].Speaker!.Name
                    + "|" + Newsroom.Quotes.LenaBerg.TheFerryWillRunAgain.Text + "|" + Eastport_App._2.Newsroom.Actors.AnaRuiz.Role;
            }
            """);

        Assert.Empty(run.Exceptions);
        var info = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "NWS013");
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Contains("Eastport_App._2.Newsroom", info.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("Harbour.Library", info.GetMessage(), StringComparison.Ordinal);
        Assert.All(run.GeneratedSources, s => Assert.Contains("namespace Eastport_App._2.Newsroom\n", s.SourceText.ToString().Replace("\r\n", "\n"), StringComparison.Ordinal));
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.Id.StartsWith("NWS", StringComparison.Ordinal)));
    }

    /// <summary>
    /// With NewsroomArticleAssembly the articles are compiled in an assembly named <c>{AssemblyName}.Newsroom</c>; the
    /// package's targets give the project's own name (<c>_NewsroomAssemblyName</c>), and the namespace is made from it.
    /// </summary>
    [Fact]
    public void The_namespace_of_its_own_is_made_from_the_project_s_assembly_name_when_the_targets_give_it()
    {
        var article = new InMemoryAdditionalText("/app/Articles/council.txt", AppArticle);
        var options = GeneratorHarness.ArticleOptions(new[] { article }, new Dictionary<string, string> { ["build_property._NewsroomAssemblyName"] = "Eastport-App.2" });
        var compilation = GeneratorHarness.CreateCompilation("public static class Probe { }").WithAssemblyName("Eastport-App.2.Newsroom").AddReferences(Library());
        var run = GeneratorHarness.RunGenerator(compilation, new[] { article }, options);

        var info = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "NWS013");
        Assert.Contains("Eastport_App._2.Newsroom", info.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain("Eastport_App._2.Newsroom.Newsroom", info.GetMessage(), StringComparison.Ordinal);
        Assert.All(run.GeneratedSources, s => Assert.Contains("namespace Eastport_App._2.Newsroom\n", s.SourceText.ToString().Replace("\r\n", "\n"), StringComparison.Ordinal));
    }

    [Fact]
    public void A_namespace_the_project_sets_is_used_as_it_is()
    {
        var run = App("public static class Probe { }", new Dictionary<string, string> { ["build_property.NewsroomNamespace"] = "Eastport.News" });

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "NWS013");
        Assert.Contains(run.GeneratedSources, s => s.SourceText.ToString().Contains("namespace Eastport.News\n", StringComparison.Ordinal));
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.Id.StartsWith("NWS", StringComparison.Ordinal)));
    }

    [Fact]
    public void Without_a_Newsroom_reference_the_namespace_is_the_default()
    {
        var article = new InMemoryAdditionalText("/app/Articles/council.txt", AppArticle);
        var run = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation("public static class Probe { }"), new[] { article }, GeneratorHarness.ArticleOptions(article));

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "NWS013");
        Assert.All(run.GeneratedSources, s => Assert.Contains("namespace Newsroom\n", s.SourceText.ToString().Replace("\r\n", "\n"), StringComparison.Ordinal));
    }
}
