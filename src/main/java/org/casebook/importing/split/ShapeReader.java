package org.casebook.importing.split;

import java.util.Optional;
import org.casebook.importing.model.SplitResult;

/** Reads a document as one shape; empty when the shape finds no items in it. */
interface ShapeReader {

    Optional<SplitResult> read(Document document);
}
