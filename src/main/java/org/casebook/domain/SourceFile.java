package org.casebook.domain;

import java.util.Objects;

/** Where a letter came from: the original file's name, its media type and the SHA-256 of its bytes. */
public record SourceFile(String fileName, String mediaType, String sha256) {
    public SourceFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
    }
}
