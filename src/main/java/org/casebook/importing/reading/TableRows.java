package org.casebook.importing.reading;

import java.util.ArrayList;
import java.util.List;
import org.casebook.importing.model.SourceLine;

/**
 * A table row as one line, its cells in order and apart by a tab, so that the splitter's table reader sees question |
 * answer rows whatever the format. A cell's paragraphs are joined by a space, and a table nested in a cell is
 * flattened into the cell's text. A row with text in at most one cell (a heading across the table, a one-column box
 * round a paragraph) keeps its paragraphs as lines of their own, as the text it holds is not a row of cells.
 */
final class TableRows {

    static final char CELL_SEPARATOR = '\t';

    private TableRows() {
    }

    /** The lines one row gives; {@code cells} are the lines each cell's content gave, empty for an empty cell. */
    static List<SourceLine> row(List<List<SourceLine>> cells) {
        List<List<SourceLine>> filled = cells.stream().filter(c -> !c.isEmpty()).toList();
        if (filled.size() <= 1) {
            return filled.isEmpty() ? List.of() : filled.get(0);
        }
        StyledText row = join(cells.stream().map(TableRows::cell).toList());
        SourceLine first = filled.get(0).get(0);
        return List.of(new SourceLine(row.text(), row.runs(), first.fontSize(), first.indent(), first.page(), true));
    }

    /** Cells apart by tabs; an empty cell in the middle keeps its place as a second tab. */
    static StyledText join(List<StyledText> cells) {
        StyledText.Builder row = new StyledText.Builder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                row.append(String.valueOf(CELL_SEPARATOR), row.lastItalic(), row.lastBold());
            }
            row.append(cells.get(i));
        }
        return row.build().strip();
    }

    /** A cell's lines joined by a space; a tab from a nested row becomes a space, so the cell stays one cell. */
    static StyledText cell(List<SourceLine> lines) {
        List<StyledText> parts = new ArrayList<>(lines.size());
        for (SourceLine line : lines) {
            parts.add(new StyledText(line.text(), line.runs()));
        }
        return joinWithSpace(parts);
    }

    /** Pieces of one cell's text, a space between each. */
    static StyledText joinWithSpace(List<StyledText> parts) {
        StyledText.Builder cell = new StyledText.Builder();
        for (StyledText part : parts) {
            StyledText text = part.withoutTabs().strip();
            if (text.text().isEmpty()) {
                continue;
            }
            if (!cell.isEmpty()) {
                cell.append(" ", cell.lastItalic(), cell.lastBold());
            }
            cell.append(text);
        }
        return cell.build();
    }
}
