package org.casebook.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.casebook.analysis.StepMarkers.Step;
import org.casebook.domain.StepMarker;
import org.casebook.domain.ThreadStep;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class StepMarkersTest {

    private static final String REFUSED = "The funding covered twelve months only, so the Executive Team turned it down.";
    private static final String COMMITTED = "The Trust will fund both posts from its own budget and advertise them by May.";

    static Stream<Arguments> secondSteps() {
        return Stream.of(
                Arguments.of("the same words again", REFUSED, types("refusal"), REFUSED, types(), StepMarker.REPEATED),
                Arguments.of("one word changed in a long answer is still repeated",
                        "The staff survey can show results for staff in lived experience roles and we will send them.",
                        types(), "The staff survey can show results for staff in lived experience roles and we shall send them.",
                        types(), StepMarker.REPEATED),
                Arguments.of("a refusal becomes a commitment", REFUSED, types("refusal", "explanation"), COMMITTED,
                        types("commitment"), StepMarker.REVERSED),
                Arguments.of("a commitment becomes a refusal", COMMITTED, types("commitment"), REFUSED,
                        types("refusal"), StepMarker.REVERSED),
                Arguments.of("a rebuttal becomes an acknowledgement", "We do not agree.", types("rebuttal"),
                        "We accept that the Forum is right.", types("acknowledgement"), StepMarker.REVERSED),
                Arguments.of("an explanation gains an acknowledgement", "It is policy.", types("explanation"),
                        "It is policy, and we accept it does not fit.", types("explanation", "acknowledgement"),
                        StepMarker.SOFTENED),
                Arguments.of("a commitment is dropped for reassurance", COMMITTED, types("commitment"),
                        "We value the Forum's work greatly.", types("reassurance"), StepMarker.HARDENED),
                Arguments.of("an acknowledgement becomes a deflection", "We accept this.", types("acknowledgement"),
                        "That is for the integrated care board.", types("deflection"), StepMarker.HARDENED),
                Arguments.of("other words that move neither way", "It is policy.", types("explanation"),
                        "The national profiles set this.", types("explanation"), StepMarker.CHANGED),
                Arguments.of("no answer at all", REFUSED, types("refusal"), "", types(), StepMarker.UNANSWERED),
                Arguments.of("an answer after silence", "", types(), COMMITTED, types("commitment"), StepMarker.NEW));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secondSteps")
    void marksASecondStepAgainstTheFirst(String why, String first, Set<String> firstTypes, String second,
                                         Set<String> secondTypes, StepMarker expected) {
        List<ThreadStep> steps = StepMarkers.mark(List.of(step(1, first, firstTypes), step(2, second, secondTypes)));

        assertThat(steps).extracting(ThreadStep::itemId).containsExactly(1L, 2L);
        assertThat(steps.get(1).marker()).isEqualTo(expected);
    }

    @Test
    void theFirstStepIsNewWhenAnsweredAndUnansweredWhenNot() {
        assertThat(StepMarkers.mark(List.of(step(7, COMMITTED, types("commitment")))))
                .containsExactly(new ThreadStep(7, StepMarker.NEW));
        assertThat(StepMarkers.mark(List.of(new Step(7, Optional.empty(), Set.of()))))
                .containsExactly(new ThreadStep(7, StepMarker.UNANSWERED));
    }

    @Test
    void eachStepIsJudgedAgainstTheOneJustBefore() {
        List<ThreadStep> steps = StepMarkers.mark(List.of(step(1, REFUSED, types("refusal")),
                step(2, REFUSED, types("refusal")), step(3, COMMITTED, types("commitment")),
                step(4, "", types())));

        assertThat(steps).extracting(ThreadStep::marker).containsExactly(StepMarker.NEW, StepMarker.REPEATED,
                StepMarker.REVERSED, StepMarker.UNANSWERED);
    }

    @Test
    void theScaleRanksCommitmentAboveAcknowledgementAboveExplanationAboveRefusal() {
        assertThat(StepMarkers.score(types("commitment"))).isGreaterThan(StepMarkers.score(types("acknowledgement")));
        assertThat(StepMarkers.score(types("acknowledgement"))).isGreaterThan(StepMarkers.score(types("explanation")));
        assertThat(StepMarkers.score(types("explanation"))).isGreaterThan(StepMarkers.score(types("deflection")));
        assertThat(StepMarkers.score(types("deflection"))).isGreaterThan(StepMarkers.score(types("refusal")));
        assertThat(StepMarkers.score(types("a-type-the-group-added"))).isZero();
    }

    private static Step step(long id, String response, Set<String> types) {
        return new Step(id, response.isEmpty() ? Optional.empty() : Optional.of(response), types);
    }

    private static Set<String> types(String... ids) {
        return Set.copyOf(Arrays.asList(ids));
    }
}
