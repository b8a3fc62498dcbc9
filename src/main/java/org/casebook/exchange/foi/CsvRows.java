package org.casebook.exchange.foi;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.casebook.exchange.ExchangeFormatException;

/** A CSV file read whole into rows of cells, with the checks every list needs before its columns mean anything. */
final class CsvRows {

    /** The rows, the header first; and whether the text had to be read as Windows-1252 (Excel's plain "CSV"). */
    record Table(List<List<String>> rows, boolean windows1252) {
    }

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .build();

    /** WhatDoTheyKnow's whole list, every authority it knows, is a few megabytes; this is far beyond any list. */
    private static final long MAX_BYTES = 100L * 1024 * 1024;

    private CsvRows() {
    }

    static Table read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new ExchangeFormatException(file, "is too large for a list of authorities (over 100 MB).");
        }
        byte[] bytes = Files.readAllBytes(file);
        int start = startsWithBom(bytes) ? 3 : 0;
        if (new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1).isBlank()) {
            throw new ExchangeFormatException(file, "is empty.");
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
                || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)) {
            throw new ExchangeFormatException(file, "is UTF-16 text (Excel's \"Unicode Text\"); save it as "
                    + "\"CSV UTF-8\" instead.");
        }
        if (looksBinary(bytes)) {
            throw new ExchangeFormatException(file, "is not a CSV file: it holds binary data (is it a spreadsheet "
                    + "or a zip? Save it from the spreadsheet as \"CSV UTF-8\").");
        }
        ByteBuffer text = ByteBuffer.wrap(bytes, start, bytes.length - start);
        boolean windows1252 = false;
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(text).toString();
        } catch (CharacterCodingException notUtf8) {
            // Excel's plain "CSV" is Windows-1252; reading it so keeps the £ signs and accents members typed.
            decoded = Charset.forName("windows-1252").decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            windows1252 = true;
        }
        return new Table(parse(file, decoded), windows1252);
    }

    private static List<List<String>> parse(Path file, String text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).readValues(text)) {
            while (it.hasNextValue()) {
                rows.add(Arrays.asList(it.nextValue()));
            }
        } catch (JsonProcessingException broken) {
            JsonLocation where = broken.getLocation();
            String line = where == null || where.getLineNr() < 1 ? "" : " near line " + where.getLineNr();
            throw new ExchangeFormatException(file, "cannot be read as CSV" + line + ": " + broken.getOriginalMessage()
                    + " (a quote left open or a stray quote inside a cell?)", broken);
        }
        return rows;
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    }

    /** A NUL byte never appears in text a spreadsheet or editor saves as CSV; it does in .xlsx, .pdf and images. */
    private static boolean looksBinary(byte[] bytes) {
        int limit = Math.min(bytes.length, 8192);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
