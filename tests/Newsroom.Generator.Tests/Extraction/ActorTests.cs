using System.Linq;
using Newsroom.Generator.Extraction.Model;
using Xunit;

namespace Newsroom.Generator.Tests.Extraction;

/// <summary>People, organizations and places; roles and aliases; and what is not a person.</summary>
public class ActorTests
{
    [Fact]
    public void Roles_from_appositives_premodifiers_and_relative_clauses()
    {
        var m = Extract.From(
            "Lena Berg, the Norwegian health minister, opened the clinic.\n\n" +
            "Acme Corp co-founder Sam Okoro attended.\n\n" +
            "Norway’s trade minister, Karl Weiss, did not.\n\n" +
            "Tom Reyes, who is now chairman of the Harbour Authority, spoke last.");
        Assert.Equal("Norwegian health minister", m.Actor("Lena Berg").Role);
        Assert.Equal("Acme Corp co-founder", m.Actor("Sam Okoro").Role);
        Assert.Equal("Norway’s trade minister", m.Actor("Karl Weiss").Role);
        Assert.Equal("chairman of the Harbour Authority", m.Actor("Tom Reyes").Role);
    }

    [Fact]
    public void No_false_people()
    {
        var m = Extract.From(
            "In January, President Lena Berg visited France. After the visit, the President met the United Nations.\n\n" +
            "On Monday, Berg flew to the United States and then to the US Senate.");
        Assert.Equal(new[] { "Lena Berg" }, m.People());
    }

    [Fact]
    public void US_and_United_States_are_one_place()
    {
        var m = Extract.From("The United States sent aid. US officials said more would follow.");
        var us = m.Actor("United States");
        Assert.Equal(ActorKind.Place, us.Kind);
        Assert.Contains("US", us.Aliases);
    }

    [Fact]
    public void Surname_mentions_attach_to_the_full_name_and_count()
    {
        var m = Extract.From("Lena Berg opened the clinic. Berg said little. Later, Berg left.");
        var berg = m.Actor("Lena Berg");
        Assert.Equal(3, berg.Mentions);
        Assert.Contains("Berg", berg.Aliases);
        Assert.Single(m.People());
    }

    [Fact]
    public void Organizations_from_keywords_and_known_names()
    {
        var m = Extract.From("The Harbour Authority and Microsoft signed a deal with the Finance Ministry.");
        Assert.All(new[] { "Harbour Authority", "Microsoft", "Finance Ministry" },
            name => Assert.Equal(ActorKind.Organization, m.Actor(name).Kind));
    }

    [Fact]
    public void Non_ascii_and_particle_names_are_kept_whole()
    {
        var m = Extract.From("“We stay,” said José Martí. “We go,” said Nguyễn Phú Trọng. Bashar al-Assad did not comment.");
        Assert.Equal("José Martí", m.Quote("We stay,").Speaker);
        Assert.Equal("Nguyễn Phú Trọng", m.Quote("We go,").Speaker);
        Assert.Contains("Bashar al-Assad", m.People());
    }
}
