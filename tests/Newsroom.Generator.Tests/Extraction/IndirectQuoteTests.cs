using System.Linq;
using Newsroom.Generator.Extraction;
using Newsroom.Generator.Extraction.Model;
using Xunit;

namespace Newsroom.Generator.Tests.Extraction;

/// <summary>
/// Reported speech without quotation marks (<see cref="QuoteKind.Indirect"/>): one test per frame a careful reader
/// finds, and what is not reported speech. The texts are written for these tests.
/// </summary>
public class IndirectQuoteTests
{
    /// <summary>A headline, then a paragraph that introduces the people the sentence under test speaks of.</summary>
    private const string Intro = "Harbour budget passes\n\nMayor Ana Ruiz and Senator Tom Reyes met the Dover Port Authority on Monday.\n\n";

    private static ArticleModel Extract(string paragraph) => ArticleExtractor.Extract(Intro + paragraph + "\n");

    private static QuoteModel Single(ArticleModel m) => Assert.Single(m.Quotes, q => q.Kind == QuoteKind.Indirect);

    private static void AssertIndirect(string paragraph, string content, string? speaker, string verb, string? addressee = null)
    {
        var m = Extract(paragraph);
        var q = Single(m);
        Assert.Equal(content, m.Slice(q.Span));
        Assert.Equal(speaker, q.Speaker);
        Assert.Equal(verb, q.Verb);
        Assert.Equal(addressee, q.Addressee);
        Assert.Equal(1, q.Paragraph); // the headline is not a body paragraph
        Assert.Equal(5, q.Position.Line);
    }

    [Fact]
    public void X_said_content() =>
        AssertIndirect("Ruiz said the harbour would reopen in May.", "the harbour would reopen in May", "Ana Ruiz", "said");

    [Fact]
    public void X_said_that_content() =>
        AssertIndirect("Ruiz said that the harbour would reopen in May.", "the harbour would reopen in May", "Ana Ruiz", "said");

    [Fact]
    public void X_said_on_a_day_that_content() =>
        AssertIndirect("Reyes said on Tuesday that the vote had been rushed.", "the vote had been rushed", "Tom Reyes", "said");

    [Fact]
    public void Content_then_X_said() =>
        AssertIndirect("The vote had been rushed, Reyes said.", "The vote had been rushed", "Tom Reyes", "said");

    [Fact]
    public void Content_then_said_X() =>
        AssertIndirect("The vote had been rushed, said Reyes, who chairs the finance committee.", "The vote had been rushed", "Tom Reyes", "said");

    [Fact]
    public void X_told_Y_that_content_gives_the_addressee() =>
        AssertIndirect("Reyes told Ruiz that the budget left out the fishing fleet.", "the budget left out the fishing fleet", "Tom Reyes", "told", "Ana Ruiz");

    [Fact]
    public void X_told_reporters_content() =>
        AssertIndirect("Ruiz told reporters the dredging would start in June.", "the dredging would start in June", "Ana Ruiz", "told");

    [Fact]
    public void According_to_X_then_content() =>
        AssertIndirect("According to the Dover Port Authority, cargo traffic fell by a third last year.", "cargo traffic fell by a third last year",
            "Dover Port Authority", "according to");

    [Fact]
    public void Content_then_according_to_X() =>
        AssertIndirect("Cargo traffic fell by a third last year, according to the Dover Port Authority.", "Cargo traffic fell by a third last year",
            "Dover Port Authority", "according to");

    [Fact]
    public void X_who_said_content() =>
        AssertIndirect("The plan was backed by Reyes, who said the fishing fleet needed the new quay.", "the fishing fleet needed the new quay",
            "Tom Reyes", "said");

    [Fact]
    public void Saying_content_belongs_to_the_sentence_subject() =>
        AssertIndirect("Ruiz defended the budget, saying the town could not wait another year.", "the town could not wait another year",
            "Ana Ruiz", "saying");

    [Fact]
    public void A_noun_of_speech_and_its_owner() =>
        AssertIndirect("Reyes ignored Ruiz's claim that the quay would pay for itself.", "the quay would pay for itself", "Ana Ruiz", "claim");

    [Fact]
    public void A_stated_position_of_a_named_subject_and_the_report_inside_it()
    {
        var m = Extract("Reyes rejected Ruiz's claim that the quay would pay for itself.");
        var quotes = m.Quotes.Where(q => q.Kind == QuoteKind.Indirect).ToList();
        Assert.Equal(new[] { ("Tom Reyes", "rejected", "Ruiz's claim that the quay would pay for itself"), ("Ana Ruiz", "claim", "the quay would pay for itself") },
            quotes.Select(q => (q.Speaker ?? "-", q.Verb ?? "-", m.Slice(q.Span))));
    }

    [Fact]
    public void A_position_needs_a_named_subject() =>
        Assert.DoesNotContain(Extract("Many residents support the harbour plan.").Quotes, q => q.Kind == QuoteKind.Indirect);

    [Fact]
    public void A_pronoun_speaker_is_resolved_to_the_last_person() =>
        AssertIndirect("Ruiz spoke first. She said the harbour would reopen in May.", "the harbour would reopen in May", "Ana Ruiz", "said");

    [Fact]
    public void A_parenthetical_cue_keeps_the_sentence_round_it() =>
        AssertIndirect("The new quay, Reyes said, would cost twice the estimate.", "The new quay, Reyes said, would cost twice the estimate",
            "Tom Reyes", "said");

    [Fact]
    public void A_parenthetical_cue_after_an_opening_adverb_keeps_what_follows() =>
        AssertIndirect("Still, Reyes said, the fishing fleet would lose its berths.", "the fishing fleet would lose its berths", "Tom Reyes", "said");

    [Fact]
    public void Other_reporting_verbs_from_the_lexicon() =>
        AssertIndirect("Reyes warned that the fishing fleet would lose its berths.", "the fishing fleet would lose its berths", "Tom Reyes", "warned");

    [Fact]
    public void A_belief_stated_by_a_named_source() =>
        AssertIndirect("Ruiz believes the harbour will pay for itself within ten years.", "the harbour will pay for itself within ten years",
            "Ana Ruiz", "believes");

    [Fact]
    public void A_reported_question_is_the_question() =>
        AssertIndirect("Asked whether the harbour would reopen in May, Ruiz shrugged.", "whether the harbour would reopen in May", null, "asked");

    [Fact]
    public void A_transcript_turn_is_the_paragraph_after_the_name()
    {
        var m = Extract("Ruiz: The harbour will reopen in May. The fleet is ready.");
        var q = Single(m);
        Assert.Equal("The harbour will reopen in May. The fleet is ready", m.Slice(q.Span));
        Assert.Equal("Ana Ruiz", q.Speaker);
        Assert.Null(q.Verb);
    }

    [Fact]
    public void A_transcript_speaker_in_capitals_is_the_person_so_named()
    {
        var m = Extract("REYES: We will vote against the budget tonight.");
        Assert.Equal("Tom Reyes", Single(m).Speaker);
    }

    [Fact]
    public void A_label_that_names_nobody_is_the_writers_own() =>
        Assert.DoesNotContain(Extract("The Latest: Ruiz tours the harbour before the vote.").Quotes, q => q.Kind == QuoteKind.Indirect);

    [Fact]
    public void An_unnamed_group_source_gives_a_quote_without_a_speaker() =>
        AssertIndirect("The report was released on Monday, officials said.", "The report was released on Monday", null, "said");

    [Fact]
    public void Two_trailing_cues_in_one_sentence_each_take_their_own_content()
    {
        var m = Extract("Cargo traffic fell by a third, Ruiz said, and the fleet lost four boats, Reyes said.");
        Assert.Equal(new[] { ("Ana Ruiz", "Cargo traffic fell by a third"), ("Tom Reyes", "the fleet lost four boats") },
            m.Quotes.Where(q => q.Kind == QuoteKind.Indirect).Select(q => (q.Speaker ?? "-", m.Slice(q.Span))));
    }

    [Fact]
    public void Two_apostrophes_printed_for_quotation_marks_stay_out_of_the_content() =>
        AssertIndirect("``The harbour plan is dead on arrival,'' said Reyes.", "The harbour plan is dead on arrival", "Tom Reyes", "said");

    [Fact]
    public void A_quotation_printed_with_apostrophes_over_two_sentences_is_one_content() =>
        AssertIndirect("''The plan is dead. The town cannot pay for it,'' Reyes said.", "The plan is dead. The town cannot pay for it", "Tom Reyes", "said");

    [Fact]
    public void Content_according_to_a_source_without_a_comma() =>
        AssertIndirect("Cargo traffic fell by a third last year according to the Dover Port Authority.", "Cargo traffic fell by a third last year",
            "Dover Port Authority", "according to");

    [Fact]
    public void A_parenthetical_according_to_keeps_the_sentence_round_it() =>
        AssertIndirect("Cargo traffic, according to the Dover Port Authority, fell by a third.",
            "Cargo traffic, according to the Dover Port Authority, fell by a third", "Dover Port Authority", "according to");

    [Fact]
    public void A_content_after_a_semicolon_does_not_start_with_it()
    {
        var m = Extract("Cargo traffic fell by a third, Ruiz said; the fleet lost four boats this year, Reyes said.");
        Assert.Equal(new[] { ("Ana Ruiz", "Cargo traffic fell by a third"), ("Tom Reyes", "the fleet lost four boats this year") },
            m.Quotes.Where(q => q.Kind == QuoteKind.Indirect).Select(q => (q.Speaker ?? "-", m.Slice(q.Span))));
    }

    [Fact]
    public void A_parenthetical_source_before_the_subjects_own_verb_leaves_the_report_to_it() =>
        AssertIndirect("Ruiz, according to aides, said the harbour would reopen in May.", "the harbour would reopen in May", "Ana Ruiz", "said");

    [Fact]
    public void A_quotation_printed_with_apostrophes_and_no_cue_carries_on_the_last_report()
    {
        var m = Extract("Ruiz said the harbour would reopen in May. ''The fleet is ready. We have waited long enough.''");
        Assert.Equal(new[] { ("Ana Ruiz", "the harbour would reopen in May"), ("Ana Ruiz", "The fleet is ready. We have waited long enough") },
            m.Quotes.Where(q => q.Kind == QuoteKind.Indirect).Select(q => (q.Speaker ?? "-", m.Slice(q.Span))));
    }

    [Fact]
    public void A_quotation_printed_with_apostrophes_after_a_report_is_its_own_content()
    {
        var m = Extract("Ruiz said the harbour would reopen in May. ''We will win again. Nobody doubts it,'' she said.");
        Assert.Equal(new[] { ("Ana Ruiz", "the harbour would reopen in May"), ("Ana Ruiz", "We will win again. Nobody doubts it") },
            m.Quotes.Where(q => q.Kind == QuoteKind.Indirect).Select(q => (q.Speaker ?? "-", m.Slice(q.Span))));
    }

    [Fact]
    public void No_two_contents_overlap()
    {
        var m = Extract("Ruiz said the harbour would reopen in May. ''We will win again. Nobody doubts it,'' she said.");
        var spans = m.Quotes.Where(q => q.Kind == QuoteKind.Indirect).Select(q => q.Span).ToList();
        Assert.NotEmpty(spans);
        Assert.True(spans.Zip(spans.Skip(1)).All(p => p.First.End <= p.Second.Start), string.Join(" | ", spans.Select(s => m.Slice(s))));
    }

    [Fact]
    public void A_dateline_or_a_writers_label_before_a_colon_is_not_a_speaker()
    {
        Assert.DoesNotContain(ArticleExtractor.Extract("Harbour budget passes\n\nDOVER: The council approved the harbour budget on Monday.\n").Quotes,
            q => q.Kind == QuoteKind.Indirect);
        Assert.DoesNotContain(Extract("BREAKING: The council approved the harbour budget on Monday.").Quotes, q => q.Kind == QuoteKind.Indirect);
    }

    [Fact]
    public void What_the_reporter_states_is_not_a_quote()
    {
        var m = Extract("The harbour has been closed since March. Cargo traffic fell by a third last year.");
        Assert.DoesNotContain(m.Quotes, q => q.Kind == QuoteKind.Indirect);
    }

    [Fact]
    public void A_cue_with_no_content_is_not_a_quote()
    {
        var m = Extract("Experts have long said so. Ruiz said nothing. Reyes declined to comment.");
        Assert.DoesNotContain(m.Quotes, q => q.Kind == QuoteKind.Indirect);
    }

    [Fact]
    public void A_verb_that_introduces_a_direct_quote_makes_no_indirect_one()
    {
        var m = Extract("Ruiz said: “The harbour will reopen in May.”");
        Assert.DoesNotContain(m.Quotes, q => q.Kind == QuoteKind.Indirect);
        Assert.Contains(m.Quotes, q => q.Kind == QuoteKind.Direct && q.Speaker == "Ana Ruiz");
    }

    [Fact]
    public void A_mixed_attribution_keeps_its_marked_run_as_a_partial_quote_only()
    {
        var m = Extract("Ruiz said the town would “stand by its fishermen” whatever the cost.");
        Assert.DoesNotContain(m.Quotes, q => q.Kind == QuoteKind.Indirect);
        var partial = Assert.Single(m.Quotes);
        Assert.Equal(QuoteKind.Partial, partial.Kind);
        Assert.Equal("stand by its fishermen", m.Slice(partial.Span));
    }

    [Fact]
    public void Nouns_that_look_like_reporting_verbs_are_not_cues()
    {
        var m = Extract("Twenty states passed similar laws. The report cited in the budget was two years old.");
        Assert.DoesNotContain(m.Quotes, q => q.Kind == QuoteKind.Indirect);
    }

    [Fact]
    public void Turned_off_no_indirect_quote_is_looked_for_and_the_rest_is_the_same()
    {
        var text = Intro + "Ruiz said the harbour would reopen in May. “We are ready,” Reyes said.\n";
        var on = ArticleExtractor.Extract(text);
        var off = ArticleExtractor.Extract(text, default, indirectQuotes: false);
        Assert.Contains(on.Quotes, q => q.Kind == QuoteKind.Indirect);
        Assert.DoesNotContain(off.Quotes, q => q.Kind == QuoteKind.Indirect);
        Assert.Equal(on.Quotes.Where(q => q.Kind != QuoteKind.Indirect), off.Quotes);
        Assert.Equal(on.Actors, off.Actors);
    }

    [Fact]
    public void Direct_partial_and_indirect_quotes_come_in_text_order()
    {
        var m = Extract("Ruiz said the harbour would reopen in May. “We are ready,” Reyes said. Reyes added that the fleet was ready too.");
        Assert.Equal(new[] { QuoteKind.Indirect, QuoteKind.Direct, QuoteKind.Indirect }, m.Quotes.Select(q => q.Kind));
        Assert.True(m.Quotes.Zip(m.Quotes.Skip(1)).All(p => p.First.Span.End <= p.Second.Span.Start));
    }
}
