package org.casebook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casebook.app.Services;
import org.casebook.report.PackFixtureCase;
import org.casebook.report.PdfReadback;
import org.casebook.service.CaseAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class PackCommandTest {

    @TempDir
    Path temp;

    private Services services;
    private Cli cli;
    private Path caseRoot;
    private long meetingId;
    private long letterId;

    @BeforeEach
    void createAnnotatedCase() {
        PackFixtureCase fixture = PackFixtureCase.create(temp);
        services = fixture.services;
        caseRoot = fixture.database.root();
        meetingId = CaseAccess.read(fixture.database, r -> r.bodies().meetings()).get(0).id();
        letterId = fixture.items.get(0).letterId();
        fixture.database.close();
        cli = new Cli(services.backend(), "1.0");
    }

    @Test
    void writesThePackAndSaysHowManyPagesAndItemsItHas() throws IOException {
        Path out = temp.resolve("pack.pdf");

        CliRun run = pack("--out", out.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        PdfReadback pdf = PdfReadback.of(Files.readAllBytes(out));
        assertThat(run.out()).isEqualTo("Wrote briefing pack to " + out + ": " + pdf.pageCount() + " pages, 14 items."
                + System.lineSeparator());
        assertThat(PdfReadback.flat(pdf.page(1))).contains("Briefing pack").contains("1 September 2021");
    }

    @Test
    void narrowsTheScopeAndTakesTheTitleAndDateGiven() throws IOException {
        Path out = temp.resolve("disputed.pdf");

        CliRun run = pack("--out", out.toString(), "--meeting", String.valueOf(meetingId), "--letter",
                String.valueOf(letterId), "--stance", "dispute", "--stance", "unanswered", "--title", "Disputed points",
                "--date", "2021-06-01", "--large-print", "--notes");

        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.out()).endsWith(" pages, 8 items." + System.lineSeparator());
        String cover = PdfReadback.flat(PdfReadback.of(Files.readAllBytes(out)).page(1));
        assertThat(cover).contains("Disputed points").contains("1 June 2021");
    }

    @Test
    void aMeetingGivesItsNameAndDateToTheCover() throws IOException {
        Path out = temp.resolve("meeting.pdf");

        CliRun run = pack("--out", out.toString(), "--meeting", String.valueOf(meetingId), "--theme", "pay-disparity");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).endsWith(" pages, 2 items." + System.lineSeparator());
        String cover = PdfReadback.flat(PdfReadback.of(Files.readAllBytes(out)).page(1));
        assertThat(cover).contains("Briefing pack: Trust Board").contains("26 May 2021");
    }

    @Test
    void refusesIdsTheCaseDoesNotHaveAndWritesNothing() {
        Path out = temp.resolve("none.pdf");
        assertFails(pack("--out", out.toString(), "--meeting", "999"), "--meeting 999: the case has no such meeting",
                "Trust Board");
        assertFails(pack("--out", out.toString(), "--letter", "999"), "--letter 999: the case has no such letter");
        assertFails(pack("--out", out.toString(), "--theme", "no-such-theme"),
                "--theme no-such-theme: the case has no such theme", "pay-disparity (Pay disparity)");
        assertFails(pack("--out", out.toString(), "--thread", "7"), "--thread 7: the case has no such thread.");
        assertFails(pack("--out", out.toString(), "--stance", "undecided"),
                "--stance undecided is not a stance; use one of agree, partly-agree, dispute, unanswered.");
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesAScopeWithNoItems() {
        Path out = temp.resolve("empty.pdf");
        assertFails(pack("--out", out.toString(), "--theme", "accountability"), "No concerns match",
                "Nothing was written.");
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesAnOutputItCannotWrite() throws IOException {
        assertFails(pack("--out", temp.resolve("missing").resolve("pack.pdf").toString()), "does not exist");
        Path folder = Files.createDirectory(temp.resolve("folder.pdf"));
        assertFails(pack("--out", folder.toString()), "is a folder");
    }

    @Test
    void refusesACaseThatCannotBeOpened() {
        CliRun run = CliRun.of(cli, "pack", "--case", temp.resolve("no-case").toString(), "--out",
                temp.resolve("x.pdf").toString());
        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.err()).startsWith("casebook: ").contains("no-case");
        assertThat(temp.resolve("x.pdf")).doesNotExist();
    }

    private CliRun pack(String... options) {
        List<String> args = new ArrayList<>(List.of("pack", "--case", caseRoot.toString()));
        args.addAll(List.of(options));
        return CliRun.of(cli, args.toArray(String[]::new));
    }

    private static void assertFails(CliRun run, String... messages) {
        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("casebook: ").contains(messages);
    }
}
