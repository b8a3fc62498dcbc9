package org.casebook.service;

import java.util.List;
import org.casebook.analysis.LetterText;
import org.casebook.analysis.LetterText.ItemText;
import org.casebook.analysis.RuleSet;
import org.casebook.analysis.Suggester;
import org.casebook.analysis.Suggestions;
import org.casebook.domain.Item;
import org.casebook.domain.Letter;

/** Reads a stored letter as the suggester sees it, and suggests themes, response types and commitments for it. */
public final class SuggestionService {

    /** Suggestions for a stored letter; nothing is stored. */
    public Suggestions suggest(CaseHandle handle, long letterId, RuleSet rules) {
        return new Suggester(rules).suggest(letterText(handle, letterId));
    }

    /** The letter's items (concern and response, by path) and its intro and closing, read in one transaction. */
    public LetterText letterText(CaseHandle handle, long letterId) {
        return handle.read(r -> {
            Letter letter = r.letters().byId(letterId)
                    .orElseThrow(() -> new IllegalArgumentException("No letter with id " + letterId));
            List<ItemText> items = r.items().ofLetter(letterId).stream().map(SuggestionService::itemText).toList();
            return new LetterText(items, letter.intro(), letter.closing());
        });
    }

    private static ItemText itemText(Item item) {
        return new ItemText(item.id(), item.path(), item.concern(), item.response());
    }
}
