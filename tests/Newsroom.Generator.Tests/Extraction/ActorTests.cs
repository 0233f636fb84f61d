using System.Linq;
using Newsroom.Generator.Extraction.Model;
using Xunit;

namespace Newsroom.Generator.Tests.Extraction;

/// <summary>People, organizations and places; roles and aliases; and what is not a person.</summary>
public class ActorTests
{
    [Fact]
    public void A_person_named_elsewhere_is_no_body_when_the_name_follows_the()
    {
        var m = Extract.From("Fashion news.\n\nLena Berg spoke first. A representative for the Lena Berg label said sales rose.\n\nThe Harbour Dead played on. The Harbour Dead said the tour goes on.");
        Assert.Single(m.Actors, a => a.Name == "Lena Berg");
        Assert.Equal(ActorKind.Person, m.Actor("Lena Berg").Kind);
    }

    [Fact]
    public void Laws_events_and_roles_named_after_a_body_are_no_organizations()
    {
        var m = Extract.From("Court news.\n\nThe judge cited the Harbour Authority Act and the Harbour Association Championships. Harbour Association President Tom Reyes spoke. The Kent School of Law and the Harbour Association answered.");
        var orgs = m.Actors.Where(a => a.Kind == ActorKind.Organization).Select(a => a.Name).ToArray();
        Assert.DoesNotContain("Harbour Authority Act", orgs);
        Assert.DoesNotContain("Harbour Association Championships", orgs);
        Assert.DoesNotContain(orgs, o => o.EndsWith("President", System.StringComparison.Ordinal));
        Assert.Contains("Kent School of Law", orgs);
        Assert.Contains("Harbour Association", orgs);
    }

    [Fact]
    public void A_body_is_named_by_the_noun_around_it_but_not_a_demonym()
    {
        var m = Extract.From("Politics news.\n\nShe will form a party called Kestrel Dover and stand for the Sustainable Kestrel party. Members of a club named “Dock Sisters” met; the Republican party replied.");
        var orgs = m.Actors.Where(a => a.Kind == ActorKind.Organization).Select(a => a.Name).ToArray();
        Assert.Contains("Kestrel Dover", orgs);
        Assert.Contains("Sustainable Kestrel", orgs);
        Assert.Contains("Dock Sisters", orgs);
        Assert.DoesNotContain("Republican", orgs);
    }

    [Fact]
    public void Names_hold_an_en_dash_and_a_plural_noun_s_possessive()
    {
        var m = Extract.From("EXCLUSIVE–Lena Berg speaks\n\nResearchers at the Kent–Dover Harbour Authority met members of the Harbour People's Liberation Front and the Dock Workers' Union. Reyes' Senate record was cited.");
        var orgs = m.Actors.Where(a => a.Kind == ActorKind.Organization).Select(a => a.Name).ToArray();
        Assert.Contains("Kent–Dover Harbour Authority", orgs);
        Assert.Contains("Harbour People's Liberation Front", orgs);
        Assert.Contains("Dock Workers' Union", orgs);
        Assert.DoesNotContain(orgs, o => o.StartsWith("Reyes", System.StringComparison.Ordinal));
        Assert.DoesNotContain(m.Actors, a => a.Name.StartsWith("EXCLUSIVE", System.StringComparison.Ordinal));
    }

    [Fact]
    public void An_unnamed_source_capitalised_at_a_sentence_start_is_no_organization()
    {
        var m = Extract.From("Fire news.\n\nAuthorities have not named a cause for the fire.\n\nPolice said the suspect surrendered.\n\nThe Harbour Court ruled on Monday. The Court said the pier must reopen.");
        Assert.DoesNotContain(m.Actors, a => a.Name is "Authorities" or "Police");
        Assert.Contains(m.Actors, a => a.Name == "Harbour Court" && a.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_defined_acronym_is_its_organization_wherever_it_stands()
    {
        var m = Extract.From("Music news.\n\nThe site got a notice from the Harbour Music Association of Dover (HMAD).\n\nHMAD's notice claimed “the code breaks locks”.\n\nHMAD listed ten copies.");
        var org = m.Actor("Harbour Music Association of Dover");
        Assert.Equal(ActorKind.Organization, org.Kind);
        Assert.Contains("HMAD", org.Aliases);
        Assert.Equal("Harbour Music Association of Dover", m.Quote("the code breaks locks").Speaker);
    }

    [Fact]
    public void An_acronym_before_its_words_in_brackets_names_a_body_only_when_it_is_one()
    {
        var m = Extract.From("Wrestling news.\n\nHe signed for KRW (Kent Ring Wrestling) in May and used HPC (High Performance Computing) tools.\n\n“He was loved,” KRW said.");
        Assert.Equal("Kent Ring Wrestling", m.Quote("He was loved,").Speaker);
        Assert.Contains("KRW", m.Actor("Kent Ring Wrestling").Aliases);
        Assert.DoesNotContain(m.Actors, a => a.Name == "High Performance Computing");
    }

    [Fact]
    public void The_words_of_an_acronym_in_brackets_are_one_body_with_the_places_inside()
    {
        var m = Extract.From("Border news.\n\nThe SDF said dozens of NLIS (National Legion of Iraq and Syria) fighters fled.\n\n“We will return,” NLIS said.");
        var org = m.Actor("National Legion of Iraq and Syria");
        Assert.Equal(ActorKind.Organization, org.Kind);
        Assert.Contains("NLIS", org.Aliases);
        Assert.Equal("National Legion of Iraq and Syria", m.Quote("We will return,").Speaker);
        Assert.DoesNotContain(m.Actors, a => a.Name is "Iraq" or "Syria");
    }

    [Fact]
    public void An_acronym_after_a_body_reaches_back_over_and_but_not_over_a_title()
    {
        var m = Extract.From("Power news.\n\nA drone hired by Norfolk Gas and Power (NG&P) hit a line.\n\nMember of Parliament (MP) Lena Berg said the line was old.\n\nNG&P said the repair would take a week.");
        Assert.Equal(ActorKind.Organization, m.Actor("Norfolk Gas and Power").Kind);
        Assert.DoesNotContain(m.Actors, a => a.Name is "Norfolk Gas" or "Member of Parliament");
        Assert.Contains("Lena Berg", m.People());
    }

    [Fact]
    public void A_country_s_government_is_one_organization_however_it_is_named()
    {
        var m = Extract.From("Talks news.\n\nThe Syrian government said talks would resume. The government of Syria denied any deal.\n\n" +
            "The British government agreed, and the UK government sent an envoy. The Danish Government and the Danish government wrote too.");
        var syria = m.Actor("Syrian government");
        Assert.Contains("government of Syria", syria.Aliases);
        Assert.Contains("UK government", m.Actor("British government").Aliases);
        Assert.Contains("Danish government", m.Actor("Danish Government").Aliases);
        Assert.DoesNotContain(m.Actors, a => a.Name is "government of Syria" or "UK government" or "Danish government");
    }

    [Fact]
    public void A_short_name_is_the_body_whose_name_it_starts_after_a_place()
    {
        var m = Extract.From("Vote news.\n\nThe United States House of Representatives voted on Monday. The House Harbour Committee had asked for the vote, " +
            "and the full House agreed.");
        var house = m.Actor("United States House of Representatives");
        Assert.Contains("House", house.Aliases);
        Assert.DoesNotContain(m.Actors, a => a.Name == "House");
        Assert.Equal(ActorKind.Organization, m.Actor("House Harbour Committee").Kind);
    }

    [Fact]
    public void A_committee_named_without_its_chamber_is_the_chamber_s_committee_and_a_role_keeps_the_whole_name()
    {
        var m = Extract.From("Vote news.\n\nLena Berg, the chairman of the House Harbour and Reform Committee, was 68.\n\n" +
            "Tom Reyes, the most senior member of the Harbour and Reform Committee, stepped in.");
        Assert.Equal("chairman of the House Harbour and Reform Committee", m.Actor("Lena Berg").Role);
        Assert.Contains("Harbour and Reform Committee", m.Actor("House Harbour and Reform Committee").Aliases);
        Assert.DoesNotContain(m.Actors, a => a.Name == "Harbour and Reform Committee");
    }

    [Fact]
    public void A_committee_two_chambers_have_stays_apart()
    {
        var m = Extract.From("Vote news.\n\nThe House Harbour Committee and the Senate Harbour Committee met. The Harbour Committee said nothing.");
        Assert.Equal(ActorKind.Organization, m.Actor("Harbour Committee").Kind);
    }

    [Fact]
    public void Three_spellings_of_one_body_are_one_actor_that_keeps_every_mention_and_quote()
    {
        var m = Extract.From("Firm news.\n\nQUIL said it would grow. The company Quil hired staff.\n\nLater, QuIl said: \"We are glad.\"");
        var org = Assert.Single(m.Actors, a => a.Kind == ActorKind.Organization);
        Assert.Equal("QUIL", org.Name);
        Assert.Equal(3, org.Mentions);
        Assert.Equal("QUIL", m.Quote("We are glad.").Speaker);
    }

    [Fact]
    public void A_short_name_that_starts_a_longer_one_before_of_is_it_even_when_a_place_opens_both()
    {
        var m = Extract.From("Defence news.\n\nThe UK Ministry of Harbours said the port would open. The UK Ministry declined to say when.");
        Assert.Contains("UK Ministry", m.Actor("UK Ministry of Harbours").Aliases);
        Assert.DoesNotContain(m.Actors, a => a.Name == "UK Ministry");
    }

    [Fact]
    public void Governments_of_two_countries_stay_two()
    {
        var m = Extract.From("Talks news.\n\nThe Austrian government said talks would resume. The government of Australia disagreed.");
        Assert.Equal(ActorKind.Organization, m.Actor("Austrian government").Kind);
        Assert.Equal(ActorKind.Organization, m.Actor("government of Australia").Kind);
    }

    [Fact]
    public void What_a_title_is_of_is_an_organization_not_a_person()
    {
        var m = Extract.From("Software news.\n\nLena Berg, the Chief Code Officer of Harbour Soft said the code was open.\n\nChief of Staff Tom Reyes agreed.");
        Assert.DoesNotContain("Harbour Soft", m.People());
        Assert.Contains("Lena Berg", m.People());
        Assert.Contains("Tom Reyes", m.People());
        Assert.DoesNotContain("Staff Tom Reyes", m.People());
    }

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

    [Fact]
    public void Organization_names_run_over_for_on_and_and()
    {
        var m = Extract.From(
            "Data from the Centers for Disease Control and Prevention were cited. The Commission on Harbour Debates met.\n\n" +
            "A National Oceanic and Atmospheric Administration buoy sank.");
        Assert.Equal(ActorKind.Organization, m.Actor("Centers for Disease Control and Prevention").Kind);
        Assert.Equal(ActorKind.Organization, m.Actor("Commission on Harbour Debates").Kind);
        Assert.Equal(ActorKind.Organization, m.Actor("National Oceanic and Atmospheric Administration").Kind);
        Assert.Empty(m.People());
    }

    [Fact]
    public void Words_before_an_organization_keyword_stay_in_its_name()
    {
        var m = Extract.From("The ruling of the Supreme Court of the United Kingdom was read by the National Harbour Institute.");
        Assert.Equal(ActorKind.Organization, m.Actor("Supreme Court of the United Kingdom").Kind);
        Assert.Equal(ActorKind.Organization, m.Actor("National Harbour Institute").Kind);
    }

    [Fact]
    public void A_capitalised_role_noun_before_a_name_is_a_role()
    {
        var m = Extract.From("Attorney Tim Lohmar said the case was closed. Legislator Tanya Chan disagreed.");
        Assert.Equal(new[] { "Tim Lohmar", "Tanya Chan" }, m.People());
        Assert.Equal("attorney", m.Actor("Tim Lohmar").Role, ignoreCase: true);
        Assert.Equal("legislator", m.Actor("Tanya Chan").Role);
    }

    [Fact]
    public void A_role_noun_before_a_given_name_inside_a_run_is_a_title()
    {
        var m = Extract.From("The inquiry was led by Board Member Jennifer Ostrova.");
        Assert.Equal(new[] { "Jennifer Ostrova" }, m.People());
        Assert.Equal("Board Member", m.Actor("Jennifer Ostrova").Role);
    }

    [Fact]
    public void Caption_labels_storms_and_bare_titles_are_no_people()
    {
        var m = Extract.From(
            "Lena BergImage: Harbour Press.\n\nHurricane Dorian hit the islands. Typhoon Phanfone followed.\n\n" +
            "The Vice President said the plan would pass. Lena Berg agreed.");
        Assert.Equal(new[] { "Lena Berg" }, m.People());
    }

    [Fact]
    public void Places_works_and_laws_are_no_people()
    {
        var m = Extract.From(
            "Crowds gathered at Mysore Junction and marched to Victoria Market. The Harbour Accords were signed.\n\n" +
            "The James Webb Space Telescope will look. Engineers at Milwaukee County agreed.");
        Assert.Empty(m.People());
    }

    [Fact]
    public void A_monarch_keeps_the_title_in_a_name_with_a_regnal_number()
    {
        var m = Extract.From("Queen Elizabeth II opened the session.");
        Assert.Equal(new[] { "Queen Elizabeth II" }, m.People());
    }

    [Fact]
    public void The_first_of_two_surnames_names_the_person()
    {
        var m = Extract.From("Marta Ruiz Ortega resigned on Friday. Ruiz said she would leave in August.");
        Assert.Equal(new[] { "Marta Ruiz Ortega" }, m.People());
        Assert.Contains("Ruiz", m.Actor("Marta Ruiz Ortega").Aliases);
    }

    [Fact]
    public void Organizations_by_the_nouns_and_appositives_around_them()
    {
        var m = Extract.From(
            "He played drums in the rock band Velvet Lights. Zenova, the Norwegian space agency, launched a probe.\n\n" +
            "The results were published on Wednesday in Tidal Letters. Store chains Tillbury and Marklund lowered prices.");
        Assert.All(new[] { "Velvet Lights", "Zenova", "Tidal Letters", "Tillbury", "Marklund" },
            name => Assert.Equal(ActorKind.Organization, m.Actor(name).Kind));
        Assert.Empty(m.People());
    }

    [Fact]
    public void Governments_of_places_are_organizations()
    {
        var m = Extract.From("The Chinese government objected. The government of Samoa closed its offices.");
        Assert.Equal(ActorKind.Organization, m.Actor("Chinese government").Kind);
        Assert.Equal(ActorKind.Organization, m.Actor("government of Samoa").Kind);
    }

    [Fact]
    public void A_single_name_before_its_campaign_or_administration_is_an_organization()
    {
        var m = Extract.From("The Okoro campaign said it would appeal.");
        Assert.Equal(ActorKind.Organization, m.Actor("Okoro campaign").Kind);
        Assert.Empty(m.People());
    }

    [Fact]
    public void An_acronym_defined_in_brackets_is_the_organization()
    {
        var m = Extract.From("The Harbour Crime Agency (HCA) opened an inquiry. Later the HCA said it had found nothing.");
        var agency = m.Actor("Harbour Crime Agency");
        Assert.Contains("HCA", agency.Aliases);
        Assert.Single(m.Actors, a => a.Kind == ActorKind.Organization);
    }

    [Fact]
    public void An_organization_goes_by_its_fullest_name_and_takes_its_short_names()
    {
        var m = Extract.From(
            "The CDC said the risk was low. The Centers for Disease Control and Prevention added a warning.\n\n" +
            "The US Senate voted on Tuesday. The Senate will vote again. The Court of Session ruled. The Court said more.");
        var cdc = m.Actor("Centers for Disease Control and Prevention");
        Assert.Contains("CDC", cdc.Aliases);
        Assert.Contains("Senate", m.Actor("US Senate").Aliases);
        Assert.Contains("Court", m.Actor("Court of Session").Aliases);
    }

    [Fact]
    public void Outlets_brands_and_a_capitalised_The_are_organizations()
    {
        var m = Extract.From(
            "She told The Morrow Ledger that the deal was done. According to Townnews, it was.\n\n" +
            "HarbourSoft announced a patch, and the critic wrote in The Independent Review about it.");
        Assert.All(new[] { "Morrow Ledger", "Townnews", "HarbourSoft", "Independent Review" },
            name => Assert.Equal(ActorKind.Organization, m.Actor(name).Kind));
        Assert.Empty(m.People());
    }

    [Fact]
    public void A_hyphenated_modifier_is_no_part_of_a_name()
    {
        var m = Extract.From("The Reyes-backed candidate Lena Berg won. The Kurdish-led Harbour Forces retreated.");
        Assert.Equal(new[] { "Lena Berg" }, m.People());
        Assert.Equal(ActorKind.Organization, m.Actor("Harbour Forces").Kind);
    }

    [Fact]
    public void Kin_role_nouns_and_ages_make_single_names_people()
    {
        var m = Extract.From(
            "Sam Okoro is survived by his wife Maureen and their sons Wyatt and Zachary.\n\n" +
            "The album features rapper Tizzo. Fourteen-year-old Zoe said she was scared.");
        Assert.Equal(new[] { "Sam Okoro", "Maureen", "Wyatt", "Zachary", "Tizzo", "Zoe" }, m.People());
    }

    [Fact]
    public void A_name_listed_beside_a_person_is_a_person()
    {
        var m = Extract.From("Second and third place went to Lena Berg and Ababel Yeshaneh.");
        Assert.Equal(new[] { "Lena Berg", "Ababel Yeshaneh" }, m.People());
    }

    [Fact]
    public void Appositives_places_and_commas_before_a_reporting_verb_make_people()
    {
        var m = Extract.From(
            "Adebayo Okonkwo, a vice president at Harbourline, said the lines would reopen.\n\n" +
            "The silver went to Tarek Elsayed of Qatar. A former official, Ilkka Rantanen, said it was late.");
        Assert.Equal(new[] { "Adebayo Okonkwo", "Tarek Elsayed", "Ilkka Rantanen" }, m.People());
    }

    [Fact]
    public void A_name_after_the_is_a_body_when_it_speaks()
    {
        var m = Extract.From("The Morning Crew said it would return. The Harbourites have said they will sue.");
        Assert.Empty(m.People());
        Assert.Equal(ActorKind.Organization, m.Actor("Harbourites").Kind);
    }

    [Fact]
    public void A_word_after_a_place_is_no_person_by_itself()
    {
        var m = Extract.From("Cyprus Mail reported the deal on Monday.");
        Assert.Empty(m.People());
    }

    [Fact]
    public void A_person_and_the_organization_of_the_person()
    {
        var m = Extract.From("Steve Peers of the University of Essex said the ruling was clear.");
        Assert.Equal(new[] { "Steve Peers" }, m.People());
        Assert.Equal(ActorKind.Organization, m.Actor("University of Essex").Kind);
    }

    [Fact]
    public void Capitals_after_an_organization_noun_or_an_outlet_cue_are_an_organization()
    {
        var m = Extract.From("The study appeared in the journal MARE ONE on Monday. The singer told KTZ that she would return.");
        Assert.Equal(ActorKind.Organization, m.Actor("MARE ONE").Kind);
        Assert.Equal(ActorKind.Organization, m.Actor("KTZ").Kind);
    }

    [Fact]
    public void A_keyword_alone_that_opens_a_sentence_before_a_lower_case_word_is_no_body()
    {
        var m = Extract.From("Team leader Tom Reyes said the wreck was found. Schools will reopen on Monday. Congress voted on Friday.");
        Assert.DoesNotContain(m.Actors, a => a.Name is "Team" or "Schools");
        Assert.Equal(ActorKind.Organization, m.Actor("Congress").Kind);
        Assert.Equal(ActorKind.Person, m.Actor("Tom Reyes").Kind);
    }

    [Fact]
    public void A_country_before_a_party_says_whose_party_it_is_and_the_party_goes_by_its_own_name()
    {
        var m = Extract.From("The US Green Party chose its nominee on Saturday. The Green Party met in Ohio. "
            + "The Maryland Democratic Party held a vote.");
        Assert.Equal(ActorKind.Organization, m.Actor("Green Party").Kind);
        Assert.DoesNotContain(m.Actors, a => a.Name == "US Green Party");
        Assert.Equal(ActorKind.Place, m.Actor("United States").Kind);
        // A state's party is its own body.
        Assert.Equal(ActorKind.Organization, m.Actor("Maryland Democratic Party").Kind);
    }

    [Fact]
    public void A_known_organization_before_a_title_is_named_and_the_person_still_speaks()
    {
        var m = Extract.From("Launch set\n\n\u201cWe will fly,\u201d said NASA Administrator Jane Holt.");
        Assert.Equal(ActorKind.Organization, m.Actor("NASA").Kind);
        Assert.Equal("Jane Holt", m.Quote("We will fly,").Speaker);
        Assert.Equal(new[] { "Jane Holt" }, m.People());
    }

    [Fact]
    public void A_name_that_holds_its_The_keeps_it_and_is_the_longer_name_when_the_article_gives_one()
    {
        var alone = Extract.From("Fire in Leeds\n\nThe fire spread fast, according to The Times.");
        Assert.Equal(ActorKind.Organization, alone.Actor("The Times").Kind);
        var both = Extract.From("Deal done\n\nThe New York Times reported the deal. The Times said the talks went on.");
        Assert.Single(both.Actors, a => a.Kind == ActorKind.Organization);
        Assert.Contains("The Times", both.Actor("New York Times").Aliases);
    }

    [Fact]
    public void A_keyword_that_opens_X_of_Y_inside_a_sentence_keeps_the_whole_name()
    {
        var m = Extract.From("Poll\n\nSupport rose, perhaps due, League of Rural Grocers president Tom Reyes said.");
        Assert.Equal(ActorKind.Organization, m.Actor("League of Rural Grocers").Kind);
        Assert.DoesNotContain(m.Actors, a => a.Name == "Rural Grocers");
    }

    [Fact]
    public void A_couples_given_names_before_a_foundation_are_in_its_name()
    {
        var m = Extract.From("Grant\n\nThe grant came from the Lena and Marta Berg Foundation last year.");
        Assert.Equal(ActorKind.Organization, m.Actor("Lena and Marta Berg Foundation").Kind);
        Assert.Empty(m.People());
    }

    [Fact]
    public void No_opening_a_sentence_is_no_part_of_a_name()
    {
        var m = Extract.From("Strike\n\nThe Northern Coalition said the strike missed. \u201cNo Coalition troops were hurt.\u201d");
        Assert.DoesNotContain(m.Actors, a => a.Name.StartsWith("No ", System.StringComparison.Ordinal));
        Assert.Equal(ActorKind.Organization, m.Actor("Northern Coalition").Kind);
    }

    [Fact]
    public void The_geological_survey_is_a_known_agency_not_a_person()
    {
        var m = Extract.From("Quake\n\nThe US Geological Survey said the quake struck at dawn. The USGS said more may follow.");
        Assert.Empty(m.People());
        Assert.Equal(ActorKind.Organization, Assert.Single(m.Actors, a => a.Name.EndsWith("Geological Survey", System.StringComparison.Ordinal)).Kind);
    }

    [Fact]
    public void A_bodys_name_that_ends_in_a_title_is_a_role_not_a_body()
    {
        var m = Extract.From("Trial\n\nTom Reyes, the Republican Senate Majority Leader, set a date. The Department of Justice agreed.");
        Assert.DoesNotContain(m.Actors, a => a.Name.EndsWith("Leader", System.StringComparison.Ordinal));
        Assert.Equal(ActorKind.Organization, m.Actor("Department of Justice").Kind);
        Assert.Equal(ActorKind.Person, m.Actor("Tom Reyes").Kind);
    }

    [Fact]
    public void A_known_name_goes_on_over_and_and_two_bodies_joined_by_and_stay_two()
    {
        var m = Extract.From("Filing\n\nOn Friday Acme Motor Company told the U.S. Securities and Exchange Commission it would comply. "
            + "The study by the University of Leeds and Center for Harbour Studies was published.");
        Assert.Equal(ActorKind.Organization, m.Actor("Acme Motor Company").Kind);
        Assert.Equal(ActorKind.Organization, m.Actor("U.S. Securities and Exchange Commission").Kind);
        Assert.Equal(ActorKind.Organization, m.Actor("University of Leeds").Kind);
        Assert.Equal(ActorKind.Organization, m.Actor("Center for Harbour Studies").Kind);
    }

    [Fact]
    public void Former_and_a_past_reporting_verb_opening_a_run_are_no_part_of_a_bodys_name()
    {
        var m = Extract.From("Obituary\n\nFormer United States Central Intelligence Agency officer Tom Reyes died. "
            + "Remarked Center for Harbour Studies director Lena Berg: it works. The State Department agreed.");
        Assert.Single(m.Actors, a => a.Name == "United States Central Intelligence Agency");
        Assert.Single(m.Actors, a => a.Name == "Center for Harbour Studies");
        Assert.Equal(ActorKind.Organization, m.Actor("State Department").Kind);
        Assert.DoesNotContain(m.Actors, a => a.Name.StartsWith("Former", System.StringComparison.Ordinal) || a.Name.StartsWith("Remarked", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_region_by_its_head_word_is_no_person()
    {
        var m = Extract.From("Contest\n\nThe contest for the prize of the Governor of Tyumen Oblast, Russia, took place in April. "
            + "The event was supported by Tyumen Oblast. Tyumen is more than competitive, Tom Reyes said.");
        Assert.Equal(new[] { "Tom Reyes" }, m.People());
    }
}
