package org.casebook.importing.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casebook.importing.model.DocumentFormat;
import org.casebook.importing.model.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatDetectorTest {

    @TempDir
    Path temp;

    private final FormatDetector detector = new FormatDetector();

    @ParameterizedTest(name = "{0} named {1} is {2}")
    @CsvSource({
            "letter.pdf, reply.bin, PDF",
            "letter.docx, reply.pdf, DOCX",
            "letter.odt, reply.docx, ODT",
            "letter.txt, reply.odt, TEXT"
    })
    void judgesTheFormatByContentNotByName(String fixture, String misleadingName, DocumentFormat expected) throws IOException {
        Path copy = Files.copy(FixtureLetter.file(fixture), temp.resolve(misleadingName));
        assertThat(detector.detect(copy)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "junk named {0}")
    @CsvSource({
            "reply.pdf, named like a PDF but is not one",
            "reply.docx, named like a Word document but is not one",
            "reply, is not a document Casebook recognises"
    })
    void refusesBinaryJunkWhateverItIsCalled(String name, String problem) throws IOException {
        byte[] junk = new byte[5000];
        new Random(42).nextBytes(junk);
        junk[0] = 0x01; // not accidentally a known signature
        Path file = Files.write(temp.resolve(name), junk);
        assertThatThrownBy(() -> detector.detect(file)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith(name + ": ")
                .hasMessageContaining(problem)
                .hasMessageEndingWith(DocumentFormat.SUPPORTED);
    }

    @Test
    void namesAPngImage() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path file = Files.write(temp.resolve("photo of letter.png"), png);
        assertThatThrownBy(() -> detector.detect(file)).isInstanceOf(ImportException.class)
                .hasMessage("photo of letter.png: is a PNG image. " + DocumentFormat.SUPPORTED);
    }

    @Test
    void namesAnExcelWorkbook() throws IOException {
        Path file = temp.resolve("figures.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Pay").createRow(0).createCell(0).setCellValue(20);
            workbook.write(out);
        }
        assertThatThrownBy(() -> detector.detect(file)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("figures.xlsx: is an Excel workbook (.xlsx)")
                .hasMessageEndingWith(DocumentFormat.SUPPORTED);
    }

    @Test
    void namesAnOldWordDocumentAndSaysWhatToDo() throws IOException {
        Path file = temp.resolve("reply.doc");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertThatThrownBy(() -> detector.detect(file)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("reply.doc: is an older Word document (Word 97–2003 .doc)")
                .hasMessageContaining("save it as .docx or PDF");
    }

    @Test
    void namesAZipArchiveThatIsNoDocument() throws IOException {
        Path file = temp.resolve("letters.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("letter.txt"));
            zip.write("Dear Tamar".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> detector.detect(file)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("letters.zip: is a ZIP archive");
    }

    @Test
    void callsAnEmptyFileEmpty() throws IOException {
        Path file = Files.createFile(temp.resolve("blank.pdf"));
        assertThatThrownBy(() -> detector.detect(file)).isInstanceOf(ImportException.class).hasMessage("blank.pdf: is empty");
    }

    @Test
    void takesUtf16TextWithAByteOrderMarkForText() throws IOException {
        Path file = Files.write(temp.resolve("note"), "Dear Tamar and colleagues".getBytes(StandardCharsets.UTF_16));
        assertThat(detector.detect(file)).isEqualTo(DocumentFormat.TEXT);
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a doctype|<!DOCTYPE html>\\n<html><body><p>Dear Tamar</p></body></html>",
            "leading whitespace and an html tag|\\n\\n   <html lang=\"en\"><p>Dear Tamar</p></html>",
            "an XML prolog and a comment first|<?xml version=\"1.0\"?>\\n<!-- saved from url=(0042)https://example.org -->\\n<html><p>Hi</p></html>",
            "a head tag without html|<HEAD><TITLE>Reply</TITLE></HEAD><BODY>Dear Tamar</BODY>",
            "a body tag alone|<body>\\nDear Tamar\\n</body>"
    })
    void recognisesAWebPageByHowItStarts(String what, String start) throws IOException {
        Path file = Files.writeString(temp.resolve("page"), start.replace("\\n", "\n"), StandardCharsets.UTF_8);
        assertThat(detector.detect(file)).isEqualTo(DocumentFormat.HTML);
    }

    @Test
    void recognisesAWebPageAfterAByteOrderMark() throws IOException {
        byte[] page = "\uFEFF<!doctype html><p>Dear Tamar</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(detector.detect(Files.write(temp.resolve("page.htm"), page))).isEqualTo(DocumentFormat.HTML);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a mail program's headers|Return-Path: <foi@example.nhs.uk>\\nReceived: from mx.example.nhs.uk\\n  by mail.example.org; Mon, 21 Jun 2021 16:05:00 +0100\\nFrom: FOI Team <foi@example.nhs.uk>\\nSubject: Your request\\n\\nDear Tamar",
            "From, To and Subject|From: foi@example.nhs.uk\\nTo: tamar@example.org\\nSubject: Reply\\n\\nDear Tamar",
            "MIME-Version and a Date with a time|MIME-Version: 1.0\\nDate: Mon, 21 Jun 2021 16:05:00 +0100\\nContent-Type: text/plain\\n\\nDear Tamar",
            "an mbox From line first|From foi@example.nhs.uk Mon Jun 21 16:05:00 2021\\nFrom: foi@example.nhs.uk\\nMessage-ID: <1@example.nhs.uk>\\n\\nDear Tamar"
    })
    void recognisesAnEmailByItsHeaders(String what, String start) throws IOException {
        Path file = Files.writeString(temp.resolve("mail"), start.replace("\\n", "\n"), StandardCharsets.UTF_8);
        assertThat(detector.detect(file)).isEqualTo(DocumentFormat.EMAIL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a letter that starts Dear|Dear Tamar and colleagues\\n\\nI am writing further to the concerns raised.",
            "a Subject line only|Subject: Pay of experts by experience\\n\\nDear Tamar",
            "a reference and a date without a time|Ref: FOI-123\\nDate: 3 June 2021\\n\\nDear Tamar",
            "header-like lines that run into the letter|From: the LXP group\\nTo: the Trust Board\\nDear members, we write about pay.",
            "a letter that mentions html|Dear Tamar,\\n\\nThe page <html> was broken.",
            "a letter headed Our ref|Our ref: ABC/1\\nFrom: Chief Executive\\n\\nDear Tamar"
    })
    void takesOtherTextForPlainText(String what, String start) throws IOException {
        Path file = Files.writeString(temp.resolve("note"), start.replace("\\n", "\n"), StandardCharsets.UTF_8);
        assertThat(detector.detect(file)).isEqualTo(DocumentFormat.TEXT);
    }
}
