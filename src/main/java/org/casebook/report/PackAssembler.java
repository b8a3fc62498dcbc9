package org.casebook.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.Codebook;
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.ConcernThread;
import org.casebook.domain.Item;
import org.casebook.domain.Letter;
import org.casebook.domain.Meeting;
import org.casebook.domain.Note;
import org.casebook.domain.ResponseType;
import org.casebook.domain.Stance;
import org.casebook.domain.TagState;
import org.casebook.domain.TextSpan;
import org.casebook.domain.Theme;
import org.casebook.domain.ThreadStep;
import org.casebook.report.PackModel.CommitmentRow;
import org.casebook.report.PackModel.Count;
import org.casebook.report.PackModel.History;
import org.casebook.report.PackModel.LetterText;
import org.casebook.report.PackModel.PackItem;
import org.casebook.report.PackModel.Paragraph;
import org.casebook.report.PackModel.Run;
import org.casebook.report.PackModel.Step;
import org.casebook.report.PackModel.Summary;
import org.casebook.report.PackModel.ThemeSection;
import org.casebook.report.model.PackScope;
import org.casebook.report.model.PackSection;

/**
 * Picks a pack's items from a case and arranges them: each item once, under the first of its confirmed themes in
 * codebook order (the others are named on it), items without a theme last; commitments overdue first; a history for
 * every thread that reaches into the pack; the letters the items came from in full; each FOI campaign's answers
 * ({@link CampaignSections}).
 */
public final class PackAssembler {

    private static final List<Stance> STANCE_ORDER =
            List.of(Stance.DISPUTE, Stance.PARTLY_AGREE, Stance.UNANSWERED, Stance.AGREE, Stance.UNDECIDED);
    private static final Comparator<Letter> LETTER_ORDER = Comparator
            .comparing((Letter l) -> l.date().orElse(LocalDate.MAX)).thenComparingLong(Letter::id);

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    private final PackText text;

    public PackAssembler(PackText text) {
        this.text = text;
    }

    public PackModel assemble(PackInput input, PackScope scope, PackOptions options) {
        CaseSnapshot snapshot = input.snapshot();
        Map<Long, Letter> letters = snapshot.letters().stream().collect(Collectors.toMap(Letter::id, Function.identity()));
        Set<String> chosen = withSubThemes(snapshot.codebook(), scope.themeIds());
        List<Item> items = itemsInScope(snapshot, scope, chosen, letters);
        Set<Long> itemIds = items.stream().map(Item::id).collect(Collectors.toSet());
        List<Letter> packLetters = items.stream().map(i -> letters.get(i.letterId())).distinct()
                .sorted(LETTER_ORDER).toList();

        List<ThemeSection> sections = themeSections(snapshot, items, letters, chosen, options.includeNotes());
        Map<Long, Item> allItems = snapshot.items().stream().collect(Collectors.toMap(Item::id, Function.identity()));
        List<CommitmentRow> commitments = commitments(snapshot, itemIds, packLetters, letters, allItems,
                input.today());
        return new PackModel(input.groupName(), options.title(), options.date(), input.today(),
                describe(snapshot, scope),
                summary(items, packLetters, sections, commitments),
                sections, commitments, histories(snapshot, input.steps(), itemIds, letters, allItems),
                packLetters.stream().map(l -> letterText(l, snapshot.items())).toList(),
                options.sections().contains(PackSection.CAMPAIGNS) ? CampaignSections.of(input.campaigns()) : List.of());
    }

    /** The items the scope holds; {@code themes} are the chosen themes with their sub-themes. */
    private static List<Item> itemsInScope(CaseSnapshot snapshot, PackScope scope, Set<String> themes,
                                           Map<Long, Letter> letters) {
        Set<Long> threaded = snapshot.threads().stream().filter(t -> scope.threadIds().contains(t.id()))
                .flatMap(t -> t.itemIds().stream()).collect(Collectors.toSet());
        Comparator<Item> order = Comparator.comparing((Item i) -> letters.get(i.letterId()), LETTER_ORDER)
                .thenComparingInt(Item::order);
        return snapshot.items().stream()
                .filter(i -> scope.meetingId().isEmpty() || letters.get(i.letterId()).meetingId().equals(scope.meetingId()))
                .filter(i -> scope.letterIds().isEmpty() || scope.letterIds().contains(i.letterId()))
                .filter(i -> scope.stances().isEmpty() || scope.stances().contains(i.stance()))
                .filter(i -> scope.threadIds().isEmpty() || threaded.contains(i.id()))
                .filter(i -> themes.isEmpty() || snapshot.tagIds(snapshot.itemThemes(), i.id(), TagState.CONFIRMED)
                        .stream().anyMatch(themes::contains))
                .sorted(order)
                .toList();
    }

    /** A chosen theme stands for its sub-themes too. */
    private static Set<String> withSubThemes(Codebook codebook, Set<String> chosen) {
        Set<String> result = new HashSet<>(chosen);
        chosen.forEach(id -> result.addAll(codebook.descendants(id)));
        return result;
    }

    /**
     * Files each item under its first confirmed theme in codebook order; in a pack chosen by theme, under the first of
     * the chosen themes it carries, so a pack about pay shows its items under pay.
     */
    private List<ThemeSection> themeSections(CaseSnapshot snapshot, List<Item> items, Map<Long, Letter> letters,
                                             Set<String> chosen, boolean notes) {
        List<Theme> themes = snapshot.codebook().themes();
        Map<String, List<PackItem>> byTheme = new LinkedHashMap<>();
        themes.forEach(t -> byTheme.put(t.id(), new ArrayList<>()));
        List<PackItem> other = new ArrayList<>();
        for (Item item : items) {
            List<String> ids = themeIds(snapshot, item, themes);
            PackItem packItem = packItem(snapshot, item, letters.get(item.letterId()), ids, notes);
            if (ids.isEmpty()) {
                other.add(packItem);
            } else {
                String home = ids.stream().filter(chosen::contains).findFirst().orElse(ids.get(0));
                byTheme.get(home).add(packItem);
            }
        }
        List<ThemeSection> sections = new ArrayList<>();
        for (Theme theme : themes) {
            List<PackItem> filed = byTheme.get(theme.id());
            if (!filed.isEmpty()) {
                sections.add(new ThemeSection("theme-" + (sections.size() + 1), theme.name(), theme.colour(), false,
                        filed));
            }
        }
        if (!other.isEmpty()) {
            sections.add(new ThemeSection("other-concerns", text.get("section.other"), PackColours.OTHER, true, other));
        }
        return sections;
    }

    /** The item's confirmed themes in codebook order. */
    private static List<String> themeIds(CaseSnapshot snapshot, Item item, List<Theme> themes) {
        List<String> tagged = snapshot.tagIds(snapshot.itemThemes(), item.id(), TagState.CONFIRMED);
        return themes.stream().map(Theme::id).filter(tagged::contains).toList();
    }

    private PackItem packItem(CaseSnapshot snapshot, Item item, Letter letter, List<String> themeIds, boolean notes) {
        List<String> themes = themeIds.stream()
                .map(id -> snapshot.codebook().theme(id).map(Theme::name).orElse(id)).toList();
        List<String> typeIds = snapshot.tagIds(snapshot.itemResponseTypes(), item.id(), TagState.CONFIRMED);
        List<String> types = snapshot.codebook().responseTypes().stream().filter(t -> typeIds.contains(t.id()))
                .map(ResponseType::name).toList();
        List<String> itemNotes = notes ? snapshot.notes().stream().filter(n -> n.itemId() == item.id())
                .sorted(Comparator.comparing(Note::created)).map(Note::text).toList() : List.of();
        List<String> commitments = snapshot.commitments().stream()
                .filter(c -> c.status().isTracked() && c.itemId().equals(Optional.of(item.id())))
                .map(Commitment::text).toList();
        return new PackItem(item.id(), item.path(), letterLabel(letter), item.concern(), item.response(), themes,
                types, item.stance(), item.stanceRationale(), itemNotes, commitments);
    }

    private String letterLabel(Letter letter) {
        return letter.date().map(d -> text.format("letter.dated", letter.title(), text.date(d))).orElse(letter.title());
    }

    private List<CommitmentRow> commitments(CaseSnapshot snapshot, Set<Long> itemIds, List<Letter> packLetters,
                                            Map<Long, Letter> letters, Map<Long, Item> items, LocalDate today) {
        Set<Long> letterIds = packLetters.stream().map(Letter::id).collect(Collectors.toSet());
        Comparator<CommitmentRow> order = Comparator.comparing((CommitmentRow r) -> !r.overdue())
                .thenComparing(r -> CommitmentStatus.TRACKED.indexOf(r.status()))
                .thenComparing(r -> r.due().orElse(LocalDate.MAX));
        return snapshot.commitments().stream()
                .filter(c -> c.status().isTracked())
                .filter(c -> c.itemId().map(itemIds::contains).orElse(letterIds.contains(c.letterId())))
                .map(c -> new CommitmentRow(c.text(), where(c, letters, items), c.owner(), c.due(), c.status(),
                        c.isOverdue(today)))
                .sorted(order)
                .toList();
    }

    private String where(Commitment c, Map<Long, Letter> letters, Map<Long, Item> items) {
        String letter = letterLabel(letters.get(c.letterId()));
        return switch (c.source()) {
            case ITEM -> text.format("commitment.where.item", items.get(c.itemId().orElseThrow()).path(), letter);
            case INTRO -> text.format("commitment.where.intro", letter);
            case CLOSING -> text.format("commitment.where.closing", letter);
        };
    }

    private List<History> histories(CaseSnapshot snapshot, Map<Long, List<ThreadStep>> steps, Set<Long> itemIds,
                                    Map<Long, Letter> letters, Map<Long, Item> items) {
        List<History> histories = new ArrayList<>();
        for (ConcernThread thread : snapshot.threads()) {
            List<ThreadStep> threadSteps = steps.getOrDefault(thread.id(), List.of());
            if (threadSteps.size() < 2 || threadSteps.stream().noneMatch(s -> itemIds.contains(s.itemId()))) {
                continue;
            }
            histories.add(new History("thread-" + thread.id(), thread.title(), threadSteps.stream().map(s -> {
                Item item = items.get(s.itemId());
                return new Step(letterLabel(letters.get(item.letterId())), item.path(), s.marker(), item.response(),
                        item.stance(), itemIds.contains(item.id()));
            }).toList()));
        }
        return histories;
    }

    private Summary summary(List<Item> items, List<Letter> letters, List<ThemeSection> sections,
                            List<CommitmentRow> commitments) {
        List<Count> stances = STANCE_ORDER.stream()
                .map(s -> new Count(text.stance(s), (int) items.stream().filter(i -> i.stance() == s).count(),
                        PackColours.stance(s)))
                .toList();
        List<Count> themes = sections.stream().map(s -> new Count(s.name(), s.items().size(), s.colour())).toList();
        List<Count> statuses = CommitmentStatus.TRACKED.stream()
                .map(s -> new Count(text.status(s), (int) commitments.stream().filter(c -> c.status() == s).count(),
                        PackColours.status(s)))
                .toList();
        long meetings = letters.stream().map(Letter::meetingId).flatMap(Optional::stream).distinct().count();
        return new Summary(items.size(), letters.size(), (int) meetings, stances, themes, statuses,
                (int) commitments.stream().filter(CommitmentRow::overdue).count());
    }

    /** Lines for the cover saying what the pack covers. */
    private List<String> describe(CaseSnapshot snapshot, PackScope scope) {
        List<String> lines = new ArrayList<>();
        scope.meetingId().ifPresent(id -> snapshot.meetings().stream().filter(m -> m.id() == id).findFirst()
                .ifPresent(m -> lines.add(text.format("scope.meeting", meetingLabel(snapshot, m)))));
        if (!scope.letterIds().isEmpty()) {
            lines.add(text.format("scope.letters", names(snapshot.letters().stream()
                    .filter(l -> scope.letterIds().contains(l.id())).map(Letter::title).toList())));
        }
        if (!scope.themeIds().isEmpty()) {
            lines.add(text.format("scope.themes", names(snapshot.codebook().themes().stream()
                    .filter(t -> scope.themeIds().contains(t.id())).map(Theme::name).toList())));
        }
        if (!scope.stances().isEmpty()) {
            lines.add(text.format("scope.stances", names(STANCE_ORDER.stream().filter(scope.stances()::contains)
                    .map(text::stance).toList())));
        }
        if (!scope.threadIds().isEmpty()) {
            lines.add(text.format("scope.threads", names(snapshot.threads().stream()
                    .filter(t -> scope.threadIds().contains(t.id())).map(ConcernThread::title).toList())));
        }
        if (lines.isEmpty()) {
            lines.add(text.get("scope.everything"));
        }
        return lines;
    }

    private String meetingLabel(CaseSnapshot snapshot, Meeting meeting) {
        String body = snapshot.bodies().stream().filter(b -> b.id() == meeting.bodyId()).findFirst()
                .map(b -> b.name() + ", ").orElse("");
        return body + meeting.name() + meeting.date().map(d -> " (" + text.date(d) + ")").orElse("");
    }

    private static String names(Collection<String> names) {
        return String.join(", ", names);
    }

    /**
     * The letter's text as paragraphs: blank lines part them, single line breaks are the page's wrapping. The words
     * inside the items' response spans are marked, so the appendix sets them in italics as the letter did.
     */
    private static LetterText letterText(Letter letter, List<Item> items) {
        String text = letter.fullText();
        List<TextSpan> responses = items.stream().filter(i -> i.letterId() == letter.id())
                .map(Item::responseSpan).flatMap(Optional::stream).filter(s -> s.end() <= text.length()).toList();
        List<Paragraph> paragraphs = new ArrayList<>();
        Matcher breaks = PARAGRAPH_BREAK.matcher(text);
        int start = 0;
        while (start <= text.length()) {
            int end = breaks.find(start) ? breaks.start() : text.length();
            paragraph(text, start, end, responses).ifPresent(paragraphs::add);
            start = end == text.length() ? text.length() + 1 : breaks.end();
        }
        return new LetterText("letter-" + letter.id(), letter.title(), letter.date(), letter.from(), letter.to(),
                paragraphs);
    }

    private static Optional<Paragraph> paragraph(String text, int from, int to, List<TextSpan> responses) {
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return Optional.empty();
        }
        List<Run> runs = new ArrayList<>();
        int runStart = start;
        boolean inResponse = inside(responses, start);
        for (int i = start + 1; i <= end; i++) {
            boolean here = i < end && inside(responses, i);
            if (i == end || here != inResponse) {
                runs.add(new Run(text.substring(runStart, i).replaceAll("\\s*\\n\\s*", " "), inResponse));
                runStart = i;
                inResponse = here;
            }
        }
        return Optional.of(new Paragraph(runs));
    }

    private static boolean inside(List<TextSpan> spans, int offset) {
        return spans.stream().anyMatch(s -> offset >= s.start() && offset < s.end());
    }
}
