package org.casebook.importing.reading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casebook.importing.model.SourceLine;

/**
 * Turns positioned PDF lines into {@link SourceLine}s: indent from the page's usual left edge, and where paragraphs
 * end. A paragraph ends after a line when the gap to the next line is clearly wider than the usual line gap, when
 * the next line's first word would have fitted on this line (so the writer broke it on purpose), when the font size
 * changes, when the next line starts further in than this one after the paragraph's first line, or when either line
 * is a table row ({@link PdfTableRows}), which is a paragraph of its own.
 */
final class PdfParagraphs {

    /** A gap this much larger than the usual one separates paragraphs. */
    private static final float GAP_FACTOR = 1.3f;
    private static final float GAP_SLACK = 2f;

    private final List<PdfLine> lines;
    private final Map<Integer, Float> leftMarginByPage = new HashMap<>();
    private final float usualLineGap;
    private final float rightEdge;

    private PdfParagraphs(List<PdfLine> lines) {
        this.lines = lines;
        float documentMargin = mode(lines.stream().map(PdfLine::x).toList()).orElse(0f);
        Map<Integer, List<Float>> xByPage = new HashMap<>();
        lines.forEach(l -> xByPage.computeIfAbsent(l.page(), p -> new ArrayList<>()).add(l.x()));
        xByPage.forEach((page, xs) -> leftMarginByPage.put(page, xs.size() >= 3 ? mode(xs).orElse(documentMargin) : documentMargin));
        this.usualLineGap = usualGap(lines);
        this.rightEdge = percentile(lines.stream().map(PdfLine::endX).toList(), 0.9f);
    }

    static List<SourceLine> toSourceLines(List<PdfLine> lines) {
        return new PdfParagraphs(lines).build();
    }

    private List<SourceLine> build() {
        List<SourceLine> result = new ArrayList<>(lines.size());
        boolean firstOfParagraph = true;
        for (int i = 0; i < lines.size(); i++) {
            PdfLine line = lines.get(i);
            boolean ends = i == lines.size() - 1 || endsParagraph(line, lines.get(i + 1), firstOfParagraph);
            StyledText content = line.content().strip();
            result.add(new SourceLine(content.text(), content.runs(), line.fontSize(), indent(line), line.page(), ends));
            firstOfParagraph = ends;
        }
        return result;
    }

    private boolean endsParagraph(PdfLine line, PdfLine next, boolean firstOfParagraph) {
        if (line.isTableRow() || next.isTableRow()) {
            return true;
        }
        if (Math.abs(line.fontSize() - next.fontSize()) > 1f) {
            return true;
        }
        if (next.page() == line.page()) {
            float gap = next.baseline() - line.baseline();
            if (usualLineGap > 0 && gap > usualLineGap * GAP_FACTOR && gap > usualLineGap + GAP_SLACK) {
                return true;
            }
            if (!firstOfParagraph && indent(next) > indent(line) + line.fontSize() / 2) {
                return true;
            }
        }
        return nextWordWouldHaveFitted(line, next);
    }

    private boolean nextWordWouldHaveFitted(PdfLine line, PdfLine next) {
        float room = rightEdge - line.endX();
        float spaceAndSlack = line.fontSize() * 0.6f;
        return room > next.firstWordWidth() + spaceAndSlack;
    }

    /** Indent from the page's usual left edge; differences under a point are noise from glyph side bearings. */
    private float indent(PdfLine line) {
        float indent = line.x() - leftMarginByPage.getOrDefault(line.page(), 0f);
        return Math.abs(indent) < 1f ? 0f : Math.round(indent * 10f) / 10f;
    }

    /** The most common baseline distance between neighbouring lines of the same size on the same page. */
    private static float usualGap(List<PdfLine> lines) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            PdfLine previous = lines.get(i - 1);
            PdfLine line = lines.get(i);
            float gap = line.baseline() - previous.baseline();
            if (line.page() == previous.page() && gap > 0 && Math.abs(line.fontSize() - previous.fontSize()) <= 1f) {
                gaps.add(gap);
            }
        }
        return mode(gaps).orElse(0f);
    }

    /** The most common value, in half-point buckets; ties go to the smaller value. */
    private static java.util.Optional<Float> mode(List<Float> values) {
        Map<Integer, Integer> counts = new HashMap<>();
        values.forEach(v -> counts.merge(Math.round(v * 2), 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey((a, b) -> b - a)))
                .map(e -> e.getKey() / 2f);
    }

    private static float percentile(List<Float> values, float share) {
        if (values.isEmpty()) {
            return 0f;
        }
        float[] sorted = new float[values.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = values.get(i);
        }
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * share))];
    }
}
