package org.casebook.domain;

/** Which part of a letter a commitment was found in. */
public enum CommitmentSource {
    ITEM,
    INTRO,
    CLOSING
}
