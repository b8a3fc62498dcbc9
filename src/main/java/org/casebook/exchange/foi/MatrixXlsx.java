package org.casebook.exchange.foi;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casebook.domain.foi.AnswerKind;
import org.casebook.domain.foi.AnswerMatrix;
import org.casebook.domain.foi.CampaignQuestion;
import org.casebook.domain.foi.MatrixRow;

/**
 * Writes an answer matrix as an Excel workbook: sheet "Answers" laid out as {@link MatrixTable} (bold header row and
 * body column frozen, text wrapped, the due date a real date and days late a number so readers can sort and filter),
 * and sheet "Counts" with how many bodies gave each kind of answer to each question.
 */
public final class MatrixXlsx {

    public static final String ANSWERS = "Answers";
    public static final String COUNTS = "Counts";

    /** Excel refuses a cell longer than this; an answer's first words never come near it, but a pasted one might. */
    private static final int MAX_CELL = 32_767;

    /** Writes the whole workbook to {@code out}, which stays open: the caller places the file, whole or not at all. */
    public void write(AnswerMatrix matrix, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            writeAnswers(workbook.createSheet(ANSWERS), matrix, styles);
            writeCounts(workbook.createSheet(COUNTS), matrix, styles);
            workbook.write(out);
        }
        out.flush();
    }

    private static void writeAnswers(Sheet sheet, AnswerMatrix matrix, Styles styles) {
        List<String> header = MatrixTable.header(matrix);
        text(sheet.createRow(0), header, styles.header);
        int r = 1;
        for (MatrixRow matrixRow : matrix.rows()) {
            Row row = sheet.createRow(r++);
            List<String> cells = MatrixTable.row(matrix, matrixRow);
            text(row, cells, styles.wrapped);
            Cell due = row.getCell(MatrixTable.DUE);
            due.setCellValue(LocalDate.parse(cells.get(MatrixTable.DUE)));
            due.setCellStyle(styles.date);
            String late = cells.get(MatrixTable.DAYS_LATE);
            if (!late.isEmpty()) {
                row.getCell(MatrixTable.DAYS_LATE).setCellValue(Integer.parseInt(late));
                row.getCell(MatrixTable.DAYS_LATE).setCellStyle(styles.plain);
            }
        }
        sheet.createFreezePane(1, 1);
        sheet.setColumnWidth(MatrixTable.BODY, 40 * 256);
        sheet.setColumnWidth(MatrixTable.STATE, 24 * 256);
        sheet.setColumnWidth(MatrixTable.DUE, 12 * 256);
        sheet.setColumnWidth(MatrixTable.DAYS_LATE, 10 * 256);
        for (int c = MatrixTable.FIRST_QUESTION; c < header.size(); c++) {
            sheet.setColumnWidth(c, 45 * 256);
        }
        if (!matrix.rows().isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, matrix.rows().size(), 0,
                    header.size() - 1));
        }
    }

    private static void writeCounts(Sheet sheet, AnswerMatrix matrix, Styles styles) {
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue("Question");
        AnswerKind[] kinds = AnswerKind.values();
        for (int k = 0; k < kinds.length; k++) {
            header.createCell(k + 1).setCellValue(MatrixTable.kindLabel(kinds[k]));
        }
        header.createCell(kinds.length + 1).setCellValue("Bodies");
        header.forEach(cell -> cell.setCellStyle(styles.header));
        int r = 1;
        for (CampaignQuestion question : matrix.campaign().questions()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(clip("Q" + question.number() + " " + question.text()));
            row.getCell(0).setCellStyle(styles.wrapped);
            Map<AnswerKind, Integer> counts = matrix.counts(question.number());
            for (int k = 0; k < kinds.length; k++) {
                row.createCell(k + 1).setCellValue(counts.get(kinds[k]));
            }
            row.createCell(kinds.length + 1).setCellValue(matrix.rows().size());
        }
        sheet.createFreezePane(1, 1);
        sheet.setColumnWidth(0, 60 * 256);
        for (int c = 1; c <= kinds.length + 1; c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
    }

    private static void text(Row row, List<String> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(clip(values.get(c)));
            cell.setCellStyle(style);
        }
    }

    private static String clip(String value) {
        return value.length() <= MAX_CELL ? value : value.substring(0, MAX_CELL - 1) + "…";
    }

    /** The few styles the workbook needs, made once: Excel allows only so many per file. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle wrapped;
        final CellStyle plain;
        final CellStyle date;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            plain = workbook.createCellStyle();
            plain.setVerticalAlignment(VerticalAlignment.TOP);
            date = workbook.createCellStyle();
            date.setVerticalAlignment(VerticalAlignment.TOP);
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d mmm yyyy"));
        }
    }
}
