package org.casebook.service;

import org.casebook.domain.CodebookState;

/**
 * Reads and stores the codebook with its tags. Edits are computed by {@link org.casebook.domain.CodebookEdits} and
 * stored whole, in one transaction; undo stores the state from before.
 */
public final class CodebookService {

    /** The case's themes and response types alone, without the tags on items. */
    public org.casebook.domain.Codebook codebook(CaseHandle handle) {
        return handle.read(r -> r.codebook().load());
    }

    public CodebookState state(CaseHandle handle) {
        return handle.read(r -> r.codebook().state());
    }

    public void store(CaseHandle handle, CodebookState state) {
        handle.update(r -> r.codebook().replace(state));
    }
}
