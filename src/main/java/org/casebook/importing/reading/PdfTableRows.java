package org.casebook.importing.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Joins table cells wrapped over several visual lines back into their row. A line continues the row above when, on
 * the same page and close below it, each piece of its text starts at one of the row's column positions, left to
 * right. A line whose first column is empty always may; one with text in the first column only when that text is set
 * as close as lines of one paragraph and reads on from the column's last line: it starts in lower case, or its first
 * word would not have fitted before the next column. Otherwise a line in the first column begins the next row.
 */
final class PdfTableRows {

    /** How far, in points, a piece may start from its column's left edge: glyph side bearings. */
    private static final float COLUMN_SLACK = 2f;
    /** How far below the row's last line, in font sizes, a continuation may lie; further is text after the table. */
    private static final float MAX_GAP = 3f;
    /** Lines of one wrapped cell lie at most this many font sizes apart; rows are further apart, or not wrapped. */
    private static final float LINE_GAP = 1.5f;

    private PdfTableRows() {
    }

    static List<PdfLine> join(List<PdfLine> lines) {
        List<PdfLine> out = new ArrayList<>(lines.size());
        Optional<Row> row = Optional.empty();
        for (PdfLine line : lines) {
            if (row.isPresent() && row.get().takes(line)) {
                continue;
            }
            row.ifPresent(r -> out.add(r.line()));
            row = Row.startedBy(line, row);
            if (row.isEmpty()) {
                out.add(line);
            }
        }
        row.ifPresent(r -> out.add(r.line()));
        return out;
    }

    /**
     * A row being gathered: the table's column positions, the pieces of text found so far in each column, and where
     * each column's last piece ends.
     */
    private static final class Row {
        private final List<PdfLine.Cell> grid;
        private final PdfLine first;
        private final List<List<StyledText>> columns = new ArrayList<>();
        private final float[] columnEnds;
        private PdfLine last;
        private float endX;

        private Row(List<PdfLine.Cell> grid, PdfLine first, List<StyledText> pieces) {
            this.grid = grid;
            this.first = first;
            this.last = first;
            this.endX = first.endX();
            this.columnEnds = new float[grid.size()];
            for (int i = 0; i < grid.size(); i++) {
                columns.add(new ArrayList<>());
            }
            for (int i = 0; i < pieces.size(); i++) {
                columns.get(i).add(pieces.get(i));
                columnEnds[i] = first.cells().get(i).endX();
            }
        }

        /**
         * The row a line begins: a line of cells begins a row of its own columns; a line of one piece in the first
         * column, right below a row and not reaching the next column, a row of that table whose other cells are
         * empty (an unanswered question).
         */
        static Optional<Row> startedBy(PdfLine line, Optional<Row> above) {
            List<StyledText> pieces = pieces(line);
            if (pieces.size() != line.cells().size()) {
                return Optional.empty();
            }
            if (line.isTableRow()) {
                return Optional.of(new Row(line.cells(), line, pieces));
            }
            return above.filter(row -> row.column(line.x()) == 0 && row.near(line) && row.fits(line.cells().get(0), 0))
                    .map(row -> new Row(row.grid, line, pieces));
        }

        /** Adds the line to the row when it continues it; says whether it did. */
        boolean takes(PdfLine line) {
            float gap = line.baseline() - last.baseline();
            List<StyledText> pieces = pieces(line);
            if (!near(line) || pieces.size() != line.cells().size()) {
                return false;
            }
            List<Integer> at = columnsOf(line);
            if (at.isEmpty() || at.get(0) == 0 && !wrapsFirstColumn(line, gap, pieces.get(0))) {
                return false;
            }
            for (int i = 0; i < at.size(); i++) {
                columns.get(at.get(i)).add(pieces.get(i));
                columnEnds[at.get(i)] = line.cells().get(i).endX();
            }
            last = line;
            endX = Math.max(endX, line.endX());
            return true;
        }

        private boolean near(PdfLine line) {
            float gap = line.baseline() - last.baseline();
            return line.page() == last.page() && gap > 0 && gap <= last.fontSize() * MAX_GAP;
        }

        /** Whether the piece ends before the next column begins, as a cell's text does. */
        private boolean fits(PdfLine.Cell piece, int column) {
            return column + 1 >= grid.size() || piece.endX() < grid.get(column + 1).x();
        }

        /**
         * The column each of the line's pieces starts in, left to right; empty when one starts in none or runs
         * into the next column.
         */
        private List<Integer> columnsOf(PdfLine line) {
            List<Integer> at = new ArrayList<>();
            for (PdfLine.Cell cell : line.cells()) {
                int column = column(cell.x());
                if (column < 0 || !at.isEmpty() && column <= at.get(at.size() - 1) || !fits(cell, column)) {
                    return List.of();
                }
                at.add(column);
            }
            return at;
        }

        private boolean wrapsFirstColumn(PdfLine line, float gap, StyledText piece) {
            float size = last.fontSize();
            if (gap > size * LINE_GAP) {
                return false;
            }
            boolean readsOn = !piece.text().isEmpty() && Character.isLowerCase(piece.text().charAt(0));
            float room = grid.get(1).x() - size * PdfLineCollector.CELL_GAP;
            return readsOn || columnEnds[0] + line.cells().get(0).firstWordWidth() > room;
        }

        /** The index of the column starting at {@code x}, or -1. */
        private int column(float x) {
            for (int i = 0; i < grid.size(); i++) {
                if (Math.abs(grid.get(i).x() - x) <= COLUMN_SLACK) {
                    return i;
                }
            }
            return -1;
        }

        PdfLine line() {
            if (last == first) {
                return first;
            }
            StyledText content = TableRows.join(columns.stream().map(TableRows::joinWithSpace).toList());
            return new PdfLine(first.page(), content, first.x(), endX, first.baseline(), first.fontSize(),
                    first.firstWordWidth(), first.cells());
        }

        private static List<StyledText> pieces(PdfLine line) {
            StyledText content = line.content();
            String text = content.text();
            List<StyledText> pieces = new ArrayList<>();
            int from = 0;
            for (int tab = text.indexOf(TableRows.CELL_SEPARATOR); tab >= 0; tab = text.indexOf(TableRows.CELL_SEPARATOR, from)) {
                pieces.add(content.substring(from, tab));
                from = tab + 1;
            }
            pieces.add(content.substring(from, text.length()));
            return pieces;
        }
    }
}
