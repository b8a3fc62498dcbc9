package org.casebook.importing.split;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.casebook.importing.lines.LineJoiner;
import org.casebook.importing.lines.Markers;

/**
 * Finds where a letter stops answering items and starts speaking to the group as a whole: a summary
 * ("It is clear from the above…"), thanks, an invitation to get in touch, the sign-off and signature.
 * Without this the last item's response would swallow everything after it.
 */
public final class ClosingDetector {

    private static final Pattern CLOSING_CUE = Pattern.compile(
            "^(?:it is clear from the above|from the above|in summary|to summari[sz]e|in conclusion|to conclude|overall,|"
                    + "finally,? (?:i|we) (?:would|hope|wish)|(?:i|we) (?:hope|trust) (?:that )?(?:this|the above|these|you)|"
                    + "(?:i|we) look forward to|on behalf of|please do not hesitate|please don['’]t hesitate|please contact|"
                    + "please let (?:me|us) know|if you (?:have|require|need|would like) (?:any )?(?:further|more|other|additional)|"
                    + "if you are (?:unhappy|dissatisfied|not satisfied)|thank you (?:again )?for (?:your (?:letter|time|patience|e-?mail)|"
                    + "writing|taking the time|bringing)|the meeting (?:closed|ended|finished)\\b)",
            Pattern.CASE_INSENSITIVE);

    private ClosingDetector() {
    }

    /** Whether the paragraph opens the way a closing does, or is a sign-off. */
    public static boolean isClosingCue(String paragraph) {
        String s = paragraph.strip();
        return CLOSING_CUE.matcher(s).lookingAt() || LineJoiner.isValediction(s);
    }

    /** The first sign-off ("Yours sincerely") at or after {@code from}, if any. */
    public static OptionalInt firstValediction(List<Paragraph> paragraphs, int from) {
        for (int i = Math.max(0, from); i < paragraphs.size(); i++) {
            if (LineJoiner.isValediction(paragraphs.get(i).text())) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Where the closing starts, searching from {@code from} (the first paragraph that may belong to the closing,
     * i.e. after the last item's concern) up to {@code limit} (exclusive).
     */
    public static OptionalInt closingStart(List<Paragraph> paragraphs, int from, int limit) {
        for (int i = Math.max(0, from); i < Math.min(limit, paragraphs.size()); i++) {
            if (isClosingCue(paragraphs.get(i).text()) && Markers.responseAtStart(paragraphs.get(i).text()).isEmpty()) {
                return OptionalInt.of(i);
            }
        }
        return limit < paragraphs.size() ? OptionalInt.of(limit) : OptionalInt.empty();
    }
}
