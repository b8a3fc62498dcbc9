package org.casebook.domain;

/** Long work stopped because the member cancelled it; nothing it did was kept. */
public class CancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CancelledException(String what) {
        super(what + " was cancelled; nothing was stored.");
    }
}
