package org.casebook.report.model;

/** No item of the case matches the pack's scope; the message says so in the member's words. */
public final class EmptyPackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EmptyPackException(String message) {
        super(message);
    }
}
