using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Generator.Tests.Generator;

/// <summary>
/// WPF's temporary assembly (the <c>_wpftmp</c> project, where the package's targets set <c>_NewsroomDeclarationsOnly</c>):
/// the XAML compiler reads the project's types from it and the assembly is thrown away, so the generator writes every
/// member as a field of the same name and type, without hovers, data or catalog, and reports nothing (the project's own
/// compilation reports the article's diagnostics). What the project's code names must still compile against it.
/// </summary>
public class DeclarationsOnlyTests
{
    // Two quotes by one speaker, an actor, and a stray closing mark (NWS001) that a build in place reports.
    private const string Library = """
        Library opens on Sunday mornings

        “We want the doors open when families are free,” said Mara Quint, the head librarian of Westford.

        “The reading room is full every Saturday,” Quint said, and the staff nodded.”
        """;

    private const string Consumer = """
        public static class Probe
        {
            public static object?[] Named() => new object?[]
            {
                Newsroom.Articles.LibraryOpensOnSundayMornings, Newsroom.Quotes.MaraQuint.WeWantTheDoorsOpen,
                Newsroom.Actors.MaraQuint, Newsroom.Articles.All.Count, Newsroom.Quotes.All.Count, Newsroom.Actors.All.Count,
            };
        }
        """;

    /// <summary>The generator on the article, over <paramref name="compilation"/> (default: <see cref="Consumer"/>), with
    /// <paramref name="settings"/> and, when given, <c>_NewsroomDeclarationsOnly</c> set to <paramref name="declarationsOnly"/>.</summary>
    private static GeneratorRun Run(string? declarationsOnly, Compilation? compilation = null, Dictionary<string, string>? settings = null)
    {
        var article = new InMemoryAdditionalText("/consumer/Articles/library.txt", Library);
        var global = new Dictionary<string, string>(settings ?? new());
        if (declarationsOnly is not null) global["build_property._NewsroomDeclarationsOnly"] = declarationsOnly;
        return GeneratorHarness.RunGenerator(compilation ?? GeneratorHarness.CreateCompilation(Consumer), new[] { article }, GeneratorHarness.ArticleOptions(new[] { article }, global));
    }

    /// <summary>The public static members of the generated classes under Articles, Quotes and Actors: "Type.Member: MemberType".</summary>
    private static string[] MembersOf(Compilation compilation)
    {
        var ns = compilation.Assembly.GlobalNamespace.GetNamespaceMembers().Single(n => n.Name == "Newsroom");
        IEnumerable<INamedTypeSymbol> Types(INamedTypeSymbol t) => new[] { t }.Concat(t.GetTypeMembers().SelectMany(Types));
        return ns.GetTypeMembers().Where(t => t.Name is "Articles" or "Quotes" or "Actors").SelectMany(Types)
            .SelectMany(t => t.GetMembers().Where(m => m.IsStatic && m.DeclaredAccessibility == Accessibility.Public && m is IFieldSymbol or IPropertySymbol)
                .Select(m => t.ToDisplayString() + "." + m.Name + ": " + (m is IFieldSymbol f ? f.Type : ((IPropertySymbol)m).Type).ToDisplayString()))
            .Order(StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public void Every_member_is_declared_with_its_name_and_type_and_nothing_is_reported_or_run()
    {
        var full = Run(declarationsOnly: null);
        var outline = Run(declarationsOnly: "true");

        Assert.Empty(outline.Exceptions);
        // In place, the article's stray mark is reported; in the temporary assembly, nothing at all, and the code compiles clean.
        Assert.Contains(full.GeneratorDiagnostics, d => d.Id == "NWS001");
        Assert.Empty(outline.Diagnostics);

        // The same members, each of the same type (a field here, a property in place), so code and XAML that name them bind.
        var members = MembersOf(full.OutputCompilation);
        Assert.Contains("Newsroom.Quotes.MaraQuint.WeWantTheDoorsOpen: Newsroom.Quote", members);
        Assert.Contains("Newsroom.Actors.MaraQuint: Newsroom.Actor", members);
        Assert.Contains("Newsroom.Articles.LibraryOpensOnSundayMornings: Newsroom.Article", members);
        Assert.Equal(members, MembersOf(outline.OutputCompilation));
        Assert.Contains(outline.GeneratedSources, s => s.SourceText.ToString().Contains("public static readonly global::Newsroom.Quote TheReadingRoomIsFull;", StringComparison.Ordinal));

        // No hover, no data, no catalog: nothing but declarations in the files of members.
        Assert.DoesNotContain(outline.GeneratedSources, s => s.HintName == "Newsroom.Catalog.g.cs");
        Assert.Contains(full.GeneratedSources, s => s.HintName == "Newsroom.Catalog.g.cs");
        var memberFiles = outline.GeneratedSources.Where(s => !s.HintName.StartsWith("Newsroom.Types.", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(memberFiles);
        Assert.All(memberFiles, s =>
        {
            var text = s.SourceText.ToString();
            Assert.DoesNotContain("///", text, StringComparison.Ordinal);
            Assert.DoesNotContain("=>", text, StringComparison.Ordinal);
            Assert.DoesNotContain("u8", text, StringComparison.Ordinal);
        });
        // The fixed types are the same as in place.
        Assert.Equal(full.GeneratedSources.Where(s => s.HintName.StartsWith("Newsroom.Types.", StringComparison.Ordinal)).Select(s => s.SourceText.ToString()),
            outline.GeneratedSources.Where(s => s.HintName.StartsWith("Newsroom.Types.", StringComparison.Ordinal)).Select(s => s.SourceText.ToString()));
    }

    /// <summary>
    /// The project's own code beside the generated members (its part of <c>Actors</c>, a static constructor), in a
    /// project that documents every public member (CS1591) with nullable warnings on: no warning in place, and none in
    /// the temporary assembly either, where the members are fields that are never given a value (a WPF build with
    /// warnings as errors would fail there).
    /// </summary>
    [Fact]
    public void The_projects_code_beside_the_declarations_gets_no_warning_the_build_in_place_does_not_give()
    {
        const string extension = """
            namespace Newsroom
            {
                /// <summary>The project's own actors.</summary>
                public static partial class Actors
                {
                    /// <summary>The head librarian.</summary>
                    public static Actor Lead { get; } = MaraQuint;

                    static Actors() { }
                }
            }
            """;
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(extension,
            GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose), path: "Source0.cs");
        var compilation = GeneratorHarness.CreateCompilation().AddSyntaxTrees(tree);

        Assert.Equal(["NWS001"], Run(declarationsOnly: null, compilation).Diagnostics.Select(d => d.Id).Distinct());
        Assert.Empty(Run(declarationsOnly: "true", compilation).Diagnostics);
    }

    [Fact]
    public void An_invalid_setting_is_reported_in_place_only()
    {
        var secret = new Dictionary<string, string> { ["build_property.NewsroomVisibility"] = "secret" };
        Assert.Contains(Run(declarationsOnly: null, settings: secret).GeneratorDiagnostics, d => d.Id == "NWS009");
        Assert.Empty(Run(declarationsOnly: "True", settings: secret).Diagnostics);   // the value in any case
    }
}
