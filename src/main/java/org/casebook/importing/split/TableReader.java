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
 * paragraph, its cells apart by tabs (a pasted table, or a Word, OpenDocument or PDF table as the readers give it) or
 * wide gaps. A header row ("Question | Response") is intro. A question cell's own number is the item's label. A row
 * whose answer cell is empty reads as one cell (or number and question) and is an unanswered item.
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
    /** A question cell's own number ("1. How many …", "Q2 What …"), taken as the item's label and left out of its concern. */
    private static final Pattern OWN_NUMBER = Pattern.compile("^(?:(?:q|question)\\s*(\\d{1,3})[.):]?|(\\d{1,3})[.)])\\s+",
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
        int width = 2;
        for (Paragraph p : paragraphs) {
            List<Cell> cells = cells(p);
            if (cells.isEmpty() || cells.size() > 3 || cells.size() == 1 && drafts.isEmpty() || isListEntry(p, cells)) {
                continue;
            }
            if (cells.size() > 1 && cells.stream().allMatch(c -> HEADER_CELL.matcher(c.text()).matches())) {
                width = cells.size();
                continue;
            }
            width = Math.max(width, cells.size());
            if (first < 0) {
                first = p.index();
            }
            boolean lone = cells.size() == 1;
            Optional<String> number = Optional.empty();
            boolean numbered = NUMBER_CELL.matcher(cells.get(0).text()).matches();
            if (cells.size() == 3 || width == 3 && cells.size() == 2 && numbered) {
                Matcher m = NUMBER_CELL.matcher(cells.get(0).text());
                if (!m.matches()) {
                    continue;
                }
                number = Optional.of(String.valueOf(Integer.parseInt(m.group(1))));
                cells = cells.subList(1, cells.size());
            } else if (numbered && cells.size() == 2) {
                // "1.<tab>text" is a list item as Word pastes it, not a question | answer row.
                continue;
            }
            Cell question = cells.get(0);
            Matcher own = OWN_NUMBER.matcher(question.text());
            Optional<String> ownNumber = Optional.empty();
            if (own.find()) {
                ownNumber = Optional.of(String.valueOf(Integer.parseInt(own.group(own.group(1) != null ? 1 : 2))));
                question = new Cell(question.start() + own.end(), question.end(), question.text().substring(own.end()));
            }
            Optional<String> given = number.isPresent() ? number : ownNumber;
            String label = given.orElse(String.valueOf(drafts.size() + 1));
            if (drafts.stream().anyMatch(d -> d.item().path().equals(label))
                    || lone && !unansweredRow(paragraphs, p, ownNumber, drafts)) {
                continue;
            }
            TextSpan concern = new TextSpan(question.start(), question.end());
            Optional<TextSpan> response = cells.size() > 1
                    ? Optional.of(new TextSpan(cells.get(1).start(), cells.get(1).end())) : Optional.empty();
            drafts.add(new ItemDraft(new SequencedItem(p.index(), label, label, Optional.empty(), 0, 0),
                    new Boundary(concern, response, Evidence.MARKER),
                    new TextSpan(concern.start(), response.orElse(concern).end())));
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

    /**
     * Whether a paragraph of one cell, right after a row of the table, is a row whose answer cell is empty: its
     * question carries the number after the last row's, or it asks a question and another row follows it.
     */
    private static boolean unansweredRow(List<Paragraph> paragraphs, Paragraph p, Optional<String> ownNumber,
                                         List<ItemDraft> drafts) {
        SequencedItem last = drafts.get(drafts.size() - 1).item();
        if (p.index() != last.paragraph() + 1) {
            return false;
        }
        String previous = last.label();
        if (ownNumber.isPresent() && previous.matches("\\d+")) {
            return Integer.parseInt(ownNumber.get()) == Integer.parseInt(previous) + 1;
        }
        boolean rowFollows = p.index() + 1 < paragraphs.size() && cells(paragraphs.get(p.index() + 1)).size() > 1;
        return p.text().strip().endsWith("?") && rowFollows;
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
