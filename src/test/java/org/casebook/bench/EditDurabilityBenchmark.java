package org.casebook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.casebook.analysis.DefaultRules;
import org.casebook.domain.Item;
import org.casebook.domain.ProgressListener;
import org.casebook.domain.Stance;
import org.casebook.domain.TagState;
import org.casebook.importing.reading.DocumentReaders;
import org.casebook.importing.split.LetterSplitter;
import org.casebook.importing.split.MetadataFinder;
import org.casebook.service.AnnotationService;
import org.casebook.service.CaseHandle;
import org.casebook.service.CaseService;
import org.casebook.service.ImportDraft;
import org.casebook.service.LetterDetails;
import org.casebook.service.LetterImportService;
import org.casebook.storage.Backups;
import org.casebook.storage.CaseStore;
import org.casebook.storage.Durability;

/**
 * What durability costs per edit (ADR 13): one case per {@link Durability} — H2's default write delay,
 * {@code WRITE_DELAY=0}, and that plus {@code CHECKPOINT SYNC} (the app's) — each with the sample letter imported
 * through the real import, then the same typical edits (set a stance, add a theme, add a note) through the real
 * {@link AnnotationService}, taking turns between the cases so that a busy machine slows all three alike. Prints the
 * median, minimum and maximum time of an edit in each. Not a unit test. Run with:
 * {@code ./mvnw -q -DskipTests test-compile org.codehaus.mojo:exec-maven-plugin:3.6.2:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.casebook.bench.EditDurabilityBenchmark}
 */
public final class EditDurabilityBenchmark {

    private static final int WARM_UPS = 60;
    private static final int EDITS = 300;
    private static final String[] KINDS = {"set a stance", "add a theme", "add a note"};
    private static final String[] THEMES = {"pay-disparity", "exclusion-from-decisions", "wellbeing-harm", "career-pathway", "funding-refusal"};

    private EditDurabilityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("casebook-edit-bench");
        Path letter = sampleLetter(dir);
        Clock clock = Clock.systemUTC();
        AnnotationService annotations = new AnnotationService(clock);
        LetterImportService imports = imports();
        Map<Durability, CaseHandle> cases = new EnumMap<>(Durability.class);
        Map<Durability, List<Item>> items = new EnumMap<>(Durability.class);
        Map<Durability, double[][]> millis = new EnumMap<>(Durability.class);
        try {
            for (Durability mode : Durability.values()) {
                CaseService service = new CaseService(new CaseStore(new Backups(clock), mode), DefaultRules.lxp());
                CaseHandle database = service.create(dir.resolve(mode.name().toLowerCase(Locale.ROOT)));
                ImportDraft draft = imports.prepare(letter, ProgressListener.NONE);
                items.put(mode, imports.store(database, draft, draft.split(), withBody(draft.suggestedDetails())).items());
                cases.put(mode, database);
                millis.put(mode, new double[KINDS.length][EDITS]);
            }
            System.out.printf(Locale.ROOT, "Cases in %s; %d items each; %d warm-up edits, then %d timed edits per "
                    + "case (%d of each kind), the cases taking turns%n", dir, items.get(Durability.APP).size(),
                    WARM_UPS, EDITS * KINDS.length, EDITS);
            for (int i = 0; i < WARM_UPS; i++) {
                for (Durability mode : Durability.values()) {
                    edit(annotations, cases.get(mode), items.get(mode), i % KINDS.length, i);
                }
            }
            for (int i = 0; i < EDITS; i++) {
                for (int kind = 0; kind < KINDS.length; kind++) {
                    for (Durability mode : Durability.values()) {
                        long start = System.nanoTime();
                        edit(annotations, cases.get(mode), items.get(mode), kind, WARM_UPS + i);
                        millis.get(mode)[kind][i] = (System.nanoTime() - start) / 1e6;
                    }
                }
            }
        } finally {
            cases.values().forEach(CaseHandle::close);
        }
        print(millis);
    }

    /** A copy of the sample letter in {@code dir}, for the real import to read. */
    static Path sampleLetter(Path dir) throws java.io.IOException {
        Path letter = dir.resolve("northvale-reply.txt");
        Files.copy(Path.of("src/test/resources/sample/northvale-reply.txt"), letter);
        return letter;
    }

    /** The import as the app builds it. */
    static LetterImportService imports() {
        return new LetterImportService(DocumentReaders.standard(), new LetterSplitter(), new MetadataFinder());
    }

    static LetterDetails withBody(LetterDetails found) {
        return new LetterDetails(found.title(), found.date(), found.from(), found.to(),
                Optional.of("Northvale NHS Trust"), found.meetingName(), found.meetingDate());
    }

    /** One edit of the given kind on the n-th item (round the letter), as the items screen makes it. */
    static void edit(AnnotationService annotations, CaseHandle database, List<Item> items, int kind, int n) {
        long item = items.get(n % items.size()).id();
        switch (kind) {
            case 0 -> annotations.setStance(database, item, Stance.values()[n % Stance.values().length],
                    "Reason " + n + ": the answer does not say when.");
            case 1 -> annotations.setTheme(database, item, THEMES[n % THEMES.length],
                    Optional.of(n % 2 == 0 ? TagState.CONFIRMED : TagState.REJECTED));
            default -> annotations.addNote(database, item, "Note " + n + ": raise this again at the next meeting.");
        }
    }

    private static void print(Map<Durability, double[][]> millis) {
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-14s", "ms per edit"));
        for (Durability mode : Durability.values()) {
            header.append(String.format(Locale.ROOT, " | %-26s", label(mode)));
        }
        System.out.println(header);
        StringBuilder sub = new StringBuilder(String.format(Locale.ROOT, "%-14s", ""));
        for (int i = 0; i < Durability.values().length; i++) {
            sub.append(String.format(Locale.ROOT, " | %8s %8s %8s", "median", "min", "max"));
        }
        System.out.println(sub);
        List<String> rows = new ArrayList<>(Arrays.asList(KINDS));
        rows.add("all edits");
        for (int row = 0; row < rows.size(); row++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-14s", rows.get(row)));
            for (Durability mode : Durability.values()) {
                double[] times = row < KINDS.length ? millis.get(mode)[row].clone()
                        : Arrays.stream(millis.get(mode)).flatMapToDouble(Arrays::stream).toArray();
                Arrays.sort(times);
                line.append(String.format(Locale.ROOT, " | %8.2f %8.2f %8.2f", times[times.length / 2], times[0],
                        times[times.length - 1]));
            }
            System.out.println(line);
        }
    }

    private static String label(Durability mode) {
        String name = switch (mode) {
            case DELAYED -> "H2 default delay";
            case WRITTEN -> "WRITE_DELAY=0";
            case SYNCED -> "WRITE_DELAY=0 + SYNC";
        };
        return mode == Durability.APP ? name + " (app)" : name;
    }
}
