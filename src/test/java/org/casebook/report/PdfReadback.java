package org.casebook.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Everything a test wants to know about a finished PDF, read once: the text of each page (in reading order, by
 * position), the bookmarks, the document info and XMP, the fonts and images each page uses, the structure tree's
 * elements, the body font size, and the decoded bytes of every object in the file, so a test can say that a word is
 * nowhere at all, not just nowhere visible.
 */
public final class PdfReadback {

    private static final Pattern FOOTER = Pattern.compile("Page (\\d+) of (\\d+)\\s*$");
    /** A contents line: the title, at least two leader dots, the page number. */
    private static final Pattern CONTENTS_LINE =
            Pattern.compile("^(.*?[^.\\s])[\\s.\u2026\u00b7]*?[.\u2026\u00b7]{2,}[\\s.\u2026\u00b7]*(\\d+)$");

    /** One line of a contents page: a title and the page its leader dots lead to. */
    public record ContentsEntry(String title, int page) {
    }

    /** One bookmark: its title and how deep it sits (0 for the top level). */
    public record Bookmark(String title, int depth) {
    }

    /** A font a page uses (directly or in a form it draws). */
    public record FontUse(int page, String name, boolean embedded) {
    }

    /** One element of the structure tree: its type as written, its standard type, and its /Alt if any. */
    public record Element(String type, String standardType, String alt) {
    }

    private final List<String> pages = new ArrayList<>();
    private final List<String> streamPages = new ArrayList<>();
    private final List<Bookmark> bookmarks = new ArrayList<>();
    private final Map<String, String> info = new LinkedHashMap<>();
    private final List<FontUse> fonts = new ArrayList<>();
    private final List<Integer> imagesPerPage = new ArrayList<>();
    private final List<Element> elements = new ArrayList<>();
    private final List<String> objectViews = new ArrayList<>();
    private final Map<Double, Integer> charsBySize = new TreeMap<>();
    private String xmp = "";
    private boolean marked;
    private int structureKids;

    private PdfReadback() {
    }

    public static PdfReadback of(byte[] pdf) {
        PdfReadback readback = new PdfReadback();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            readback.read(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return readback;
    }

    private void read(PDDocument document) throws IOException {
        PageTextStripper stripper = new PageTextStripper();
        PDFTextStripper inDrawingOrder = new PDFTextStripper();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            pages.add(stripper.getText(document));
            inDrawingOrder.setStartPage(page);
            inDrawingOrder.setEndPage(page);
            streamPages.add(inDrawingOrder.getText(document));
            PDPage pdPage = document.getPage(page - 1);
            imagesPerPage.add(readResources(page, pdPage.getResources(), java.util.Collections.newSetFromMap(new IdentityHashMap<>())));
        }
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        if (catalog.getDocumentOutline() != null) {
            readOutline(catalog.getDocumentOutline(), 0);
        }
        PDDocumentInformation information = document.getDocumentInformation();
        for (String key : information.getMetadataKeys()) {
            info.put(key, String.valueOf(information.getCustomMetadataValue(key)));
        }
        PDMetadata metadata = catalog.getMetadata();
        if (metadata != null) {
            try (InputStream in = metadata.exportXMPMetadata()) {
                xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        marked = catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked();
        PDStructureTreeRoot root = catalog.getStructureTreeRoot();
        if (root != null) {
            structureKids = root.getKids().size();
            root.getKids().forEach(this::readElement);
        }
        readObjects(document);
    }

    private void readOutline(PDOutlineNode node, int depth) {
        for (PDOutlineItem child : node.children()) {
            bookmarks.add(new Bookmark(child.getTitle(), depth));
            readOutline(child, depth + 1);
        }
    }

    private int readResources(int page, PDResources resources, Set<PDResources> seen) throws IOException {
        if (resources == null || !seen.add(resources)) {
            return 0;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(new FontUse(page, font.getName(), font.isEmbedded()));
        }
        int images = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                images++;
            } else if (object instanceof PDFormXObject form) {
                images += readResources(page, form.getResources(), seen);
            }
        }
        return images;
    }

    private void readElement(Object kid) {
        if (kid instanceof PDStructureElement element) {
            elements.add(new Element(element.getStructureType(), element.getStandardStructureType(),
                    element.getAlternateDescription() == null ? "" : element.getAlternateDescription()));
            element.getKids().forEach(this::readElement);
        }
    }

    /** Every object the cross-reference table lists, streams decoded, strings both raw and decoded. */
    private void readObjects(PDDocument document) throws IOException {
        for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
            COSObject object = document.getDocument().getObjectFromPool(key);
            collect(object.getObject(), objectViews);
        }
        collect(document.getDocument().getTrailer(), objectViews);
    }

    private static void collect(COSBase base, List<String> views) throws IOException {
        if (base instanceof COSStream stream) {
            views.add(bytesOf(stream));
        }
        if (base instanceof COSDictionary dictionary) {
            for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                views.add(entry.getKey().getName());
                collect(entry.getValue(), views);
            }
        } else if (base instanceof COSArray array) {
            for (COSBase element : array) {
                collect(element, views);
            }
        } else if (base instanceof COSString string) {
            views.add(new String(string.getBytes(), StandardCharsets.ISO_8859_1));
            views.add(string.getString());
        } else if (base instanceof COSName name) {
            views.add(name.getName());
        }
    }

    private static String bytesOf(COSStream stream) throws IOException {
        try (InputStream in = stream.createInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            // A filter PDFBox cannot undo (an image codec, say): the raw bytes are what is in the file.
            try (InputStream in = stream.createRawInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
        }
    }

    public int pageCount() {
        return pages.size();
    }

    /** The text of page {@code number} (1-based). */
    public String page(int number) {
        return pages.get(number - 1);
    }

    public List<String> pages() {
        return List.copyOf(pages);
    }

    /** The page's non-blank lines, stripped. */
    public List<String> lines(int number) {
        return page(number).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** All pages' text with every run of white space made one space: for phrases that may wrap across lines. */
    public String flatText() {
        return flat(String.join("\n", pages));
    }

    /** Pages {@code from} to {@code to} (1-based, inclusive), flattened as {@link #flatText()}. */
    public String flatText(int from, int to) {
        return flat(String.join("\n", pages.subList(from - 1, to)));
    }

    /**
     * Pages {@code from} to {@code to} in the order the page draws its text, flattened: a table cell's lines stay
     * together, where reading by position would interleave the columns.
     */
    public String flatTextInDrawingOrder(int from, int to) {
        return flat(String.join("\n", streamPages.subList(from - 1, to)));
    }

    public static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The "Page X of Y" the page's last line ends with, as {X, Y}; empty if it has none. */
    public List<Integer> footer(int number) {
        List<String> lines = lines(number);
        if (lines.isEmpty()) {
            return List.of();
        }
        Matcher m = FOOTER.matcher(lines.get(lines.size() - 1));
        return m.find() ? List.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : List.of();
    }

    /** The lines of page {@code number} that read as contents entries (title, leader dots, page), in order. */
    public List<ContentsEntry> contents(int number) {
        List<ContentsEntry> entries = new ArrayList<>();
        for (String line : lines(number)) {
            Matcher m = CONTENTS_LINE.matcher(line);
            if (m.matches()) {
                entries.add(new ContentsEntry(m.group(1).strip(), Integer.parseInt(m.group(2))));
            }
        }
        return entries;
    }

    public List<Bookmark> bookmarks() {
        return List.copyOf(bookmarks);
    }

    public Map<String, String> info() {
        return Map.copyOf(info);
    }

    public String xmp() {
        return xmp;
    }

    public List<FontUse> fonts() {
        return List.copyOf(fonts);
    }

    /** How many images page {@code number} draws, directly or in forms. */
    public int images(int number) {
        return imagesPerPage.get(number - 1);
    }

    public boolean isMarked() {
        return marked;
    }

    public int structureKids() {
        return structureKids;
    }

    public List<Element> elements() {
        return List.copyOf(elements);
    }

    /** The font size (pt, to the half point) that most characters are set in: the body text's. */
    public double bodyFontSize() {
        return charsBySize.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /**
     * Whether {@code word} occurs, ignoring case, in any object's bytes read as ISO-8859-1 (PDFDocEncoding and
     * plain content streams) or as UTF-16BE at either byte alignment (Unicode strings and XMP in UTF-16).
     */
    public boolean anyObjectContains(String word) {
        String needle = word.toLowerCase(Locale.ROOT);
        for (String view : objectViews) {
            if (view.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
            byte[] bytes = view.getBytes(StandardCharsets.ISO_8859_1);
            for (int shift = 0; shift < 2 && bytes.length > shift + 1; shift++) {
                String wide = new String(bytes, shift, bytes.length - shift, StandardCharsets.UTF_16BE);
                if (wide.toLowerCase(Locale.ROOT).contains(needle)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many objects were read: a guard that {@link #anyObjectContains} looked at something. */
    public int objectViewCount() {
        return objectViews.size();
    }

    /** Sorts by position, so a page reads top to bottom whatever order the content stream draws in. */
    private final class PageTextStripper extends PDFTextStripper {

        PageTextStripper() {
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition position : positions) {
                if (!position.getUnicode().isBlank()) {
                    charsBySize.merge(Math.round(position.getFontSizeInPt() * 2) / 2.0, 1, Integer::sum);
                }
            }
            super.writeString(text, positions);
        }
    }
}
