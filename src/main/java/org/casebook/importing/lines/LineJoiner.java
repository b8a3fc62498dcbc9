package org.casebook.importing.lines;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides, for text that was wrapped into lines, whether a line ends its paragraph. The one sure sign a
 * viewer or mail client leaves is the ragged edge: a line ends early when the next word would have fitted.
 */
public final class LineJoiner {

    /** A line shorter than this share of the usual width, counting the next word, was ended on purpose. */
    private static final double RAGGED_SHARE = 0.85;
    private static final int MIN_WIDTH = 60;
    private static final Pattern VALEDICTION = Pattern.compile(
            "^(yours (sincerely|faithfully|truly)|kind regards|best regards|warm regards|regards|best wishes|"
                    + "with best wishes|all the best|many thanks|thanks|with thanks|sincerely)[,.!]?$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NEVER_LAST = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "for",
            "with", "by", "on", "at", "from", "that", "which", "who", "as", "but", "&", "-", "–");

    private static final Pattern TABLE_ROW = Pattern.compile("\\S\\t+\\S");

    private final double width;

    private LineJoiner(double width) {
        this.width = width;
    }

    /** A joiner whose usual width is taken from the lines themselves. */
    public static LineJoiner forLines(List<String> lines) {
        int[] lengths = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).mapToInt(String::length).sorted().toArray();
        if (lengths.length == 0) {
            return new LineJoiner(MIN_WIDTH);
        }
        // The 90th percentile: the longest lines may overrun (URLs), the median is pulled down by short ones.
        // Nobody wraps narrower than this; a few short lines of pasted text must not be taken as the wrap width.
        return new LineJoiner(Math.max(MIN_WIDTH, lengths[(int) Math.floor((lengths.length - 1) * 0.9)]));
    }

    /** The usual line width in characters. */
    public double width() {
        return width;
    }

    /** Whether {@code line} ends its paragraph, given the line that follows it. */
    public boolean endsParagraph(String line, String next) {
        String current = line.strip();
        String following = next.strip();
        if (current.isEmpty() || following.isEmpty()) {
            return true;
        }
        if (ItemLabelParser.startsListEntry(following) || Markers.startsWithMarker(following) || isValediction(current)
                || isValediction(following) || Markers.isResponseHeading(current)) {
            return true;
        }
        // A pasted table row keeps its cells apart by tabs, and every row is a paragraph of its own.
        if (isTableRow(current) || isTableRow(following)) {
            return true;
        }
        String lastWord = lastWord(current).toLowerCase(Locale.ROOT);
        if (current.endsWith("-") || NEVER_LAST.contains(lastWord)) {
            return false;
        }
        // "…unable to earn £300 a" / "day": a sentence running on starts the next line in lower case.
        if (Character.isLowerCase(following.codePointAt(0))) {
            return false;
        }
        int nextWord = following.split("\\s+", 2)[0].length();
        return current.length() + 1 + nextWord < width * RAGGED_SHARE;
    }

    /** Whether a line holds cells apart by a tab, as a table copied out of a page or a document does. */
    public static boolean isTableRow(String line) {
        return TABLE_ROW.matcher(line.strip()).find();
    }

    /** "Yours sincerely", "All the best": a sign-off stands on its own line. */
    public static boolean isValediction(String line) {
        return VALEDICTION.matcher(line.strip()).matches();
    }

    private static String lastWord(String s) {
        String[] words = s.split("\\s+");
        return Arrays.stream(words).reduce((a, b) -> b).orElse("");
    }
}
