package org.casebook.exchange.foi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatrixCsvTest {

    @Test
    void writesARowPerBodyWithPlainEnglishCellsThatReadBackExactly() throws IOException {
        List<List<String>> rows = readBack(write());

        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).containsExactly("Body", "State", "Due", "Working days late",
                "Q1 How many peer support workers did the Trust …", "Q2 What did the Trust spend on lived experience …");
        assertThat(rows.get(1)).containsExactly("Leeds Teaching Hospitals NHS Trust", "Successful", "2026-02-03", "",
                "Answered: 42 in total, of whom 30 at band 3, \"most\"",
                "Partly answered: £1.2m in 2024/25;\nroles not split");
        assertThat(rows.get(2)).containsExactly("Devon Partnership NHS Trust", "Refused", "2026-02-03", "",
                "Refused (s.12 cost): Locating the information would", "Not held");
        assertThat(rows.get(3)).containsExactly("North Bristol NHS Trust", "Awaiting response (overdue)", "2026-02-03",
                "19", "Not answered", "Not answered");
    }

    @Test
    void startsWithAByteOrderMarkAndEndsLinesWithCrLfForExcel() throws IOException {
        byte[] bytes = write();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Body,State,Due,").contains("\r\n\"Leeds Teaching Hospitals NHS Trust\",")
                .contains("£1.2m").endsWith("\r\n");
    }

    @Test
    void keepsExcelFromRunningACellAsAFormula() {
        assertThat(MatrixCsv.inert("=HYPERLINK(\"http://example.org\")")).isEqualTo("'=HYPERLINK(\"http://example.org\")");
        assertThat(MatrixCsv.inert("-3 staff")).isEqualTo("'-3 staff");
        assertThat(MatrixCsv.inert("Answered: =2")).isEqualTo("Answered: =2");
        assertThat(MatrixCsv.inert("")).isEmpty();
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the writer closed the caller's stream");
            }
        };
        new MatrixCsv().write(Matrices.threeTrusts(), out);
        out.write('x');

        assertThat(out.toByteArray()[out.size() - 1]).isEqualTo((byte) 'x');
    }

    private static byte[] write() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MatrixCsv().write(Matrices.threeTrusts(), out);
        return out.toByteArray();
    }

    private static List<List<String>> readBack(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(text)) {
            return it.readAll().stream().map(Arrays::asList).toList();
        }
    }
}
