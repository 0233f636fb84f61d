using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Generator.Tests.InfrastructureTests;

public sealed class RoslynObjectWalkerTests
{
    private sealed record Mention(string Name, Location Where);

    private sealed record Story(string Title, Mention[] Mentions);

    private sealed class Cyclic
    {
        public Cyclic? Next;
        public List<object> Others = [];
    }

    private sealed record Plain(string Text, int Count, EquatableArray<string> Words, (int, string) Pair, ImmutableArray<int> Empty);

    private static Location SomeLocation() =>
        Location.Create("story.txt", new TextSpan(0, 3), new LinePositionSpan(new(0, 0), new(0, 3)));

    [Fact]
    public void Finds_a_location_in_a_record_inside_an_array()
    {
        var story = new Story("Title", [new Mention("A", Location.None), new Mention("B", SomeLocation())]);

        var findings = RoslynObjectWalker.FindRoslynObjects(story, "story");

        Assert.Equal(
            ["story.Mentions[0].Where (NoLocation)", "story.Mentions[1].Where (ExternalFileLocation)"],
            findings);
    }

    [Fact]
    public void Terminates_on_cycles()
    {
        var a = new Cyclic();
        var b = new Cyclic { Next = a };
        a.Next = b;
        a.Others.Add(a);
        a.Others.Add(b);

        Assert.Empty(RoslynObjectWalker.FindRoslynObjects(a));

        b.Others.Add(SomeLocation());
        Assert.Equal(["value.Next.Others[0] (ExternalFileLocation)"], RoslynObjectWalker.FindRoslynObjects(a));
    }

    [Fact]
    public void Plain_data_is_clean()
    {
        var value = new Plain("t", 3, new EquatableArray<string>(["a", "b"]), (1, "x"), default);
        Assert.Empty(RoslynObjectWalker.FindRoslynObjects(value));
    }

    [Fact]
    public void Finds_syntax_compilation_and_symbols_through_tuples_and_collections()
    {
        var tree = CSharpSyntaxTree.ParseText("class C { }");
        var compilation = GeneratorHarness.CreateCompilation("class D { }");
        var symbol = compilation.GetTypeByMetadataName("D")!;
        var value = (
            Tree: tree,
            Nodes: ImmutableArray.Create<object>(tree.GetRoot()),
            Map: new Dictionary<string, object> { ["symbol"] = symbol },
            Tuple: System.Tuple.Create(compilation));

        var findings = RoslynObjectWalker.FindRoslynObjects(value);

        Assert.Contains(findings, f => f.StartsWith("value.Item1 "));
        Assert.Contains(findings, f => f.StartsWith("value.Item2") && f.Contains("CompilationUnitSyntax"));
        Assert.Contains(findings, f => f.StartsWith("value.Item3") && f.Contains("Symbol"));
        Assert.Contains(findings, f => f.StartsWith("value.Item4.") && f.Contains("CSharpCompilation"));
    }
}
