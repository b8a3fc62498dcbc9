package org.casebook.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.casebook.domain.TextSpan;
import org.casebook.domain.search.Snippet;

/**
 * Makes a {@link Snippet} of the passages Lucene's unified highlighter picked: their text joined with an ellipsis,
 * line breaks flattened, and the matched words' places kept as marks rather than written into the text as tags.
 */
final class Snippets extends PassageFormatter {

    static final int FALLBACK_LENGTH = 240;
    private static final String GAP = " … ";

    @Override
    public Snippet format(Passage[] passages, String content) {
        StringBuilder text = new StringBuilder();
        List<TextSpan> marks = new ArrayList<>();
        for (Passage passage : passages) {
            if (text.length() > 0) {
                text.append(GAP);
            } else if (passage.getStartOffset() > 0) {
                text.append("… ");
            }
            int base = text.length() - passage.getStartOffset();
            text.append(flat(content.substring(passage.getStartOffset(), passage.getEndOffset())));
            int lastEnd = -1;
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(passage.getMatchStarts()[i], lastEnd);
                int end = passage.getMatchEnds()[i];
                if (end > start) {
                    marks.add(new TextSpan(base + start, base + end));
                    lastEnd = end;
                }
            }
        }
        if (passages.length > 0 && passages[passages.length - 1].getEndOffset() < content.length()) {
            text.append(" …");
        }
        return new Snippet(text.toString(), marks);
    }

    /** The start of a document's text, for a hit found by its filters alone. */
    static Snippet opening(String content) {
        String flat = flat(content);
        return Snippet.plain(flat.length() <= FALLBACK_LENGTH ? flat : flat.substring(0, FALLBACK_LENGTH).strip() + " …");
    }

    /** Line breaks and tabs as spaces, one for one, so offsets stay where they were. */
    private static String flat(String text) {
        return text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
}
