package org.casebook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.casebook.domain.ProgressListener;
import org.casebook.domain.Stance;
import org.casebook.report.model.EmptyPackException;
import org.casebook.report.model.PackDocument;
import org.casebook.report.model.PackScope;
import org.casebook.service.CaseHandle;
import org.casebook.service.CaseService;
import org.casebook.service.PackRequest;
import org.casebook.service.PackService;
import org.casebook.service.UnknownIdException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code casebook pack --case PATH --out FILE.pdf [scope…] [options…]}: writes a briefing pack. The service checks every id
 * against the case before anything is built, so a typo is one clear line rather than an empty or wrong pack.
 * The case is only read.
 */
@Command(name = "pack", description = "Write a briefing pack: a print-ready, accessible (tagged) A4 PDF of the "
        + "chosen items with the group's stances, the commitments register and the letters in full.")
final class PackCommand implements Callable<Integer> {

    /** The stances a member can choose a pack by; "undecided" is what is left to do, not a position to brief on. */
    static final List<Stance> CHOOSABLE = List.of(Stance.AGREE, Stance.PARTLY_AGREE, Stance.DISPUTE, Stance.UNANSWERED);

    private final CaseService cases;
    private final PackService packs;

    @Spec
    private CommandSpec spec;

    @Option(names = "--case", required = true, paramLabel = "PATH", description = "The case folder.")
    private Path casePath;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF to write (replaced if it exists).")
    private Path out;

    @Option(names = "--meeting", paramLabel = "ID", description = "Only letters answering this meeting.")
    private Long meeting;

    @Option(names = "--letter", paramLabel = "ID", description = "Only these letters (repeat for more).")
    private List<Long> letters = new ArrayList<>();

    @Option(names = "--theme", paramLabel = "ID", description = "Only items with one of these themes confirmed, "
            + "by the theme's id, e.g. pay-disparity (repeat for more).")
    private List<String> themes = new ArrayList<>();

    @Option(names = "--stance", paramLabel = "STANCE", description = "Only items with one of these stances: agree, "
            + "partly-agree, dispute, unanswered (repeat for more).")
    private List<String> stances = new ArrayList<>();

    @Option(names = "--thread", paramLabel = "ID", description = "Only items in one of these threads (repeat for more).")
    private List<Long> threads = new ArrayList<>();

    @Option(names = "--large-print", description = "Body text at 16 pt instead of 11 pt.")
    private boolean largePrint;

    @Option(names = "--redact", description = "Replace people's names by their roles: those listed in the case's pack "
            + "settings and those found in the letters' greetings and sign-offs.")
    private boolean redact;

    @Option(names = "--notes", description = "Include the group's own notes on items.")
    private boolean notes;

    @Option(names = "--title", paramLabel = "TEXT", description = "The title on the cover (default: Briefing pack, "
            + "with the meeting's name when --meeting is given).")
    private String title;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date on the cover (default: the "
            + "meeting's date with --meeting, else today).")
    private LocalDate date;

    PackCommand(CaseService cases, PackService packs) {
        this.cases = cases;
        this.packs = packs;
    }

    @Override
    public Integer call() throws IOException {
        Path target = out.toAbsolutePath();
        checkWritable(target);
        if (title != null && title.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--title cannot be empty.");
        }
        PackScope scope = PackScope.everything().withStances(stances()).withLetters(Set.copyOf(letters))
                .withThemes(Set.copyOf(themes)).withThreads(Set.copyOf(threads));
        PackRequest request = PackRequest.of(meeting == null ? scope : scope.withMeeting(meeting))
                .withTitle(Optional.ofNullable(title)).withDate(Optional.ofNullable(date))
                .withNotes(notes).withLargePrint(largePrint).withRedaction(redact);
        PackDocument pack;
        try (CaseHandle handle = cases.openForReading(casePath)) {
            pack = packs.build(handle, request, ProgressListener.NONE);
        } catch (UnknownIdException e) {
            String option = "--" + e.kind().word();
            throw new ParameterException(spec.commandLine(), option + " " + e.id() + ": the case has no such "
                    + e.kind().word() + (e.known().isEmpty() ? "." : "; it has " + String.join(", ", e.known()) + "."));
        } catch (EmptyPackException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage() + " Nothing was written.");
        }
        packs.save(pack, target);
        spec.commandLine().getOut().println("Wrote briefing pack to " + out + ": " + count(pack.pages(), "page") + ", "
                + count(pack.items(), "item") + ".");
        spec.commandLine().getOut().flush();
        return Cli.OK;
    }

    /** Before the case is read: building a long pack only to fail on a typo in the folder name wastes the member's time. */
    private void checkWritable(Path target) {
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + ": the folder " + folder
                    + " does not exist.");
        }
        if (Files.isDirectory(target)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + " is a folder; name the PDF to write.");
        }
        if (!Files.isWritable(folder) || (Files.exists(target) && !Files.isWritable(target))) {
            throw new ParameterException(spec.commandLine(), "--out " + out + ": cannot write there (no permission).");
        }
    }

    private Set<Stance> stances() {
        Set<Stance> chosen = new LinkedHashSet<>();
        for (String code : stances) {
            chosen.add(Stance.fromCode(code.strip()).filter(CHOOSABLE::contains).orElseThrow(() ->
                    new ParameterException(spec.commandLine(), "--stance " + code + " is not a stance; use one of "
                            + CHOOSABLE.stream().map(Stance::code).collect(Collectors.joining(", ")) + ".")));
        }
        return chosen;
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
