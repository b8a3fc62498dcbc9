package org.casebook.ui.dashboard;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.Meeting;
import org.casebook.domain.Stance;
import org.casebook.service.AnnotationService;
import org.casebook.ui.commitments.CommitmentText;
import org.casebook.ui.common.CaseEdits;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.Navigation;
import org.casebook.ui.dashboard.DashboardData.Bar;
import org.casebook.ui.dashboard.DashboardData.Chart;
import org.casebook.ui.dashboard.DashboardData.Target;
import org.casebook.ui.workspace.StanceText;

/**
 * The dashboard of the open case: four charts counted afresh after every change, each bar leading to what it counts.
 * The same counts are offered as one table, for keyboards and screen readers.
 */
public final class DashboardViewModel {

    /** One line of the table form: which chart, which bar, how many. */
    public record Row(String chart, String category, String series, int count, Bar bar) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final CaseEdits edits;
    private final AnnotationService annotations;
    private final Navigation navigation;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<DashboardData> data = new ReadOnlyObjectWrapper<>(DashboardData.EMPTY);
    private final ReadOnlyBooleanWrapper hasItems = new ReadOnlyBooleanWrapper();
    private final BooleanProperty showTable = new SimpleBooleanProperty();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public DashboardViewModel(CaseEdits edits, AnnotationService annotations, Navigation navigation, Messages messages) {
        this.edits = Objects.requireNonNull(edits, "edits");
        this.annotations = Objects.requireNonNull(annotations, "annotations");
        this.navigation = Objects.requireNonNull(navigation, "navigation");
        this.messages = Objects.requireNonNull(messages, "messages");
        edits.version().addListener((obs, old, now) -> reload());
        reload();
    }

    /** Counts the case again. */
    public void reload() {
        var snapshot = edits.handle().map(annotations::snapshot);
        hasItems.set(snapshot.map(s -> !s.items().isEmpty()).orElse(false));
        DashboardData now = snapshot.map(s -> DashboardData.of(s, labels())).orElse(DashboardData.EMPTY);
        data.set(now);
        List<String> titles = titles();
        rows.setAll(java.util.stream.IntStream.range(0, titles.size()).boxed()
                .flatMap(i -> now.charts().get(i).bars().stream()
                        .map(bar -> new Row(titles.get(i), bar.category(), bar.series(), bar.count(), bar)))
                .toList());
    }

    public ReadOnlyObjectProperty<DashboardData> data() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasItems() {
        return hasItems.getReadOnlyProperty();
    }

    /** Whether the counts are shown as a table instead of charts. */
    public BooleanProperty showTable() {
        return showTable;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The charts' titles, in the order of {@link DashboardData#charts()}. */
    public List<String> titles() {
        return List.of(messages.get("dashboard.chart.themes"), messages.get("dashboard.chart.stance"),
                messages.get("dashboard.chart.responseTypes"), messages.get("dashboard.chart.commitments"));
    }

    /** Goes where a bar leads: the items screen narrowed to its items, or the register at its status. */
    public void open(Bar bar) {
        if (bar.target() instanceof Target.Items items) {
            navigation.showItems(items.query());
        } else if (bar.target() instanceof Target.Commitments commitments) {
            navigation.showCommitments(commitments.status());
        }
    }

    /** What a screen reader says for a whole chart: its title and every bar with its count. */
    public String describe(String title, Chart chart) {
        if (chart.isEmpty()) {
            return messages.format("dashboard.summary.empty", title);
        }
        return title + ": " + chart.bars().stream().map(bar -> describe(chart, bar)).collect(Collectors.joining("; "));
    }

    /** What one bar of a chart says in its tooltip and to a screen reader. */
    public String describe(Chart chart, Bar bar) {
        return chart.series().size() == 1 ? messages.format("dashboard.bar.single", bar.category(), bar.count())
                : messages.format("dashboard.bar", bar.category(), bar.series(), bar.count());
    }

    private DashboardData.Labels labels() {
        CommitmentText words = new CommitmentText(messages);
        return new DashboardData.Labels() {
            @Override
            public String meeting(Meeting meeting) {
                return meeting.date().map(d -> messages.format("dashboard.meeting", meeting.name(), DAY.format(d)))
                        .orElse(meeting.name());
            }

            @Override
            public String noMeeting() {
                return messages.get("dashboard.noMeeting");
            }

            @Override
            public String noBody() {
                return messages.get("dashboard.noBody");
            }

            @Override
            public String stance(Stance stance) {
                return StanceText.label(messages, stance);
            }

            @Override
            public String status(CommitmentStatus status) {
                return words.status(status);
            }

            @Override
            public String items() {
                return messages.get("dashboard.series.items");
            }

            @Override
            public String commitments() {
                return messages.get("dashboard.series.commitments");
            }
        };
    }
}
