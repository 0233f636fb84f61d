using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Newsroom.Generator.Extraction;
using Newsroom.Generator.Extraction.Model;
using Xunit;

namespace Newsroom.Generator.Tests.Extraction;

/// <summary>The specification article end to end against its gold annotation (../shared/seeds, copied into Fixtures).</summary>
public class SeedGoldTests
{
    private static readonly ArticleModel Model = ArticleExtractor.Extract(Fixture.SeedText);
    private static readonly JsonElement Gold = JsonDocument.Parse(Fixture.SeedGoldJson).RootElement;

    public static IEnumerable<object[]> GoldQuotes() =>
        Gold.GetProperty("quotes").EnumerateArray().Select((q, i) => new object[] { i });

    [Theory]
    [MemberData(nameof(GoldQuotes))]
    public void Every_gold_quote_is_found_with_its_exact_span_speaker_verb_and_kind(int index)
    {
        var gold = Gold.GetProperty("quotes")[index];
        var start = gold.GetProperty("start").GetInt32();
        var end = gold.GetProperty("end").GetInt32();

        var quote = Assert.Single(Model.Quotes, q => q.Span.Start == start && q.Span.End == end);
        Assert.Equal(gold.GetProperty("text").GetString(), Model.Slice(quote.Span));
        Assert.Equal(gold.GetProperty("speaker").GetString(), quote.Speaker);
        Assert.Equal(gold.GetProperty("cue").GetString(), quote.Verb);
        Assert.Equal(gold.GetProperty("kind").GetString() == "direct" ? QuoteKind.Direct : QuoteKind.Partial, quote.Kind);
    }

    [Fact]
    public void There_are_no_other_quotes()
    {
        Assert.Equal(Gold.GetProperty("quotes").GetArrayLength(), Model.Quotes.Count(q => q.Kind != QuoteKind.Indirect));
    }

    public static IEnumerable<object[]> GoldIndirect() =>
        Gold.GetProperty("attributions").EnumerateArray().Where(a => !a.GetProperty("marked").GetBoolean())
            .Select(a => new object[] { a.GetProperty("start").GetInt32() });

    /// <summary>
    /// The seed's reported speech without quotation marks (its gold's attributions with <c>marked: false</c>): each is an
    /// indirect quote whose span is the gold content, whose speaker is the gold source (an organization for "the Biden
    /// administration") and whose verb ends the gold cue ("has said" gives "said").
    /// </summary>
    [Theory]
    [MemberData(nameof(GoldIndirect))]
    public void Every_gold_indirect_attribution_is_an_indirect_quote_with_its_content_speaker_and_verb(int start)
    {
        var gold = Gold.GetProperty("attributions").EnumerateArray().Single(a => a.GetProperty("start").GetInt32() == start);
        var quote = Assert.Single(Model.Quotes, q => q.Kind == QuoteKind.Indirect && q.Span.Start == start);
        Assert.Equal(gold.GetProperty("end").GetInt32(), quote.Span.End);
        Assert.Equal(gold.GetProperty("content").GetString(), Model.Slice(quote.Span));
        var source = gold.GetProperty("source").GetString()!;
        Assert.Equal(source.StartsWith("the ", System.StringComparison.Ordinal) ? source.Substring(4) : source, quote.Speaker);
        Assert.EndsWith(quote.Verb!, gold.GetProperty("cue").GetString());
    }

    [Fact]
    public void There_are_no_other_indirect_quotes_and_the_mixed_ones_stay_partial()
    {
        Assert.Equal(GoldIndirect().Count(), Model.Quotes.Count(q => q.Kind == QuoteKind.Indirect));
        // "Blinken said he would seek to “responsibly manage our relationship” by …": the marked runs are the quotes.
        Assert.Contains(Model.Quotes, q => q.Kind == QuoteKind.Partial && Model.Slice(q.Span) == "responsibly manage our relationship");
        Assert.DoesNotContain(Model.Quotes, q => q.Kind == QuoteKind.Indirect && Model.Slice(q.Span).Contains("seek to", System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_biden_administration_is_an_organization_not_joe_biden()
    {
        var body = Assert.Single(Model.Actors, a => a.Name == "Biden administration");
        Assert.Equal(ActorKind.Organization, body.Kind);
        Assert.Contains(Model.Actors, a => a.Name == "Joe Biden" && a.Kind == ActorKind.Person);
    }

    [Fact]
    public void People_are_exactly_the_gold_people()
    {
        var gold = Gold.GetProperty("people").EnumerateArray().Select(p => p.GetString()!).OrderBy(x => x).ToArray();
        var people = Model.Actors.Where(a => a.Kind == ActorKind.Person).Select(a => a.Name).OrderBy(x => x).ToArray();
        Assert.Equal(gold, people);
    }

    [Fact]
    public void Roles_are_the_gold_roles()
    {
        foreach (var role in Gold.GetProperty("roles").EnumerateObject())
        {
            var actor = Assert.Single(Model.Actors, a => a.Kind == ActorKind.Person && a.Name == role.Name);
            Assert.True(role.Value.GetString() == actor.Role, $"{role.Name}: expected role '{role.Value.GetString()}', got '{actor.Role}'");
        }
    }

    [Fact]
    public void Xi_told_Gates_gives_the_addressee()
    {
        foreach (var pair in Gold.GetProperty("addressees").EnumerateObject())
        {
            var quote = Assert.Single(Model.Quotes, q => Model.Slice(q.Span) == pair.Name);
            Assert.Equal(pair.Value.GetString(), quote.Addressee);
        }
    }

    [Fact]
    public void Credits_and_title_are_as_in_the_gold()
    {
        Assert.Equal(Gold.GetProperty("credits").EnumerateArray().Select(c => c.GetString()), Model.Credits);
        Assert.Null(Model.Headline);
        Assert.StartsWith("Anthony Blinken, the US secretary of state", Model.Slice(Model.Lede));
    }

    [Fact]
    public void Both_stray_marks_are_recorded_on_their_lines()
    {
        Assert.Equal(new[] { 15, 29 }, Model.StrayMarks.Select(s => s.Position.Line));
        Assert.All(Model.StrayMarks, s => Assert.Equal("”", s.Mark));
        Assert.All(Model.StrayMarks, s => Assert.Equal('”', Model.Text[s.Offset]));
    }

    [Fact]
    public void Surname_mentions_are_aliases_of_the_full_name()
    {
        foreach (var alias in Gold.GetProperty("aliases").EnumerateObject())
        {
            var actor = Assert.Single(Model.Actors, a => a.Name == alias.Name);
            foreach (var a in alias.Value.EnumerateArray()) Assert.Contains(a.GetString(), actor.Aliases);
        }
    }
}
