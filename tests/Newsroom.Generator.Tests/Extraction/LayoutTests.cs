using Xunit;

namespace Newsroom.Generator.Tests.Extraction;

/// <summary>Headline, date line, byline, wire datelines, paragraphs, lede and credits. Fixtures are our own sentences.</summary>
public class LayoutTests
{
    [Fact]
    public void A_short_first_line_without_a_period_followed_by_a_blank_line_is_the_headline()
    {
        var m = Extract.From("Harbour bridge reopens after repairs\n\nThe bridge reopened on Monday.\n");
        Assert.Equal("Harbour bridge reopens after repairs", m.Slice(m.Headline!.Value));
        Assert.Equal("The bridge reopened on Monday.", m.Slice(m.Lede));
        Assert.Single(m.Paragraphs);
    }

    [Fact]
    public void A_first_paragraph_that_ends_with_a_period_is_not_a_headline()
    {
        var m = Extract.From("The bridge reopened on Monday.\n\nTraffic was light.\n");
        Assert.Null(m.Headline);
        Assert.Equal(2, m.Paragraphs.Count);
    }

    [Theory]
    [InlineData("WASHINGTON (AP) — The senator said nothing.", "WASHINGTON (AP) —")]
    [InlineData("Washington (AFP) – The senator said nothing.", "Washington (AFP) –")]
    [InlineData("BEIJING, June 18 (Reuters) - The senator said nothing.", "BEIJING, June 18 (Reuters) -")]
    [InlineData("NEW YORK — The senator said nothing.", "NEW YORK —")]
    public void Wire_datelines_are_taken_off_the_lede(string lede, string dateline)
    {
        var m = Extract.From("Senator silent\n\n" + lede + "\n\nMore text here.\n");
        Assert.Equal(dateline, m.Slice(m.Dateline!.Value));
        Assert.Equal("The senator said nothing.", m.Slice(m.Lede));
    }

    [Fact]
    public void A_date_line_and_a_byline_after_the_headline_are_not_body_paragraphs()
    {
        var m = Extract.From("Floods close schools\n\nFriday, January 4, 2019\n\nBy Jane Doe and John Roe, Associated Press\n\nRain fell all night.\n");
        Assert.Equal("Friday, January 4, 2019", m.Slice(m.Dateline!.Value));
        Assert.Equal("Jane Doe and John Roe", m.Byline);
        Assert.Equal("Rain fell all night.", m.Slice(Assert.Single(m.Paragraphs)));
    }

    [Theory]
    [InlineData("With AFP and Reuters", new[] { "AFP", "Reuters" })]
    [InlineData("(Reporting by Jane Doe; Editing by John Roe and Ann Poe)", new[] { "Jane Doe", "John Roe", "Ann Poe" })]
    public void Credit_lines_at_the_end_give_credits(string line, string[] credits)
    {
        var m = Extract.From("Markets fall\n\nShares fell sharply on Tuesday.\n\n" + line + "\n");
        Assert.Equal(credits, m.Credits);
        Assert.Single(m.Paragraphs);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Paragraphs_and_positions_are_the_same_whatever_the_line_endings(string eol)
    {
        var text = "Storm nears coast" + eol + eol + "The storm grew overnight." + eol + eol + "“Stay inside,” said Mayor Ana Ruiz.";
        var m = Extract.From(text);
        Assert.Equal(new[] { "The storm grew overnight.", "“Stay inside,” said Mayor Ana Ruiz." }, System.Linq.Enumerable.Select(m.Paragraphs, p => m.Slice(p)));
        var q = m.Quote("Stay inside,");
        Assert.Equal(5, q.Position.Line);
        Assert.Equal(2, q.Position.Column);
        Assert.Equal("Ana Ruiz", q.Speaker);
    }

    [Fact]
    public void Without_blank_lines_every_line_is_a_paragraph()
    {
        var m = Extract.From("The storm grew overnight.\nSchools closed early.\nRoads flooded.");
        Assert.Equal(3, m.Paragraphs.Count);
    }
}
