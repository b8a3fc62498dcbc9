package org.casebook.durability;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.casebook.analysis.DefaultRules;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentSource;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.Item;
import org.casebook.domain.Note;
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
import org.casebook.service.LetterImportService.StoredLetter;
import org.casebook.storage.Backups;
import org.casebook.storage.CaseStore;
import org.casebook.storage.Durability;
import org.flywaydb.core.Flyway;

/**
 * The child process of {@link CrashDurabilityTest}: opens the case as the app does and works on it through the real
 * services, its search index kept up to date, until it is killed — imports letters, tags themes, sets stances, adds
 * notes and commitments — printing
 * one line per action only after the service call returned, i.e. once the action was confirmed. It waits for a line
 * on standard input before it opens the case. Arguments: case folder, {@link Durability}, random seed, first sequence number, folder for letter files.
 */
public final class CrashWorkload {

    static final String OPENED = "opened";
    private static final String[] THEMES = {"pay-disparity", "exclusion-from-decisions", "wellbeing-harm",
            "career-pathway", "funding-refusal", "accountability"};
    private static final String[] LETTERS = {"sample/northvale-reply.txt", "threads/second-reply.txt"};

    private CrashWorkload() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Durability durability = Durability.valueOf(args[1]);
        Random random = new Random(Long.parseLong(args[2]));
        long seq = Long.parseLong(args[3]);
        Path letters = Path.of(args[4]);
        Clock clock = Clock.systemUTC();
        CaseService cases = new CaseService(new CaseStore(new Backups(clock), durability), DefaultRules.lxp());
        LetterImportService imports = new LetterImportService(DocumentReaders.standard(), new LetterSplitter(),
                new MetadataFinder());
        AnnotationService annotations = new AnnotationService(clock);
        org.casebook.service.FoiService foi = org.casebook.app.TestWiring.foiServices(imports, clock).register();
        List<String> texts = new ArrayList<>();
        for (String letter : LETTERS) {
            try (InputStream in = CrashWorkload.class.getClassLoader().getResourceAsStream(letter)) {
                texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        warmUp();
        // The test starts this process while it still reads the case after the last kill, and says when to go on.
        if (new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine() == null) {
            return;
        }
        CaseHandle database = cases.open(root);
        // As the app does on opening: the search index is made ready, then follows every change (ADR 23).
        new org.casebook.service.SearchService().prepare(database, ProgressListener.NONE);
        CaseSnapshot snapshot = annotations.snapshot(database);
        List<Item> items = new ArrayList<>(snapshot.items());
        say(OPENED + " " + snapshot.letters().size() + " letters " + items.size() + " items");
        while (true) {
            seq++;
            int action = items.isEmpty() ? 0 : random.nextInt(20);
            if (action == 0) {
                Path file = letters.resolve("letter-" + seq + ".txt");
                Files.writeString(file, texts.get((int) (seq % texts.size())) + "\nReference " + seq + "\n");
                ImportDraft draft = imports.prepare(file, ProgressListener.NONE);
                LetterDetails found = draft.suggestedDetails();
                StoredLetter stored = imports.store(database, draft, draft.split(), new LetterDetails(found.title(),
                        found.date(), found.from(), found.to(), Optional.of("Northvale NHS Trust"),
                        found.meetingName(), found.meetingDate()));
                items.addAll(stored.items());
                say("import " + stored.letter().id() + " " + stored.items().size() + " " + draft.sha256());
                continue;
            }
            if (action == 1) {
                // An FOI campaign started and sent to the letters' body: two actions, each confirmed once stored.
                org.casebook.domain.foi.Campaign campaign = foi.createCampaign(database, "c" + seq,
                        List.of("Question " + seq), Optional.empty());
                say("campaign " + campaign.id() + " c" + seq);
                long body = foi.body(database, "Northvale NHS Trust").id();
                long request = foi.recordSent(database, campaign.id(), body, foi.today(), Optional.empty())
                        .request().id();
                say("request " + request + " " + campaign.id());
                continue;
            }
            if (action == 2 && random.nextInt(3) == 0) {
                // Closed and opened again now and then, as a member does: closing may compact the file (ADR 24),
                // so some kills land in the middle of that.
                database.close();
                database = cases.open(root);
                new org.casebook.service.SearchService().prepare(database, ProgressListener.NONE);
                continue;
            }
            Item item = items.get(random.nextInt(items.size()));
            switch (action % 4) {
                case 0 -> {
                    String theme = THEMES[random.nextInt(THEMES.length)];
                    annotations.setTheme(database, item.id(), theme, Optional.of(TagState.CONFIRMED));
                    say("theme " + item.id() + " " + theme);
                }
                case 1 -> {
                    Stance stance = Stance.values()[random.nextInt(Stance.values().length)];
                    annotations.setStance(database, item.id(), stance, "r" + seq);
                    say("stance " + item.id() + " " + stance.name() + " " + seq);
                }
                case 2 -> {
                    Note note = annotations.addNote(database, item.id(), "n" + seq);
                    say("note " + note.id() + " " + item.id() + " n" + seq);
                }
                default -> {
                    Commitment commitment = annotations.addCommitment(database, new Commitment(0, item.letterId(),
                            CommitmentSource.ITEM, Optional.of(item.id()), "c" + seq, "", Optional.empty(),
                            CommitmentStatus.OPEN, List.of()));
                    say("commitment " + commitment.id() + " " + item.id() + " c" + seq);
                }
            }
            if (random.nextInt(4) == 0) {
                Thread.sleep(random.nextInt(3));
            }
        }
    }

    /**
     * Loads what opening a case needs (H2, Flyway) on a database in memory, so that the time between the test's go
     * and the first action is the app's own opening of a case, not the start of a JVM.
     */
    private static void warmUp() {
        Flyway.configure().dataSource("jdbc:h2:mem:warm-up", "", "").locations("classpath:db/migration").load()
                .migrate();
    }

    private static void say(String line) {
        System.out.print(line + "\n");
        System.out.flush();
    }
}
