package org.casebook.importing.lines;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words that say outright which side is speaking: "Response:", "Our response:", "You asked:". */
public final class Markers {

    private static final String RESPONSE_WORDS = "(?:(?:our|trust|the\\s+trust['’]?s|trust['’]s|written|council['’]?s|"
            + "the\\s+council['’]?s|management|board|formal)\\s+)?(?:response|answer|reply)(?:\\s+to\\s+(?:question\\s+)?\\d{1,3})?";
    /** At the start of a paragraph: "Response:", "Our response -", or the word alone as a heading. */
    private static final Pattern RESPONSE_AT_START = Pattern.compile(
            "^(?:" + RESPONSE_WORDS + "\\s*[:\\-–—]\\s*|" + RESPONSE_WORDS + "\\s*$|A\\s*:\\s+"
                    + "|(?:reply|response|answer)\\s+(?:from|by)\\s+[^.?!:]{2,80}$)", Pattern.CASE_INSENSITIVE);
    /** Inside a paragraph only with a capital and a colon after a sentence end, so "in reply: …" prose is left alone. */
    private static final Pattern RESPONSE_INSIDE = Pattern.compile(
            "(?<=[.?!\"”’)]\\s{1,3})(?:(?:Our|Trust|The Trust['’]s|Trust['’]s|Written|Council['’]s|The Council['’]s|Management|Board)\\s+"
                    + "(?:response|answer|reply)|Response|Answer|Reply)\\s*:\\s*");
    private static final Pattern CONCERN_AT_START = Pattern.compile(
            "^(?:you\\s+asked|your\\s+question|your\\s+request|question|request|concern(?:\\s+raised)?|q)\\s*[:\\-–—]\\s*",
            Pattern.CASE_INSENSITIVE);

    /** Where a marker sits in a text: [start, end) is the marker itself, stripped from what follows. */
    public record Found(int start, int end) {
    }

    private Markers() {
    }

    /** A response marker at the very start of the text. */
    public static Optional<Found> responseAtStart(String text) {
        Matcher m = RESPONSE_AT_START.matcher(text);
        return m.find() ? Optional.of(new Found(m.start(), m.end())) : Optional.empty();
    }

    /** The first response marker inside the text, after at least some words of concern. */
    public static Optional<Found> responseInside(String text) {
        Matcher m = RESPONSE_INSIDE.matcher(text);
        return m.find() ? Optional.of(new Found(m.start(), m.end())) : Optional.empty();
    }

    /** Whether the whole line is a response marker, a heading over the answer: "Reply from Councillor Taylor". */
    public static boolean isResponseHeading(String line) {
        String s = line.strip();
        return responseAtStart(s).filter(f -> f.end() == s.length()).isPresent();
    }

    /** A concern marker ("You asked:") at the start of the text. */
    public static Optional<Found> concernAtStart(String text) {
        Matcher m = CONCERN_AT_START.matcher(text);
        return m.find() ? Optional.of(new Found(m.start(), m.end())) : Optional.empty();
    }

    /** Whether a line starts with a marker of either side, so it starts a paragraph of its own. */
    public static boolean startsWithMarker(String line) {
        String s = line.strip();
        return responseAtStart(s).isPresent() || concernAtStart(s).isPresent();
    }
}
