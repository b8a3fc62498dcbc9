package org.casebook.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.casebook.analysis.DefaultRules;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.Item;
import org.casebook.domain.ItemTag;
import org.casebook.domain.Letter;
import org.casebook.domain.TagState;
import org.casebook.service.AnnotationService;
import org.casebook.service.CaseHandle;
import org.casebook.service.CaseService;
import org.casebook.service.CaseService.CheckReport;
import org.casebook.storage.Backups;
import org.casebook.storage.CaseStore;
import org.casebook.storage.Durability;
import org.casebook.domain.search.HitKind;
import org.casebook.domain.search.SearchFilters;
import org.casebook.domain.search.SearchQuery;
import org.casebook.service.SearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "All changes saved" is true: a child JVM ({@link CrashWorkload}) works on one case through the real services and
 * says what each call confirmed; it is killed with SIGKILL at random moments, again and again on the same case. After
 * each kill the case must pass {@code check} and hold every action ever confirmed.
 *
 * <p>System properties: {@code casebook.crash.kills} (default 50), {@code casebook.crash.seed} (default: the clock,
 * logged), {@code casebook.crash.durability} (default the app's; {@code DELAYED} shows the test failing with H2's
 * default write delay).
 */
class CrashDurabilityTest {

    private static final Logger LOG = LoggerFactory.getLogger(CrashDurabilityTest.class);
    private static final int KILLS = Integer.getInteger("casebook.crash.kills", 50);
    private static final Durability DURABILITY =
            Durability.valueOf(System.getProperty("casebook.crash.durability", Durability.APP.name()));

    @TempDir
    Path temp;

    private final Clock clock = Clock.systemUTC();
    private final SearchService search = new SearchService();
    private final CaseService cases = new CaseService(new CaseStore(new Backups(clock)), DefaultRules.lxp());
    private final AnnotationService annotations = new AnnotationService(clock);
    private final org.casebook.service.FoiService foi = org.casebook.app.TestWiring.foiServices(
            new org.casebook.service.LetterImportService(org.casebook.importing.reading.DocumentReaders.standard(),
                    new org.casebook.importing.split.LetterSplitter(), new org.casebook.importing.split.MetadataFinder()),
            clock).register();

    @Test
    void everyConfirmedActionSurvivesTheProgramBeingKilled() throws Exception {
        long seed = Long.getLong("casebook.crash.seed", System.currentTimeMillis());
        Random random = new Random(seed);
        LOG.warn("Crash test: {} kills, durability {}, seed {} (rerun with -Dcasebook.crash.seed={})", KILLS,
                DURABILITY, seed, seed);
        Path root;
        try (CaseHandle database = cases.create(temp.resolve("crash"))) {
            root = database.root();
        }
        Path letters = Files.createDirectories(temp.resolve("letters"));
        List<String> confirmed = new ArrayList<>();
        int losses = 0;
        int corrupt = 0;
        int indexDisagreements = 0;
        List<String> lost = new ArrayList<>();
        long started = System.nanoTime();
        Workload next = start(root, letters, random, 1);
        try {
            for (int kill = 1; kill <= KILLS; kill++) {
                List<String> lines = killAtRandom(next, random);
                // The next JVM starts while this one's case is read; it opens the case when told to.
                next = kill < KILLS ? start(root, letters, random, kill + 1) : null;
                confirmed.addAll(lines.stream().filter(l -> !l.startsWith(CrashWorkload.OPENED)).toList());
                CheckReport report = cases.check(root);
                if (!report.sound()) {
                    corrupt++;
                    LOG.warn("After kill {} the case is not sound: {}", kill, report.problems());
                }
                try (CaseHandle database = cases.openForReading(root)) {
                    List<String> missing = missing(confirmed, annotations.snapshot(database),
                            foi.campaigns(database), foi.requests(database, java.util.Optional.empty(), foi.today()));
                    if (!missing.isEmpty()) {
                        LOG.warn("After kill {}: {} confirmed actions missing, e.g. {}", kill, missing.size(),
                                missing.subList(0, Math.min(3, missing.size())));
                    }
                    indexDisagreements += searchDisagrees(database, confirmed, kill);
                    losses += missing.size();
                    lost.addAll(missing);
                    // Count each loss once: what was lost is not looked for again.
                    confirmed.removeAll(missing);
                } catch (RuntimeException e) {
                    corrupt++;
                    LOG.warn("After kill {} the case does not open: {}", kill, e.toString());
                }
            }
        } finally {
            if (next != null) {
                next.process().destroyForcibly();
            }
        }
        LOG.warn("Crash test report: {} kills, {} confirmed actions, {} lost, {} corrupt cases, {} index disagreements "
                        + "(durability {}, seed {}, {} s)", KILLS, confirmed.size() + losses, losses, corrupt,
                indexDisagreements, DURABILITY, seed,
                (System.nanoTime() - started) / 1_000_000_000L);
        assertThat(confirmed.size() + losses).as("confirmed actions").isGreaterThan(KILLS);
        assertThat(lost).as("confirmed actions lost (seed " + seed + ")").isEmpty();
        assertThat(corrupt).as("kills after which the case was not sound (seed " + seed + ")").isZero();
        assertThat(indexDisagreements).as("kills after which the search index disagreed with the case (seed " + seed
                + ")").isZero();
    }

    /**
     * After a kill, the search index (whatever state the kill left it in) must open, take in what it missed and
     * agree with the database: as many notes as the case holds, and each of the last confirmed notes found by its
     * words. Returns 1 if it does not.
     */
    private int searchDisagrees(CaseHandle database, List<String> confirmed, int kill) {
        try {
            long notes = annotations.snapshot(database).notes().size();
            long indexed = search.search(database, new SearchQuery("", SearchFilters.NONE.withKinds(
                    java.util.Set.of(HitKind.NOTE)), 1)).total();
            List<String> lastNotes = confirmed.stream().filter(l -> l.startsWith("note ")).toList();
            List<String> unfound = lastNotes.subList(Math.max(0, lastNotes.size() - 5), lastNotes.size()).stream()
                    .map(l -> l.split(" ")[3])
                    .filter(text -> search.search(database, SearchQuery.of("note:" + text)).total() != 1).toList();
            if (indexed != notes || !unfound.isEmpty()) {
                LOG.warn("After kill {} the index holds {} notes of {}; not found: {}", kill, indexed, notes, unfound);
                return 1;
            }
            return 0;
        } catch (RuntimeException e) {
            LOG.warn("After kill {} the search index failed: {}", kill, e.toString());
            return 1;
        }
    }

    /** A started workload, reading its standard output. */
    private record Workload(Process process, List<String> lines, CountDownLatch opened, Thread reader) {
    }

    private Workload start(Path root, Path letters, Random random, int run) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-cp", testClassPath(), "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xmx256m", CrashWorkload.class.getName(), root.toString(), DURABILITY.name(),
                Long.toString(random.nextLong()), Long.toString(run * 1_000_000L), letters.toString());
        builder.redirectError(ProcessBuilder.Redirect.appendTo(temp.resolve("workload.log").toFile()));
        Process process = builder.start();
        List<String> lines = new CopyOnWriteArrayList<>();
        CountDownLatch opened = new CountDownLatch(1);
        Thread reader = new Thread(() -> readLines(process.getInputStream(), lines, opened), "crash-workload-output");
        reader.start();
        return new Workload(process, lines, opened, reader);
    }

    /**
     * Tells the workload to open the case, then kills it: mostly at a random moment after it opened the case,
     * sometimes at a random moment after it was told to (so while it takes the backup on opening, migrates, or makes
     * its first actions). Returns the lines it completed.
     */
    private List<String> killAtRandom(Workload workload, Random random) throws Exception {
        boolean early = random.nextInt(5) == 0;
        long delay = early ? random.nextInt(1500) : random.nextInt(700);
        Process process = workload.process();
        process.getOutputStream().write("go\n".getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
        if (!early && !workload.opened().await(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The workload did not open the case: "
                    + Files.readString(temp.resolve("workload.log")));
        }
        Thread.sleep(delay);
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("killed workload ended").isTrue();
        workload.reader().join(10_000);
        return workload.lines();
    }

    /** Collects lines that ended with a newline; a line cut off by the kill was not confirmed. */
    private static void readLines(InputStream in, List<String> lines, CountDownLatch opened) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try (in) {
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    String text = line.toString(StandardCharsets.UTF_8);
                    lines.add(text);
                    if (text.startsWith(CrashWorkload.OPENED)) {
                        opened.countDown();
                    }
                    line.reset();
                } else {
                    line.write(b);
                }
            }
        } catch (IOException e) {
            // The pipe closes when the process is killed.
        }
    }

    /** The confirmed actions the case does not hold. A stance may since have been set again by a later action. */
    private static List<String> missing(List<String> confirmed, CaseSnapshot snapshot,
            List<org.casebook.domain.foi.Campaign> campaigns, List<org.casebook.service.FoiService.RequestView> requests) {
        Map<Long, String> campaignTitles = new HashMap<>();
        campaigns.forEach(c -> campaignTitles.put(c.id(), c.title()));
        Map<Long, Long> requestCampaigns = new HashMap<>();
        requests.forEach(r -> requestCampaigns.put(r.request().id(), r.request().campaignId()));
        Map<Long, Letter> letters = new HashMap<>();
        snapshot.letters().forEach(l -> letters.put(l.id(), l));
        Map<Long, Item> items = new HashMap<>();
        snapshot.items().forEach(i -> items.put(i.id(), i));
        Set<String> themes = new HashSet<>();
        snapshot.itemThemes().stream().filter(t -> t.state() == TagState.CONFIRMED)
                .map(CrashDurabilityTest::key).forEach(themes::add);
        Map<Long, String> notes = new HashMap<>();
        snapshot.notes().forEach(n -> notes.put(n.id(), n.itemId() + " " + n.text()));
        Map<Long, String> commitments = new HashMap<>();
        snapshot.commitments().forEach(c -> commitments.put(c.id(), c.itemId().orElse(-1L) + " " + c.text()));
        List<String> missing = new ArrayList<>();
        for (String line : confirmed) {
            String[] f = line.split(" ");
            boolean held = switch (f[0]) {
                case "import" -> letters.containsKey(Long.parseLong(f[1]))
                        && letters.get(Long.parseLong(f[1])).source().map(s -> s.sha256().equals(f[3])).orElse(false)
                        && snapshot.itemsOf(Long.parseLong(f[1])).size() == Integer.parseInt(f[2]);
                case "theme" -> themes.contains(f[1] + " " + f[2]);
                case "stance" -> {
                    Item item = items.get(Long.parseLong(f[1]));
                    long stored = item == null || !item.stanceRationale().startsWith("r") ? -1
                            : Long.parseLong(item.stanceRationale().substring(1));
                    yield stored > Long.parseLong(f[3])
                            || stored == Long.parseLong(f[3]) && item.stance().name().equals(f[2]);
                }
                case "note" -> (f[2] + " " + f[3]).equals(notes.get(Long.parseLong(f[1])));
                case "commitment" -> (f[2] + " " + f[3]).equals(commitments.get(Long.parseLong(f[1])));
                case "campaign" -> f[2].equals(campaignTitles.get(Long.parseLong(f[1])));
                case "request" -> Long.valueOf(Long.parseLong(f[2])).equals(requestCampaigns.get(Long.parseLong(f[1])));
                default -> throw new AssertionError("Unknown line from the workload: " + line);
            };
            if (!held) {
                missing.add(line);
            }
        }
        return missing;
    }

    private static String key(ItemTag tag) {
        return tag.itemId() + " " + tag.codeId();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The test classpath. Surefire may start tests through a booter jar whose manifest holds the real classpath; it
     * then names the real one in {@code surefire.test.class.path}.
     */
    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
