package org.casebook.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.casebook.analysis.model.DocumentScore;
import org.casebook.analysis.model.SplitPair;
import org.casebook.domain.LabelledDocument;
import org.casebook.domain.LabelledPair;

/**
 * Scores a split against hand-made labels. An expected pair is found when some item's concern starts with the
 * expected question and its response starts with the expected answer (or neither has an answer). Text is compared
 * with runs of whitespace collapsed and case ignored, and after a leading label such as "1.", "85.1", "Question 2:",
 * "You asked:" or "Our response:", so that the figure measures where the splitter cuts, not whether it keeps labels.
 */
public final class SplitScore {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LEADING_LABEL = Pattern.compile("^(?:"
            + "(?:you asked|you requested|your request|request|question|q|answer|a|reply|response|our response"
            + "|trust response|written response|verbal response|the trust's response|supplementary question|supplementary answer"
            + "|supplementary response)(?:\\s*\\(?[0-9]{1,3}[a-z]?\\)?)?\\s*[:.\\-–—]"
            + "|[0-9]{1,3}\\.[0-9]{1,3}(?=\\s)|\\(?[0-9]{1,3}[a-z]?[.)]|\\(?[a-z][.)]|\\(?[ivx]{1,5}[.)]"
            + ")\\s*", Pattern.CASE_INSENSITIVE);
    private static final int SHOWN = 70;

    private SplitScore() {
    }

    public static DocumentScore score(LabelledDocument labels, List<SplitPair> items) {
        int found = 0;
        List<String> misses = new ArrayList<>();
        for (LabelledPair expected : labels.pairs()) {
            if (items.stream().anyMatch(item -> matches(expected, item))) {
                found++;
            } else {
                misses.add(miss(expected, items));
            }
        }
        return new DocumentScore(labels.file(), labels.shape(), found, labels.pairs().size(), misses);
    }

    static boolean matches(LabelledPair expected, SplitPair item) {
        if (!normal(item.concern()).startsWith(normal(expected.question()))) {
            return false;
        }
        Optional<String> response = item.response().map(SplitScore::normal).filter(r -> !r.isEmpty());
        return expected.answer().isEmpty() ? response.isEmpty()
                : response.filter(r -> r.startsWith(normal(expected.answer().get()))).isPresent();
    }

    /** Whitespace collapsed, lower case, a leading label taken off. */
    static String normal(String text) {
        String collapsed = WHITESPACE.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        String previous;
        do {
            previous = collapsed;
            collapsed = LEADING_LABEL.matcher(collapsed).replaceFirst("");
        } while (!collapsed.equals(previous));
        return collapsed;
    }

    private static String miss(LabelledPair expected, List<SplitPair> items) {
        String wanted = "«" + expected.question() + "» → "
                + expected.answer().map(a -> "«" + a + "»").orElse("no answer");
        Optional<SplitPair> sameQuestion = items.stream()
                .filter(item -> normal(item.concern()).startsWith(normal(expected.question()))).findFirst();
        String gave = sameQuestion
                .map(item -> "the item with that question has " + item.response().filter(r -> !r.isBlank())
                        .map(r -> "response «" + shown(r) + "»").orElse("no response"))
                .orElseGet(() -> items.isEmpty() ? "the split has no items"
                        : "no item's concern starts so; nearest: «" + shown(nearest(expected, items).concern()) + "»");
        return wanted + ": " + gave;
    }

    /** The item whose concern holds the question's first words, else the one sharing the longest start with it. */
    private static SplitPair nearest(LabelledPair expected, List<SplitPair> items) {
        String question = normal(expected.question());
        String head = question.substring(0, Math.min(30, question.length()));
        SplitPair best = items.get(0);
        int bestShared = -1;
        for (SplitPair item : items) {
            String concern = normal(item.concern());
            if (concern.contains(head)) {
                return item;
            }
            int shared = 0;
            while (shared < Math.min(concern.length(), question.length())
                    && concern.charAt(shared) == question.charAt(shared)) {
                shared++;
            }
            if (shared > bestShared) {
                best = item;
                bestShared = shared;
            }
        }
        return best;
    }

    private static String shown(String text) {
        String collapsed = WHITESPACE.matcher(text).replaceAll(" ").strip();
        return collapsed.length() <= SHOWN ? collapsed : collapsed.substring(0, SHOWN) + "…";
    }
}
