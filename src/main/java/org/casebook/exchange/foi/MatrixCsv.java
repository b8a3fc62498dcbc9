package org.casebook.exchange.foi;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import org.casebook.domain.foi.AnswerMatrix;
import org.casebook.domain.foi.MatrixRow;

/**
 * Writes an answer matrix as CSV for publishing: UTF-8 with a byte-order mark, because without one Excel reads the
 * file as Windows-1252 and "£" and curly quotes come out garbled; CRLF line ends as RFC 4180 and Excel expect.
 */
public final class MatrixCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    // The caller owns the stream (it may be a temporary file about to be moved into place), so Jackson leaves it open.
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // Jackson's default quoting, not its "strict" one: with CRLF line ends the strict check lets a bare LF
            // inside a cell through unquoted, which splits the row in two (MatrixCsvTest keeps that true).
            .build();

    /** Writes the whole file to {@code out}, which stays open: the caller writes it to a temporary file and moves it. */
    public void write(AnswerMatrix matrix, OutputStream out) throws IOException {
        out.write(BOM);
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
        try (SequenceWriter rows = MAPPER.writerFor(String[].class).with(schema).writeValues(out)) {
            rows.write(MatrixTable.header(matrix).stream().map(MatrixCsv::inert).toArray(String[]::new));
            for (MatrixRow row : matrix.rows()) {
                rows.write(MatrixTable.row(matrix, row).stream().map(MatrixCsv::inert).toArray(String[]::new));
            }
        }
        out.flush();
    }

    /**
     * Excel runs a CSV cell that starts with = + - or @ as a formula; a body's name from someone else's list could
     * be one. An apostrophe in front makes Excel show it as text, the usual guard for published CSV.
     */
    static String inert(String cell) {
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
