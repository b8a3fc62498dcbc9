package org.casebook.storage;

/** A database operation failed; the transaction it ran in was rolled back. */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
