package org.casebook.importing.reading;

import java.util.ArrayList;
import java.util.List;
import org.casebook.importing.lines.LineJoiner;
import org.casebook.importing.model.SourceLine;

/**
 * Ordinary text: blank lines separate paragraphs. Inside a block, lines are joined unless one ends short of the
 * usual width (a hard-wrapped e-mail) or the next starts a list entry or a "Response:" marker, which members'
 * pasted Q&A often has with no blank line before it.
 */
final class PlainTextParagraphs {

    /** Beyond this a line was not wrapped by anyone: it is a paragraph of its own. */
    private static final int UNWRAPPED = 200;

    private PlainTextParagraphs() {
    }

    static List<SourceLine> paragraphs(String text) {
        List<String> lines = TextLines.split(text);
        LineJoiner joiner = LineJoiner.forLines(lines.stream().filter(l -> l.strip().length() < UNWRAPPED).toList());
        List<SourceLine> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (paragraph.length() > 0) {
                paragraph.append(' ');
            }
            paragraph.append(line);
            String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
            if (next.isBlank() || line.length() >= UNWRAPPED || joiner.endsParagraph(line, next)) {
                paragraphs.add(SourceLine.plain(paragraph.toString(), true));
                paragraph.setLength(0);
            }
        }
        return paragraphs;
    }
}
