package org.casebook.exchange.foi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casebook.domain.foi.AnswerKind;
import org.casebook.domain.foi.AnswerMatrix;
import org.casebook.domain.foi.Exemption;
import org.casebook.domain.foi.FoiState;
import org.casebook.domain.foi.Lateness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatrixTableTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ANSWERED        |          | Answered",
        "PARTLY_ANSWERED |          | Partly answered",
        "PARTLY_ANSWERED | S40_PERSONAL | Partly answered (s.40 personal data)",
        "NOT_HELD        |          | Not held",
        "REFUSED         | S12_COST | Refused (s.12 cost)",
        "REFUSED         | S43_COMMERCIAL | Refused (s.43 commercial interests)",
        "REFUSED         | OTHER    | Refused (other exemption)",
        "REFUSED         |          | Refused",
        "NOT_ANSWERED    |          | Not answered"})
    void namesEachKindOfAnswerInPlainEnglish(AnswerKind kind, Exemption exemption, String label) {
        assertThat(MatrixTable.kindLabel(kind, Optional.ofNullable(exemption))).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AWAITING_RESPONSE | ON_TIME      | Awaiting response",
        "AWAITING_RESPONSE | LONG_OVERDUE | Awaiting response (long overdue)",
        "INTERNAL_REVIEW   | OVERDUE      | Awaiting internal review (overdue)",
        "NOT_HELD          | NOT_WAITING  | Information not held",
        "ICO_COMPLAINT     | NOT_WAITING  | Complaint to the ICO"})
    void namesStatesAsWhatDoTheyKnowShowsThem(FoiState state, Lateness lateness, String label) {
        assertThat(MatrixTable.stateLabel(state, lateness)).isEqualTo(label);
    }

    @Test
    void headsAQuestionWithItsWholeTextWhenItIsShort() {
        assertThat(MatrixTable.firstWords("  Do you  employ peer workers? ", 8)).isEqualTo("Do you employ peer workers?");
        assertThat(MatrixTable.firstWords("one two three four", 3)).isEqualTo("one two three …");
    }

    @Test
    void writesAWorkbookForACampaignNoBodyHasAnsweredYet() throws IOException {
        AnswerMatrix empty = new AnswerMatrix(Matrices.threeTrusts().campaign(), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MatrixXlsx().write(empty, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheet(MatrixXlsx.ANSWERS).getLastRowNum()).isZero();
            assertThat(workbook.getSheet(MatrixXlsx.COUNTS).getRow(2).getCell(6).getNumericCellValue()).isZero();
        }
    }
}
