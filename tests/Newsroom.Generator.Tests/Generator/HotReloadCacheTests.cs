using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Newsroom.Generator.Tests.Infrastructure;
using Xunit;

namespace Newsroom.Generator.Tests.Generator;

/// <summary>
/// What the hot-reload handler does to the generated caches, without a real update: after <c>ClearCache</c> (what the
/// runtime calls once it applied an update) every cache is made again on next access, and what the app kept from
/// before (an actor, the article list) answers as the same thing does now. <c>HotReloadTests</c> drives a real update.
/// </summary>
public class HotReloadCacheTests
{
    private const string Probe = """
        using System.Linq;
        using System.Text;
        using Newsroom;

        public static class Probe
        {
            public static string Run()
            {
                var sb = new StringBuilder();
                var blinken = Actors.AnthonyBlinken;
                var list = Articles.All;
                var all = Quotes.All;
                var quote = Quotes.AnthonyBlinken.IntenseCompetitionRequiresSustainedDiplomacy;
                var article = list[0];

                __HotReload.ClearCache(null);

                sb.Append("actor=").Append(ReferenceEquals(blinken, Actors.AnthonyBlinken)).Append(' ').Append(blinken == Actors.AnthonyBlinken)
                  .Append(' ').Append(blinken.Quotes.Count).Append(' ').Append(ReferenceEquals(blinken.Quotes[0], Actors.AnthonyBlinken.Quotes[0])).Append('\n');
                sb.Append("list=").Append(ReferenceEquals(list, Articles.All)).Append(' ').Append(ReferenceEquals(list[0], Articles.All[0]))
                  .Append(' ').Append(ReferenceEquals(article, list[0])).Append(' ').Append(article == list[0]).Append('\n');
                sb.Append("quotes=").Append(ReferenceEquals(all, Quotes.All)).Append(' ').Append(Quotes.All.Count == all.Count).Append('\n');
                var again = Quotes.AnthonyBlinken.IntenseCompetitionRequiresSustainedDiplomacy;
                sb.Append("member=").Append(ReferenceEquals(quote, again)).Append(' ').Append(quote == again).Append(' ')
                  .Append(ReferenceEquals(again, Articles.All[0].Quotes[again.Index])).Append('\n');
                return sb.ToString();
            }
        }
        """;

    [Fact]
    public void After_an_update_every_cache_is_made_again_and_what_was_kept_answers_as_now()
    {
        var (texts, options) = GeneratorHarness.Articles(("/consumer/Articles/" + Fixture.SeedFileName, Fixture.SeedText));
        var run = GeneratorHarness.RunGenerator(GeneratorHarness.CreateCompilation(Probe), texts, options);
        Assert.Empty(run.Exceptions);
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));

        var lines = CompilationTests.Execute(run.OutputCompilation).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // A new actor, equal to the one kept; the kept one's quotes are the new one's (Blinken's three, the gold's).
        Assert.Contains("actor=False True 3 True", lines);
        // A new list; the kept list gives the current article for its position; the kept article is an old, equal object.
        Assert.Contains("list=False True False True", lines);
        Assert.Contains("quotes=False True", lines);
        // The quote member's table is made again: a new, equal quote, the one the current article holds.
        Assert.Contains("member=False True True", lines);
    }
}
