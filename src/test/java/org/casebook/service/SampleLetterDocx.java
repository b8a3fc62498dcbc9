package org.casebook.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casebook.importing.reading.TestDocx;
import org.casebook.importing.reading.TestDocx.Paragraph;

/**
 * Makes the sample case's Word letter from its readable source, {@code src/test/resources/sample/northvale-reply.txt}
 * (the file's header explains the marks). The DOCX is shipped, not built, so the app needs no POI writer; after
 * editing the source, regenerate it from the project folder:
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.casebook.service.SampleLetterDocx
 * </pre>
 * {@code SampleLetterTest} fails while the shipped DOCX and the source disagree.
 */
public final class SampleLetterDocx {

    static final Path SOURCE = Path.of("src/test/resources/sample/northvale-reply.txt");
    static final Path SHIPPED = Path.of("src/main/resources/org/casebook/service/sample/northvale-reply.docx");

    private SampleLetterDocx() {
    }

    public static void main(String[] args) throws IOException {
        TestDocx.letter(SHIPPED, paragraphs(SOURCE));
        System.out.println("Wrote " + SHIPPED.toAbsolutePath());
    }

    /** The source's paragraphs: blank lines separate them, '#' lines are comments, _underscores_ mean italic. */
    static List<Paragraph> paragraphs(Path source) {
        List<String> lines;
        try {
            lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                flush(pending, paragraphs);
            } else {
                pending.add(line.strip());
            }
        }
        flush(pending, paragraphs);
        return paragraphs;
    }

    private static void flush(List<String> pending, List<Paragraph> paragraphs) {
        if (pending.isEmpty()) {
            return;
        }
        String text = String.join(" ", pending);
        pending.clear();
        boolean italic = text.length() > 1 && text.startsWith("_") && text.endsWith("_");
        paragraphs.add(new Paragraph(italic ? text.substring(1, text.length() - 1) : text, italic));
    }
}
