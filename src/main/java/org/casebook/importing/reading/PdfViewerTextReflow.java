package org.casebook.importing.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.casebook.importing.lines.LineJoiner;
import org.casebook.importing.model.SourceLine;

/**
 * Reflows text copied out of a PDF viewer. Viewers emit every visual line followed by an empty line, mark some
 * paragraph ends with a line holding only spaces, and leave others to be guessed from a short (ragged) line.
 * Nothing separates a concern from the response under it except that the concern's last line is ragged,
 * so the ragged-edge test here is what keeps the two apart.
 */
public final class PdfViewerTextReflow {

    private static final Pattern SENTENCE_END = Pattern.compile("[.?!:;\"”’)]$");

    private PdfViewerTextReflow() {
    }

    /**
     * Whether the text has the viewer's shape: most lines followed by an empty line, and sentences that carry on
     * across those empty lines. Ordinary text has blank lines only between paragraphs, where sentences end.
     */
    public static boolean looksLikePdfViewerText(String text) {
        List<String> lines = TextLines.split(text);
        int nonBlank = 0;
        int followedByEmpty = 0;
        int runOnAcrossGap = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            nonBlank++;
            boolean gap = i + 1 < lines.size() && lines.get(i + 1).isEmpty();
            followedByEmpty += gap ? 1 : 0;
            int next = nextNonBlank(lines, i + 1);
            if (gap && next < lines.size() && !SENTENCE_END.matcher(line.strip()).find()
                    && Character.isLowerCase(lines.get(next).strip().codePointAt(0))) {
                runOnAcrossGap++;
            }
        }
        return nonBlank >= 4 && followedByEmpty >= nonBlank * 0.6 && runOnAcrossGap >= 2 && runOnAcrossGap >= nonBlank * 0.1;
    }

    /** The text as paragraphs, one {@link SourceLine} each. */
    public static List<SourceLine> reflow(String text) {
        List<String> lines = TextLines.split(text);
        List<String> visual = new ArrayList<>();
        List<Boolean> breakBefore = new ArrayList<>();
        int emptyRun = 0;
        boolean spacesLine = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                emptyRun++;
            } else if (line.isBlank()) {
                // The viewer's own paragraph mark: a line holding nothing but a space.
                spacesLine = true;
            } else {
                visual.add(line.strip());
                breakBefore.add(spacesLine || emptyRun >= 2);
                emptyRun = 0;
                spacesLine = false;
            }
        }
        LineJoiner joiner = LineJoiner.forLines(visual);
        List<SourceLine> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < visual.size(); i++) {
            if (paragraph.length() > 0) {
                paragraph.append(' ');
            }
            paragraph.append(visual.get(i));
            boolean last = i + 1 == visual.size();
            if (last || breakBefore.get(i + 1) || joiner.endsParagraph(visual.get(i), visual.get(i + 1))) {
                paragraphs.add(SourceLine.plain(paragraph.toString(), true));
                paragraph.setLength(0);
            }
        }
        return paragraphs;
    }

    private static int nextNonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }
}
