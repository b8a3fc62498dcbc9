package org.casebook.service;

import java.util.List;
import org.casebook.analysis.LetterText;
import org.casebook.analysis.RuleSet;
import org.casebook.analysis.Suggestions;

/**
 * What finds suggestions in a letter, given the case's phrases. {@code app.Services} hands the analysis package's
 * suggester in; tests hand in small fakes, so the workflow is tested apart from the rules.
 */
@FunctionalInterface
public interface SuggestionEngine {

    Suggestions suggest(LetterText letter, RuleSet rules);

    /** Suggests nothing: for a program built without suggestion rules. */
    static SuggestionEngine none() {
        return (letter, rules) -> new Suggestions(List.of(), List.of(), List.of());
    }
}
