package org.casebook.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.casebook.app.Services;
import org.casebook.domain.Body;
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentSource;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.Item;
import org.casebook.domain.ItemTag;
import org.casebook.domain.Letter;
import org.casebook.domain.Meeting;
import org.casebook.domain.ProgressListener;
import org.casebook.domain.Stance;
import org.casebook.domain.TagState;
import org.casebook.domain.Theme;
import org.casebook.storage.Repositories;

/**
 * A large, realistic case for performance work: letters from NHS England and some sixty Trusts, spread over
 * 2019–2026, each with 5–40 items whose concerns and responses are sentences of real public documents (the split
 * corpus and the text fixtures) recombined at random, confirmed themes on about half the items, stances with reasons
 * on about 40%, notes and commitments. The same seed makes the same case. Written straight through the repositories in
 * batches of {@value #LETTERS_PER_WRITE} letters, so the search index is not touched: build it afterwards.
 */
public final class LargeCase {

    private static final int LETTERS_PER_WRITE = 100;
    private static final int MIN_ITEMS = 5;
    private static final int MAX_ITEMS = 40;
    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2026, 12, 31).toEpochDay() - FIRST_DAY.toEpochDay());
    private static final Pattern NUMBERING = Pattern.compile("^\\(?[0-9a-z]{1,3}[.)]\\s+");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])\\s+(?=[A-Z0-9\"“‘(])");

    /** How big a case to make; the other counts follow from the letters as in the issue (20 items per letter). */
    public record Size(int letters, int itemsPerLetter, int notes, int commitments, int bodies) {
        public static final Size FULL = letters(10_000);

        /** A case of {@code letters} letters with the full case's proportions. */
        public static Size letters(int letters) {
            return new Size(letters, 20, letters, Math.max(1, letters / 2), Math.min(60, Math.max(3, letters / 10)));
        }

        public int items() {
            return letters * itemsPerLetter;
        }
    }

    /** What was made: where, how much of each, and how long it took. */
    public record Summary(Path root, int letters, int items, int notes, int commitments, int bodies, int meetings,
                          int themed, int withStance, Duration time) {
    }

    private static final String[] TRUST_PLACES = {"Gloucestershire Health and Care", "Oxford Health",
        "Avon and Wiltshire Mental Health Partnership", "Devon Partnership", "Cornwall Partnership",
        "Somerset", "Dorset HealthCare University", "Berkshire Healthcare", "Southern Health",
        "Sussex Partnership", "Kent and Medway Mental Health", "Surrey and Borders Partnership",
        "Hertfordshire Partnership University", "Essex Partnership University", "Norfolk and Suffolk",
        "Cambridgeshire and Peterborough", "Central and North West London", "South London and Maudsley",
        "East London", "North East London", "Camden and Islington", "Barnet, Enfield and Haringey Mental Health",
        "West London", "Oxleas", "Leicestershire Partnership", "Nottinghamshire Healthcare",
        "Derbyshire Healthcare", "Lincolnshire Partnership", "Northamptonshire Healthcare",
        "Birmingham and Solihull Mental Health", "Black Country Healthcare", "Coventry and Warwickshire Partnership",
        "Herefordshire and Worcestershire Health and Care", "Midlands Partnership University",
        "North Staffordshire Combined Healthcare", "Cheshire and Wirral Partnership", "Mersey Care",
        "Greater Manchester Mental Health", "Pennine Care", "Lancashire and South Cumbria", "Cumbria, Northumberland, "
        + "Tyne and Wear", "Tees, Esk and Wear Valleys", "Humber Teaching", "Rotherham Doncaster and South Humber",
        "Sheffield Health and Social Care", "South West Yorkshire Partnership", "Leeds and York Partnership",
        "Bradford District Care", "Navigo Health and Social Care", "Solent", "Livewell Southwest",
        "Wirral University Teaching Hospital", "Gloucestershire Hospitals", "Royal Devon University Healthcare",
        "University Hospitals Bristol and Weston", "Great Western Hospitals", "Royal United Hospitals Bath",
        "Salisbury", "Worcestershire Acute Hospitals"};
    private static final String[] MEETINGS = {"Trust Board", "Council of Governors", "Quality Committee",
        "People and Culture Committee", "Annual Members' Meeting", "Mental Health Legislation Committee"};
    private static final String[] TITLES = {"Response to questions raised at the %s", "Reply to the group's letter of %s",
        "Follow-up on concerns about %s", "Answers to questions in public, %s", "FOI response: %s",
        "Update on the actions agreed at the %s", "Letter from the Chief Executive on %s"};
    private static final String[] TOPICS = {"peer support worker pay", "lived experience roles",
        "time credits and involvement payments", "banding of peer roles", "supervision of peer workers",
        "the co-production strategy", "recruitment of lived experience practitioners", "training and KUF funding",
        "the carers' strategy", "inpatient staffing", "the community mental health framework", "waiting times"};
    private static final String[] CONCERN_OPENINGS = {"", "", "", "The group asks: ", "Members are concerned that ",
        "Please explain why ", "We would like to know whether ", "Could the Trust confirm that "};
    private static final String[] RATIONALE_OPENINGS = {"The answer does not address the point: ",
        "This matches what members were told: ", "Only part of the question is answered; ",
        "The figures given contradict the earlier reply: ", "Members accept this, noting that ",
        "No answer was given to this; "};
    private static final String[] NOTE_OPENINGS = {"Raise again at the next Board: ", "Check against the FOI reply: ",
        "Ask the governors about this. ", "Compare with last year's answer. ", "", "Follow up: "};
    private static final String[] OWNERS = {"Chief Executive", "Director of Nursing", "Chief People Officer",
        "Head of Involvement", "Medical Director", "Director of Operations", "Company Secretary",
        "Lived Experience Lead"};
    private static final String[] SIGNERS = {"Chief Executive", "Chair", "Director of Nursing and Quality",
        "Freedom of Information Officer", "Head of Patient Experience"};

    private LargeCase() {
    }

    /** Creates the case at {@code folder}, printing progress on standard output, and closes it. */
    public static Summary create(Services services, Path folder, Size size, long seed) {
        return create(services, folder, size, seed, printing());
    }

    public static Summary create(Services services, Path folder, Size size, long seed, ProgressListener progress) {
        try (CaseHandle handle = services.caseService().create(folder)) {
            return fill(handle, size, seed, progress);
        }
    }

    /** Fills an open, empty case; the handle stays open. */
    public static Summary fill(CaseHandle handle, Size size, long seed, ProgressListener progress) {
        long start = System.nanoTime();
        Random random = new Random(seed);
        List<String> pool = sentences();
        List<Theme> themes = CaseAccess.read(handle, r -> r.codebook().themes());
        List<String> responseTypes = CaseAccess.read(handle, r -> r.codebook().responseTypes()).stream()
                .map(t -> t.id()).toList();
        Places places = CaseAccess.database(handle).write(r -> places(r, size.bodies(), random));
        int[] perLetter = itemCounts(size, random);
        Counts counts = new Counts();
        for (int first = 0; first < size.letters(); first += LETTERS_PER_WRITE) {
            int from = first;
            int to = Math.min(size.letters(), first + LETTERS_PER_WRITE);
            CaseAccess.database(handle).update(r -> {
                for (int n = from; n < to; n++) {
                    letter(r, new Writer(random, pool, themes, responseTypes, places, size, counts), n, perLetter[n]);
                }
            });
            progress.progress(to, size.letters(), "Letters written");
        }
        return new Summary(handle.root(), size.letters(), counts.items, counts.notes, counts.commitments,
                places.bodies.size(), places.meetings.size(), counts.themed, counts.withStance,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** The sentences of the real documents, cleaned of layout, in file order with duplicates out. */
    public static List<String> sentences() {
        LinkedHashSet<String> sentences = new LinkedHashSet<>();
        for (Path file : sourceFiles()) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String line : logicalLines(text)) {
                for (String sentence : SENTENCE_END.split(line)) {
                    String bare = NUMBERING.matcher(sentence).replaceFirst("").strip();
                    if (usable(bare)) {
                        sentences.add(bare);
                    }
                }
            }
        }
        return List.copyOf(sentences);
    }

    /** The file's lines, a line that goes on in lower case (hard-wrapped text, the trust-board letter) joined up. */
    private static List<String> logicalLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw.replaceAll("\\s+", " ").strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!lines.isEmpty() && Character.isLowerCase(line.charAt(0))) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + line);
            } else {
                lines.add(line);
            }
        }
        return lines;
    }

    private static boolean usable(String sentence) {
        if (sentence.length() < 25 || sentence.length() > 400 || sentence.contains("http") || sentence.contains("@")) {
            return false;
        }
        long letters = sentence.chars().filter(Character::isLetter).count();
        return letters > sentence.length() * 0.7 && sentence.split(" ").length >= 5;
    }

    private static List<Path> sourceFiles() {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("corpus", "fixtures")) {
            try (Stream<Path> found = Files.walk(resource(folder))) {
                found.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static Path resource(String name) {
        URL url = LargeCase.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalStateException("The test resource folder " + name + " is not on the class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProgressListener printing() {
        return (done, total, message) -> {
            if (done == total || done % 1000 == 0) {
                System.out.printf(Locale.ROOT, "  %s: %d of %d%n", message, done, total);
            }
        };
    }

    /** Items per letter between 5 and 40, skewed to the small, then nudged until they add up to the size's items. */
    private static int[] itemCounts(Size size, Random random) {
        int[] counts = new int[size.letters()];
        long sum = 0;
        for (int i = 0; i < counts.length; i++) {
            counts[i] = MIN_ITEMS + (int) Math.round((MAX_ITEMS - MIN_ITEMS) * Math.pow(random.nextDouble(), 1.4));
            sum += counts[i];
        }
        long target = (long) size.items();
        while (sum != target) {
            int i = random.nextInt(counts.length);
            int step = sum < target ? 1 : -1;
            if (counts[i] + step >= MIN_ITEMS && counts[i] + step <= MAX_ITEMS) {
                counts[i] += step;
                sum += step;
            }
        }
        return counts;
    }

    private record Places(List<Body> bodies, List<Meeting> meetings) {
    }

    private static Places places(Repositories r, int count, Random random) {
        List<Body> bodies = new ArrayList<>();
        List<Meeting> meetings = new ArrayList<>();
        bodies.add(r.bodies().addBody("NHS England"));
        for (int i = 0; bodies.size() < count; i++) {
            String place = TRUST_PLACES[i % TRUST_PLACES.length];
            String suffix = i < TRUST_PLACES.length ? "" : " (" + (i / TRUST_PLACES.length + 1) + ")";
            bodies.add(r.bodies().addBody(place + " NHS Foundation Trust" + suffix));
        }
        for (Body body : bodies) {
            int held = 4 + random.nextInt(8);
            for (int m = 0; m < held; m++) {
                LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
                meetings.add(r.bodies().addMeeting(new Meeting(0, body.id(), MEETINGS[random.nextInt(MEETINGS.length)],
                        Optional.of(day))));
            }
        }
        return new Places(bodies, meetings);
    }

    private static final class Counts {
        int items;
        int notes;
        int commitments;
        int themed;
        int withStance;
        long notesOwed;
        long commitmentsOwed;
    }

    private record Writer(Random random, List<String> pool, List<Theme> themes, List<String> responseTypes,
                          Places places, Size size, Counts counts) {
        String sentences(int least, int most) {
            int n = least + random.nextInt(most - least + 1);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    text.append(' ');
                }
                text.append(numbersVaried(pool.get(random.nextInt(pool.size()))));
            }
            return text.toString();
        }

        /** The sentence with its figures drawn again (years stay years), so copies of it differ as real ones do. */
        String numbersVaried(String sentence) {
            java.util.regex.Matcher number = NUMBER.matcher(sentence);
            StringBuilder varied = new StringBuilder();
            while (number.find()) {
                String digits = number.group();
                String replacement;
                if (digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"))) {
                    replacement = Integer.toString(2019 + random.nextInt(8));
                } else {
                    int bound = (int) Math.pow(10, Math.min(digits.length(), 6));
                    replacement = Integer.toString(Math.max(1, random.nextInt(bound)));
                }
                number.appendReplacement(varied, replacement);
            }
            number.appendTail(varied);
            return varied.toString();
        }

        <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }
    }

    private static void letter(Repositories r, Writer w, int n, int itemCount) {
        Random random = w.random();
        Body body = w.places().bodies().get(random.nextInt(w.places().bodies().size()));
        List<Meeting> held = w.places().meetings().stream().filter(m -> m.bodyId() == body.id()).toList();
        Optional<Meeting> meeting = random.nextInt(10) < 6 ? Optional.of(held.get(random.nextInt(held.size())))
                : Optional.empty();
        LocalDate date = meeting.flatMap(Meeting::date).map(d -> d.plusDays(7 + random.nextInt(40)))
                .orElseGet(() -> FIRST_DAY.plusDays(random.nextInt(DAYS)));
        String topic = w.pick(TOPICS);
        String title = String.format(Locale.ROOT, w.pick(TITLES),
                meeting.map(m -> m.name() + " of " + m.date().orElseThrow()).orElse(topic)) + " (" + (n + 1) + ")";
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < itemCount; i++) {
            String concern = w.pick(CONCERN_OPENINGS) + w.sentences(1, 3);
            String response = random.nextInt(20) == 0 ? "" : w.sentences(2, 6);
            pairs.add(new String[] {concern, response});
        }
        String intro = "Dear colleagues, thank you for your letter about " + topic + ". " + w.sentences(1, 2);
        String closing = w.sentences(1, 2) + " Yours sincerely, " + w.pick(SIGNERS) + ", " + body.name();
        StringBuilder full = new StringBuilder(title).append("\n\n").append(intro).append("\n\n");
        for (int i = 0; i < pairs.size(); i++) {
            full.append(i + 1).append(". ").append(pairs.get(i)[0]).append('\n').append(pairs.get(i)[1]).append("\n\n");
        }
        full.append(closing);
        Letter letter = r.letters().add(new Letter(0, title, Optional.of(date), w.pick(SIGNERS) + ", " + body.name(),
                "The Lived Experience Group", Optional.of(body.id()), meeting.map(Meeting::id), Optional.empty(),
                intro, closing, full.toString(), Optional.empty()));
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            items.add(item(r, w, letter.id(), i, pairs.get(i)));
        }
        notesAndCommitments(r, w, letter, items);
    }

    private static Item item(Repositories r, Writer w, long letterId, int order, String[] pair) {
        Random random = w.random();
        Optional<String> response = pair[1].isEmpty() ? Optional.empty() : Optional.of(pair[1]);
        Stance stance = Stance.UNDECIDED;
        String rationale = "";
        if (response.isEmpty()) {
            stance = random.nextBoolean() ? Stance.UNANSWERED : Stance.UNDECIDED;
        } else if (random.nextInt(10) < 4) {
            stance = List.of(Stance.AGREE, Stance.PARTLY_AGREE, Stance.DISPUTE, Stance.DISPUTE).get(random.nextInt(4));
            rationale = w.pick(RATIONALE_OPENINGS) + w.sentences(1, 2);
        }
        String label = Integer.toString(order + 1);
        Item item = r.items().add(new Item(0, letterId, Optional.empty(), label, label, order, pair[0], response,
                Optional.empty(), Optional.empty(), stance, rationale));
        Counts counts = w.counts();
        counts.items++;
        if (!rationale.isEmpty()) {
            counts.withStance++;
        }
        if (random.nextBoolean()) {
            counts.themed++;
            String first = w.themes().get(random.nextInt(w.themes().size())).id();
            r.items().setTheme(new ItemTag(item.id(), first, TagState.CONFIRMED));
            String second = w.themes().get(random.nextInt(w.themes().size())).id();
            if (random.nextInt(4) == 0 && !second.equals(first)) {
                r.items().setTheme(new ItemTag(item.id(), second, TagState.CONFIRMED));
            }
        }
        if (response.isPresent() && !w.responseTypes().isEmpty() && random.nextInt(10) < 3) {
            r.items().setResponseType(new ItemTag(item.id(), w.responseTypes().get(random.nextInt(
                    w.responseTypes().size())), TagState.CONFIRMED));
        }
        return item;
    }

    /** Spreads the size's notes and commitments evenly over the letters, on random items of each. */
    private static void notesAndCommitments(Repositories r, Writer w, Letter letter, List<Item> items) {
        Counts counts = w.counts();
        Random random = w.random();
        counts.notesOwed += w.size().notes();
        counts.commitmentsOwed += w.size().commitments();
        while (counts.notesOwed >= w.size().letters()) {
            counts.notesOwed -= w.size().letters();
            Item item = items.get(random.nextInt(items.size()));
            Instant created = letter.date().orElseThrow().plusDays(random.nextInt(60)).atStartOfDay()
                    .toInstant(java.time.ZoneOffset.UTC);
            r.items().addNote(item.id(), w.pick(NOTE_OPENINGS) + w.sentences(1, 3), created);
            counts.notes++;
        }
        while (counts.commitmentsOwed >= w.size().letters()) {
            counts.commitmentsOwed -= w.size().letters();
            Item item = items.get(random.nextInt(items.size()));
            String text = "The Trust will " + lowerFirst(w.sentences(1, 1));
            r.commitments().add(new Commitment(0, letter.id(), CommitmentSource.ITEM, Optional.of(item.id()), text,
                    w.pick(OWNERS), Optional.of(letter.date().orElseThrow().plusDays(30 + random.nextInt(300))),
                    CommitmentStatus.TRACKED.get(random.nextInt(CommitmentStatus.TRACKED.size())), List.of()));
            counts.commitments++;
        }
    }

    private static String lowerFirst(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
