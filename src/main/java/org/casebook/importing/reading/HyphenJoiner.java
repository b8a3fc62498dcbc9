package org.casebook.importing.reading;

import java.util.ArrayList;
import java.util.List;
import org.casebook.importing.model.SourceLine;

/**
 * Mends words broken across lines. A line ending in a letter and a hyphen, followed by a line starting with a
 * lower-case letter, takes the next line's first word: "decision-" + "making staff" gives "decision-making" and
 * "staff". A hard hyphen is kept, since letters are rarely hyphenated automatically and "co-production" should stay
 * as written; a soft hyphen (U+00AD) is dropped.
 */
final class HyphenJoiner {

    private static final char SOFT_HYPHEN = '\u00AD';

    private HyphenJoiner() {
    }

    static List<SourceLine> join(List<SourceLine> lines) {
        List<SourceLine> result = new ArrayList<>(lines.size());
        SourceLine carried = null;
        for (SourceLine line : lines) {
            if (carried == null) {
                carried = line;
                continue;
            }
            if (!breaksWord(carried.text(), line.text())) {
                result.add(carried);
                carried = line;
                continue;
            }
            StyledText head = new StyledText(carried.text(), carried.runs());
            if (head.text().endsWith(String.valueOf(SOFT_HYPHEN))) {
                head = head.substring(0, head.text().length() - 1);
            }
            StyledText tail = new StyledText(line.text(), line.runs());
            int wordEnd = firstWordEnd(tail.text());
            StyledText joined = head.append(tail.substring(0, wordEnd));
            StyledText rest = tail.substring(wordEnd, tail.text().length()).strip();
            if (rest.text().isEmpty()) {
                carried = new SourceLine(joined.text(), joined.runs(), carried.fontSize(), carried.indent(), carried.page(),
                        line.endsParagraph());
            } else {
                result.add(new SourceLine(joined.text(), joined.runs(), carried.fontSize(), carried.indent(), carried.page(), false));
                carried = new SourceLine(rest.text(), rest.runs(), line.fontSize(), line.indent(), line.page(), line.endsParagraph());
            }
        }
        if (carried != null) {
            result.add(carried);
        }
        return result;
    }

    static boolean breaksWord(String line, String next) {
        int n = line.length();
        if (n < 2 || next.isEmpty()) {
            return false;
        }
        char last = line.charAt(n - 1);
        return (last == '-' || last == SOFT_HYPHEN) && Character.isLetter(line.charAt(n - 2))
                && Character.isLowerCase(next.charAt(0));
    }

    private static int firstWordEnd(String text) {
        int i = 0;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
