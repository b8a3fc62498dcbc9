package org.casebook.service;

import org.casebook.domain.CodebookState;
import org.casebook.storage.CaseDatabase;

/**
 * Reads and stores the codebook with its tags. Edits are computed by {@link org.casebook.domain.CodebookEdits} and
 * stored whole, in one transaction; undo stores the state from before.
 */
public final class CodebookService {

    public CodebookState state(CaseDatabase database) {
        return database.read(r -> r.codebook().state());
    }

    public void store(CaseDatabase database, CodebookState state) {
        database.update(r -> r.codebook().replace(state));
    }
}
