package org.casebook.importing.reading;

import java.util.ArrayList;
import java.util.List;
import org.casebook.importing.lines.LineJoiner;
import org.casebook.importing.model.SourceLine;

/**
 * Ordinary text: blank lines separate paragraphs. Inside a block, lines are joined unless one ends short of the
 * usual width (a hard-wrapped e-mail) or the next starts a list entry or a "Response:" marker, which members'
 * pasted Q&A often has with no blank line before it. Text that was never wrapped has a paragraph on each line.
 */
final class PlainTextParagraphs {

    /** Beyond this a line was not wrapped by anyone: it is a paragraph of its own. */
    private static final int UNWRAPPED = 200;
    /** A line of a paragraph wrapped by a mail client or an editor is at least this long. */
    private static final int WRAPPED = 60;

    private PlainTextParagraphs() {
    }

    static List<SourceLine> paragraphs(String text) {
        List<String> lines = TextLines.split(text);
        LineJoiner joiner = LineJoiner.forLines(lines.stream().filter(l -> l.strip().length() < UNWRAPPED).toList());
        boolean lineIsParagraph = unwrapped(lines);
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
            if (next.isBlank() || lineIsParagraph || line.length() >= UNWRAPPED || joiner.endsParagraph(line, next)) {
                paragraphs.add(SourceLine.plain(paragraph.toString(), true));
                paragraph.setLength(0);
            }
        }
        return paragraphs;
    }

    /**
     * Text copied from a web page or saved by a browser is not wrapped at all: its paragraphs are long lines, its
     * headings short ones, and no line is of the middling length a wrapped paragraph has. Then every line is a
     * paragraph, the short headings ("Asked by: …", "Answered by …") too.
     */
    private static boolean unwrapped(List<String> lines) {
        long paragraphs = lines.stream().filter(l -> l.strip().length() >= UNWRAPPED).count();
        long wrapped = lines.stream().map(String::strip).filter(l -> l.length() >= WRAPPED && l.length() < UNWRAPPED).count();
        return paragraphs >= 2 && paragraphs > wrapped;
    }
}
