package org.casebook.domain;

import java.util.List;
import java.util.Objects;

/**
 * How a document of the split corpus should split, labelled by hand: each question → answer pair by the opening words
 * of the question and of the answer (no answer when the document gives none).
 *
 * @param file      the document's file name in the corpus folder
 * @param source    where the document was taken from (a URL)
 * @param retrieved when it was taken (YYYY-MM-DD)
 * @param shape     which of the corpus's shapes it has (see the corpus README), 1–9
 */
public record LabelledDocument(String file, String source, String retrieved, int shape, List<LabelledPair> pairs) {

    public LabelledDocument {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(retrieved, "retrieved");
        pairs = List.copyOf(pairs);
    }
}
