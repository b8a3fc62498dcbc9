package org.casebook.importing.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.domain.TextSpan;
import org.casebook.importing.model.Shape;
import org.casebook.importing.model.SplitResult;

/**
 * Reads a table whose rows are question | answer or number | question | answer, as text readers give it: one row a
 * paragraph, its cells apart by tabs (a pasted table) or wide gaps. A header row ("Question | Response") is intro.
 */
final class TableReader implements ShapeReader {

    private static final Pattern SEPARATOR = ShapeVocabulary.pattern("table.cell-separator")
            .map(p -> Pattern.compile(p.pattern().substring(1))).orElseThrow();
    private static final Pattern HEADER_CELL = ShapeVocabulary.pattern("table.header")
            .map(p -> Pattern.compile(p.pattern() + "\\s*$", Pattern.CASE_INSENSITIVE)).orElseThrow();
    private static final Pattern NUMBER_CELL = Pattern.compile("^(?:q\\s*)?(\\d{1,3})[.)]?$", Pattern.CASE_INSENSITIVE);
    /**
     * "1.", "a)", "(iv)", "49.1", "• ·", "Re:": a list label or a letter's field name set apart by spaces, not a
     * table's first column.
     */
    private static final Pattern LIST_LABEL = Pattern.compile(
            "^(?:\\(?(?:\\d{1,3}|[a-z]|[ivx]{1,5})[.)]|\\d{1,3}\\.\\d{1,3}|[-–•*·▪●◦o](?:\\s*[-–•*·▪●◦])*|[\\w ]{1,20}:)$",
            Pattern.CASE_INSENSITIVE);

    /** A cell's place in the full text. */
    private record Cell(int start, int end, String text) {
    }

    @Override
    public Optional<SplitResult> read(Document document) {
        String fullText = document.fullText();
        List<Paragraph> paragraphs = document.paragraphs();
        List<ItemDraft> drafts = new ArrayList<>();
        int first = -1;
        for (Paragraph p : paragraphs) {
            List<Cell> cells = cells(p);
            if (cells.size() < 2 || cells.size() > 3 || isListEntry(p, cells)) {
                continue;
            }
            if (cells.stream().allMatch(c -> HEADER_CELL.matcher(c.text()).matches())) {
                continue;
            }
            if (first < 0) {
                first = p.index();
            }
            Optional<String> number = Optional.empty();
            if (cells.size() == 3) {
                Matcher m = NUMBER_CELL.matcher(cells.get(0).text());
                if (!m.matches()) {
                    continue;
                }
                number = Optional.of(String.valueOf(Integer.parseInt(m.group(1))));
                cells = cells.subList(1, 3);
            }
            String label = number.orElse(String.valueOf(drafts.size() + 1));
            if (drafts.stream().anyMatch(d -> d.item().path().equals(label))) {
                continue;
            }
            TextSpan concern = new TextSpan(cells.get(0).start(), cells.get(0).end());
            TextSpan response = new TextSpan(cells.get(1).start(), cells.get(1).end());
            drafts.add(new ItemDraft(new SequencedItem(p.index(), label, label, Optional.empty(), 0, 0),
                    new Boundary(concern, Optional.of(response), Evidence.MARKER),
                    new TextSpan(concern.start(), response.end())));
        }
        if (drafts.isEmpty()) {
            return Optional.empty();
        }
        String intro = fullText.substring(0, paragraphs.get(first).start()).strip();
        int lastRow = drafts.get(drafts.size() - 1).item().paragraph();
        String closing = lastRow + 1 < paragraphs.size() ? fullText.substring(paragraphs.get(lastRow + 1).start()).strip() : "";
        return Optional.of(SplitAssembler.assemble(document, drafts, intro, closing, List.of(), Shape.TABLE));
    }

    /**
     * A list entry whose label is set apart by spaces ("1.&nbsp;&nbsp;&nbsp; Cllr Moran asked …") is not a row: a
     * table's cells are set apart by tabs, or, in a two-column row, the first cell says more than its number.
     */
    private static boolean isListEntry(Paragraph p, List<Cell> cells) {
        return cells.size() == 2 && LIST_LABEL.matcher(cells.get(0).text()).matches() && p.text().indexOf('\t') < 0;
    }

    private static List<Cell> cells(Paragraph p) {
        List<Cell> cells = new ArrayList<>();
        String text = p.text();
        Matcher m = SEPARATOR.matcher(text);
        int from = 0;
        while (true) {
            boolean found = m.find();
            int to = found ? m.start() : text.length();
            addCell(cells, p, from, to);
            if (!found) {
                break;
            }
            from = m.end();
        }
        return cells;
    }

    private static void addCell(List<Cell> cells, Paragraph p, int from, int to) {
        String raw = p.text().substring(from, to);
        String stripped = raw.strip();
        if (!stripped.isEmpty()) {
            int lead = raw.indexOf(stripped);
            cells.add(new Cell(p.start() + from + lead, p.start() + from + lead + stripped.length(), stripped));
        }
    }
}
