package org.casebook.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.casebook.analysis.LetterText;
import org.casebook.analysis.RuleSet;
import org.casebook.analysis.Suggestions;
import org.casebook.analysis.Suggestions.CodeSuggestion;
import org.casebook.analysis.Suggestions.CommitmentSuggestion;
import org.casebook.domain.CommitmentSource;
import org.casebook.domain.SuggestionEvidence;

/**
 * A tiny stand-in for the analysis package's suggester, so the workflow is tested apart from the real rules: a theme
 * is suggested when its phrase is in a concern, a response type when its phrase is in a response, and a commitment
 * for each sentence of a response, intro or closing that says "we will".
 */
public final class PhraseFakeEngine implements SuggestionEngine {

    private int runs;

    @Override
    public Suggestions suggest(LetterText letter, RuleSet rules) {
        runs++;
        List<CodeSuggestion> themes = new ArrayList<>();
        List<CodeSuggestion> types = new ArrayList<>();
        List<CommitmentSuggestion> commitments = new ArrayList<>();
        for (LetterText.ItemText item : letter.items()) {
            codes(item.itemId(), item.concern(), rules.themePhrases(), themes);
            item.response().ifPresent(response -> {
                codes(item.itemId(), response, rules.responseTypePhrases(), types);
                promises(CommitmentSource.ITEM, Optional.of(item.itemId()), response, commitments);
            });
        }
        promises(CommitmentSource.INTRO, Optional.empty(), letter.intro(), commitments);
        promises(CommitmentSource.CLOSING, Optional.empty(), letter.closing(), commitments);
        return new Suggestions(themes, types, commitments);
    }

    /** How often the engine was asked. */
    public int runs() {
        return runs;
    }

    private static void codes(long itemId, String text, Map<String, List<String>> phrases, List<CodeSuggestion> out) {
        phrases.forEach((code, list) -> list.stream()
                .filter(p -> text.toLowerCase(Locale.ROOT).contains(p.toLowerCase(Locale.ROOT))).findFirst()
                .ifPresent(p -> out.add(new CodeSuggestion(itemId, code, new SuggestionEvidence("phrase \"" + p + "\"", p)))));
    }

    private static void promises(CommitmentSource source, Optional<Long> itemId, String text,
                                 List<CommitmentSuggestion> out) {
        for (String sentence : text.split("(?<=[.!?])\\s+")) {
            if (sentence.toLowerCase(Locale.ROOT).contains("we will")) {
                out.add(new CommitmentSuggestion(source, itemId, sentence.strip(),
                        new SuggestionEvidence("promise \"we will\"", "we will")));
            }
        }
    }
}
