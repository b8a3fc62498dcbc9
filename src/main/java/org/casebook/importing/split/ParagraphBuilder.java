package org.casebook.importing.split;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.casebook.importing.model.SourceLine;
import org.casebook.importing.model.SourceText;
import org.casebook.importing.model.StyleRun;

/**
 * Rebuilds {@link SourceText#fullText()} paragraph by paragraph, keeping where each starts and which characters
 * are italic, so every span the splitter hands out points at exactly the characters it names.
 */
final class ParagraphBuilder {

    private ParagraphBuilder() {
    }

    /** The non-blank paragraphs of the text, in order. */
    static List<Paragraph> paragraphs(SourceText source) {
        List<Paragraph> out = new ArrayList<>();
        StringBuilder full = new StringBuilder();
        StringBuilder text = new StringBuilder();
        BitSet italic = new BitSet();
        boolean styled = false;
        int start = 0;
        boolean startOfParagraph = true;
        for (SourceLine line : source.lines()) {
            if (!startOfParagraph) {
                full.append(' ');
                text.append(' ');
            } else {
                if (full.length() > 0) {
                    full.append("\n\n");
                }
                start = full.length();
            }
            String stripped = line.text().strip();
            int lead = line.text().length() - line.text().stripLeading().length();
            for (int i = 0; i < stripped.length(); i++) {
                if (italicAt(line, lead + i)) {
                    italic.set(text.length() + i);
                }
            }
            styled |= !line.runs().isEmpty();
            full.append(stripped);
            text.append(stripped);
            startOfParagraph = line.endsParagraph();
            if (startOfParagraph) {
                add(out, start, text, italic, styled);
                text.setLength(0);
                italic = new BitSet();
                styled = false;
            }
        }
        add(out, start, text, italic, styled);
        return out;
    }

    private static void add(List<Paragraph> out, int start, StringBuilder text, BitSet italic, boolean styled) {
        if (!text.toString().isBlank()) {
            out.add(new Paragraph(out.size(), start, text.toString(), italic, styled));
        }
    }

    private static boolean italicAt(SourceLine line, int index) {
        for (StyleRun run : line.runs()) {
            if (index >= run.start() && index < run.end()) {
                return run.italic();
            }
        }
        return false;
    }
}
