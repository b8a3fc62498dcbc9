package org.casebook.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.casebook.domain.StepMarker;
import org.casebook.domain.ThreadStep;

/**
 * Marks each step of a thread against the step before it (ADR 0011), first rule that applies:
 * <ol>
 *   <li>no response text: {@link StepMarker#UNANSWERED};</li>
 *   <li>the first step, or the first answer after an unanswered one: {@link StepMarker#NEW};</li>
 *   <li>the same words, give or take a tenth ({@link WordDiff#similarity} ≥ {@value #REPEATED_AT}):
 *       {@link StepMarker#REPEATED};</li>
 *   <li>a refusal became a commitment, or a rebuttal or denial became an acknowledgement or apology, or the other
 *       way: {@link StepMarker#REVERSED};</li>
 *   <li>the response types score higher on the acknowledgement and commitment scale: {@link StepMarker#SOFTENED};
 *       lower: {@link StepMarker#HARDENED};</li>
 *   <li>otherwise {@link StepMarker#CHANGED}: other words, no move either way.</li>
 * </ol>
 * Pure.
 */
public final class StepMarkers {

    static final double REPEATED_AT = 0.9;

    /**
     * How far a response type goes towards acknowledging the concern and committing to act. Types not listed
     * (explanation, reassurance, types a group adds) weigh nothing.
     */
    static final Map<String, Integer> SCALE = Map.of(
            "commitment", 2,
            "apology", 2,
            "acknowledgement", 1,
            "non-apology", -1,
            "deflection", -1,
            "refusal", -2,
            "rebuttal", -2,
            "denial-no-knowledge", -2);

    /** Pairs of poles: moving from the first set to the second (or back) is a reversal. */
    private static final List<List<Set<String>>> OPPOSITES = List.of(
            List.of(Set.of("refusal"), Set.of("commitment")),
            List.of(Set.of("rebuttal", "denial-no-knowledge"), Set.of("acknowledgement", "apology")));

    /** One step to mark: the item, its response (empty when none) and its response types. */
    public record Step(long itemId, Optional<String> response, Set<String> responseTypes) {
        public Step {
            Objects.requireNonNull(response, "response");
            responseTypes = Set.copyOf(responseTypes);
        }

        boolean answered() {
            return response.filter(r -> !r.isBlank()).isPresent();
        }
    }

    private StepMarkers() {
    }

    /** One marker per step, for steps in date order. */
    public static List<ThreadStep> mark(List<Step> steps) {
        List<ThreadStep> marked = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Optional<Step> previous = i == 0 ? Optional.empty() : Optional.of(steps.get(i - 1));
            marked.add(new ThreadStep(steps.get(i).itemId(), marker(previous, steps.get(i))));
        }
        return marked;
    }

    static StepMarker marker(Optional<Step> previous, Step step) {
        if (!step.answered()) {
            return StepMarker.UNANSWERED;
        }
        if (previous.isEmpty() || !previous.get().answered()) {
            return StepMarker.NEW;
        }
        Step before = previous.get();
        if (WordDiff.similarity(before.response().orElseThrow(), step.response().orElseThrow()) >= REPEATED_AT) {
            return StepMarker.REPEATED;
        }
        if (reversed(before.responseTypes(), step.responseTypes())) {
            return StepMarker.REVERSED;
        }
        int change = score(step.responseTypes()) - score(before.responseTypes());
        if (change > 0) {
            return StepMarker.SOFTENED;
        }
        return change < 0 ? StepMarker.HARDENED : StepMarker.CHANGED;
    }

    /** The sum of the scale over the response's types: a response may acknowledge and commit, or refuse and deflect. */
    static int score(Set<String> types) {
        return types.stream().mapToInt(t -> SCALE.getOrDefault(t, 0)).sum();
    }

    private static boolean reversed(Set<String> before, Set<String> after) {
        for (List<Set<String>> poles : OPPOSITES) {
            Set<String> one = poles.get(0);
            Set<String> other = poles.get(1);
            if (only(before, one, other) && only(after, other, one) || only(before, other, one) && only(after, one, other)) {
                return true;
            }
        }
        return false;
    }

    /** The types hold one pole and not the opposite one. */
    private static boolean only(Set<String> types, Set<String> pole, Set<String> opposite) {
        return types.stream().anyMatch(pole::contains) && types.stream().noneMatch(opposite::contains);
    }
}
