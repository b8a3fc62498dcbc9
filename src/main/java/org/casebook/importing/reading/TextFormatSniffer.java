package org.casebook.importing.reading;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.importing.model.DocumentFormat;

/**
 * Tells a web page and a saved e-mail from other text by how they start. A web page opens with a doctype or an
 * {@code <html>}, {@code <head>} or {@code <body>} tag. An e-mail opens with a block of header lines ("Name: value")
 * ended by a blank line: at least two of them, one a header only mail software writes (From, Received,
 * Return-Path, Message-ID, MIME-Version, or a Date with a clock time), so a letter that starts "Dear …" or with a
 * "Subject:" or "Date: 3 June 2021" line stays a letter.
 */
final class TextFormatSniffer {

    private static final Pattern LEADING_MARKUP_NOISE = Pattern.compile("\\A(?:\\s+|<\\?xml[^>]*>|<!--.*?-->)*",
            Pattern.DOTALL);
    private static final Pattern HTML_START = Pattern.compile("(?i)\\A<(?:!doctype\\s+html|html|head|body)[\\s>/]");
    /** RFC 5322: a field name is printable ASCII without spaces or a colon. */
    private static final Pattern HEADER = Pattern.compile("\\A([!-9;-~]+):(.*)\\z");
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
    private static final Set<String> MAIL_HEADERS = Set.of("from", "received", "return-path", "message-id", "mime-version");
    private static final int MAX_HEADER_LINES = 2000;

    private TextFormatSniffer() {
    }

    /** HTML or EMAIL when the text starts like one; empty for any other text. */
    static Optional<DocumentFormat> kind(byte[] head) {
        String text = decode(head);
        if (HTML_START.matcher(LEADING_MARKUP_NOISE.matcher(text).replaceFirst("")).find()) {
            return Optional.of(DocumentFormat.HTML);
        }
        return startsWithMailHeaders(text) ? Optional.of(DocumentFormat.EMAIL) : Optional.empty();
    }

    private static boolean startsWithMailHeaders(String text) {
        List<String> lines = TextLines.split(text);
        int start = !lines.isEmpty() && lines.get(0).startsWith("From ") ? 1 : 0; // an mbox "From " line
        int fields = 0;
        boolean mailHeader = false;
        for (int i = start; i < Math.min(lines.size(), MAX_HEADER_LINES); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                return fields >= 2 && mailHeader;
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                if (fields == 0) {
                    return false;
                }
                continue; // a folded header goes on
            }
            Matcher header = HEADER.matcher(line);
            if (!header.matches()) {
                return false;
            }
            fields++;
            String field = header.group(1).toLowerCase(Locale.ROOT);
            mailHeader |= MAIL_HEADERS.contains(field) || field.equals("date") && CLOCK.matcher(header.group(2)).find();
        }
        return fields >= 2 && mailHeader; // headers to the end of the sample: a huge header block, refused by the reader
    }

    /** Enough to read tags and header names: the BOM's charset when there is one, else bytes as Latin-1. */
    private static String decode(byte[] head) {
        return CharsetSniffer.byBom(head).map(CharsetSniffer.Decoded::text)
                .orElseGet(() -> new String(head, StandardCharsets.ISO_8859_1));
    }
}
