package org.casebook.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.casebook.analysis.DefaultRules;
import org.casebook.analysis.Evaluation;
import org.casebook.analysis.LetterText;
import org.casebook.analysis.LetterText.ItemText;
import org.casebook.analysis.RuleSet;
import org.casebook.analysis.model.EvaluationReport;
import org.casebook.domain.Expected;
import org.casebook.domain.Letter;
import org.casebook.exchange.ExpectedFile;

/** Measures the suggestions for a stored letter against hand-made ground truth, to tune the rules. */
public final class EvaluationService {

    private final SuggestionEngine engine;

    /** Evaluates what {@code engine} suggests: the same engine the import and "suggest again" use. */
    public EvaluationService(SuggestionEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** The letter evaluated and how its suggestions score. */
    public record Outcome(Letter letter, EvaluationReport report) {
    }

    /** Reads the expected file and evaluates the default rules on the letter it is about; empty without letters. */
    public Optional<Outcome> evaluate(CaseHandle handle, Path expectedFile) throws IOException {
        return evaluate(handle, ExpectedFile.read(expectedFile), DefaultRules.lxp());
    }

    /**
     * Evaluates {@code rules} on the case's letter whose item paths best match the ground truth's (a case may hold
     * several letters; the first of equally good ones is taken). Empty when the case has no letters.
     */
    public Optional<Outcome> evaluate(CaseHandle handle, Expected expected, RuleSet rules) {
        List<Letter> letters = handle.read(r -> r.letters().all());
        return letters.stream()
                .max(Comparator.comparingInt((Letter l) -> overlap(handle, l, expected.paths()))
                        .thenComparing(l -> -letters.indexOf(l)))
                .map(letter -> {
                    LetterText text = letterText(handle, letter.id());
                    return new Outcome(letter, Evaluation.score(expected, text, engine.suggest(text, rules)));
                });
    }

    private int overlap(CaseHandle handle, Letter letter, Set<String> paths) {
        Set<String> ofLetter = new HashSet<>(letterText(handle, letter.id()).items().stream()
                .map(ItemText::path).toList());
        ofLetter.retainAll(paths);
        return ofLetter.size();
    }

    private static LetterText letterText(CaseHandle handle, long letterId) {
        return handle.read(r -> SuggestionWorkflow.letterText(r, letterId));
    }
}
