package org.casebook.importing.split;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.importing.model.Shape;
import org.casebook.importing.model.SourceText;
import org.casebook.importing.model.SplitResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Splits a letter into intro, concern → response items and closing. Pure: strings in, records out, no UI.
 * Each shape a document may take has its reader; the split is the reading that explains the text best (ADR 16).
 * The member reviews every split, so the splitter says how sure it is and what to check rather than guessing silently.
 */
public class LetterSplitter {

    private static final Logger LOG = LoggerFactory.getLogger(LetterSplitter.class);
    /** An answered item explains more of a document than an unanswered one; a warning is a doubt against it. */
    private static final double ANSWERED_WEIGHT = 2;
    private static final double UNANSWERED_WEIGHT = 1;
    private static final double WARNING_WEIGHT = 0.5;

    private static final ShapeReader LABELLED = new LabelledItemsReader(QuestionAnswerMatcher.Pairing.AUTO);
    private static final ShapeReader NUMBERED = new LabelledItemsReader(QuestionAnswerMatcher.Pairing.NEVER);
    private static final ShapeReader PAIRED = new LabelledItemsReader(QuestionAnswerMatcher.Pairing.ALWAYS);
    private static final ShapeReader RESTATED = new TurnsReader(Shape.RESTATED, ShapeVocabulary.of("restated"));
    private static final ShapeReader MINUTES = new TurnsReader(Shape.MINUTES, ShapeVocabulary.of("minutes"));
    private static final ShapeReader RESTATED_MINUTES = new TurnsReader(Shape.MINUTES,
            ShapeVocabulary.of("restated").with(ShapeVocabulary.of("minutes")));
    private static final ShapeReader WRITTEN = new TurnsReader(Shape.WRITTEN_QUESTIONS, ShapeVocabulary.of("written-questions"));
    private static final ShapeReader TABLE = new TableReader();
    private static final ShapeReader REQUEST = new RequestReader();
    private static final ShapeReader BULLETED = new LabelledItemsReader(QuestionAnswerMatcher.Pairing.NEVER, true);

    /**
     * Every reading tried when the shape is not known; the first wins a tie. A table comes first, as its rows are
     * the document's own layout and only a document with rows of cells has a table reading, then the most usual.
     */
    private static final List<ShapeReader> ANY_SHAPE = List.of(TABLE, LABELLED, RESTATED, MINUTES, RESTATED_MINUTES,
            WRITTEN, REQUEST);
    /** Bullets are lists inside answers far more often than items: read as items only when nothing else is found. */
    private static final List<ShapeReader> LAST_RESORT = List.of(BULLETED);
    private static final Map<Shape, List<ShapeReader>> BY_SHAPE = Map.of(
            Shape.NUMBERED, List.of(NUMBERED),
            Shape.REQUEST_THEN_RESPONSE, List.of(PAIRED),
            Shape.RESTATED, List.of(PAIRED, RESTATED),
            Shape.MINUTES, List.of(LABELLED, MINUTES, RESTATED_MINUTES, BULLETED),
            Shape.WRITTEN_QUESTIONS, List.of(WRITTEN),
            Shape.TABLE, List.of(TABLE),
            Shape.REQUEST, List.of(REQUEST, NUMBERED));

    /** Splits the text as the shape that explains it best; never throws, an unreadable letter becomes one block. */
    public SplitResult split(SourceText text) {
        Document document = Document.of(text);
        SplitResult result = best(document, ANY_SHAPE).or(() -> best(document, LAST_RESORT))
                .orElseGet(() -> SplitAssembler.oneBlock(document, Shape.NUMBERED));
        LOG.info("{}: read as {}, {} items, confidence {}", text.fileName(), result.shape(), result.items().size(),
                String.format("%.2f", result.confidence()));
        return result;
    }

    /** Splits the text as {@code shape}, whichever the splitter would have chosen: the member said what it is. */
    public SplitResult split(SourceText text, Shape shape) {
        Document document = Document.of(text);
        return best(document, BY_SHAPE.get(shape)).map(r -> r.withShape(shape))
                .orElseGet(() -> SplitAssembler.oneBlock(document, shape));
    }

    /** How much of the document a split explains: its items, answered ones more, less its doubts. */
    static double score(SplitResult result) {
        long answered = result.items().stream().filter(i -> i.response().isPresent()).count();
        long unanswered = result.items().size() - answered;
        return answered * ANSWERED_WEIGHT + unanswered * UNANSWERED_WEIGHT - result.warnings().size() * WARNING_WEIGHT;
    }

    /** More of the document explained, or as much on surer evidence (a label rather than a paragraph break). */
    private static boolean explainsMore(SplitResult reading, SplitResult best) {
        double difference = score(reading) - score(best);
        return difference > 0 || difference == 0 && reading.confidence() > best.confidence();
    }

    private static Optional<SplitResult> best(Document document, List<ShapeReader> readers) {
        SplitResult best = null;
        for (ShapeReader reader : readers) {
            Optional<SplitResult> reading = reader.read(document);
            if (reading.isPresent() && (best == null || explainsMore(reading.get(), best))) {
                best = reading.get();
            }
        }
        return Optional.ofNullable(best);
    }
}
