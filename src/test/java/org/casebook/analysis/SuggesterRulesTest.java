package org.casebook.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.casebook.analysis.LetterText.ItemText;
import org.casebook.analysis.Suggestions.CodeSuggestion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The default rules on sentences written for these tests, in several phrasings each, none from the fixture. */
class SuggesterRulesTest {

    private static final Suggester SUGGESTER = new Suggester(DefaultRules.lxp());

    private static Suggestions concern(String concern) {
        return SUGGESTER.suggest(new LetterText(List.of(new ItemText(7, "3", concern, Optional.empty())), "", ""));
    }

    private static Suggestions response(String response) {
        return SUGGESTER.suggest(new LetterText(List.of(new ItemText(7, "3", "A concern.", Optional.of(response))), "", ""));
    }

    private static List<String> codes(List<CodeSuggestion> suggestions) {
        return suggestions.stream().map(CodeSuggestion::codeId).toList();
    }

    static Stream<Arguments> themePhrasings() {
        return Stream.of(
                Arguments.of("funding-refusal", "The Trust turned down the NHS England funding for two peer trainers."),
                Arguments.of("funding-refusal", "Money offered for a lived experience lead was handed back: the funding was declined."),
                Arguments.of("pay-disparity", "Experts by experience are paid £15 an hour while consultants get ten times that."),
                Arguments.of("pay-disparity", "There is no pay parity between co-facilitators and clinical trainers."),
                Arguments.of("pay-disparity", "Members still wait for remuneration agreed last year."),
                Arguments.of("loss-of-paid-work", "Our facilitators were replaced by volunteers last spring."),
                Arguments.of("loss-of-paid-work", "Three co-trainers lost their paid work when the contracts ended."),
                Arguments.of("exclusion-from-decisions", "Service users were not consulted about the new strategy."),
                Arguments.of("exclusion-from-decisions", "The panel was held behind closed doors and we were left out."),
                Arguments.of("career-pathway", "There is no route for progression beyond the entry grade."),
                Arguments.of("career-pathway", "Lived experience staff cannot get the qualifications needed for promotion."),
                Arguments.of("undermining", "Managers have undermined the recovery college at every turn."),
                Arguments.of("undermining", "Projects we led were quietly sabotaged and our applications blocked."),
                Arguments.of("peer-roles", "Peer support roles are being cut across the directorate."),
                Arguments.of("peer-roles", "The peer mentor posts were left on rolling temporary contracts."),
                Arguments.of("wellbeing-harm", "The stress of this has made several of us unwell."),
                Arguments.of("wellbeing-harm", "Colleagues describe burnout and real harm to their mental health."),
                Arguments.of("accountability", "Who will be held to account for what happened?"),
                Arguments.of("accountability", "We have raised this many times and were ignored; the Board is answerable."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("themePhrasings")
    void suggestsTheThemeOfAConcern(String theme, String concern) {
        assertThat(codes(concern(concern).themes())).contains(theme);
    }

    static Stream<Arguments> responseTypePhrasings() {
        return Stream.of(
                Arguments.of("explanation", "The service closed because the lease on the building ended."),
                Arguments.of("explanation", "Owing to pressures on the budget, the pilot was paused."),
                Arguments.of("deflection", "Commissioning of this training is a matter for the ICB."),
                Arguments.of("deflection", "The decision was outside our control; NHS England has ended the programme."),
                Arguments.of("acknowledgement", "We accept that the consultation was too short."),
                Arguments.of("acknowledgement", "We recognise that communication could have been better."),
                Arguments.of("apology", "We apologise for the delay in replying."),
                Arguments.of("apology", "Please accept our apologies for the distress this caused."),
                Arguments.of("non-apology", "We are sorry that you feel the process was unfair."),
                Arguments.of("non-apology", "I am sorry if you felt unheard at the meeting."),
                Arguments.of("commitment", "We will publish the revised policy by the end of March."),
                Arguments.of("commitment", "We'll report back to the group at its next meeting."),
                Arguments.of("denial-no-knowledge", "The directorate is not aware of any such instruction."),
                Arguments.of("denial-no-knowledge", "We have no record of these complaints being made."),
                Arguments.of("rebuttal", "That is untrue: the posts were advertised openly."),
                Arguments.of("rebuttal", "We don't agree with this description of events."),
                Arguments.of("refusal", "We are unable to agree to a further review."),
                Arguments.of("refusal", "The Trust is not in a position to fund these posts, so we can't offer contracts."),
                Arguments.of("reassurance", "Please be assured that we take these matters very seriously."),
                Arguments.of("reassurance", "The views of people who use our services are valued and we have robust processes in place."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("responseTypePhrasings")
    void suggestsTheTypeOfAResponse(String type, String response) {
        assertThat(codes(response(response).responseTypes())).contains(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "We are sorry that you consider the decision unfair.|non-apology|apology",
            "We do not accept that the panel was biased.|rebuttal|acknowledgement",
            "We will not be able to continue the sessions.|refusal|commitment",
            "We remain committed to working with the group.|reassurance|commitment"})
    void aLongerPhraseOfAnotherTypeWinsOverTheShorterOneInside(String response, String type, String not) {
        assertThat(codes(response(response).responseTypes())).contains(type).doesNotContain(not);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "We will review the banding of every lived experience post this year.",
            "We commit to involving the group before any change is made.",
            "We are working towards a single rate of pay for co-produced work.",
            "The new Head of Involvement will oversee the programme.",
            "Any future offer will be discussed with the group before a final decision is taken.",
            "Going forward, the group will sit on the recruitment panel.",
            "We intend to set up a lived experience forum in the autumn."})
    void findsSentencesThatPromiseAction(String sentence) {
        Suggestions suggestions = response("Thank you for raising this. " + sentence);
        assertThat(suggestions.commitments()).singleElement()
                .satisfies(c -> assertThat(c.sentence()).isEqualTo(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "We do not commit to any change in the payment model.",
            "There are no plans to review the banding of these posts.",
            "We will not be extending the contracts.",
            "We won't be reviewing the decision.",
            "We cannot commit to a date for the review going forward.",
            "We are unable to provide further funding in future.",
            "The Trust will no longer fund the course.",
            "It is not possible for us to commit to a timetable going forward."})
    void negatedPromisesAreNotCommitments(String sentence) {
        assertThat(response(sentence).commitments()).isEmpty();
    }
}
