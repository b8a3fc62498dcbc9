package org.casebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casebook.testsupport.TestServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code foi} commands end to end over a real case, on 20 September 2021: the campaign post's request to NHS
 * England (sent 4 August 2021, due 2 September) and WhatDoTheyKnow's list of authorities (src/test/resources/foi/).
 */
class FoiCommandTest {

    private static final Path AUTHORITIES = Path.of("src/test/resources/foi/wdtk-nhs-authorities.csv");

    @TempDir
    Path temp;

    private Cli cli;
    private String casePath;

    @BeforeEach
    void newCase() {
        cli = new Cli(TestServices.in(temp.resolve("home"),
                Clock.fixed(Instant.parse("2021-09-20T09:00:00Z"), ZoneOffset.UTC)).backend(), "1.0");
        casePath = temp.resolve("Campaign.casebook").toString();
        assertThat(CliRun.of(cli, "new", "--case", casePath).code()).isZero();
    }

    @Test
    void aCampaignIsRunFromBodiesToMatrixAndEveryStepIsOnDiskWhenPrinted() throws IOException {
        assertThat(ok("foi", "bodies", "--case", casePath, "--import", AUTHORITIES.toString(), "--tag", "nhstrust"))
                .isEqualTo("Imported 8 bodies (0 already in the case).\n");
        assertThat(ok("foi", "bodies", "--case", casePath, "--import", AUTHORITIES.toString()))
                .isEqualTo("Imported 1 bodies (8 already in the case).\n");
        Path questions = Files.writeString(temp.resolve("questions.txt"),
                "1. Which Trusts applied for the funding?\n2. Which Trusts did not apply?\n"
                        + "3. What reasons did the Trusts give?\n", StandardCharsets.UTF_8);
        String campaign = ok("foi", "campaign", "--case", casePath, "--title", "Band 7 KUF funding",
                "--questions", questions.toString()).strip();

        String sent = ok("foi", "request", "--case", casePath, "--campaign", campaign, "--body", "nhs_england",
                "--sent", "2021-08-04", "--url", "https://www.whatdotheyknow.com/request/funding_for_band_7_lxp_kuf_roles");
        assertThat(sent).matches("\\d+ due 2021-09-02\\n");
        String request = sent.substring(0, sent.indexOf(' '));

        JsonNode late = json("foi", "list", "--case", casePath, "--on", "2021-09-20", "--format", "json").get("requests");
        assertThat(late).hasSize(1);
        assertThat(late.get(0).get("body").asText()).isEqualTo("NHS England");
        assertThat(late.get(0).get("due").asText()).isEqualTo("2021-09-02");
        assertThat(late.get(0).get("overdue").asBoolean()).isTrue();
        assertThat(late.get(0).get("workingDaysLate").asInt()).isEqualTo(12);
        assertThat(late.get(0).get("state").asText()).isEqualTo("awaiting-response");

        Path response = Files.writeString(temp.resolve("response.txt"), String.join("\n",
                "Dear Requester,", "", "Our response to your three questions is below.", "",
                "1. Which Trusts applied for the funding?", "", "Response: Eleven Trusts applied, listed in annex A.", "",
                "2. Which Trusts did not apply?", "", "Response: All other mental health trusts did not apply.", "",
                "3. What reasons did the Trusts give?", "",
                "Response: NHS England does not hold this information; Trusts were not asked for reasons.", "",
                "Yours sincerely,", "", "FOI Team"), StandardCharsets.UTF_8);
        assertThat(ok("foi", "response", "--case", casePath, "--request", request, response.toString()))
                .contains("Question 1: answered", "Question 2: answered", "Question 3: not held",
                        "is partially-successful since");

        JsonNode answered = json("foi", "list", "--case", casePath, "--on", "2021-09-20", "--format", "json")
                .get("requests").get(0);
        assertThat(answered.get("overdue").asBoolean()).isFalse();
        assertThat(answered.get("answers")).extracting(a -> a.get("question").asInt() + ":" + a.get("kind").asText())
                .containsExactly("1:answered", "2:answered", "3:not-held");
        assertThat(answered.get("answers").get(2).get("itemId").isNumber()).isTrue();

        assertThat(ok("foi", "matrix", "--case", casePath, "--campaign", campaign, "--format", "csv"))
                .contains("NHS England", "Not held");
        Path xlsx = temp.resolve("matrix.xlsx");
        ok("foi", "matrix", "--case", casePath, "--campaign", campaign, "--format", "xlsx", "--out", xlsx.toString());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet answers = book.getSheetAt(0);
            assertThat(answers.getRow(1).getCell(0).getStringCellValue()).isEqualTo("NHS England");
        }

        JsonNode export = json("export", "--case", casePath, "--format", "json");
        JsonNode exported = export.get("campaigns").get(0);
        assertThat(exported.get("questions")).hasSize(3);
        assertThat(exported.get("requests").get(0).get("history")).extracting(h -> h.get("state").asText())
                .containsExactly("awaiting-response", "partially-successful");
        assertThat(export.get("bodies")).anySatisfy(b -> assertThat(b.get("urlName").asText()).isEqualTo("nhs_england"));
    }

    @Test
    void badInputIsRefusedInOneLineAndNothingIsStored() throws IOException {
        Path notAList = Files.writeString(temp.resolve("minutes.csv"), "Date,Item,Minute\n2021-05-26,1,Apologies\n");
        CliRun bodies = CliRun.of(cli, "foi", "bodies", "--case", casePath, "--import", notAList.toString());
        assertThat(bodies.code()).isEqualTo(Cli.FAILED);
        assertThat(bodies.err().strip()).startsWith("casebook: minutes.csv").contains("Name").doesNotContain("\n");

        ok("foi", "bodies", "--case", casePath, "--import", AUTHORITIES.toString());
        Path questions = Files.writeString(temp.resolve("q.txt"), "Why not?\n");
        String campaign = ok("foi", "campaign", "--case", casePath, "--title", "Why not", "--questions",
                questions.toString()).strip();

        CliRun future = CliRun.of(cli, "foi", "request", "--case", casePath, "--campaign", campaign, "--body",
                "NHS England", "--sent", "2021-09-21");
        assertThat(future.code()).isEqualTo(Cli.FAILED);
        assertThat(future.err()).startsWith("casebook: ").doesNotContain("Exception");

        String sent = ok("foi", "request", "--case", casePath, "--campaign", campaign, "--body", "NHS England",
                "--sent", "2021-09-01");
        String request = sent.substring(0, sent.indexOf(' '));
        CliRun review = CliRun.of(cli, "foi", "status", "--case", casePath, "--request", request, "--state",
                "internal-review", "--date", "2021-09-10");
        assertThat(review.code()).isEqualTo(Cli.FAILED);
        assertThat(review.err()).startsWith("casebook: ").contains("internal review");
        CliRun unknownState = CliRun.of(cli, "foi", "status", "--case", casePath, "--request", request, "--state",
                "long-overdue", "--date", "2021-09-10");
        assertThat(unknownState.code()).isEqualTo(Cli.FAILED);

        CliRun noSuchRequest = CliRun.of(cli, "foi", "response", "--case", casePath, "--request", "999",
                questions.toString());
        assertThat(noSuchRequest.code()).isEqualTo(Cli.FAILED);
        assertThat(noSuchRequest.err()).contains("no FOI request 999");

        JsonNode list = json("foi", "list", "--case", casePath, "--on", "2021-09-20", "--format", "json");
        assertThat(list.get("requests")).hasSize(1);
        assertThat(list.get("requests").get(0).get("state").asText()).isEqualTo("awaiting-response");
        assertThat(json("export", "--case", casePath, "--format", "json").get("letters")).isEmpty();
    }

    @Test
    void aWhatDoTheyKnowRequestIsReadFromItsPageAndItsCorrespondenceZip() throws IOException {
        cli = new Cli(TestServices.in(temp.resolve("home2"),
                Clock.fixed(Instant.parse("2025-07-10T09:00:00Z"), ZoneOffset.UTC)).backend(), "1.0");
        casePath = temp.resolve("Leeds.casebook").toString();
        ok("new", "--case", casePath);
        ok("foi", "bodies", "--case", casePath, "--import", AUTHORITIES.toString());
        Path questions = Files.writeString(temp.resolve("q.txt"), "How many peer support workers are employed?\n"
                + "At what bands?\n");
        String campaign = ok("foi", "campaign", "--case", casePath, "--title", "Peer support workers",
                "--questions", questions.toString()).strip();
        String sent = ok("foi", "request", "--case", casePath, "--campaign", campaign, "--body",
                "Leeds Teaching Hospitals NHS Trust", "--sent", "2025-01-06");
        String request = sent.substring(0, sent.indexOf(' '));
        Path zip = temp.resolve("download_all.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "correspondence.txt", "Dear Leeds Teaching Hospitals NHS Trust, … Yours faithfully, A Member");
            entry(out, "2_2_FOI response.txt", "Dear Requester,\n\n1. How many peer support workers are employed?\n\n"
                    + "Response: The Trust employs 14 peer support workers.\n\n2. At what bands?\n\n"
                    + "Response: Information about individual bands is personal data and is withheld under section 40(2).\n\n"
                    + "Yours sincerely,\n\nFOI Office\n");
        }

        String read = ok("foi", "response", "--case", casePath, "--request", request, zip.toString(),
                "src/test/resources/foi/wdtk-request.json");

        assertThat(read).contains("download_all.zip: FOI response.txt stored as", "Question 1: answered", "Question 2: refused (s40)");
        JsonNode listed = json("foi", "list", "--case", casePath, "--format", "json").get("requests").get(0);
        assertThat(listed.get("url").asText()).isEqualTo("https://www.whatdotheyknow.com/request/peer_support_workers_employed_by_band");
        assertThat(listed.get("state").asText()).isIn("refused", "partially-successful");
    }

    private static void entry(java.util.zip.ZipOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new java.util.zip.ZipEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    private String ok(String... args) {
        CliRun run = CliRun.of(cli, args);
        assertThat(run.err()).as("stderr of %s", String.join(" ", args)).isEmpty();
        assertThat(run.code()).isZero();
        return run.out();
    }

    private JsonNode json(String... args) throws IOException {
        return new ObjectMapper().readTree(ok(args));
    }
}
