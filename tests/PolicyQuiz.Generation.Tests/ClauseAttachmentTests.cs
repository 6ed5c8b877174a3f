namespace PolicyQuiz.Generation.Tests;

public sealed class ClauseAttachmentTests
{
    [Fact]
    public void A_participle_after_a_common_noun_is_not_taken_for_the_verb()
    {
        var prompts = Given.Prompts("A vote planned for early June was postponed after the speaker fell ill in Vilnius.");

        Assert.DoesNotContain(prompts, p => p.Contains("did a vote plan", StringComparison.Ordinal));
        Assert.DoesNotContain(prompts, p => p.StartsWith("When was a vote planned postponed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_followed_by_said_keeps_said_as_its_verb()
    {
        var prompts = Given.Prompts("Norway said on Monday it had frozen the accounts of two shipping firms.");

        Assert.Contains("Which country said on Monday it had frozen the accounts of two shipping firms?", prompts);
    }

    [Fact]
    public void A_time_inside_the_subject_stays_in_the_question()
    {
        var prompts = Given.Prompts("The road to Tuesday's summit was cleared in late March by the two envoys.");

        Assert.Contains("When was the road to Tuesday's summit cleared by the two envoys?", prompts);
    }

    [Fact]
    public void A_time_that_belongs_to_a_participle_further_in_is_not_asked_for_the_main_verb()
    {
        var prompts = Given.Prompts("The ministry demanded the return of three buildings confiscated in Warsaw in 2019.");

        Assert.DoesNotContain(prompts, p => p.StartsWith("When did the ministry demand", StringComparison.Ordinal));
        Assert.DoesNotContain(prompts, p => p.StartsWith("Where did the ministry demand", StringComparison.Ordinal));
    }

    [Fact]
    public void A_duration_before_after_is_an_offset_not_a_length()
    {
        var prompts = Given.Prompts("The sanctions came three days after the Brazilian government expelled the ambassador.");

        Assert.DoesNotContain(prompts, p => p.StartsWith("How long did the sanctions come", StringComparison.Ordinal));
    }

    [Fact]
    public void Have_as_the_main_verb_gets_do_support_with_its_base_form()
    {
        var prompts = Given.Prompts("The Commerce Department has 90 days to report back to the White House.");

        Assert.DoesNotContain(prompts, p => p.Contains("does the Commerce Department has", StringComparison.Ordinal));
        Assert.Contains(prompts, p => p.StartsWith("How long does the Commerce Department have", StringComparison.Ordinal));
    }

    [Fact]
    public void She_after_a_sentence_naming_someone_else_refers_to_that_person()
    {
        const string body = "Anders Lind, the deputy trade minister, told Reuters the text was final. "
            + "The talks had opened in March. "
            + "On April 3, the two governments signed a protocol, which Maria Holm announced on television that night. "
            + "She signed in Oslo; the Danish envoy signed in Copenhagen.";
        var drafts = Given.Drafts(body);

        var where = drafts.First(c => c.Answer.Contains("Oslo") && c.Rule == "where");
        Assert.Contains("Maria Holm", where.Prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_main_clause_after_comma_and_gets_its_own_questions()
    {
        var prompts = Given.Prompts("He declined to comment on the report, and his daughter paid a short visit to Reykjavik.");

        Assert.Contains("Where did his daughter pay a short visit?", prompts);
    }

    [Fact]
    public void A_clause_after_a_semicolon_gets_its_own_questions()
    {
        var prompts = Given.Prompts("Maria Holm signed in Oslo; Anders Lind added his signature in Copenhagen during a video call.");

        Assert.Contains("Who added his signature in Copenhagen during a video call?", prompts);
    }

    [Fact]
    public void A_list_of_subjects_is_not_split_at_its_last_comma()
    {
        var drafts = Given.Drafts("Poland, Latvia, and Estonia signed the border pact in Tallinn.");

        Assert.DoesNotContain(drafts, c => c.Rule == "subject" && c.Answer.Count == 1 && c.Answer[0] == "Estonia");
    }

    [Fact]
    public void An_appositive_role_that_names_a_country_and_a_person_is_a_role()
    {
        var drafts = Given.Drafts("The minister met Lena Falk, Sweden's ambassador to the United States, and Ivo Dane, Vladimir Putin's foreign policy aide.");

        Assert.Contains(drafts, c => c.Prompt == "Who is Sweden's ambassador to the United States?" && c.Answer[0] == "Lena Falk");
        Assert.Contains(drafts, c => c.Prompt == "Who is Vladimir Putin's foreign policy aide?" && c.Answer[0] == "Ivo Dane");
    }

    [Fact]
    public void A_visit_to_a_place_is_asked_with_where()
    {
        var prompts = Given.Prompts("Jonas Berg paid a short private visit to Reykjavik on Monday.");

        Assert.Contains("Where did Jonas Berg pay a short private visit on Monday?", prompts);
    }

    [Fact]
    public void A_cloze_gap_takes_the_bracketed_acronym_with_it()
    {
        var drafts = Given.Drafts("The largest order in years came from Nordic Rail Holdings (NRH), owner of Baltic Ferries, for 12 trains.");

        var cloze = drafts.First(c => c.Rule == "cloze" && c.Answer[0] == "Nordic Rail Holdings");
        Assert.DoesNotContain("(NRH)", cloze.Prompt, StringComparison.Ordinal);
        Assert.Contains("NRH", cloze.Accept);
    }

    [Fact]
    public void The_US_in_capitals_is_not_a_first_person_prompt()
    {
        var doc = Given.Analyzed("Britain will open a quota of 13,000 tonnes of beef for farmers in the US.");
        var drafts = QuestionGenerator.Draft(doc, withFeatures: true);

        // the figure is asked as "How large a quota of beef will Britain open for farmers in the US?" (no cloze of it is drafted)
        var amount = drafts.First(c => c.Answer[0].StartsWith("13,000", StringComparison.Ordinal));
        Assert.Contains("in the US", amount.Prompt, StringComparison.Ordinal);
        Assert.Equal(0, amount.Features[Array.IndexOf(RankFeatures.Names, "first.person")]);
    }

    [Fact]
    public void A_name_that_spells_its_bracketed_acronym_is_one_organisation()
    {
        var doc = Given.Analyzed("She joined the Union for the Defence of Baltic Fisheries (UDBF) in 2019.");

        Assert.Contains(doc.Mentions, m => m.Text == "Union for the Defence of Baltic Fisheries" && m.Acronym == "UDBF");
    }

    [Fact]
    public void An_age_between_a_name_and_its_appositive_does_not_hide_the_role()
    {
        var drafts = Given.Drafts("The best known was Mira Sand, 58, a leading figure in the Northern Farmers League, who had been held since May.");

        Assert.Contains(drafts, c => c.Rule == "role" && c.Prompt == "Who is a leading figure in the Northern Farmers League?" && c.Answer[0] == "Mira Sand");
    }

    [Fact]
    public void An_object_relative_clause_asks_who_did_it_to_the_thing_before_it()
    {
        var prompts = Given.Prompts("On May 2, the two ministries signed a Protocol of Cooperation, which Lena Falk announced on the radio that night.");

        Assert.Contains("Who announced the Protocol of Cooperation on the radio that night?", prompts);
    }

    [Fact]
    public void A_present_verb_after_a_plural_subject_is_the_verb()
    {
        var prompts = Given.Prompts("Norwegian duties on many imported cars now stand at 40 percent, and Sweden has raised its rate on Danish goods to 25 percent.");

        Assert.Contains("To what level has Sweden raised its rate on Danish goods?", prompts);
        Assert.DoesNotContain(prompts, p => p.Contains("now stand at 40 percent, and", StringComparison.Ordinal));
    }

    [Fact]
    public void A_figure_with_a_noun_after_it_moves_the_noun_into_the_question()
    {
        var prompts = Given.Prompts("The agency says Iran has enriched its uranium to 60 percent purity.");

        Assert.Contains(prompts, p => p.StartsWith("To what purity", StringComparison.Ordinal));
        Assert.DoesNotContain(prompts, p => p.Contains("uranium purity", StringComparison.Ordinal));
    }

    [Fact]
    public void A_relative_clause_inside_the_subject_does_not_supply_the_verb()
    {
        var prompts = Given.Prompts("Officials who attended the talks in Geneva said the mood was calm.");

        Assert.DoesNotContain(prompts, p => p.Contains("who attend the talks said", StringComparison.Ordinal));
        Assert.DoesNotContain(prompts, p => p.StartsWith("Where did officials", StringComparison.Ordinal));
    }

    [Fact]
    public void A_time_right_after_a_participle_in_the_subject_dates_the_participle()
    {
        var prompts = Given.Prompts("A Reuters survey published this week found that most exporters expect higher tariffs.");

        Assert.DoesNotContain(prompts, p => p.StartsWith("When did a Reuters survey", StringComparison.Ordinal));
    }

    [Fact]
    public void A_figure_after_valued_at_is_asked_at_what_figure_with_its_unit()
    {
        var drafts = Given.Drafts("The National Survey puts proven cobalt reserves at about 80,000 tonnes.");

        var amount = drafts.First(c => c.Rule == "amount");
        Assert.Equal("At what figure does the National Survey put proven cobalt reserves?", amount.Prompt);
        Assert.Equal("about 80,000 tonnes", amount.Answer[0]);
    }

    [Fact]
    public void A_gap_inside_quotes_keeps_the_quotes_tight()
    {
        var prompts = Given.Prompts("In an interview, the minister said Norway would back the plan \"100%\" and refused to set a date.");

        Assert.Contains(prompts, p => p.Contains("\"_____\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_time_in_a_participle_phrase_of_the_subject_stays_with_it()
    {
        var prompts = Given.Prompts("Baltic leaders meeting in Riga on Wednesday agreed to raise the defence spending target to 4 percent of gross domestic product by 2030.");

        Assert.DoesNotContain(prompts, p => p.Contains("Riga on agree", StringComparison.Ordinal));
        Assert.Contains(prompts, p => p.StartsWith("To what share of gross domestic product did Baltic leaders meeting in Riga on Wednesday agree", StringComparison.Ordinal));
    }

    [Fact]
    public void A_time_answer_gets_distractors_of_its_own_shape()
    {
        Assert.Equal(Distractors.TimeShape("2029"), Distractors.TimeShape("2014"));
        Assert.NotEqual(Distractors.TimeShape("2029"), Distractors.TimeShape("Wednesday"));
        Assert.Equal(Distractors.TimeShape("April 17"), Distractors.TimeShape("March 2"));
        Assert.NotEqual(Distractors.TimeShape("April 17"), Distractors.TimeShape("mid-April"));
        Assert.Equal(Distractors.TimeShape("Wednesday afternoon"), Distractors.TimeShape("next Thursday"));
    }

    [Fact]
    public void A_trailing_said_that_opens_a_clause_of_its_own_is_not_an_attribution()
    {
        var drafts = Given.Drafts("Anna Lind called it the best offer in years, while Karl Berg said it would bring the partners closer.");

        Assert.DoesNotContain(drafts, c => c.Rule != "cloze" && c.Answer.Contains("Karl Berg") && c.Prompt.Contains("best offer", StringComparison.Ordinal));
        Assert.Contains(drafts, c => c.Prompt == "Who called it the best offer in years?" && c.Answer[0] == "Anna Lind");
    }

    [Fact]
    public void Two_particles_join_a_name()
    {
        var doc = Given.Analyzed("The plan was presented by Commission President Ursula von der Leyen in Brussels.");

        Assert.Contains(doc.Mentions, m => m.Text == "Ursula von der Leyen" && m.Type == EntityType.Person);
    }

    [Fact]
    public void And_before_a_new_subject_and_verb_ends_the_predicate_and_starts_a_clause()
    {
        var drafts = Given.Drafts("Under the plan, Norway is to buy 40 ships over five years and Danish firms are expected to invest a further 2 billion euros in Finland.");
        var prompts = drafts.Select(c => c.Prompt).ToList();

        Assert.DoesNotContain(drafts, c => c.Rule != "cloze" && c.Prompt.Contains("years and Danish firms", StringComparison.Ordinal));
        Assert.Contains("Where are Danish firms expected to invest a further 2 billion euros?", prompts);
    }

    [Fact]
    public void A_list_of_two_names_joined_by_and_is_not_split()
    {
        var prompts = Given.Prompts("Officials said talks between Poland and Lithuania were held in Vilnius on Monday.");

        Assert.DoesNotContain(prompts, p => p.StartsWith("Where were Lithuania", StringComparison.Ordinal));
    }

    [Fact]
    public void An_honorific_between_a_title_and_a_name_is_not_part_of_the_role()
    {
        var prompts = Given.Prompts("Qatari Prime Minister Sheikh Hamad bin Nasser Al Kuwari spoke with Iranian officials on Monday. Saudi Crown Prince Faisal bin Saud met him in Doha.");

        Assert.Contains("Who is the Qatari Prime Minister?", prompts);
        Assert.Contains("Who is the Saudi Crown Prince?", prompts);
    }

    [Fact]
    public void A_verb_whose_past_is_its_base_is_past_when_the_sentence_dates_the_past()
    {
        var prompts = Given.Prompts("On March 2, Norwegian jets hit the Vardo radar station, officials said.", published: "2025-03-14");

        Assert.Contains(prompts, p => p.StartsWith("When did Norwegian jets hit", StringComparison.Ordinal));
        Assert.DoesNotContain(prompts, p => p.StartsWith("Which city do", StringComparison.Ordinal) || p.StartsWith("Which city did", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fronted_phrase_without_a_comma_before_he_does_not_swallow_the_clause()
    {
        var prompts = Given.Prompts("At a news conference he declined to rule out sanctions, and his daughter paid a short visit to Reykjavik.");

        Assert.Contains("Where did his daughter pay a short visit?", prompts);
    }

    [Fact]
    public void A_place_that_modifies_a_noun_is_not_where_something_happened()
    {
        var prompts = Given.Prompts("At a Bergen news conference on January 7, Anna Lind declined to rule out sanctions.");

        Assert.DoesNotContain(prompts, p => p.StartsWith("Where did Anna Lind decline", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Details released by the Foreign Office on Wednesday spelled out the British side.", "When were details released by the Foreign Office?", "Wednesday")]
    [InlineData("A survey published this week found that most exporters expect higher tariffs.", "When was a survey published?", "this week")]
    [InlineData("Sanctions imposed on Belarus in 2011 were lifted by the council.", "When were sanctions imposed on Belarus?", "2011")]
    public void A_time_in_a_participle_phrase_of_the_subject_is_asked_about_that_participle(string sentence, string prompt, string answer)
    {
        var drafts = Given.Drafts(sentence);

        Assert.Contains(drafts, c => c.Prompt == prompt && c.Answer[0] == answer);
        Assert.DoesNotContain(drafts, c => c.Rule == "when" && c.Prompt != prompt && c.Answer[0] == answer);
    }

    [Fact]
    public void A_fronted_time_before_the_subject_is_asked_with_when()
    {
        var prompts = Given.Prompts("The vote was delayed. Late on Thursday the cabinet registered the bill in the Storting.");

        Assert.Contains("When did the cabinet register the bill in the Storting?", prompts);
    }

    [Fact]
    public void An_indirect_object_is_not_asked_as_the_object()
    {
        var prompts = Given.Prompts("Anna Lind said the pact sent Moscow a clear signal that the alliance would hold.");

        Assert.DoesNotContain(prompts, p => p.StartsWith("Which city did the pact send", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_verb_that_shares_a_subject_and_a_modal_gets_its_own_question()
    {
        var prompts = Given.Prompts("Chile will free 40 detained fishermen this month, return their boats and admit 300 inspectors into the port every year.");

        Assert.Contains("How many inspectors will Chile admit into the port every year?", prompts);
        Assert.DoesNotContain(prompts, p => p.Contains("return their boats and admit", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_past_verb_of_one_subject_gets_its_own_when_question()
    {
        var prompts = Given.Prompts("Foreign Minister Anna Lind arrived in Vilnius on Monday and met President Gitanas Nauseda on Tuesday.");

        Assert.Contains("When did Foreign Minister Anna Lind meet President Gitanas Nauseda?", prompts);
        Assert.Contains("When did Foreign Minister Anna Lind arrive in Vilnius?", prompts);
    }

    [Fact]
    public void A_second_verb_with_its_own_modal_keeps_the_subject()
    {
        var prompts = Given.Prompts("Under the accord, Norway will open a quota of 5,000 tonnes of salmon for Korean buyers, and will admit 300 Korean inspectors a year.");

        Assert.Contains("How many Korean inspectors will Norway admit a year under the accord?", prompts);
    }

    [Fact]
    public void A_clause_after_a_colon_gets_questions_of_its_own()
    {
        var drafts = Given.Drafts("The buyer was named this morning: Nordic Rail Holdings (NRH), owner of Baltic Ferries, confirmed an order for 12 trains.");

        var who = drafts.First(c => c.Rule == "subject");
        Assert.Equal("Which company confirmed an order for 12 trains?", who.Prompt);
        Assert.Equal("Nordic Rail Holdings", who.Answer[0]);
        Assert.Contains("NRH", who.Accept);
    }

    [Fact]
    public void The_names_in_a_role_subject_appositive_are_asked_for_together()
    {
        var drafts = Given.Drafts("On Monday, the two trade ministers, Anna Lind of Sweden and Petr Novak of Czechia, signed the final text of a customs pact.");

        var who = drafts.First(c => c.Rule == "subject");
        Assert.Equal("Which of these people signed the final text of a customs pact on Monday?", who.Prompt);
        Assert.Equal(["Anna Lind", "Petr Novak"], who.Answer);
    }

    [Fact]
    public void A_change_from_one_level_to_another_is_asked_both_ways()
    {
        var prompts = Given.Prompts("Brazil will cut its duties on Korean steel from 40 percent to 12 percent.");

        Assert.Contains("From what level will Brazil cut its duties on Korean steel to 12 percent?", prompts);
        Assert.Contains("To what level will Brazil cut its duties on Korean steel from 40 percent?", prompts);
    }

    [Fact]
    public void A_relative_clause_on_the_subject_is_asked_about_that_subject()
    {
        var prompts = Given.Prompts("The Canadian levy on Chinese electric cars, which was raised in March to 80 percent, will fall to 20 percent.");

        Assert.Contains("To what level was the Canadian levy on Chinese electric cars raised in March?", prompts);
        Assert.Contains("To what level will the Canadian levy on Chinese electric cars fall?", prompts);
    }

    [Fact]
    public void A_meeting_placed_by_at_is_asked_where_it_was_held()
    {
        var prompts = Given.Prompts("The deal came after a two-hour meeting at Bellevue Palace between Olaf Berg and Petr Novak, officials said.");

        Assert.Contains("Where was the two-hour meeting between Olaf Berg and Petr Novak held?", prompts);
    }

    [Fact]
    public void Talks_dated_after_the_article_are_asked_in_the_future()
    {
        var prompts = Given.Prompts("Diplomats are preparing for a third round of Qatari-mediated talks in Doha on Monday, March 17.", published: "2025-03-14");

        Assert.Contains("Where will the third round of Qatari-mediated talks be held on Monday, March 17?", prompts);
    }

    [Fact]
    public void A_bare_meeting_is_not_asked_where_it_was_held()
    {
        var prompts = Given.Prompts("The meeting at Bellevue Palace was the first in four years.");

        Assert.DoesNotContain("Where was the meeting held?", prompts);
    }

    [Fact]
    public void A_plural_object_followed_by_names_asks_which_of_them()
    {
        var prompts = Given.Prompts("The delegation in Oslo included two deputy trade ministers, Anna Lind and Petr Novak, officials said.");

        Assert.Contains("Which deputy trade ministers did the delegation in Oslo include?", prompts);
    }

    [Fact]
    public void A_which_relative_after_a_company_is_a_clause_about_that_company()
    {
        var drafts = Given.Drafts("The buyers would take a stake in Nordic Ports Company, which operates the terminals at Bergen and Stavanger on the coast.");

        var where = drafts.First(c => c.Rule == "where");
        Assert.Equal("Where does Nordic Ports Company operate the terminals on the coast?", where.Prompt);
        Assert.Equal(["Bergen", "Stavanger"], where.Answer);
    }

    [Fact]
    public void A_dated_call_between_two_leaders_is_asked_when_it_took_place()
    {
        var prompts = Given.Prompts("The summit followed a phone call between President Anna Lind and Petr Novak on February 12, officials said.");

        Assert.Contains("When did the phone call between President Anna Lind and Petr Novak take place?", prompts);
    }

    [Fact]
    public void A_noun_led_by_a_name_asks_who_led_it()
    {
        var prompts = Given.Prompts("The port operator agreed to sell its terminals to a consortium led by Maersk, the companies said.");

        Assert.Contains(prompts, p => p.EndsWith(" led the consortium?", StringComparison.Ordinal));
    }

    [Fact]
    public void A_possessive_country_before_an_agency_leaves_the_agency_as_the_subject()
    {
        var prompts = Given.Prompts("Norway's Competition Authority said on May 2 that it would review the merger.");

        Assert.Contains(prompts, p => p.Contains("said on May 2 that it would review the merger?", StringComparison.Ordinal) && !p.StartsWith("When", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_inside_a_report_gets_its_own_frame()
    {
        var prompts = Given.Prompts("Anna Lind, chief executive of Nordic Metals, told the newspaper her company had been warned that permits could take 60 days to process.");

        Assert.Contains("How long could permits take to process?", prompts);
    }

    [Fact]
    public void Two_fronted_phrases_keep_the_first_ones_time()
    {
        var prompts = Given.Prompts("Anna Lind visited Oslo in May. On Friday, on the eve of the vote, Lind wrote on social media that the deal was done.");

        Assert.Contains("When did Lind write on social media that the deal was done?", prompts);
    }

    [Fact]
    public void A_past_verb_before_by_and_a_plain_noun_is_still_the_verb()
    {
        var prompts = Given.Prompts("The prime minister hosted the talks in Oslo, and Petr Novak joined by telephone.");

        Assert.Contains(prompts, p => p.EndsWith("joined the talks by telephone?", StringComparison.Ordinal));
    }

    [Fact]
    public void A_which_relative_on_an_object_noun_is_a_clause_about_that_noun()
    {
        var prompts = Given.Prompts("The king hosted the meeting, which lasted 40 minutes, at the palace.");

        Assert.Contains("How long did the meeting last?", prompts);
    }

    [Fact]
    public void A_name_with_a_description_between_commas_is_asked_from_the_description()
    {
        var prompts = Given.Prompts("Chile decided to leave the Pacific Fisheries Compact, the regional treaty that Peru joined in 2015.");

        Assert.Contains("What is the regional treaty that Peru joined in 2015?", prompts);
    }

    [Fact]
    public void A_description_of_a_longer_phrase_is_not_asked_of_its_last_name()
    {
        var prompts = Given.Prompts("Lind also waived Article 9 of the Nordic Trade Act, a 1994 provision that bars aid to shipyards.");

        Assert.DoesNotContain("What is the 1994 provision that bars aid to shipyards?", prompts);
    }

    [Fact]
    public void A_fronted_name_stands_for_the_pronoun_subject_and_be_to_acts_as_a_modal()
    {
        var prompts = Given.Prompts("Named the Baltic Link Corridor (BLC), it is to run through Lithuania and connect mainland Russia with Kaliningrad.");

        Assert.Contains(prompts, p => p.StartsWith("Through which", StringComparison.Ordinal) && p.EndsWith("is the Baltic Link Corridor to run?", StringComparison.Ordinal));
        Assert.Contains(prompts, p => p.StartsWith("Which", StringComparison.Ordinal) && p.EndsWith("is the Baltic Link Corridor to connect mainland Russia with?", StringComparison.Ordinal));
    }

    [Fact]
    public void A_which_relative_that_names_the_thing_asks_what_it_is_called()
    {
        var prompts = Given.Prompts("Moscow has long wanted such a route, which it calls the Suwalki corridor.");

        Assert.Contains("What does Moscow call such a route?", prompts);
    }

    [Fact]
    public void An_announced_plan_gets_its_own_frame()
    {
        var prompts = Given.Prompts("Anna Lind met Petr Novak in March. On Saturday she announced that she would travel to Oslo from April 2 to 4 for talks.");

        Assert.Contains("When would Anna Lind travel to Oslo for talks?", prompts);
    }

    [Fact]
    public void A_date_followed_by_after_is_not_an_offset()
    {
        var prompts = Given.Prompts("The cabinet endorsed the deal on Friday, and the full government ratified it in the early hours of Saturday after a long session.");

        Assert.Contains(prompts, p => p.StartsWith("When did the full government ratify it", StringComparison.Ordinal));
    }

    [Fact]
    public void A_nations_pledge_with_a_sum_is_asked_as_that_nations_act()
    {
        var prompts = Given.Prompts("The deal lowers tariffs in return for a Norwegian pledge to invest $40 billion in Chilean mines.");

        Assert.Contains("How much did Norway pledge to invest in Chilean mines?", prompts);
    }

    [Fact]
    public void A_cleft_sentence_asks_about_its_focused_place_and_time()
    {
        var prompts = Given.Prompts("It was in Vilnius, on February 18, that the talks resumed.");

        Assert.Contains("Where did the talks resume?", prompts);
        Assert.Contains("When did the talks resume?", prompts);
    }
}
