package org.casebook.exchange.foi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.casebook.exchange.ExchangeFormatException;

/**
 * Lists and reads the files of a WhatDoTheyKnow "download all correspondence" zip. A zip is a file from elsewhere,
 * so it is read with limits: a few megabytes can claim to unpack to gigabytes (a zip bomb), and an entry named
 * "../x" means to be written outside where it is put. Sizes are counted as the bytes come, not taken from the
 * zip's own claims, and nothing is returned unless the whole zip is within the limits.
 */
public final class CorrespondenceZip {

    /** How much a zip may unpack to and how many entries it may have. */
    public record Limits(long maxTotalBytes, int maxEntries) {
        /** Far beyond any real request's correspondence (a few dozen files, tens of megabytes). */
        public static final Limits DEFAULT = new Limits(200L * 1024 * 1024, 1000);
    }

    private CorrespondenceZip() {
    }

    public static List<CorrespondenceFile> read(Path zip) throws IOException {
        return read(zip, Limits.DEFAULT);
    }

    public static List<CorrespondenceFile> read(Path zip, Limits limits) throws IOException {
        List<CorrespondenceFile> files = new ArrayList<>();
        try (ZipFile archive = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            if (archive.size() > limits.maxEntries()) {
                throw new ExchangeFormatException(zip, "has " + archive.size() + " entries, more than the "
                        + limits.maxEntries() + " a request's correspondence could have; it was not opened.");
            }
            long total = 0;
            for (ZipEntry entry : Collections.list(archive.entries())) {
                String name = safeName(zip, entry.getName());
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] bytes = readCapped(zip, archive, entry, limits.maxTotalBytes() - total, limits);
                total += bytes.length;
                files.add(new CorrespondenceFile(name, bytes.length, bytes));
            }
        } catch (ZipException | IllegalArgumentException notAZip) {
            // IllegalArgumentException: an entry name that is not UTF-8, which ZipFile reports as "MALFORMED".
            throw new ExchangeFormatException(zip, "is not a zip file that can be read (" + notAZip.getMessage() + ").",
                    notAZip);
        }
        return files;
    }

    /** Refuses names that climb out of the folder ("..") or start at a root ("/x", "C:\x"); backslashes count too. */
    private static String safeName(Path zip, String raw) throws ExchangeFormatException {
        String name = raw.replace('\\', '/');
        boolean climbs = List.of(name.split("/")).contains("..");
        boolean rooted = name.startsWith("/") || name.matches("^[A-Za-z]:.*");
        if (climbs || rooted || name.isBlank() || name.indexOf('\0') >= 0) {
            throw new ExchangeFormatException(zip, "holds a file named \"" + raw + "\", which would be written outside "
                    + "the folder it is unpacked in; it was not opened.");
        }
        return name;
    }

    private static byte[] readCapped(Path zip, ZipFile archive, ZipEntry entry, long allowed, Limits limits)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        try (InputStream in = archive.getInputStream(entry)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                read += n;
                if (read > allowed) {
                    throw new ExchangeFormatException(zip, "unpacks to more than " + megabytes(limits.maxTotalBytes())
                            + " (at \"" + entry.getName() + "\"); it may be a zip bomb and was not opened.");
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }
}
