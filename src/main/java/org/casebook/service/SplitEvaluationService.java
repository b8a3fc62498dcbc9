package org.casebook.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.casebook.analysis.SplitScore;
import org.casebook.analysis.model.CorpusScore;
import org.casebook.analysis.model.DocumentScore;
import org.casebook.analysis.model.SplitPair;
import org.casebook.domain.LabelledDocument;
import org.casebook.exchange.CorpusLabelsFile;
import org.casebook.importing.model.SplitItem;
import org.casebook.importing.reading.DocumentReaders;
import org.casebook.importing.split.LetterSplitter;

/**
 * Measures the splitter on a corpus of hand-labelled documents: each is read with the normal readers and split as an
 * import would split it, with no case and nothing stored, and its items are scored against the labels.
 */
public final class SplitEvaluationService {

    /** The labels' file in a corpus folder. */
    public static final String LABELS = "expected.json";

    private final DocumentReaders readers;
    private final LetterSplitter splitter;

    public SplitEvaluationService(DocumentReaders readers, LetterSplitter splitter) {
        this.readers = Objects.requireNonNull(readers, "readers");
        this.splitter = Objects.requireNonNull(splitter, "splitter");
    }

    /**
     * Scores every document {@code corpus/expected.json} labels.
     *
     * @throws CaseException when the folder, its labels or a labelled document is missing, or no document is labelled
     */
    public CorpusScore evaluate(Path corpus) throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw problem(corpus, "The corpus folder " + corpus + " does not exist.");
        }
        Path labelsFile = corpus.resolve(LABELS);
        if (!Files.isRegularFile(labelsFile)) {
            throw problem(corpus, "The corpus folder " + corpus + " has no " + LABELS + " labelling its documents.");
        }
        List<LabelledDocument> labels = CorpusLabelsFile.read(labelsFile);
        if (labels.isEmpty()) {
            throw problem(corpus, "The corpus folder " + corpus + " labels no documents in its " + LABELS + ".");
        }
        List<DocumentScore> scores = new ArrayList<>();
        for (LabelledDocument document : labels) {
            Path file = corpus.resolve(document.file());
            if (!Files.isRegularFile(file)) {
                throw problem(corpus, LABELS + " labels " + document.file() + ", which is not in " + corpus + ".");
            }
            scores.add(evaluate(file, document));
        }
        return new CorpusScore(scores);
    }

    /** Reads and splits one document and scores its items against its labels. */
    public DocumentScore evaluate(Path document, LabelledDocument labels) {
        List<SplitPair> items = new ArrayList<>();
        for (SplitItem item : splitter.split(readers.read(document)).items()) {
            items.add(new SplitPair(item.concern(), item.response()));
        }
        return SplitScore.score(labels, items);
    }

    private static CaseException problem(Path corpus, String message) {
        return new CaseException(CaseException.Problem.IO, corpus, message, null);
    }
}
