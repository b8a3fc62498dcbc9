package org.casebook.ui.campaigns;

/**
 * Starts the import of a body's response to one request: the file chooser, the reading and the review step are the
 * import flow's, shared with every other letter, so a response is corrected the same way before it is stored.
 */
@FunctionalInterface
public interface ResponseImporter {
    void importResponse(long requestId);
}
