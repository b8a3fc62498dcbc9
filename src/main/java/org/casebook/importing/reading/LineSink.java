package org.casebook.importing.reading;

import java.util.ArrayList;
import java.util.List;
import org.casebook.importing.model.SourceLine;

/** The lines a document walk writes; a table cell's content is written aside, to become part of its row. */
final class LineSink {

    private List<SourceLine> lines = new ArrayList<>();

    void add(SourceLine line) {
        lines.add(line);
    }

    void addAll(List<SourceLine> more) {
        lines.addAll(more);
    }

    /** The lines {@code walk} writes, kept apart from those written so far. */
    List<SourceLine> aside(Runnable walk) {
        List<SourceLine> outer = lines;
        lines = new ArrayList<>();
        try {
            walk.run();
            return lines;
        } finally {
            lines = outer;
        }
    }

    List<SourceLine> lines() {
        return lines;
    }
}
