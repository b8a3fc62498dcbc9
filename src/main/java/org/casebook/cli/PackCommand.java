package org.casebook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.casebook.domain.Meeting;
import org.casebook.domain.ProgressListener;
import org.casebook.domain.Stance;
import org.casebook.domain.Theme;
import org.casebook.report.EmptyPackException;
import org.casebook.report.PackDocument;
import org.casebook.report.PackOptions;
import org.casebook.report.PackScope;
import org.casebook.report.PackSection;
import org.casebook.service.CaseService;
import org.casebook.service.PackService;
import org.casebook.storage.CaseDatabase;
import org.casebook.storage.Repositories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code casebook pack --case PATH --out FILE.pdf [scope…] [options…]}: writes a briefing pack. Every id is checked
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
        PackScope scope = PackScope.everything().withStances(stances());
        PackDocument pack;
        try (CaseDatabase database = cases.openForReading(casePath)) {
            Optional<Meeting> chosenMeeting = database.read(this::checkIds);
            scope = withIds(scope);
            PackOptions options = new PackOptions(title(chosenMeeting), date(chosenMeeting),
                    EnumSet.allOf(PackSection.class), notes, largePrint, redact);
            pack = packs.build(database, scope, options, ProgressListener.NONE);
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

    private Optional<Meeting> checkIds(Repositories r) {
        Optional<Meeting> found = Optional.ofNullable(meeting).map(id -> r.bodies().meeting(id).orElseThrow(() ->
                unknown("--meeting", id, r.bodies().meetings().stream().map(m -> m.id() + " (" + m.name() + ")"))));
        for (long id : letters) {
            if (r.letters().byId(id).isEmpty()) {
                throw unknown("--letter", id, r.letters().all().stream().map(l -> l.id() + " (" + l.title() + ")"));
            }
        }
        Set<String> themeIds = r.codebook().themes().stream().map(Theme::id).collect(Collectors.toSet());
        for (String id : themes) {
            if (!themeIds.contains(id)) {
                throw unknown("--theme", id, r.codebook().themes().stream().map(t -> t.id() + " (" + t.name() + ")"));
            }
        }
        for (long id : threads) {
            if (r.threads().byId(id).isEmpty()) {
                throw unknown("--thread", id, r.threads().all().stream().map(t -> t.id() + " (" + t.title() + ")"));
            }
        }
        return found;
    }

    private ParameterException unknown(String option, Object id, java.util.stream.Stream<String> known) {
        List<String> all = known.toList();
        return new ParameterException(spec.commandLine(), option + " " + id + ": the case has no such "
                + option.substring(2) + (all.isEmpty() ? "." : "; it has " + String.join(", ", all) + "."));
    }

    private PackScope withIds(PackScope scope) {
        PackScope chosen = scope.withLetters(Set.copyOf(letters)).withThemes(Set.copyOf(themes))
                .withThreads(Set.copyOf(threads));
        return meeting == null ? chosen : chosen.withMeeting(meeting);
    }

    private String title(Optional<Meeting> chosen) {
        return title != null ? title.strip() : chosen.map(m -> "Briefing pack: " + m.name()).orElse("Briefing pack");
    }

    private LocalDate date(Optional<Meeting> chosen) {
        return date != null ? date : chosen.flatMap(Meeting::date).orElseGet(packs::today);
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
