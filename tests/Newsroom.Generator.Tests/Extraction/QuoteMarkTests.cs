using System.Linq;
using Xunit;

namespace Newsroom.Generator.Tests.Extraction;

/// <summary>Pairing quotation marks, multi-paragraph quotes and stray marks.</summary>
public class QuoteMarkTests
{
    [Theory]
    [InlineData("“We will rebuild the school,” said Mayor Ana Ruiz.")]
    [InlineData("\"We will rebuild the school,\" said Mayor Ana Ruiz.")]
    [InlineData("«We will rebuild the school,» said Mayor Ana Ruiz.")]
    [InlineData("„We will rebuild the school,“ said Mayor Ana Ruiz.")]
    public void Every_kind_of_double_mark_is_paired(string paragraph)
    {
        var m = Extract.From(paragraph);
        var q = m.Quote("We will rebuild the school,");
        Assert.Equal("Ana Ruiz", q.Speaker);
        Assert.Empty(m.StrayMarks);
    }

    [Fact]
    public void Single_quotes_inside_a_quote_stay_inside_it()
    {
        var m = Extract.From("“They told us ‘wait and see’ for a year,” said Tom Reyes.");
        Assert.Equal(new[] { "They told us ‘wait and see’ for a year," }, m.QuoteTexts());
    }

    [Fact]
    public void A_quote_reopened_at_each_paragraph_is_one_quote_per_paragraph_with_one_speaker()
    {
        var m = Extract.From("Coach Ana Lima said: “We trained all winter.\n\n“We deserved this.\n\n“Next year we go again.”\n");
        Assert.Equal(new[] { "We trained all winter.", "We deserved this.", "Next year we go again." }, m.QuoteTexts());
        Assert.All(m.Quotes, q => Assert.Equal("Ana Lima", q.Speaker));
        Assert.Empty(m.StrayMarks);
    }

    [Fact]
    public void A_closing_mark_with_no_opening_one_is_recovered_in_its_paragraph_and_recorded()
    {
        var text = "Tom Reyes said the vote was “close”. We will count again tomorrow.”\n\nThe count went on.\n\n“It was fair,” said Ana Lima.";
        var m = Extract.From(text);
        Assert.Equal(new[] { "close", "We will count again tomorrow.", "It was fair," }, m.QuoteTexts());
        var stray = Assert.Single(m.StrayMarks);
        Assert.Equal(1, stray.Position.Line);
        Assert.Equal(text.IndexOf("tomorrow.”") + "tomorrow.".Length, stray.Offset);
        Assert.Equal("Ana Lima", m.Quote("It was fair,").Speaker);
    }

    [Fact]
    public void An_opening_mark_that_never_closes_ends_at_its_paragraph_and_does_not_derail_the_next()
    {
        var m = Extract.From("Tom Reyes said: “We will count again tomorrow.\n\nThe count went on.\n\n“It was fair,” said Ana Lima.");
        Assert.Equal(new[] { "We will count again tomorrow.", "It was fair," }, m.QuoteTexts());
        Assert.Single(m.StrayMarks);
        Assert.Equal("Ana Lima", m.Quote("It was fair,").Speaker);
    }

    [Fact]
    public void Thousands_of_unbalanced_marks_stay_local()
    {
        var noise = string.Concat(Enumerable.Repeat("a ” b “ c \" ", 3000));
        var m = Extract.From(noise + "\n\n“It was fair,” said Ana Lima.");
        Assert.Equal("Ana Lima", m.Quote("It was fair,").Speaker);
    }

    [Fact]
    public void A_closing_mark_typed_as_the_opening_one_still_opens()
    {
        var m = Extract.From("”We will rebuild,” said Mayor Ana Ruiz.");
        Assert.Equal("We will rebuild,", Assert.Single(m.QuoteTexts()));
    }

    [Theory]
    [InlineData("She starred in the film “The Long Road Home” last year.")]
    [InlineData("The ship, nicknamed “Big Blue”, sailed at dawn.")]
    public void Titles_and_nicknames_are_not_quotes(string paragraph)
    {
        Assert.Empty(Extract.From(paragraph).Quotes);
    }

    [Fact]
    public void Direct_and_partial_quotes_are_told_apart()
    {
        var m = Extract.From("Tom Reyes said the plan would “fix the roads for good”. “It is the best plan we have had,” he added.");
        Assert.Equal(Newsroom.Generator.Extraction.Model.QuoteKind.Partial, m.Quote("fix the roads for good").Kind);
        Assert.Equal(Newsroom.Generator.Extraction.Model.QuoteKind.Direct, m.Quote("It is the best plan we have had,").Kind);
    }
}
