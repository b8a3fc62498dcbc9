package org.casebook.exchange.foi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class MatrixXlsxTest {

    @Test
    void writesTheAnswersSheetWithABoldFrozenHeaderAndWrappedCells() throws IOException {
        try (XSSFWorkbook workbook = writeAndReopen()) {
            Sheet answers = workbook.getSheet(MatrixXlsx.ANSWERS);

            assertThat(workbook.getSheetIndex(answers)).isZero();
            Row header = answers.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Body");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Q1 How many peer support workers did the Trust …");
            assertThat(workbook.getFontAt(header.getCell(4).getCellStyle().getFontIndex()).getBold()).isTrue();
            PaneInformation pane = answers.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 1);
            Row leeds = answers.getRow(1);
            assertThat(leeds.getCell(0).getStringCellValue()).isEqualTo("Leeds Teaching Hospitals NHS Trust");
            assertThat(leeds.getCell(5).getStringCellValue()).isEqualTo("Partly answered: £1.2m in 2024/25;\nroles not split");
            assertThat(leeds.getCell(5).getCellStyle().getWrapText()).isTrue();
            assertThat(answers.getColumnWidth(4)).isEqualTo(45 * 256);
            assertThat(answers.getRow(2).getCell(4).getStringCellValue())
                    .isEqualTo("Refused (s.12 cost): Locating the information would");
        }
    }

    @Test
    void writesTheDueDateAsADateAndDaysLateAsANumberToSortBy() throws IOException {
        try (XSSFWorkbook workbook = writeAndReopen()) {
            Sheet answers = workbook.getSheet(MatrixXlsx.ANSWERS);
            Row bristol = answers.getRow(3);

            assertThat(bristol.getCell(MatrixTable.DUE).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 2, 3));
            assertThat(bristol.getCell(MatrixTable.DAYS_LATE).getNumericCellValue()).isEqualTo(19.0);
            assertThat(bristol.getCell(MatrixTable.STATE).getStringCellValue()).isEqualTo("Awaiting response (overdue)");
            assertThat(answers.getRow(1).getCell(MatrixTable.DAYS_LATE).getCellType()).isEqualTo(CellType.STRING);
            assertThat(answers.getRow(1).getCell(MatrixTable.DAYS_LATE).getStringCellValue()).isEmpty();
        }
    }

    @Test
    void countsEachKindOfAnswerPerQuestionOnASecondSheet() throws IOException {
        try (XSSFWorkbook workbook = writeAndReopen()) {
            Sheet counts = workbook.getSheet(MatrixXlsx.COUNTS);

            assertThat(workbook.getSheetIndex(counts)).isEqualTo(1);
            Row header = counts.getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Answered");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Refused");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Not answered");
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Bodies");
            Row q1 = counts.getRow(1);
            assertThat(q1.getCell(0).getStringCellValue()).startsWith("Q1 How many peer support workers");
            assertThat(q1.getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(q1.getCell(4).getNumericCellValue()).isEqualTo(1.0);
            assertThat(q1.getCell(5).getNumericCellValue()).isEqualTo(1.0);
            Row q2 = counts.getRow(2);
            assertThat(q2.getCell(2).getNumericCellValue()).isEqualTo(1.0);
            assertThat(q2.getCell(3).getNumericCellValue()).isEqualTo(1.0);
            assertThat(q2.getCell(6).getNumericCellValue()).isEqualTo(3.0);
        }
    }

    private static XSSFWorkbook writeAndReopen() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MatrixXlsx().write(Matrices.threeTrusts(), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
