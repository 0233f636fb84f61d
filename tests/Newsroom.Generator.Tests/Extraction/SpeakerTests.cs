using System.Linq;
using Newsroom.Generator.Extraction.Lexicon;
using Xunit;

namespace Newsroom.Generator.Tests.Extraction;

/// <summary>Who said it: one test per construction, on our own sentences.</summary>
public class SpeakerTests
{
    [Fact]
    public void Attribution_after_the_quote_with_a_pronoun()
    {
        var m = Extract.From("Mayor Ana Ruiz visited the flooded school on Monday.\n\n“We will rebuild it by spring,” she said.");
        var q = m.Quote("We will rebuild it by spring,");
        Assert.Equal("Ana Ruiz", q.Speaker);
        Assert.Equal("said", q.Verb);
    }

    [Fact]
    public void Inverted_attribution_said_name()
    {
        var m = Extract.From("“The water rose fast,” said Tom Reyes, a fisherman from the town.");
        Assert.Equal("Tom Reyes", m.Quote("The water rose fast,").Speaker);
    }

    [Fact]
    public void A_quote_split_by_its_attribution_keeps_one_speaker()
    {
        var m = Extract.From("Tom Reyes lost his boat.\n\n“The water rose fast,” he said. “We had ten minutes.”");
        Assert.Equal("Tom Reyes", m.Quote("The water rose fast,").Speaker);
        Assert.Equal("Tom Reyes", m.Quote("We had ten minutes.").Speaker);
    }

    [Theory]
    [InlineData("Lena Berg of the Coastal Research Institute said, “The reef is recovering.”")]
    [InlineData("Dr. Lena Berg at Mercy Hospital said, “The reef is recovering.”")]
    [InlineData("Governor Lena Berg of France said, “The reef is recovering.”")]
    [InlineData("Lena Berg of the Coastal Research Institute and contributor to the Harbour Courier wrote, “The reef is recovering.”")]
    public void A_person_qualified_by_an_organization_or_place_is_the_speaker(string text)
    {
        var m = Extract.From("Divers counted fish on the reef this week.\n\n" + text);
        Assert.Equal("Lena Berg", m.Quote("The reef is recovering.").Speaker);
    }

    [Theory]
    [InlineData("Lena Berg, the Chief Science Officer of Harbour Labs said the reef was “recovering fast”.")]
    [InlineData("Lena Berg, Dean of Harbour Labs School of Marine Science called it “recovering fast”.")]
    [InlineData("“recovering fast,” Lena Berg of the Harbour Labs reef monitoring office told the divers.")]
    [InlineData("Tasi Merewa of the Kolo district assembly said the reef was “recovering fast”.")]
    public void The_person_is_the_speaker_not_the_body_the_person_belongs_to(string text)
    {
        var m = Extract.From("Divers counted fish on the reef this week.\n\n" + text);
        Assert.Equal(text.StartsWith("Tasi", System.StringComparison.Ordinal) ? "Tasi Merewa" : "Lena Berg", m.Quote(text.Contains("“recovering fast,”") ? "recovering fast," : "recovering fast").Speaker);
    }

    [Fact]
    public void An_object_before_a_preposition_is_not_the_subject_that_speaks()
    {
        // Tom Reyes is chided, not speaking: no subject is read back past the verb.
        var m = Extract.From("The council met on Monday.\n\nLena Berg chided Tom Reyes for raising doubts about the “sea wall plan” again.");
        Assert.NotEqual("Tom Reyes", m.Quote("sea wall plan").Speaker);
    }

    [Theory]
    [InlineData("“The pier stays shut,” tweeted Mayor of Dover Lena Berg.")]
    [InlineData("“The pier stays shut,” said Minister of Fisheries Lena Berg.")]
    public void A_title_with_of_before_the_name_after_an_inverted_verb(string text)
    {
        var m = Extract.From("Storms hit the coast this week.\n\nTom Reyes, 30, watched the waves: “It was wild.”\n\n" + text);
        Assert.Equal("Lena Berg", m.Quote("The pier stays shut,").Speaker);
    }

    [Fact]
    public void A_surname_spelt_another_way_is_the_same_person()
    {
        var m = Extract.From("Rebels claimed the attack.\n\nRebel spokesman Yusuf Karimo said the drones flew at night.\n\n“We will strike again,” Karime said.");
        Assert.Equal("Yusuf Karimo", m.Quote("We will strike again,").Speaker);
        Assert.Contains("Karime", m.Actor("Yusuf Karimo").Aliases);
    }

    [Fact]
    public void A_surname_one_consonant_apart_is_another_person()
    {
        var m = Extract.From("The senate met.\n\nSenator John Kerry spoke first.\n\n“We will vote,” Perry said.");
        Assert.NotEqual("John Kerry", m.Quote("We will vote,").Speaker);
    }

    [Theory]
    [InlineData("On Friday, the Kent Harbour Authority released a statement about the pier.")]
    [InlineData("A statement from the Kent Harbour Authority came on Friday.")]
    [InlineData("The statement issued by the Kent Harbour Authority came on Friday.")]
    public void A_document_that_speaks_is_its_issuer_s_named_earlier(string issued)
    {
        var m = Extract.From("The pier closed.\n\n" + issued + "\n\n“No one was hurt,” read the statement.");
        Assert.Equal("Kent Harbour Authority", m.Quote("No one was hurt,").Speaker);
    }

    [Fact]
    public void A_document_nobody_is_named_issuing_has_no_speaker()
    {
        var m = Extract.From("The pier closed.\n\nLena Berg walked past the pier on Friday.\n\n“No one was hurt,” read the statement.");
        Assert.Null(m.Quote("No one was hurt,").Speaker);
    }

    [Theory]
    [InlineData("Lena Berg quickly wrote a Facebook note for the crew, saying, “We are thrilled!”", "We are thrilled!", "Lena Berg")]
    [InlineData("Lena Berg thanked Tom Reyes for his harbour plan and said the Ohio mayor could “bring change” to the port.", "bring change", "Lena Berg")]
    [InlineData("On the radio, Lena Berg said she knows Tom Reyes will continue to be “a friend of the port.”", "a friend of the port.", "Lena Berg")]
    [InlineData("Alarmed by the vote on the pier, Lena Berg trusts a harbour that “keeps its word.”", "keeps its word.", "Lena Berg")]
    public void The_subject_speaks_past_nouns_adverbs_and_phrases_that_look_like_speakers(string sentence, string quoted, string speaker)
    {
        var m = Extract.From("The port reopened.\n\n" + sentence);
        Assert.Equal(speaker, m.Quote(quoted).Speaker);
    }

    [Fact]
    public void A_party_and_state_in_brackets_do_not_end_the_sentence()
    {
        var m = Extract.From("Congress met.\n\nRep. Tom Reyes (D-N.Y.) said Lena Berg told the crew that dockers “would stay on.”");
        Assert.Equal("Tom Reyes", m.Quote("would stay on.").Speaker);
    }

    [Fact]
    public void A_second_clause_with_its_own_quote_does_not_take_the_first_quote()
    {
        var m = Extract.From("The talks ended.\n\nBoth spoke at the pier – Tom Reyes saying he felt “quite hopeful” and Lena Berg calling it a “fine deal.”");
        Assert.Equal("Tom Reyes", m.Quote("quite hopeful").Speaker);
        Assert.Equal("Lena Berg", m.Quote("fine deal.").Speaker);
    }

    [Theory]
    [InlineData("“The lines were long,” said Tasi Merewa of Harbour Watch, who observed the vote.", "The lines were long,", "Tasi Merewa")]
    [InlineData("“The divers said no,” remembered Tasi Merewa, the club’s former spokesman.", "The divers said no,", "Tasi Merewa")]
    [InlineData("The Harbour Institute watched the talk on tape and said she “kept to the middle”.", "kept to the middle", "Harbour Institute")]
    [InlineData("Lena Berg admitted that she said that Port Director Tom Reyes had described the pier as “sound”.", "sound", "Lena Berg")]
    public void Who_speaks_in_clauses_around_other_names(string sentence, string quoted, string speaker)
    {
        var m = Extract.From("The port reopened.\n\n" + sentence);
        Assert.Equal(speaker, m.Quote(quoted).Speaker);
    }

    [Theory]
    [InlineData("Assembly president Tom Reyes in relaying the news to parliament said, “The port is ours again”.", "The port is ours again", "Tom Reyes")]
    [InlineData("Tom Reyes took questions on Monday. Speaking to Karl Weiss of the Harbour Courier, he said, “It happened on my watch.”", "It happened on my watch.", "Tom Reyes")]
    [InlineData("Lena Berg praised the crew, and on Twitter referred to the fire as “The Long Night”.", "The Long Night", "Lena Berg")]
    [InlineData("Others spoke up, such as former mayor Tom Reyes, who labelled the scheme a “harbour embarrassment”.", "harbour embarrassment", "Tom Reyes")]
    [InlineData("Officials spoke, with Lena Berg of Dover calling it “a disgrace” and Tom Reyes of Kent calling it “a fiasco”.", "a fiasco", "Tom Reyes")]
    [InlineData("Lead author Tom Reyes, a Ph.D. candidate at the Harbour Institute, said, “The reef is recovering.”", "The reef is recovering.", "Tom Reyes")]
    [InlineData("That said, the Harbour Authority is working on some “low-cost programs” for sailors.", "low-cost programs", "Harbour Authority")]
    public void The_clause_s_subject_speaks_past_phrases_and_objects(string sentence, string quoted, string speaker)
    {
        var m = Extract.From("The port reopened.\n\n" + sentence);
        Assert.Equal(speaker, m.Quote(quoted).Speaker);
    }

    [Fact]
    public void A_name_before_a_quote_that_carries_on_the_clause_is_what_is_said_about()
    {
        var m = Extract.From("A tape leaked.\n\nOn the tape, someone, seemingly Tom Reyes, says Lena Berg “has a very poor grasp of the budget.”");
        Assert.NotEqual("Lena Berg", m.Quote("has a very poor grasp of the budget.").Speaker);
    }

    [Fact]
    public void According_to_him_is_the_person_named_before()
    {
        var m = Extract.From("The drones flew at night.\n\nRebel spokesman Yusuf Karimo said the group carried out the attack. According to him, it was done with the help of “friends inside the kingdom”.");
        Assert.Equal("Yusuf Karimo", m.Quote("friends inside the kingdom").Speaker);
    }

    [Fact]
    public void A_paragraph_ending_in_a_colon_introduces_the_next_paragraph_s_quote()
    {
        var m = Extract.From("Party news.\n\nIn comments online, party chairman Tom Reyes, whose profile lists two causes, writes:\n\n“It’s a long shot, but our ticket may draw votes.”");
        Assert.Equal("Tom Reyes", m.Quote("It’s a long shot, but our ticket may draw votes.").Speaker);
    }

    [Theory]
    [InlineData("Tom Reyes’s slogan in the harbour race against Karl Weiss was that Weiss “sells the pier twice.”", "sells the pier twice.", "Tom Reyes")]
    [InlineData("State Senator Tom Reyes once backed fellow Kentuckian Karl Weiss, but now said Lena Berg had “the means to mend the pier.”", "the means to mend the pier.", "Tom Reyes")]
    [InlineData("House Republican Tom Reyes said the vote was “a sham.”", "a sham.", "Tom Reyes")]
    [InlineData("“The pier opens at nine,” Reyes, a retired dock worker from Kent, said on the radio.", "The pier opens at nine,", "Reyes")]
    public void Speakers_behind_possessives_coordination_and_descriptors(string sentence, string quoted, string speaker)
    {
        var m = Extract.From("The campaign went on.\n\n" + sentence);
        Assert.Equal(speaker, m.Quote(quoted).Speaker);
    }

    [Fact]
    public void A_participle_in_the_paragraph_before_gives_its_subject_to_a_floating_quote()
    {
        var m = Extract.From("The forum was tense.\n\nLena Berg, plainly annoyed, waved at the crowd, saying the Reyes team kept twisting her words.\n\n“Enough of this, truly.”");
        Assert.Equal("Lena Berg", m.Quote("Enough of this, truly.").Speaker);
    }

    [Theory]
    [InlineData("The size of Reyes’ lead is no shock to harbour pollster Karl Weiss: “New names often gain the most early on.”", "New names often gain the most early on.", "Karl Weiss")]
    [InlineData("Lena Berg was asked by the host, Tom Reyes, who backs Weiss, “So, is the pier safe at night?”", "So, is the pier safe at night?", "Tom Reyes")]
    public void Possessives_in_s_and_passive_agents(string sentence, string quoted, string speaker)
    {
        var m = Extract.From("The campaign went on.\n\nKarl Weiss and Tom Reyes met Lena Berg.\n\n" + sentence);
        Assert.Equal(speaker, m.Quote(quoted).Speaker);
    }

    [Fact]
    public void A_sentence_after_a_finished_quote_that_holds_its_own_quote_is_that_quote_s_attribution()
    {
        var m = Extract.From("The council met on Monday.\n\nTom Reyes called the debate “a mess.” Lena Berg called Reyes “a disgrace”.");
        Assert.Equal("Tom Reyes", m.Quote("a mess.").Speaker);
        Assert.Equal("Lena Berg", m.Quote("a disgrace").Speaker);
    }

    [Theory]
    [InlineData("Lena Berg, a spokeswoman for the Harbour Authority, said: “The pier stays shut.”", "Lena Berg, a spokeswoman for the Harbour Authority", "Lena Berg")]
    [InlineData("“The pier stays shut,” said Lena Berg, a spokeswoman for the Harbour Authority.", "Lena Berg, a spokeswoman for the Harbour Authority", "Lena Berg")]
    [InlineData("“The pier stays shut,” a police spokesperson said.", "a police spokesperson", null)]
    [InlineData("“The pier stays shut,” said a police spokesperson.", "a police spokesperson", null)]
    [InlineData("“The pier stays shut,” officials said on Monday.", "officials", null)]
    [InlineData("Lena Berg runs the harbour.\n\n“The pier stays shut,” she said.", "she", "Lena Berg")]
    public void The_source_is_given_as_the_article_words_it(string text, string source, string? speaker)
    {
        var m = Extract.From("Storm closes the harbour\n\n" + text);
        var q = Assert.Single(m.Quotes, q => m.Slice(q.Span).StartsWith("The pier stays shut", System.StringComparison.Ordinal));
        Assert.Equal(source, q.Source);
        Assert.Equal(speaker, q.Speaker);
    }

    [Fact]
    public void An_unnamed_source_does_not_take_the_speaker_of_the_quote_before()
    {
        var m = Extract.From("Storm closes the harbour\n\n“We will reopen soon,” said Mayor Tom Reyes. “The pier stays shut,” a police spokesperson said.");
        Assert.Equal("Tom Reyes", m.Quote("We will reopen soon,").Speaker);
        Assert.Null(m.Quote("The pier stays shut,").Speaker);
        Assert.Equal("a police spokesperson", m.Quote("The pier stays shut,").Source);
    }

    [Fact]
    public void An_interview_s_turns_give_their_quotes_to_the_turn_s_speaker()
    {
        var m = Extract.From("Harbour master talks about the storm\n\nJane Roe runs the harbour of Dover.\n\n" +
            "((WN)) On your website you wrote “the pier is our heart”. Why?\n\n" +
            "((Jane Roe)) Because it is. When the storm came, I said “nobody goes out tonight” and they listened.\n\n" +
            "Later a police officer told me “you saved us”, and that stayed with me.\n\n" +
            "((WN)) What comes next?\n\n((Jane Roe)) We rebuild, and I keep telling everyone “slow and steady”.");
        Assert.Equal("Jane Roe", m.Quote("the pier is our heart").Speaker);
        Assert.Equal("Jane Roe", m.Quote("nobody goes out tonight").Speaker);
        Assert.Equal("Jane Roe", m.Quote("slow and steady").Speaker);
        Assert.NotEqual("Jane Roe", m.Quote("you saved us").Speaker);
    }

    [Fact]
    public void One_label_alone_is_not_an_interview()
    {
        var m = Extract.From("Harbour reopens\n\nJane Roe runs the harbour.\n\nJane Roe: the harbour reopens on Monday.\n\nThe sign said “closed for repairs” all week.");
        Assert.Null(m.Quotes.FirstOrDefault(q => m.Slice(q.Span) == "closed for repairs")?.Speaker);
    }

    [Fact]
    public void A_document_speaks_for_its_owner_or_for_nobody_named()
    {
        var m = Extract.From("Reef report\n\nThe Coastal Research Institute studied the reef for a year.\n\n" +
            "The Coastal Research Institute's website said: “The reef is recovering.”\n\n" +
            "Tom Reyes dived there in May. “Coral is back in the shallows,” read the report.");
        Assert.Equal("Coastal Research Institute", m.Quote("The reef is recovering.").Speaker);
        var report = m.Quote("Coral is back in the shallows,");
        Assert.Null(report.Speaker);
        Assert.Equal("the report", report.Source);
    }

    [Fact]
    public void A_generic_body_is_the_last_organization_named()
    {
        var m = Extract.From("Toy fair\n\nBrightworks Toys Inc. showed its new helmets at the fair.\n\n" +
            "Asked about packaging, the company said it would use “plant-based plastic from next year”.");
        Assert.Equal("Brightworks Toys Inc.", m.Quote("plant-based plastic from next year").Speaker);
    }

    [Fact]
    public void A_sentence_s_own_subject_speaks_before_another_quote_lends_its_speaker()
    {
        var m = Extract.From("Debate\n\nLena Berg called the plan “a fraud.” Tom Reyes attacked the “cosy consensus” of both parties.");
        Assert.Equal("Lena Berg", m.Quote("a fraud.").Speaker);
        Assert.Equal("Tom Reyes", m.Quote("cosy consensus").Speaker);
    }

    [Fact]
    public void A_name_set_off_by_commas_after_a_description_is_the_speaker()
    {
        var m = Extract.From("Harbour\n\nThe director of the Harbour Authority, Lena Berg, said the plan “puts boats first”.\n\n" +
            "Tom Reyes's mother, Ana Reyes, said on radio, “He never came home.”");
        Assert.Equal("Lena Berg", m.Quote("puts boats first").Speaker);
        Assert.Equal("Ana Reyes", m.Quote("He never came home.").Speaker);
    }

    [Fact]
    public void A_sentence_after_the_closing_mark_is_not_the_quote_s_attribution()
    {
        var m = Extract.From("Attack\n\nLena Berg told reporters that the men had been “trained abroad”. The Courier also cited Tom Reyes as saying so.");
        Assert.Equal("Lena Berg", m.Quote("trained abroad").Speaker);
    }

    [Fact]
    public void The_one_quoted_as_saying_is_the_speaker()
    {
        var m = Extract.From("Flood\n\nThe Harbour Courier quoted Lena Berg, a former harbour master, as saying “the walls were too low”.");
        Assert.Equal("Lena Berg", m.Quote("the walls were too low").Speaker);
    }

    [Fact]
    public void A_verb_in_a_relative_clause_closed_before_the_quote_is_not_the_quote_s()
    {
        var m = Extract.From("Flood\n\nMayor Tom Reyes answered the council — which the Harbour Courier called a rare step — “We will rebuild the walls.”\n\n" +
            "Lena Berg criticized the plan, which Reyes has described as “a stopgap”.");
        Assert.Equal("Tom Reyes", m.Quote("We will rebuild the walls.").Speaker);
        Assert.Equal("Tom Reyes", m.Quote("a stopgap").Speaker);
    }

    [Fact]
    public void An_outlet_after_according_to_reported_what_the_sentence_s_subject_said()
    {
        var m = Extract.From("Flood\n\nLena Berg called the plan “a stopgap,” according to the Harbour Courier.");
        Assert.Equal("Lena Berg", m.Quote("a stopgap,").Speaker);
    }

    [Fact]
    public void A_participle_after_a_name_that_follows_a_preposition_is_the_subject_s()
    {
        var m = Extract.From("Chess\n\nLena Berg decided not to play for the Norland Chess Federation, saying “it was not a good fit”.\n\n" +
            "The council met, with Mayor Tom Reyes telling reporters the plan was “finished”.");
        Assert.Equal("Lena Berg", m.Quote("it was not a good fit").Speaker);
        Assert.Equal("Tom Reyes", m.Quote("finished").Speaker);
    }

    [Fact]
    public void A_closing_dash_name_after_an_invisible_joiner()
    {
        var m = Extract.From("Rail\n\nLena Berg runs the line.\n\n“More women drive trains now.” — \u200dLena Berg, railway manager");
        Assert.Equal("Lena Berg", m.Quote("More women drive trains now.").Speaker);
    }

    [Fact]
    public void The_outer_speaker_reports_a_partial_quote_in_a_nested_report()
    {
        var m = Extract.From("Caucus\n\nLena Berg said Tom Reyes assured them that the party would “stand together”.");
        Assert.Equal("Lena Berg", m.Quote("stand together").Speaker);
    }

    [Fact]
    public void Any_reporting_verb_right_after_the_mark_inverts_before_a_name()
    {
        var m = Extract.From("Fair\n\n“What a day for the town!” beamed Lena Berg of Dover, who came with her sons.");
        Assert.Equal("Lena Berg", m.Quote("What a day for the town!").Speaker);
    }

    [Fact]
    public void An_as_clause_introducing_the_sentence_is_its_attribution()
    {
        var m = Extract.From("Budget\n\nAs council spokesman Tom Reyes explained, the cuts were small, “which sounds like a lot but is not”.\n\n" +
            "As the Harbour Times put it, “The tide has turned.”");
        Assert.Equal("Tom Reyes", m.Quote("which sounds like a lot but is not").Speaker);
        Assert.Equal("Harbour Times", m.Quote("The tide has turned.").Speaker);
    }

    [Fact]
    public void An_interview_s_turn_label_names_a_person()
    {
        var m = Extract.From("Chess player talks\n\n((WN)) Why did you stop?\n\n((Dorsa Kadivar)) The federation said “wear it or leave” and I said “no federation is perfect”.\n\n((WN)) And now?");
        Assert.Contains("Dorsa Kadivar", m.People());
        Assert.Equal("Dorsa Kadivar", m.Quote("no federation is perfect").Speaker);
    }

    [Fact]
    public void The_names_inside_a_who_clause_do_not_speak()
    {
        var m = Extract.From("Scouts\n\nAnn Ruiz, who teaches at the Dover Marine Institute, Maine, told the council that the plan brought “bad things”.");
        Assert.Equal("Ann Ruiz", m.Quote("bad things").Speaker);
    }

    [Fact]
    public void An_as_clause_right_after_the_quote_is_its_attribution()
    {
        var m = Extract.From("Bridge\n\nFor four days traffic “ground to a halt” — as the Supreme Court decision put it — on the bridge.");
        Assert.Equal("Supreme Court", m.Quote("ground to a halt").Speaker);
    }

    [Fact]
    public void The_source_is_read_at_the_speaker_s_verb_not_at_another_one_nearby()
    {
        var m = Extract.From("Talks\n\nTom Reyes said no. “We will never agree to this,” the mayor of the small town, Ana Ruiz, said on Tuesday.\n\n" +
            "As Reyes put it, “the talks are a mess of ideas.”");
        var ruiz = m.Quote("We will never agree to this,");
        Assert.Equal("Ana Ruiz", ruiz.Speaker);
        Assert.Equal("the mayor of the small town, Ana Ruiz", ruiz.Source);
        Assert.Equal("Reyes", m.Quote("the talks are a mess of ideas.").Source);
    }

    [Fact]
    public void A_turn_label_two_people_could_be_names_nobody()
    {
        var m = Extract.From("Debate night\n\nTom Smith and Ann Smith debated on Monday.\n\nSMITH: I said “no new taxes” and I meant it.\n\nSMITH: And I said “no new roads”.");
        Assert.Null(m.Quote("no new taxes").Speaker);
    }

    [Fact]
    public void Colon_introduction()
    {
        var m = Extract.From("Health Minister Lena Berg said: “Every clinic will stay open.”");
        var q = m.Quote("Every clinic will stay open.");
        Assert.Equal("Lena Berg", q.Speaker);
        Assert.Equal("said", q.Verb);
    }

    [Fact]
    public void According_to()
    {
        var m = Extract.From("The bridge “will not open before June,” according to engineer Sam Okoro.");
        var q = m.Quote("will not open before June,");
        Assert.Equal("Sam Okoro", q.Speaker);
        Assert.Equal("according to", q.Verb);
    }

    [Fact]
    public void Partial_quotes_inside_reported_speech()
    {
        var m = Extract.From("Lena Berg said the ministry would “keep every clinic open” and avoid “needless closures”.");
        Assert.Equal("Lena Berg", m.Quote("keep every clinic open").Speaker);
        Assert.Equal("Lena Berg", m.Quote("needless closures").Speaker);
    }

    [Fact]
    public void Appositive_between_speaker_and_verb()
    {
        var m = Extract.From("Sam Okoro spoke first.\n\nLena Berg, who has run the clinic for a decade, said, “We are not going anywhere.”");
        Assert.Equal("Lena Berg", m.Quote("We are not going anywhere.").Speaker);
    }

    [Fact]
    public void Title_before_the_name_and_surname_back_reference()
    {
        var m = Extract.From("Foreign Ministry spokesman Karl Weiss met reporters.\n\n“Talks will go on,” Weiss said.");
        var q = m.Quote("Talks will go on,");
        Assert.Equal("Karl Weiss", q.Speaker);
        Assert.Equal("Foreign Ministry spokesman", m.Actor("Karl Weiss").Role);
    }

    [Fact]
    public void Pronouns_follow_gender()
    {
        var m = Extract.From("Ana Ruiz and Tom Reyes met on Monday. Reyes spoke first.\n\n“It went well,” she said.");
        Assert.Equal("Ana Ruiz", m.Quote("It went well,").Speaker);
    }

    [Fact]
    public void An_organization_speaks_through_the_ministry()
    {
        var m = Extract.From("The Health Ministry issued new rules on Monday.\n\n“Masks are no longer required,” the ministry said.");
        Assert.Equal("Health Ministry", m.Quote("Masks are no longer required,").Speaker);
    }

    [Fact]
    public void Told_gives_the_addressee()
    {
        var m = Extract.From("Lena Berg met Sam Okoro in Oslo.\n\n“We need more nurses,” Berg told Okoro.");
        var q = m.Quote("We need more nurses,");
        Assert.Equal("Lena Berg", q.Speaker);
        Assert.Equal("told", q.Verb);
        Assert.Equal("Sam Okoro", q.Addressee);
    }

    [Fact]
    public void A_floating_quote_paragraph_continues_the_previous_speaker()
    {
        var m = Extract.From("“The harvest was poor,” said farmer Ben Adeyemi.\n\n“We will need help before winter.”");
        Assert.Equal("Ben Adeyemi", m.Quote("We will need help before winter.").Speaker);
    }

    [Fact]
    public void A_participle_belongs_to_the_subject_of_its_sentence()
    {
        var m = Extract.From("Lena Berg praised the nurses on Friday, saying they had “worked miracles.”");
        var q = m.Quote("worked miracles.");
        Assert.Equal("Lena Berg", q.Speaker);
        Assert.Equal("saying", q.Verb);
    }

    [Fact]
    public void The_object_of_a_non_reporting_verb_is_not_the_speaker()
    {
        var m = Extract.From("Lena Berg called Sam Okoro “the best engineer in the country.”");
        Assert.Equal("Lena Berg", m.Quote("the best engineer in the country.").Speaker);
    }

    [Fact]
    public void The_speech_verb_lexicon_has_at_least_seventy_lemmas()
    {
        var lemmas = new System.Collections.Generic.HashSet<string>(Lexicons.SpeechVerbForms.Values);
        Assert.True(lemmas.Count >= 70, $"{lemmas.Count} lemmas");
        foreach (var form in new[] { "said", "says", "told", "added", "asked", "warned", "insisted", "wrote", "tweeted" })
        {
            Assert.True(Lexicons.SpeechVerbForms.ContainsKey(form), form);
        }
        Assert.Contains("according to", Lexicons.SpeechPhrases);
    }

    [Fact]
    public void An_organization_before_a_modified_role_is_the_persons_not_the_speaker()
    {
        var m = Extract.From("Seats\n\nAccording to Acme University political scholar Lena Berg, \u201cWomen hold fewer seats.\u201d "
            + "Tom Reyes of the Center for Harbour Studies said \u201cThis is a temporary reprieve.\u201d");
        Assert.Equal("Lena Berg", m.Quote("Women hold fewer seats.").Speaker);
        Assert.Equal("Tom Reyes", m.Quote("This is a temporary reprieve.").Speaker);
        Assert.Equal(Newsroom.Generator.Extraction.Model.ActorKind.Organization, m.Actor("Center for Harbour Studies").Kind);
        Assert.Equal(new[] { "Lena Berg", "Tom Reyes" }, m.People());
    }
}
