package org.casebook.exchange.foi;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file of a WhatDoTheyKnow "download all correspondence" zip: {@code correspondence.txt} (the whole thread as
 * text) or an attachment, which Alaveteli names {@code <message>_<part>_<file name>} (message counted from 1 among
 * the responses).
 */
public record CorrespondenceFile(String name, long size, byte[] bytes) {

    private static final Pattern ATTACHMENT = Pattern.compile("(\\d+)_(\\d+)_(.+)");

    public CorrespondenceFile {
        Objects.requireNonNull(name, "name");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Which response the attachment came with, when the name says so. */
    public Optional<Integer> message() {
        Matcher m = ATTACHMENT.matcher(fileName());
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** The attachment's own file name, without Alaveteli's message and part numbers. */
    public String displayName() {
        Matcher m = ATTACHMENT.matcher(fileName());
        return m.matches() ? m.group(3) : fileName();
    }

    private String fileName() {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CorrespondenceFile that && name.equals(that.name) && size == that.size
                && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, size, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "CorrespondenceFile[" + name + ", " + size + " bytes]";
    }
}
