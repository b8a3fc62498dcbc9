package org.casebook.importing.reading;

import java.util.ArrayList;
import java.util.List;
import org.casebook.importing.model.SourceLine;
import org.casebook.importing.model.SourceText;

/**
 * The lines of a {@link SourceText} joined with single spaces (whitespace collapsed), so a phrase can be found and
 * traced back to the lines it lies on.
 */
final class LineIndex {

    private final List<SourceLine> lines;
    private final List<Integer> starts = new ArrayList<>();
    private final String text;

    LineIndex(SourceText source) {
        this.lines = source.lines();
        StringBuilder joined = new StringBuilder();
        for (SourceLine line : lines) {
            if (joined.length() > 0) {
                joined.append(' ');
            }
            starts.add(joined.length());
            joined.append(FixtureLetter.collapse(line.text()));
        }
        this.text = joined.toString();
    }

    String text() {
        return text;
    }

    int indexOf(String phrase, int from) {
        return text.indexOf(phrase, from);
    }

    /** The line holding the character at this offset of {@link #text()}. */
    SourceLine lineAt(int offset) {
        int index = 0;
        for (int i = 0; i < starts.size() && starts.get(i) <= offset; i++) {
            index = i;
        }
        return lines.get(index);
    }

    /** The lines that hold any character of [from, to). */
    List<SourceLine> linesBetween(int from, int to) {
        List<SourceLine> result = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int start = starts.get(i);
            int end = start + FixtureLetter.collapse(lines.get(i).text()).length();
            if (start < to && end > from) {
                result.add(lines.get(i));
            }
        }
        return result;
    }
}
