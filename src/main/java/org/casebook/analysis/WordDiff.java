package org.casebook.analysis;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.casebook.domain.DiffPart;
import org.casebook.domain.DiffPart.Kind;

/**
 * A word-level diff of two responses (java-diff-utils, Myers). Words are compared without case and without the
 * punctuation around them, so a comma moved or a capital after a new sentence does not count as a change; the parts
 * quote the words as the letters have them. Pure.
 */
public final class WordDiff {

    private WordDiff() {
    }

    /** The earlier response's words kept, removed and the later one's added, in reading order, runs merged. */
    public static List<DiffPart> parts(String earlier, String later) {
        List<String> before = words(earlier);
        List<String> after = words(later);
        List<DiffPart> parts = new ArrayList<>();
        int next = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after, WordDiff::sameWord).getDeltas()) {
            int at = delta.getSource().getPosition();
            add(parts, Kind.SAME, before.subList(next, at));
            add(parts, Kind.REMOVED, delta.getSource().getLines());
            add(parts, Kind.ADDED, delta.getTarget().getLines());
            next = at + delta.getSource().size();
        }
        add(parts, Kind.SAME, before.subList(next, before.size()));
        return parts;
    }

    /**
     * How much of the two responses is the same words in the same order, 0 to 1: twice the words kept over the words
     * of both. Two empty texts are the same.
     */
    public static double similarity(String earlier, String later) {
        List<String> before = words(earlier);
        List<String> after = words(later);
        if (before.isEmpty() && after.isEmpty()) {
            return 1;
        }
        int kept = parts(earlier, later).stream().filter(p -> p.kind() == Kind.SAME)
                .mapToInt(p -> words(p.text()).size()).sum();
        return 2.0 * kept / (before.size() + after.size());
    }

    private static List<String> words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+"));
    }

    private static boolean sameWord(String a, String b) {
        return bare(a).equals(bare(b));
    }

    /** The word without the punctuation around it, in lower case; typographic quotes count as punctuation. */
    private static String bare(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String bare = lower.replaceAll("^[\\p{Punct}\\p{Pi}\\p{Pf}]+|[\\p{Punct}\\p{Pi}\\p{Pf}]+$", "");
        return bare.isEmpty() ? lower : bare;
    }

    private static void add(List<DiffPart> parts, Kind kind, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join(" ", words);
        int last = parts.size() - 1;
        if (last >= 0 && parts.get(last).kind() == kind) {
            parts.set(last, new DiffPart(kind, parts.get(last).text() + " " + text));
        } else {
            parts.add(new DiffPart(kind, text));
        }
    }
}
