package org.casebook.importing.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.casebook.importing.model.SplitItem;

/** The plain-English notes a member sees in the review step, about items rather than numbering. */
final class SplitWarnings {

    /** What the review says of a document read as a request: calmly, as a fact, since nothing is wrong. */
    static final String REQUEST_NOT_ANSWERED =
            "no responses found — this reads as a request not yet answered, so every item is a question on its own";
    private static final Pattern ENDS_A_SENTENCE = Pattern.compile("[.?!:\"”’')\\]]\\s*$");

    private SplitWarnings() {
    }

    /**
     * A document with no closing whose last answer stops mid-sentence, or whose last questions go unanswered after
     * earlier ones were answered, was most likely cut short: a page missing, a copy that stopped.
     */
    static Optional<String> endsEarly(List<SplitItem> items, String closing) {
        if (items.isEmpty() || !closing.isBlank()) {
            return Optional.empty();
        }
        SplitItem last = items.get(items.size() - 1);
        if (last.response().isPresent()) {
            return ENDS_A_SENTENCE.matcher(last.response().get()).find() ? Optional.empty()
                    : Optional.of("the document seems to end early: the last response stops mid-sentence");
        }
        boolean anyAnswered = items.stream().anyMatch(i -> i.response().isPresent());
        return anyAnswered ? Optional.of("the document seems to end early: the last items have no response")
                : Optional.empty();
    }

    static List<String> forItems(List<ItemDraft> drafts, List<SplitItem> items) {
        List<String> warnings = new ArrayList<>();
        boolean anyResponse = items.stream().anyMatch(i -> i.response().isPresent());
        if (!anyResponse) {
            warnings.add("no responses found — this may be a request or a letter cut short; every item has only a concern");
            return warnings;
        }
        for (int i = 0; i < items.size(); i++) {
            SplitItem item = items.get(i);
            boolean hasSubItems = i + 1 < items.size()
                    && items.get(i + 1).parentPath().filter(item.path()::equals).isPresent();
            if (item.response().isEmpty() && !hasSubItems) {
                warnings.add("item " + item.path() + " has no response");
            }
            if (drafts.get(i).boundary().evidence() == Evidence.SENTENCE) {
                warnings.add("item " + item.path() + ": where the response starts was guessed from the wording — please check");
            }
        }
        return warnings;
    }
}
