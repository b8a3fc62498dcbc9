package org.casebook.importing.reading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.casebook.importing.model.Attachment;
import org.casebook.importing.model.ImportException;
import org.casebook.importing.model.SourceText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an e-mail's attached files with the readers for files, each as if the member had imported it: its format
 * found from its bytes, refused above the same size. Each is written to a private temporary folder for the reader
 * and removed straight after.
 */
final class MailAttachments {

    /** The attachments Casebook could read, and for each one it could not, why. */
    record Read(List<Attachment> readable, List<String> refusals) {
        Read {
            readable = List.copyOf(readable);
            refusals = List.copyOf(refusals);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(MailAttachments.class);
    private static final int MAX_NAME = 120;

    private MailAttachments() {
    }

    static Read read(List<MailParts.AttachedFile> files, DocumentReaders readers) {
        List<Attachment> readable = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (MailParts.AttachedFile file : files) {
            String name = safeName(file.name(), readable.size() + refusals.size() + 1);
            try {
                readable.add(new Attachment(name, file.bytes(), readWhole(name, file.bytes(), readers)));
            } catch (ImportException e) {
                LOG.info("Attachment not read: {}", e.getMessage());
                refusals.add(e.getMessage());
            }
        }
        return new Read(readable, refusals);
    }

    private static SourceText readWhole(String name, byte[] bytes, DocumentReaders readers) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("casebook-attachment");
            return readers.read(Files.write(folder.resolve(name), bytes));
        } catch (IOException e) {
            throw new ImportException(name, "could not be unpacked from the e-mail (" + e.getClass().getSimpleName() + ")", e);
        } finally {
            if (folder != null) {
                deleteQuietly(folder);
            }
        }
    }

    /** The attachment's own name without folders or characters a file system refuses; "attachment 2" when it has none. */
    static String safeName(String name, int position) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            return "attachment " + position;
        }
        return base.length() <= MAX_NAME ? base : base.substring(base.length() - MAX_NAME);
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not remove the temporary copy of an attachment in {}", folder, e);
        }
    }
}
