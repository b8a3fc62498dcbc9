package org.casebook.importing.reading;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.casebook.importing.model.DocumentFormat;
import org.casebook.importing.model.ImportException;
import org.casebook.importing.model.SourceLine;
import org.casebook.importing.model.SourceText;
import org.casebook.importing.model.StyleRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a Word (.docx) document: one line per paragraph, in body order, a table row one line with its cells apart by
 * tabs ({@link TableRows}), italic and bold resolved through styles ({@link DocxStyleResolver}) and list labels
 * rendered ({@link DocxNumbering}).
 */
public final class DocxDocumentReader implements DocumentReader {

    static final String ZIP_BOMB = "looks like a zip bomb: it would unpack to far more data than any letter needs, "
            + "so it is not a valid Word document and Casebook did not open it";
    static final String DAMAGED = "is damaged or is not a valid Word document";

    private static final Logger LOG = LoggerFactory.getLogger(DocxDocumentReader.class);
    private static final float TWIPS_PER_POINT = 20f;

    @Override
    public String mediaType() {
        return DocumentFormat.DOCX.mediaType();
    }

    @Override
    public SourceText read(Path file) {
        String name = FormatDetector.fileName(file);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XWPFDocument document = new XWPFDocument(pkg);
            List<SourceLine> lines = new Walk(document).lines();
            LOG.debug("Read {}: {} paragraphs", name, lines.size());
            return new SourceText(name, mediaType(), lines, true);
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            if (isZipBomb(e)) {
                throw new ImportException(name, ZIP_BOMB, e);
            }
            LOG.debug("POI could not read {}", name, e);
            throw new ImportException(name, DAMAGED, e);
        }
    }

    /** POI's ZipSecureFile reports an entry that inflates too far, possibly wrapped a few times. */
    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    /** One pass over the body; numbering counters run in document order. */
    private static final class Walk {
        private final DocxStyleResolver styles;
        private final DocxNumbering numbering;
        private final LineSink lines = new LineSink();
        private final XWPFDocument document;

        Walk(XWPFDocument document) {
            this.document = document;
            this.styles = new DocxStyleResolver(document);
            this.numbering = new DocxNumbering(Optional.ofNullable(document.getNumbering()));
        }

        List<SourceLine> lines() {
            body(document.getBodyElements());
            return lines.lines();
        }

        private void body(List<IBodyElement> elements) {
            for (IBodyElement element : elements) {
                if (element instanceof XWPFParagraph paragraph) {
                    paragraph(paragraph);
                } else if (element instanceof XWPFTable table) {
                    table(table);
                } else if (element instanceof XWPFSDT sdt) {
                    String text = clean(sdt.getContent().getText()).strip();
                    if (!text.isEmpty()) {
                        lines.add(new SourceLine(text, List.of(new StyleRun(0, text.length(), false, false)), 0f, 0f, 1, true));
                    }
                }
            }
        }

        /** Each row one line ({@link TableRows}); a cell a vertical merge carries on from above is empty. */
        private void table(XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                List<List<SourceLine>> cells = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    cells.add(continuesMergeFromAbove(cell) ? List.of() : lines.aside(() -> body(cell.getBodyElements())));
                }
                lines.addAll(TableRows.row(cells));
            }
        }

        /** A vMerge without "restart" continues the cell above; its text, if any, was already read there. */
        private static boolean continuesMergeFromAbove(XWPFTableCell cell) {
            CTTcPr properties = cell.getCTTc().getTcPr();
            if (properties == null || !properties.isSetVMerge()) {
                return false;
            }
            CTVMerge merge = properties.getVMerge();
            return !merge.isSetVal() || merge.getVal() == STMerge.CONTINUE;
        }

        private void paragraph(XWPFParagraph paragraph) {
            StyledText.Builder text = new StyledText.Builder();
            float fontSize = 0f;
            Optional<Boolean> firstItalic = Optional.empty();
            Optional<Boolean> firstBold = Optional.empty();
            for (IRunElement element : paragraph.getIRuns()) {
                String chars;
                DocxStyleResolver.RunLook look;
                if (element instanceof XWPFRun run) {
                    chars = clean(run.text());
                    look = styles.resolve(paragraph, Optional.ofNullable(run.getCTR().getRPr()), Optional.ofNullable(run.getStyle())
                            .filter(s -> !s.isEmpty()));
                } else if (element instanceof XWPFSDT sdt) {
                    chars = clean(sdt.getContent().getText());
                    look = styles.resolve(paragraph, Optional.empty(), Optional.empty());
                } else {
                    continue;
                }
                if (!chars.isBlank() && firstItalic.isEmpty()) {
                    firstItalic = Optional.of(look.italic());
                    firstBold = Optional.of(look.bold());
                    fontSize = look.fontSize();
                }
                text.append(chars, look.italic(), look.bold());
            }
            StyledText content = text.build();
            Optional<String> label = numbering.next(styles.numbering(paragraph));
            if (label.isPresent() && !content.text().strip().startsWith(label.get())) {
                content = new StyledText.Builder()
                        .append(label.get() + " ", firstItalic.orElse(false), firstBold.orElse(false))
                        .append(content.strip())
                        .build();
            }
            content = content.strip();
            if (!content.text().isEmpty()) {
                lines.add(new SourceLine(content.text(), content.runs(), fontSize, indent(paragraph), 1, true));
            }
        }

        private static float indent(XWPFParagraph paragraph) {
            int twips = paragraph.getIndentationLeft();
            return twips > 0 ? twips / TWIPS_PER_POINT : 0f;
        }
    }

    /** Tabs and manual line breaks become spaces: a line holds one paragraph. */
    private static String clean(String text) {
        return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
