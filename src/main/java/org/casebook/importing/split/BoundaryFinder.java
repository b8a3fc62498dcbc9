package org.casebook.importing.split;

import java.util.List;
import java.util.Optional;
import org.casebook.domain.TextSpan;
import org.casebook.importing.lines.Markers;

/**
 * Finds the boundary between an item's concern and its response, from the strongest evidence the document has:
 * an explicit marker, a change from roman to italics, a new paragraph, or a sentence in the answering body's
 * voice. The item's paragraphs run from its label to the next item (or the closing).
 */
public final class BoundaryFinder {

    /** Share of characters that must agree with a style boundary for it to count. */
    private static final double STYLE_AGREEMENT = 0.8;
    private static final int MIN_ITALIC_CHARS = 3;

    private final String fullText;
    private final boolean styleEvidence;

    /**
     * @param fullText      the letter's full text, which all offsets point into
     * @param styleEvidence whether the document sets responses apart in italics, so style may decide
     */
    public BoundaryFinder(String fullText, boolean styleEvidence) {
        this.fullText = fullText;
        this.styleEvidence = styleEvidence;
    }

    /** The boundary for one item; {@code extent} starts with the label paragraph. */
    public Boundary find(List<Paragraph> extent, int labelLength) {
        Paragraph first = extent.get(0);
        int afterLabel = skipSpace(first.start() + Math.min(labelLength, first.text().length()), first.end());
        Optional<Markers.Found> asked = Markers.concernAtStart(fullText.substring(afterLabel, first.end()));
        int concernStart = asked.map(m -> skipSpace(afterLabel + m.end(), first.end())).orElse(afterLabel);
        int extentEnd = extent.get(extent.size() - 1).end();
        return byMarker(extent, concernStart, extentEnd)
                .or(() -> byNarration(extent, concernStart, extentEnd))
                .or(() -> styleEvidence ? byStyle(extent, concernStart, extentEnd) : Optional.empty())
                .orElseGet(() -> byShape(extent, concernStart, extentEnd));
    }

    private Optional<Boundary> byMarker(List<Paragraph> extent, int concernStart, int extentEnd) {
        Paragraph first = extent.get(0);
        Optional<Markers.Found> inside = Markers.responseInside(fullText.substring(concernStart, first.end()));
        if (inside.isPresent()) {
            return Optional.of(boundary(concernStart, concernStart + inside.get().start(),
                    concernStart + inside.get().end(), extentEnd, Evidence.MARKER));
        }
        for (int k = 1; k < extent.size(); k++) {
            Paragraph p = extent.get(k);
            Optional<Markers.Found> marker = Markers.responseAtStart(p.text());
            if (marker.isPresent()) {
                return Optional.of(boundary(concernStart, extent.get(k - 1).end(), p.start() + marker.get().end(),
                        extentEnd, Evidence.MARKER));
            }
        }
        return Optional.empty();
    }

    /** An answer the minutes narrate, in the item's first paragraph or opening one of the paragraphs after it. */
    private Optional<Boundary> byNarration(List<Paragraph> extent, int concernStart, int extentEnd) {
        Paragraph first = extent.get(0);
        Optional<Integer> inside = Narration.answerInside(fullText.substring(concernStart, first.end()));
        if (inside.isPresent()) {
            int at = concernStart + inside.get();
            return Optional.of(boundary(concernStart, Narration.beforeDash(fullText, concernStart, at), at, extentEnd,
                    Evidence.MARKER));
        }
        for (int k = 1; k < extent.size(); k++) {
            if (Narration.opensAnswer(extent.get(k).text())) {
                return Optional.of(boundary(concernStart, extent.get(k - 1).end(), extent.get(k).start(), extentEnd,
                        Evidence.MARKER));
            }
        }
        return Optional.empty();
    }

    /**
     * Chooses the word start that best divides roman (before) from italic (after): the split that the most
     * characters agree with. Works inside a paragraph too, where a PDF line of concern is followed by italic lines.
     */
    private Optional<Boundary> byStyle(List<Paragraph> extent, int concernStart, int extentEnd) {
        int totalItalic = 0;
        int totalChars = 0;
        for (Paragraph p : extent) {
            for (int i = Math.max(concernStart, p.start()); i < p.end(); i++) {
                if (!Character.isWhitespace(fullText.charAt(i))) {
                    totalChars++;
                    totalItalic += p.isItalic(i - p.start()) ? 1 : 0;
                }
            }
        }
        if (totalItalic < MIN_ITALIC_CHARS) {
            return Optional.empty();
        }
        int romanBefore = 0;
        int italicBefore = 0;
        int bestAgreement = -1;
        int bestAt = -1;
        int bestItalicAfter = 0;
        int bestCharsBefore = 0;
        for (Paragraph p : extent) {
            for (int i = Math.max(concernStart, p.start()); i < p.end(); i++) {
                char c = fullText.charAt(i);
                if (Character.isWhitespace(c)) {
                    continue;
                }
                boolean wordStart = i == p.start() || Character.isWhitespace(fullText.charAt(i - 1));
                int before = romanBefore + italicBefore;
                if (wordStart && before > 0) {
                    int italicAfter = totalItalic - italicBefore;
                    int agreement = romanBefore + italicAfter;
                    if (agreement > bestAgreement) {
                        bestAgreement = agreement;
                        bestAt = i;
                        bestItalicAfter = italicAfter;
                        bestCharsBefore = before;
                    }
                }
                if (p.isItalic(i - p.start())) {
                    italicBefore++;
                } else {
                    romanBefore++;
                }
            }
        }
        int charsAfter = totalChars - bestCharsBefore;
        if (bestAt < 0 || bestAgreement < STYLE_AGREEMENT * totalChars || bestItalicAfter < STYLE_AGREEMENT * charsAfter) {
            return Optional.empty();
        }
        return Optional.of(boundary(concernStart, bestAt, bestAt, extentEnd, Evidence.STYLE));
    }

    private Boundary byShape(List<Paragraph> extent, int concernStart, int extentEnd) {
        Paragraph first = extent.get(0);
        Optional<Integer> inside = SentenceBoundary.find(fullText.substring(concernStart, first.end()));
        if (inside.isPresent()) {
            int at = concernStart + inside.get();
            return boundary(concernStart, at, at, extentEnd, Evidence.SENTENCE);
        }
        int k = 1;
        while (k < extent.size() && Voice.continuesConcern(extent.get(k).text())) {
            k++;
        }
        if (k < extent.size()) {
            return boundary(concernStart, extent.get(k - 1).end(), extent.get(k).start(), extentEnd, Evidence.PARAGRAPH);
        }
        return new Boundary(trimmed(concernStart, extentEnd), Optional.empty(), Evidence.NONE);
    }

    private Boundary boundary(int concernStart, int concernEnd, int responseStart, int responseEnd, Evidence evidence) {
        TextSpan response = trimmed(responseStart, responseEnd);
        return new Boundary(trimmed(concernStart, concernEnd),
                response.length() == 0 ? Optional.empty() : Optional.of(response), evidence);
    }

    private TextSpan trimmed(int start, int end) {
        int s = skipSpace(start, end);
        int e = end;
        while (e > s && Character.isWhitespace(fullText.charAt(e - 1))) {
            e--;
        }
        return new TextSpan(s, e);
    }

    private int skipSpace(int from, int limit) {
        int i = from;
        while (i < limit && Character.isWhitespace(fullText.charAt(i))) {
            i++;
        }
        return i;
    }
}
