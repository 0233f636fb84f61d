using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Generator.Tests.Generator;

/// <summary>
/// The generated runtime is data-driven and lazy: each article is made from its data when first reached, so counting
/// the articles, touching one, or asking one actor for its quotes loads no article it does not need.
/// </summary>
public class RuntimeTests
{
    private const string Council = """
        Council votes on harbour budget

        EASTPORT — The city council approved the harbour budget on Tuesday after a long debate.

        “We will not wait another winter for the repairs,” said Ana Ruiz, the mayor of Eastport.

        Tom Reyes, who leads the opposition, said the plan was “too expensive by half”.
        """;

    private const string Probe = """
        using System.Linq;
        using System.Reflection;
        using System.Text;
        using Newsroom;

        public static class Probe
        {
            // Whether an article's member has made its Article yet (the generated field behind the member).
            private static bool Loaded(string member) =>
                typeof(Articles).GetField("__a_" + member, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null) is not null;

            private static string State() =>
                (Loaded("AnthonyBlinkenTheUSSecretaryOfStateArrived") ? "A" : "-") + (Loaded("CouncilVotesOnHarbourBudget") ? "C" : "-");

            public static string Run()
            {
                var sb = new StringBuilder();
                sb.Append("start=").Append(State()).Append('\n');
                sb.Append("count=").Append(Articles.All.Count).Append(' ').Append(State()).Append('\n');
                var council = Articles.ByFileName("council.txt")!;
                sb.Append("byname=").Append(council.Headline).Append(' ').Append(State()).Append('\n');
                var ruiz = Actors.AnaRuiz;
                sb.Append("ruiz=").Append(ruiz.Quotes.Count).Append(' ').Append(ruiz.Articles.Count).Append(' ').Append(State()).Append('\n');
                sb.Append("same=").Append(ReferenceEquals(council, Articles.All[1])).Append(ReferenceEquals(ruiz.Quotes[0].Speaker, ruiz)).Append('\n');
                sb.Append("xi=").Append(Actors.XiJinping.Quotes.Count).Append(' ').Append(State()).Append('\n');
                sb.Append("all=").Append(Quotes.All.Count).Append(' ').Append(Articles.All.Sum(a => a.Quotes.Count)).Append('\n');
                sb.Append("member=").Append(ReferenceEquals(Articles.AnthonyBlinkenTheUSSecretaryOfStateArrived, Articles.All[0])).Append('\n');
                return sb.ToString();
            }
        }
        """;

    [Fact]
    public void Counting_touching_one_article_or_one_actor_loads_only_what_it_needs()
    {
        var (texts, options) = GeneratorHarness.Articles(
            ("/consumer/Articles/" + Fixture.SeedFileName, Fixture.SeedText),
            ("/consumer/Articles/council.txt", Council));
        var run = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation(Probe), texts, options);
        Assert.Empty(run.Exceptions);
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));

        var lines = CompilationTests.Execute(run.OutputCompilation).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("start=--", lines[0]);
        Assert.Equal("count=2 --", lines[1]);                                   // the catalog knows the count
        Assert.Equal("byname=Council votes on harbour budget -C", lines[2]);    // file names are catalog data too
        Assert.Equal("ruiz=1 1 -C", lines[3]);                                  // her quotes: only the article naming her
        Assert.Equal("same=TrueTrue", lines[4]);
        Assert.Equal("xi=3 AC", lines[5]);                                      // the seed's gold gives Xi three quotes
        Assert.Equal("all=19 19", lines[6]);                                    // 14 and 3 indirect in the seed, 2 in the council story
        Assert.Equal("member=True", lines[7]);
    }

    [Fact]
    public void Every_article_is_reached_by_its_index_past_the_first_block_of_the_catalog_switch()
    {
        // The catalog reaches article i through a switch on i / 64, then on i: 130 articles span three blocks.
        var articles = Enumerable.Range(0, 130)
            .Select(i => ($"/consumer/Articles/a{i:D3}.txt", $"Story number {i}\n\n“Item {i} is here,” said Ana Ruiz."))
            .ToArray();
        var (texts, options) = GeneratorHarness.Articles(articles);
        const string probe = """
            using System.Linq;
            using Newsroom;

            public static class Probe
            {
                public static string Run() => string.Join(",", Articles.All.Select((a, i) => a.FileName == $"a{i:D3}.txt" && a.Quotes[0].Text == $"Item {i} is here," ? "" : i.ToString()).Where(s => s.Length > 0))
                    + "|" + Articles.All.Count + "|" + ReferenceEquals(Articles.All[129], Articles.ByFileName("a129.txt")) + "|" + Actors.AnaRuiz.Quotes.Count;
            }
            """;
        var run = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation(probe), texts, options, trackSteps: false);
        Assert.Empty(run.Exceptions);

        Assert.Equal("|130|True|130", CompilationTests.Execute(run.OutputCompilation));
    }

    [Fact]
    public void A_quote_member_is_its_articles_quote_and_loads_that_article_only()
    {
        // Ana Ruiz is quoted in 130 articles, second in each: her class's table must send every member to its article.
        var articles = Enumerable.Range(0, 130)
            .Select(i => ($"/consumer/Articles/a{i:D3}.txt", $"Story number {i}\n\n“Boats are back,” said Tom Reyes.\n\n“Item {i} is here,” said Ana Ruiz."))
            .ToArray();
        var (texts, options) = GeneratorHarness.Articles(articles);
        const string probe = """
            using System.Linq;
            using System.Reflection;
            using Newsroom;

            public static class Probe
            {
                private static int Loaded() => typeof(Articles).GetFields(BindingFlags.NonPublic | BindingFlags.Static)
                    .Count(f => f.Name.StartsWith("__a_") && f.GetValue(null) is not null);

                public static string Run()
                {
                    var members = typeof(Quotes.AnaRuiz).GetProperties(BindingFlags.Public | BindingFlags.Static);
                    var first = (Quote)members[77].GetValue(null)!;
                    var loaded = Loaded();
                    var wrong = members.Select(m => (Quote)m.GetValue(null)!)
                        .Where(q => !ReferenceEquals(q, Articles.ByFileName("a" + int.Parse(q.Text.Split(' ')[1]).ToString("D3") + ".txt")!.Quotes[1]))
                        .Count();
                    var distinct = members.Select(m => ((Quote)m.GetValue(null)!).Text).Distinct().Count();
                    return members.Length + "|" + loaded + "|" + wrong + "|" + distinct + "|" + ReferenceEquals(first, members[77].GetValue(null));
                }
            }
            """;
        var run = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation(probe), texts, options, trackSteps: false);
        Assert.Empty(run.Exceptions);
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));

        // 130 members; the first one asked for loaded its article and no other; every member is its article's second
        // quote (the same object); all 130 different; asked again, the same object.
        Assert.Equal("130|1|0|130|True", CompilationTests.Execute(run.OutputCompilation));
    }
}
