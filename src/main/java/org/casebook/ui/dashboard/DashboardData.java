package org.casebook.ui.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casebook.domain.Body;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.Item;
import org.casebook.domain.ItemTag;
import org.casebook.domain.Letter;
import org.casebook.domain.Meeting;
import org.casebook.domain.ResponseType;
import org.casebook.domain.Stance;
import org.casebook.domain.TagState;
import org.casebook.domain.Theme;
import org.casebook.ui.common.ItemQuery;
import org.casebook.ui.common.ItemQuery.Place;

/**
 * The four charts of the dashboard, counted from one snapshot. Pure, so every count (and where each bar leads) is
 * testable without JavaFX or a database. Only confirmed tags count, as on the items screen, so that a bar's number is
 * the number of items its click shows.
 */
public record DashboardData(Chart themesByMeeting, Chart stanceByBody, Chart responseTypes, Chart commitmentsByStatus) {

    /** How categories and series are worded; the view model passes its messages. */
    public interface Labels {
        String meeting(Meeting meeting);

        String noMeeting();

        String noBody();

        String stance(Stance stance);

        String status(CommitmentStatus status);

        /** The one series of a chart that counts items. */
        String items();

        /** The one series of the chart that counts commitments. */
        String commitments();
    }

    /** Where a bar leads: the items behind it, or the register filtered to one status. */
    public sealed interface Target {
        record Items(ItemQuery query) implements Target {
            public Items {
                Objects.requireNonNull(query, "query");
            }
        }

        record Commitments(CommitmentStatus status) implements Target {
            public Commitments {
                Objects.requireNonNull(status, "status");
            }
        }
    }

    /** One bar (or one segment of a stacked bar). */
    public record Bar(String category, String series, int count, Target target) {
        public Bar {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(series, "series");
            Objects.requireNonNull(target, "target");
        }
    }

    /** A chart's categories (along the axis) and series (stacked or single), in the order shown. */
    public record Chart(List<String> categories, List<String> series, List<Bar> bars) {
        public Chart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            bars = List.copyOf(bars);
        }

        public List<Bar> barsOf(String oneSeries) {
            return bars.stream().filter(b -> b.series().equals(oneSeries)).toList();
        }

        public boolean isEmpty() {
            return bars.stream().allMatch(b -> b.count() == 0);
        }
    }

    public static final DashboardData EMPTY = new DashboardData(empty(), empty(), empty(), empty());

    public DashboardData {
        Objects.requireNonNull(themesByMeeting, "themesByMeeting");
        Objects.requireNonNull(stanceByBody, "stanceByBody");
        Objects.requireNonNull(responseTypes, "responseTypes");
        Objects.requireNonNull(commitmentsByStatus, "commitmentsByStatus");
    }

    public List<Chart> charts() {
        return List.of(themesByMeeting, stanceByBody, responseTypes, commitmentsByStatus);
    }

    public static DashboardData of(CaseSnapshot snapshot, Labels labels) {
        Map<Long, Letter> letters = snapshot.letters().stream().collect(Collectors.toMap(Letter::id, Function.identity()));
        return new DashboardData(themesByMeeting(snapshot, letters, labels), stanceByBody(snapshot, letters, labels),
                responseTypes(snapshot, labels), commitments(snapshot, labels));
    }

    private static Chart themesByMeeting(CaseSnapshot snapshot, Map<Long, Letter> letters, Labels labels) {
        Map<Long, Optional<Long>> meetingOf = snapshot.items().stream()
                .collect(Collectors.toMap(Item::id, i -> letters.get(i.letterId()).meetingId()));
        List<ItemTag> tags = confirmed(snapshot.itemThemes()).stream()
                .filter(t -> meetingOf.containsKey(t.itemId())).toList();
        List<Theme> themes = snapshot.codebook().themes().stream()
                .filter(theme -> tags.stream().anyMatch(t -> t.codeId().equals(theme.id()))).toList();
        List<Meeting> meetings = snapshot.meetings().stream()
                .sorted(Comparator.comparing((Meeting m) -> m.date().map(Object::toString).orElse("9999")))
                .toList();
        // Each series: a meeting, then the letters that belong to no meeting.
        Map<String, Optional<Long>> series = new LinkedHashMap<>();
        Map<Long, String> bodyNames = snapshot.bodies().stream().collect(Collectors.toMap(Body::id, Body::name));
        // Two bodies' boards may meet on one day: their series must still be told apart.
        meetings.forEach(m -> series.put(series.containsKey(labels.meeting(m))
                ? labels.meeting(m) + " (" + bodyNames.getOrDefault(m.bodyId(), "") + ")" : labels.meeting(m),
                Optional.of(m.id())));
        series.put(labels.noMeeting(), Optional.empty());
        List<Bar> bars = new ArrayList<>();
        for (Theme theme : themes) {
            series.forEach((name, meetingId) -> {
                int count = (int) tags.stream().filter(t -> t.codeId().equals(theme.id())
                        && meetingOf.get(t.itemId()).equals(meetingId)).count();
                ItemQuery query = meetingId.map(id -> ItemQuery.ALL.in(Place.MEETING, id))
                        .orElse(ItemQuery.ALL.in(Place.NO_MEETING, 0)).withTheme(theme.id());
                if (count > 0) {
                    bars.add(new Bar(theme.name(), name, count, new Target.Items(query)));
                }
            });
        }
        return new Chart(themes.stream().map(Theme::name).toList(), usedSeries(series.keySet(), bars), bars);
    }

    private static Chart stanceByBody(CaseSnapshot snapshot, Map<Long, Letter> letters, Labels labels) {
        Map<String, ItemQuery> places = new LinkedHashMap<>();
        Map<ItemQuery, List<Item>> itemsOf = new LinkedHashMap<>();
        for (Body body : snapshot.bodies()) {
            ItemQuery place = ItemQuery.ALL.in(Place.BODY, body.id());
            places.put(body.name(), place);
            itemsOf.put(place, snapshot.items().stream()
                    .filter(i -> letters.get(i.letterId()).bodyId().filter(b -> b == body.id()).isPresent()).toList());
        }
        ItemQuery noBody = ItemQuery.ALL.in(Place.NO_BODY, 0);
        places.put(labels.noBody(), noBody);
        itemsOf.put(noBody, snapshot.items().stream().filter(i -> letters.get(i.letterId()).bodyId().isEmpty()).toList());
        places.values().removeIf(place -> itemsOf.get(place).isEmpty());
        List<Bar> bars = new ArrayList<>();
        Map<String, Stance> series = new LinkedHashMap<>();
        for (Stance stance : Stance.values()) {
            series.put(labels.stance(stance), stance);
        }
        places.forEach((name, place) -> series.forEach((label, stance) -> {
            int count = (int) itemsOf.get(place).stream().filter(i -> i.stance() == stance).count();
            if (count > 0) {
                bars.add(new Bar(name, label, count, new Target.Items(place.withStance(stance))));
            }
        }));
        return new Chart(List.copyOf(places.keySet()), usedSeries(series.keySet(), bars), bars);
    }

    private static Chart responseTypes(CaseSnapshot snapshot, Labels labels) {
        List<ItemTag> tags = confirmed(snapshot.itemResponseTypes());
        List<Bar> bars = new ArrayList<>();
        for (ResponseType type : snapshot.codebook().responseTypes()) {
            int count = (int) tags.stream().filter(t -> t.codeId().equals(type.id())).count();
            if (count > 0) {
                bars.add(new Bar(type.name(), labels.items(), count,
                        new Target.Items(ItemQuery.ALL.withResponseType(type.id()))));
            }
        }
        return new Chart(bars.stream().map(Bar::category).toList(), List.of(labels.items()), bars);
    }

    /** Every tracked status has its bar, even at nought: "nothing broken" is worth seeing. */
    private static Chart commitments(CaseSnapshot snapshot, Labels labels) {
        List<Bar> bars = new ArrayList<>();
        for (CommitmentStatus status : CommitmentStatus.TRACKED) {
            int count = (int) snapshot.commitments().stream().map(Commitment::status).filter(s -> s == status).count();
            bars.add(new Bar(labels.status(status), labels.commitments(), count, new Target.Commitments(status)));
        }
        return new Chart(bars.stream().map(Bar::category).toList(), List.of(labels.commitments()), bars);
    }

    private static List<ItemTag> confirmed(List<ItemTag> tags) {
        return tags.stream().filter(t -> t.state() == TagState.CONFIRMED).toList();
    }

    /** The series that have at least one bar, so the legend names nothing that is not drawn. */
    private static List<String> usedSeries(java.util.Collection<String> all, List<Bar> bars) {
        return all.stream().filter(s -> bars.stream().anyMatch(b -> b.series().equals(s))).toList();
    }

    private static Chart empty() {
        return new Chart(List.of(), List.of(), List.of());
    }
}
