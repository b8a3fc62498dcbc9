package org.casebook.importing.reading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.casebook.importing.model.DocumentFormat;
import org.casebook.importing.model.ImportException;

/**
 * Decides a file's format from its bytes, never from its name: a member's "letter.pdf" may be anything.
 * Formats Casebook cannot read are named in the message, with what to do instead.
 */
public final class FormatDetector {

    /** How much of the start of a file is looked at to decide whether it is text. */
    static final int TEXT_SAMPLE_BYTES = 64 * 1024;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    /** Signatures of formats members are likely to pick by mistake, and what to call them. */
    private enum Foreign {
        PNG("a PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
        JPEG("a JPEG image (a photo or scan)", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        GIF("a GIF image", new byte[] {'G', 'I', 'F', '8'}),
        TIFF_LE("a TIFF image (often a scan)", new byte[] {'I', 'I', 42, 0}),
        TIFF_BE("a TIFF image (often a scan)", new byte[] {'M', 'M', 0, 42}),
        RTF("a Rich Text (.rtf) document; save it as .docx, .odt or PDF and import that", new byte[] {'{', '\\', 'r', 't', 'f'}),
        GZIP("a compressed (.gz) archive", new byte[] {0x1F, (byte) 0x8B}),
        SEVEN_ZIP("a 7-Zip archive", new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF}),
        RAR("a RAR archive", new byte[] {'R', 'a', 'r', '!'});

        final String what;
        final byte[] magic;

        Foreign(String what, byte[] magic) {
            this.what = what;
            this.magic = magic;
        }
    }

    /**
     * @throws ImportException when the file cannot be read or is not a format Casebook reads; the message names the
     *                         file, says what it is where that is known, and lists the formats Casebook reads
     */
    public DocumentFormat detect(Path file) {
        String name = fileName(file);
        byte[] head = readHead(file, name);
        if (head.length == 0) {
            throw new ImportException(name, "is empty");
        }
        if (startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return DocumentFormat.PDF;
        }
        if (startsWith(head, ZIP)) {
            return zipFormat(file, name);
        }
        if (startsWith(head, OLE2)) {
            throw unsupported(name, oleKind(file));
        }
        for (Foreign foreign : Foreign.values()) {
            if (startsWith(head, foreign.magic)) {
                throw unsupported(name, foreign.what);
            }
        }
        if (TextSniffer.looksLikeText(head)) {
            return TextFormatSniffer.kind(head).orElse(DocumentFormat.TEXT);
        }
        throw new ImportException(name, notWhatItsNameSays(name) + DocumentFormat.SUPPORTED);
    }

    static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private static byte[] readHead(Path file, String name) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(TEXT_SAMPLE_BYTES);
        } catch (IOException e) {
            throw new ImportException(name, "could not be opened (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static DocumentFormat zipFormat(Path file, String name) {
        // Only the central directory and the tiny "mimetype" entry are read here, so a zip bomb cannot go off.
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("word/document.xml") != null) {
                return DocumentFormat.DOCX;
            }
            String mimetype = odfMimetype(zip);
            if (DocumentFormat.ODT.mediaType().equals(mimetype)) {
                return DocumentFormat.ODT;
            }
            throw unsupported(name, zipKind(zip, mimetype));
        } catch (ZipException e) {
            throw new ImportException(name, "looks like a Word or OpenDocument file but is damaged "
                    + "(its ZIP structure cannot be read)", e);
        } catch (IOException e) {
            throw new ImportException(name, "could not be opened (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static String odfMimetype(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry("mimetype");
        if (entry == null) {
            return "";
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
        }
    }

    private static String zipKind(ZipFile zip, String mimetype) {
        if (zip.getEntry("xl/workbook.xml") != null) {
            return "an Excel workbook (.xlsx), not a letter";
        }
        if (zip.getEntry("ppt/presentation.xml") != null) {
            return "a PowerPoint presentation (.pptx), not a letter";
        }
        if (mimetype.startsWith("application/vnd.oasis.opendocument.")) {
            return "an OpenDocument " + mimetype.substring("application/vnd.oasis.opendocument.".length())
                    + " file, not a text document";
        }
        if (mimetype.equals("application/epub+zip")) {
            return "an e-book (EPUB)";
        }
        return "a ZIP archive; unpack it and import the letters inside";
    }

    private static String oleKind(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo")) {
                return "a password-protected Office document; remove the password and import it again";
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return "an older Word document (Word 97–2003 .doc); open it in Word or LibreOffice, "
                        + "save it as .docx or PDF and import that";
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return "an older Excel workbook (.xls), not a letter";
            }
            if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
                return "an older PowerPoint presentation (.ppt), not a letter";
            }
        } catch (IOException | RuntimeException e) {
            // A damaged compound file is still an old Office file as far as the member is concerned.
        }
        return "an older Microsoft Office file (97–2003 format); save it as .docx or PDF and import that";
    }

    private static ImportException unsupported(String name, String what) {
        return new ImportException(name, "is " + what + ". " + DocumentFormat.SUPPORTED);
    }

    private static String notWhatItsNameSays(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            return "is named like a PDF but is not one: its content is not a document Casebook recognises. ";
        }
        if (lower.endsWith(".docx") || lower.endsWith(".doc")) {
            return "is named like a Word document but is not one: its content is not a document Casebook recognises. ";
        }
        if (lower.endsWith(".odt")) {
            return "is named like an OpenDocument text but is not one: its content is not a document Casebook recognises. ";
        }
        return "is not a document Casebook recognises (it is neither a PDF, a Word or OpenDocument file, a web page, "
                + "an e-mail, nor text). ";
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
