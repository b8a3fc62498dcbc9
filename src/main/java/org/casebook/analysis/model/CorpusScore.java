package org.casebook.analysis.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How the splits of a labelled corpus agree with its labels: per document, per shape and in total. */
public record CorpusScore(List<DocumentScore> documents) {

    public CorpusScore {
        documents = List.copyOf(documents);
    }

    /** Found and expected pairs added up. */
    public record Tally(int found, int expected) {
        public double percent() {
            return expected == 0 ? 100 : 100.0 * found / expected;
        }

        Tally plus(DocumentScore score) {
            return new Tally(found + score.found(), expected + score.expected());
        }
    }

    public Tally total() {
        Tally tally = new Tally(0, 0);
        for (DocumentScore score : documents) {
            tally = tally.plus(score);
        }
        return tally;
    }

    /** Tallies by shape number, in shape order. */
    public Map<Integer, Tally> byShape() {
        Map<Integer, Tally> shapes = new TreeMap<>();
        for (DocumentScore score : documents) {
            shapes.merge(score.shape(), new Tally(0, 0).plus(score), (a, b) -> new Tally(a.found() + b.found(),
                    a.expected() + b.expected()));
        }
        return shapes;
    }
}
