package org.casebook.importing.reading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.casebook.importing.model.DocumentFormat;
import org.casebook.importing.model.ImportException;
import org.casebook.importing.model.SourceLine;
import org.casebook.importing.model.SourceText;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.dom.element.OdfStylableElement;
import org.odftoolkit.odfdom.dom.element.text.TextListElement;
import org.odftoolkit.odfdom.dom.element.text.TextListItemElement;
import org.odftoolkit.odfdom.dom.element.text.TextParagraphElementBase;
import org.odftoolkit.odfdom.dom.element.text.TextSElement;
import org.odftoolkit.odfdom.dom.element.text.TextSpanElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;


/**
 * Reads an OpenDocument text (.odt) with odfdom: one line per paragraph or heading in document order, list items
 * included and a table row one line with its cells apart by tabs ({@link TableRows}), italic and bold from automatic
 * and named styles ({@link OdtStyles}), spans as style runs, list labels rendered ({@link OdtListLabels}).
 */
public final class OdtDocumentReader implements DocumentReader {

    static final String ZIP_BOMB = "looks like a zip bomb: it would unpack to far more data than any letter needs, "
            + "so it is not a valid OpenDocument text and Casebook did not open it";
    static final String DAMAGED = "is damaged or is not a valid OpenDocument text";

    private static final Logger LOG = LoggerFactory.getLogger(OdtDocumentReader.class);

    /** Block content that holds no letter text, or text that is not part of the letter's flow. */
    private static final Set<String> SKIPPED = Set.of("sequence-decls", "variable-decls", "user-field-decls",
            "tracked-changes", "forms", "table-columns", "table-column", "frame", "note", "annotation", "index-title-template");

    @Override
    public String mediaType() {
        return DocumentFormat.ODT.mediaType();
    }

    @Override
    public SourceText read(Path file) {
        String name = FormatDetector.fileName(file);
        guardAgainstZipBomb(file, name);
        try (OdfTextDocument document = OdfTextDocument.loadDocument(file.toFile())) {
            OdtStyles styles = new OdtStyles(Optional.ofNullable(document.getDocumentStyles()));
            OdtListLabels labels = new OdtListLabels(document.getContentDom().getAutomaticStyles(), document.getDocumentStyles(),
                    document.getStylesDom().getAutomaticStyles());
            LineSink sink = new LineSink();
            new Walk(styles, labels, sink).block(document.getContentRoot());
            List<SourceLine> lines = sink.lines();
            LOG.debug("Read {}: {} paragraphs", name, lines.size());
            return new SourceText(name, mediaType(), lines, true);
        } catch (Exception e) {
            LOG.debug("odfdom could not read {}", name, e);
            throw new ImportException(name, DAMAGED, e);
        }
    }

    /**
     * odfdom inflates the XML parts into memory without limits, so they are first streamed through POI's
     * {@link ZipSecureFile}, which stops at an implausible compression ratio.
     */
    private static void guardAgainstZipBomb(Path file, String name) {
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (entry.getName().endsWith(".xml")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        in.transferTo(java.io.OutputStream.nullOutputStream());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("max") && message.contains("size")) {
                throw new ImportException(name, ZIP_BOMB, e);
            }
            throw new ImportException(name, DAMAGED, e);
        }
    }

    private static final class Walk {
        private final OdtStyles styles;
        private final OdtListLabels labels;
        private final LineSink lines;
        private boolean firstInListItem;
        private Optional<Integer> itemStartValue = Optional.empty();

        Walk(OdtStyles styles, OdtListLabels labels, LineSink lines) {
            this.styles = styles;
            this.labels = labels;
            this.lines = lines;
        }

        void block(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (!(child instanceof Element element) || SKIPPED.contains(element.getLocalName())) {
                    continue;
                }
                if (child instanceof TextParagraphElementBase paragraph) {
                    paragraph(paragraph);
                } else if (child instanceof TextListElement list) {
                    labels.enter(list);
                    block(list);
                    labels.exit();
                } else if (child instanceof TextListItemElement item) {
                    firstInListItem = true;
                    itemStartValue = Optional.ofNullable(item.getTextStartValueAttribute());
                    block(item);
                    firstInListItem = false;
                } else if ("table-row".equals(element.getLocalName())) {
                    row(element);
                } else {
                    block(child);
                }
            }
        }

        /** A row is one line ({@link TableRows}); a cell covered by a spanning neighbour is empty. */
        private void row(Element row) {
            List<List<SourceLine>> cells = new ArrayList<>();
            for (Node child = row.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element cell && "table-cell".equals(cell.getLocalName())) {
                    cells.add(lines.aside(() -> block(cell)));
                } else if (child instanceof Element cell && "covered-table-cell".equals(cell.getLocalName())) {
                    cells.add(List.of());
                }
            }
            lines.addAll(TableRows.row(cells));
        }

        private void paragraph(TextParagraphElementBase paragraph) {
            OdtStyles.Look look = styles.paragraph(paragraph);
            StyledText.Builder text = new StyledText.Builder();
            boolean hasCachedNumber = inline(paragraph, look, text);
            StyledText content = text.build().strip();
            if (firstInListItem) {
                firstInListItem = false;
                Optional<String> label = labels.next(itemStartValue);
                if (label.isPresent() && !hasCachedNumber && !content.text().startsWith(label.get())) {
                    content = new StyledText.Builder().append(label.get() + " ", look.italic(), look.bold()).append(content).build();
                }
            }
            if (!content.text().isEmpty()) {
                lines.add(new SourceLine(content.text(), content.runs(), look.fontSize(), styles.indent(paragraph), 1, true));
            }
        }

        /** Appends the paragraph's characters; returns whether it carried its list label as {@code text:number}. */
        private boolean inline(Node node, OdtStyles.Look look, StyledText.Builder text) {
            boolean number = false;
            for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeType() == Node.TEXT_NODE) {
                    text.append(child.getNodeValue().replaceAll("[\\t\\n\\r]", " "), look.italic(), look.bold());
                    continue;
                }
                if (!(child instanceof Element element) || SKIPPED.contains(element.getLocalName())) {
                    continue;
                }
                switch (element.getLocalName()) {
                    case "s" -> text.append(" ".repeat(Math.max(1, spaces((TextSElement) child))), look.italic(), look.bold());
                    case "tab", "line-break" -> text.append(" ", look.italic(), look.bold());
                    case "number" -> {
                        number = true;
                        text.append(element.getTextContent() + " ", look.italic(), look.bold());
                    }
                    default -> number |= inline(child, child instanceof TextSpanElement span
                            ? styles.span((OdfStylableElement) span, look) : look, text);
                }
            }
            return number;
        }

        private static int spaces(TextSElement s) {
            Integer count = s.getTextCAttribute();
            return count == null ? 1 : count;
        }
    }

}
