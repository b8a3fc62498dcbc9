package org.casebook.domain;

/** A codebook edit that breaks a rule of the codebook; the message is written for the member. */
public final class CodebookException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CodebookException(String message) {
        super(message);
    }
}
