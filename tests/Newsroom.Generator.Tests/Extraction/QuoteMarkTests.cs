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

    private static string[] MarkedQuotes(string text)
    {
        var m = Extract.From(text);
        return m.Quotes.Where(q => q.Kind != Newsroom.Generator.Extraction.Model.QuoteKind.Indirect).Select(q => m.Slice(q.Span)).ToArray();
    }

    [Fact]
    public void A_markup_attribute_value_is_not_a_quote()
    {
        Assert.Equal(new[] { "The bridge opens in May," },
            MarkedQuotes("<post author=\"anaruiz\" id=\"4471\">“The bridge opens in May,” said Mayor Ana Ruiz.</post>"));
    }

    [Theory]
    [InlineData("The council approved a program called “clean streets” on Monday.")]
    [InlineData("Storms like this one are often called “cold fronts” in the north.")]
    [InlineData("The ferry, dubbed “the blue lady” by locals, sailed at dawn.")]
    [InlineData("The mill was once known as “the old works” in the valley.")]
    public void A_name_given_by_a_passive_or_reduced_naming_verb_is_not_a_quote(string paragraph)
    {
        Assert.Empty(MarkedQuotes(paragraph));
    }

    [Fact]
    public void A_naming_verb_with_a_subject_reports_speech()
    {
        var m = Extract.From("Mayor Ana Ruiz called the plan “a costly mistake” on Monday.");
        Assert.Equal("Ana Ruiz", m.Quote("a costly mistake").Speaker);
    }

    [Theory]
    [InlineData("The term “mixed use” is not defined in the zoning law.")]
    [InlineData("The harbour project adopted the slogan “open water” last spring.")]
    public void A_word_as_a_word_is_not_a_quote(string paragraph)
    {
        Assert.Empty(MarkedQuotes(paragraph));
    }

    [Fact]
    public void Title_case_words_nobody_is_said_to_say_are_a_name()
    {
        Assert.Empty(MarkedQuotes("Ana Ruiz received the “Citizen of the Year” award in May."));
        Assert.Equal(new[] { "We will win," }, MarkedQuotes("“We will win,” Tom Reyes told the “Morning Hour” show on Sunday."));
    }

    [Fact]
    public void Title_case_words_after_a_reporting_verb_are_speech()
    {
        Assert.Equal(new[] { "Build The Bridge" }, MarkedQuotes("The fishermen chanted “Build The Bridge” outside the town hall."));
        Assert.Empty(MarkedQuotes("Their banner “Build The Bridge” hung outside the town hall."));
    }

    [Fact]
    public void A_title_case_sentence_of_its_own_is_speech()
    {
        var m = Extract.From("“No,” said Tom Reyes. “Never.”");
        Assert.Equal("Tom Reyes", m.Quote("Never.").Speaker);
    }

    [Fact]
    public void One_word_that_nobody_is_said_to_say_is_not_a_quote()
    {
        Assert.Empty(MarkedQuotes("It was a “historic” morning for the small harbour town."));
    }

    [Fact]
    public void A_short_scare_quote_with_no_speech_cue_or_speaker_in_its_sentence_is_not_a_quote()
    {
        Assert.Empty(MarkedQuotes("By the evening the storm had become a “tropical depression” over the bay."));
    }

    [Fact]
    public void A_transcript_label_names_no_speaker_of_a_short_scare_quote_in_its_first_sentence()
    {
        var m = Extract.From("Skipper talks about the harbour\n\n((WN)) What was the rule on board?\n\n" +
            "((Jane Roe)) Oh, the classic “no phones”, and that was it. We said “never again” after that.\n\n((WN)) Thanks.");
        // "no phones" is a term in Jane Roe's own answer; "never again" has a reporting verb and stays hers.
        Assert.Equal(new[] { "never again" }, m.QuoteTexts());
        Assert.Equal("Jane Roe", m.Quote("never again").Speaker);
    }

    [Fact]
    public void A_short_partial_quote_with_a_reporting_verb_in_its_sentence_is_kept()
    {
        var m = Extract.From("Tom Reyes said the storm was “not that bad” for the harbour.");
        Assert.Equal("Tom Reyes", m.Quote("not that bad").Speaker);
    }

    [Fact]
    public void Direct_and_partial_quotes_are_told_apart()
    {
        var m = Extract.From("Tom Reyes said the plan would “fix the roads for good”. “It is the best plan we have had,” he added.");
        Assert.Equal(Newsroom.Generator.Extraction.Model.QuoteKind.Partial, m.Quote("fix the roads for good").Kind);
        Assert.Equal(Newsroom.Generator.Extraction.Model.QuoteKind.Direct, m.Quote("It is the best plan we have had,").Kind);
    }

    [Fact]
    public void Words_someone_would_say_if_something_happened_are_not_a_quote()
    {
        var m = Extract.From("Repairs\n\n((Jane Roe)) If you try to fix it yourself, the seller tells you, “The warranty is void.” "
            + "And if your friend says “can I borrow it?”, you'd say “I'm sorry, I need it.” Had I said “no”, nothing would change. "
            + "Back then my neighbours would say, “You should sell it.”\n\nTom Reyes said he would buy one only if “the price falls by half”.");
        Assert.Equal(new[] { "You should sell it.", "the price falls by half" }, m.QuoteTexts());
    }

    [Fact]
    public void Words_put_in_a_generic_yous_mouth_are_not_a_quote()
    {
        var m = Extract.From("Faith\n\n((Jane Roe)) It makes you think, “Why only this one?” You come to a new place where you're like, "
            + "“This is what the world is like.” And she's like, “You need to pray more.”");
        Assert.Equal(new[] { "You need to pray more." }, m.QuoteTexts());
    }

    [Fact]
    public void Words_named_once_are_a_name_when_quoted_again()
    {
        var m = Extract.From("Plan\n\nTom Reyes introduced a plan called “Roads for All” on Monday. “Roads for All” calls for new taxes, "
            + "he said. “It will pay for itself,” Reyes said.");
        Assert.Equal(new[] { "It will pay for itself," }, m.QuoteTexts());
    }

    [Fact]
    public void A_court_case_and_another_name_for_a_thing_are_not_quotes()
    {
        var m = Extract.From("Ruling\n\nThe court ruled in the case “Lena Berg vs. Acme Shipping Limited” on Thursday, Tom Reyes said. "
            + "He led the first extravehicular activity (EVA), or “spacewalk”, Reyes said. Critics called it “reckless” or “plain wrong”, he said.");
        Assert.Equal(new[] { "reckless", "plain wrong" }, m.QuoteTexts());
    }

    [Fact]
    public void In_an_interviews_answer_a_term_the_speaker_feels_is_no_quote_one_they_said_is()
    {
        var m = Extract.From("Talk\n\n((WN)) How was the team?\n\n((Jane Roe)) It felt a bit like a \u201cdream team\u201d. "
            + "Some people stayed.\n\n((WN)) And then?\n\n((Jane Roe)) I said \u201cnever again\u201d.\n\n"
            + "In the newsroom it felt like a \u201cdream team\u201d, Tom Reyes said.");
        Assert.Equal(new[] { "never again", "dream team" }, m.QuoteTexts());
        Assert.Equal("Tom Reyes", m.Quote("dream team").Speaker);
    }
}
