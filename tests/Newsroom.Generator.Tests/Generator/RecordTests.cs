using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Generator.Tests.Generator;

/// <summary>
/// <c>Article</c>, <c>Quote</c> and <c>Actor</c> are records whose equality means what the README says (an article is
/// its file and text, a quote its article, span and kind, an actor its kind and name), never walks the
/// Article ↔ Quote ↔ Actor graph, and whose <c>ToString</c>, <c>with</c> and deconstruction behave. Run on the seed
/// article, compiled and executed as a consumer would.
/// </summary>
public class RecordTests
{
    private const string Probe = """
        using System.Collections.Generic;
        using System.Linq;
        using System.Text;
        using Newsroom;

        public static class Probe
        {
            public static string Run()
            {
                var sb = new StringBuilder();
                void Line(string name, object? value) => sb.Append(name).Append('=').Append(value).Append('\n');

                var article = Articles.All[0];
                var copy = article with { };
                Line("article.copy", $"{copy.Equals(article)} {copy == article} {ReferenceEquals(copy, article)} {copy.GetHashCode() == article.GetHashCode()}");

                var quote = Quotes.AnthonyBlinken.IntenseCompetitionRequiresSustainedDiplomacy;
                var reattributed = quote with { Speaker = Actors.XiJinping, Verb = "wrote" };
                Line("quote.with", $"{reattributed == quote} {reattributed.GetHashCode() == quote.GetHashCode()} {reattributed.Speaker!.Name} {quote.Speaker!.Name} {reattributed.Verb}");
                Line("quote.other", quote == article.Quotes[0]);

                // Every quote copied is the same quote; a set of all quotes and their copies has each once.
                var set = new HashSet<Quote>(Quotes.All);
                foreach (var q in Quotes.All) set.Add(q with { Speaker = null });
                Line("set", $"{set.Count} {Quotes.All.Count} {Quotes.All.All(q => set.Contains(q with { }))}");

                // Actors as dictionary keys: a copy with another role finds the same entry.
                var bySpeaker = new Dictionary<Actor, int>();
                foreach (var q in Quotes.All.Where(q => q.Speaker is not null)) bySpeaker[q.Speaker!] = bySpeaker.TryGetValue(q.Speaker!, out var n) ? n + 1 : 1;
                Line("dict", bySpeaker[Actors.AnthonyBlinken with { Role = "diplomat" }]);
                Line("actor.with", $"{(Actors.AnthonyBlinken with { Role = "diplomat" }).Role} {Actors.AnthonyBlinken.Role}");
                Line("actor.other", Actors.AnthonyBlinken.Equals(Actors.XiJinping));

                var (text, speaker) = quote;
                Line("deconstruct2", text.Substring(0, 19) + "|" + speaker!.Name);
                var (_, _, verb) = quote;
                Line("deconstruct3", verb);
                var (name, kind) = Actors.XiJinping;
                Line("deconstruct.actor", name + "|" + kind);

                Line("tostring.quote", quote);
                Line("tostring.actor", Actors.XiJinping);
                Line("tostring.article", article);
                Line("tostring.span", quote.Span);
                // Every ToString is one line and short: no record prints another's quotes or articles.
                var all = Quotes.All.Select(q => q.ToString()).Concat(Actors.All.Select(a => a.ToString())).Concat(Articles.All.Select(a => a.ToString())).ToArray();
                Line("tostring.lines", all.All(s => !s.Contains('\n') && s.Length < 1000));
                return sb.ToString();
            }
        }
        """;

    private static string[] Run()
    {
        var (texts, options) = GeneratorHarness.Articles(("/consumer/Articles/" + Fixture.SeedFileName, Fixture.SeedText));
        var run = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation(Probe), texts, options);
        Assert.Empty(run.Exceptions);
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id.StartsWith("CS", StringComparison.Ordinal)));
        return CompilationTests.Execute(run.OutputCompilation).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void Records_compare_by_what_they_are_and_behave_in_sets_dictionaries_with_and_deconstruction()
    {
        var lines = Run();

        Assert.Contains("article.copy=True True False True", lines);
        // A corrected attribution is still the same quote; the original keeps its speaker.
        Assert.Contains("quote.with=True True Xi Jinping Anthony Blinken wrote", lines);
        Assert.Contains("quote.other=False", lines);
        Assert.Contains("set=17 17 True", lines);   // the seed's 14 quotes and 3 indirect ones, each once
        Assert.Contains("dict=3", lines);           // Blinken's three quotes (the gold), found through a copy
        Assert.Contains("actor.with=diplomat US secretary of state", lines);
        Assert.Contains("actor.other=False", lines);
        Assert.Contains("deconstruct2=Intense competition|Anthony Blinken", lines);
        Assert.Contains("deconstruct3=said", lines);
        Assert.Contains("deconstruct.actor=Xi Jinping|Person", lines);
    }

    [Fact]
    public void ToString_shows_the_data_on_one_line_and_never_recurses()
    {
        var lines = Run();

        Assert.Contains(
            "tostring.quote=Quote { Kind = Direct, Text = “Intense competition requires sustained diplomacy to ensure that competition does not veer into confrontation or conflict,”, "
            + "Speaker = Anthony Blinken, Source = he, Verb = said, Line = 11, Article = 000_94ea7bb9e4850890.txt }",
            lines);
        Assert.Contains("tostring.actor=Actor { Name = Xi Jinping, Kind = Person, Role = President, Aliases = [Xi], Mentions = 4 }", lines);
        Assert.Contains(lines, l => l.StartsWith("tostring.article=Article { FileName = 000_94ea7bb9e4850890.txt, Headline = , Quotes.Count = 17, Actors.Count = ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("tostring.span=(11,2) [", StringComparison.Ordinal));
        Assert.Contains("tostring.lines=True", lines);
    }
}
