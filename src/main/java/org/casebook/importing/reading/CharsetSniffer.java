package org.casebook.importing.reading;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.casebook.importing.model.ImportException;
import org.mozilla.universalchardet.UniversalDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the bytes of a text file into characters. Letters reach members as files saved by many tools:
 * Notepad (UTF-8 with BOM, or "Unicode" = UTF-16LE), Word's "plain text" (Windows-1252), web pages (UTF-8).
 * Order matters: a BOM is proof, a strict UTF-8 decode almost is (random Windows-1252 bytes rarely form valid
 * UTF-8), the statistical detector is a guess, and Windows-1252 is the safest fallback for English text.
 */
final class CharsetSniffer {

    private static final Logger LOG = LoggerFactory.getLogger(CharsetSniffer.class);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SAMPLE = 8192;

    /** The text and the charset it was read with. */
    record Decoded(String text, Charset charset) {
    }

    private CharsetSniffer() {
    }

    /** Decodes the bytes, or explains why they are not text. */
    static Decoded decode(byte[] bytes, String fileName) {
        Decoded decoded = decodeByEvidence(bytes, fileName);
        if (looksBinary(decoded.text())) {
            throw new ImportException(fileName, "does not look like text (it may be a binary file such as a PDF or image)");
        }
        LOG.debug("{} read as {}", fileName, decoded.charset());
        return decoded;
    }

    private static Decoded decodeByEvidence(byte[] bytes, String fileName) {
        Optional<Decoded> bom = byBom(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<Charset> utf16 = utf16WithoutBom(bytes);
        if (utf16.isPresent()) {
            return new Decoded(new String(bytes, utf16.get()), utf16.get());
        }
        if (containsNul(bytes)) {
            // NULs outside UTF-16 mean a binary file; decoding it would only produce noise.
            throw new ImportException(fileName, "does not look like text (it contains binary data)");
        }
        Optional<String> utf8 = strictUtf8(bytes);
        if (utf8.isPresent()) {
            return new Decoded(utf8.get(), StandardCharsets.UTF_8);
        }
        Charset guessed = detect(bytes).orElse(WINDOWS_1252);
        return new Decoded(new String(bytes, guessed), guessed);
    }

    /** The text after a byte-order mark, decoded in the charset it names; empty when there is none. */
    static Optional<Decoded> byBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE));
        }
        return Optional.empty();
    }

    /**
     * English text in UTF-16 has a zero byte in nearly every other position: the high byte of each ASCII
     * character. Which half holds the zeros gives the byte order.
     */
    private static Optional<Charset> utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, SAMPLE) & ~1;
        if (n < 4) {
            return Optional.empty();
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static boolean containsNul(byte[] b) {
        for (byte x : b) {
            if (x == 0) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Optional<Charset> detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null || !Charset.isSupported(name)) {
            return Optional.empty();
        }
        Charset charset = Charset.forName(name);
        String canonical = charset.name().toUpperCase(Locale.ROOT);
        // ISO-8859-1 is what the detector says for most Western text; Windows-1252 is the same plus the
        // curly quotes, dashes and euro sign that Word writes in 0x80-0x9F, so it is always the better reading.
        if (canonical.equals("ISO-8859-1") || canonical.equals("US-ASCII") || canonical.equals("UTF-8")) {
            return Optional.of(WINDOWS_1252);
        }
        return Optional.of(charset);
    }

    /** Many control characters or replacement characters mean the bytes were not text in any charset we tried. */
    static boolean looksBinary(String text) {
        if (text.isEmpty()) {
            return false;
        }
        int suspicious = 0;
        int n = Math.min(text.length(), SAMPLE);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
            if (control || c == '\uFFFD' || c == 0x7F) {
                suspicious++;
            }
        }
        return suspicious > Math.max(2, n / 100);
    }
}
