package org.casebook.importing.reading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.casebook.importing.model.DocumentFormat;

/**
 * A small OpenDocument text written as its parts, so each way of making text italic or bold is there on purpose:
 * a named paragraph style inheriting italic from its parent, an automatic paragraph style, automatic span styles,
 * a named text style, and a numbered list.
 */
final class TestOdt {

    static final String NS = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
            + "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" office:version=\"1.3\"";

    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles " + NS + "><office:styles>"
            + "<style:default-style style:family=\"paragraph\"><style:text-properties fo:font-size=\"12pt\"/></style:default-style>"
            + "<style:style style:name=\"Response_Base\" style:family=\"paragraph\"><style:text-properties fo:font-style=\"italic\"/></style:style>"
            + "<style:style style:name=\"Trust_Response\" style:family=\"paragraph\" style:parent-style-name=\"Response_Base\"/>"
            + "<style:style style:name=\"Strong\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style>"
            + "</office:styles></office:document-styles>";

    private static final String CONTENT = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + NS + ">"
            + "<office:automatic-styles>"
            + "<style:style style:name=\"P1\" style:family=\"paragraph\"><style:text-properties fo:font-style=\"italic\" fo:font-size=\"11pt\"/></style:style>"
            + "<style:style style:name=\"T1\" style:family=\"text\"><style:text-properties fo:font-style=\"italic\"/></style:style>"
            + "<style:style style:name=\"T2\" style:family=\"text\"><style:text-properties fo:font-style=\"normal\"/></style:style>"
            + "<text:list-style style:name=\"L1\">"
            + "<text:list-level-style-number text:level=\"1\" style:num-format=\"1\" style:num-suffix=\".\"/>"
            + "<text:list-level-style-number text:level=\"2\" style:num-format=\"a\" style:num-suffix=\")\"/>"
            + "</text:list-style>"
            + "</office:automatic-styles><office:body><office:text>"
            + "<text:h text:outline-level=\"1\">Reply to concerns</text:h>"
            + "<text:p>Plain concern paragraph.</text:p>"
            + "<text:p text:style-name=\"Trust_Response\">Response italic through the parent style.</text:p>"
            + "<text:p text:style-name=\"P1\">Response italic through an automatic style.</text:p>"
            + "<text:p>Roman then <text:span text:style-name=\"T1\">italic span</text:span> then <text:span text:style-name=\"Strong\">bold span</text:span>.</text:p>"
            + "<text:p text:style-name=\"P1\">Italic with <text:span text:style-name=\"T2\">an upright title</text:span>.</text:p>"
            + "<text:list text:style-name=\"L1\">"
            + "<text:list-item><text:p>Funding was refused</text:p>"
            + "<text:list><text:list-item><text:p>The course was dropped</text:p></text:list-item>"
            + "<text:list-item><text:p>Trainers were<text:s text:c=\"2\"/>let go</text:p></text:list-item></text:list>"
            + "</text:list-item>"
            + "<text:list-item><text:p>Work is undone</text:p></text:list-item>"
            + "</text:list>"
            + "</office:text></office:body></office:document-content>";

    private static final String MANIFEST = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
            + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
            + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
            + "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
            + "</manifest:manifest>";

    private TestOdt() {
    }

    static Path styled(Path file) throws IOException {
        return write(file, STYLES, CONTENT);
    }

    /** An OpenDocument text of the given styles.xml and content.xml, with its mimetype first and stored, as ODF asks. */
    static Path write(Path file, String styles, String content) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] mimetype = DocumentFormat.ODT.mediaType().getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            put(zip, "META-INF/manifest.xml", MANIFEST);
            put(zip, "styles.xml", styles);
            put(zip, "content.xml", content);
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
