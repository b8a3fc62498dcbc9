package org.casebook.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Parent;
import org.casebook.service.Backend;
import org.casebook.ui.bodies.BodiesView;
import org.casebook.ui.bodies.BodiesViewModel;
import org.casebook.ui.campaigns.AnswersView;
import org.casebook.ui.campaigns.CampaignDialogs;
import org.casebook.ui.campaigns.CampaignsView;
import org.casebook.ui.campaigns.CampaignsViewModel;
import org.casebook.ui.campaigns.FxOutside;
import org.casebook.ui.campaigns.OverdueRequests;
import org.casebook.ui.codebook.CodebookView;
import org.casebook.ui.codebook.CodebookViewModel;
import org.casebook.ui.commitments.CommitmentDialogs;
import org.casebook.ui.commitments.CommitmentsView;
import org.casebook.ui.commitments.CommitmentsViewModel;
import org.casebook.ui.common.CaseEdits;
import org.casebook.ui.common.ControllerFactory;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.Navigation;
import org.casebook.ui.common.Navigation.Screen;
import org.casebook.ui.common.ViewLoader;
import org.casebook.ui.dashboard.DashboardView;
import org.casebook.ui.dashboard.DashboardViewModel;
import org.casebook.ui.pack.PackView;
import org.casebook.ui.pack.PackViewModel;
import org.casebook.ui.review.ReviewView;
import org.casebook.ui.review.ReviewViewModel;
import org.casebook.ui.common.LatestWins;
import org.casebook.ui.search.SearchDialogs;
import org.casebook.ui.search.SearchView;
import org.casebook.ui.search.SearchViewModel;
import org.casebook.ui.threads.ThreadsView;
import org.casebook.ui.threads.ThreadsViewModel;
import org.casebook.ui.timeline.TimelineView;
import org.casebook.ui.timeline.TimelineViewModel;
import org.casebook.ui.workspace.ItemCells;
import org.casebook.ui.workspace.ItemDetailView;
import org.casebook.ui.workspace.WorkspaceView;
import org.casebook.ui.workspace.WorkspaceViewModel;

/**
 * The screens of an open case, one table of which FXML each is drawn from and which view models its controllers get.
 * A screen is built the first time it is shown and kept for the life of the window; its view model reads the case
 * when made and follows every change after, so a screen built late shows the same as one built at the start.
 */
final class Screens {

    /** A screen's FXML, next to {@code owner}, and the controllers it and the files it includes need. */
    private record Entry(Class<?> owner, String fxml, Map<Class<?>, Supplier<?>> controllers) {
    }

    /** How long a search waits for the next keystroke before it runs. */
    private static final long SEARCH_PAUSE_MILLIS = 120;

    private final MainWindow.Dependencies deps;
    private final WorkspaceViewModel workspace;
    private final Map<Screen, Entry> table;
    private final Map<Screen, Parent> built = new EnumMap<>(Screen.class);

    Screens(MainWindow.Dependencies deps, CaseEdits edits, Navigation navigation, CommitmentDialogs forms,
            CampaignDialogs campaignForms, org.casebook.ui.campaigns.ResponseImporter responses,
            SearchDialogs searchForms) {
        this.deps = Objects.requireNonNull(deps, "deps");
        Backend backend = deps.backend();
        Messages messages = deps.messages();
        // The items screen's view model is made at once: the Item menu works on it, whichever screen is showing.
        this.workspace = new WorkspaceViewModel(edits, backend.annotations(), backend.codebook(), backend.suggestions(),
                navigation, forms, deps.dialogs(), messages);
        // Both controllers of the campaigns screen share one view model, made when the screen is first shown.
        Supplier<CampaignsViewModel> campaigns = once(() -> new CampaignsViewModel(new CampaignsViewModel.Dependencies(
                edits, backend.foi(), backend.bodies(), campaignForms, deps.dialogs(), new FxOutside(deps.browser()),
                deps.tasks(), navigation, messages, responses)));
        this.table = new EnumMap<>(Map.of(
                Screen.ITEMS, new Entry(WorkspaceView.class, "Workspace.fxml", Map.of(
                        WorkspaceView.class, () -> new WorkspaceView(workspace, new ItemCells(messages)),
                        ItemDetailView.class, () -> new ItemDetailView(workspace, messages))),
                Screen.COMMITMENTS, new Entry(CommitmentsView.class, "Commitments.fxml", Map.of(
                        CommitmentsView.class, () -> new CommitmentsView(new CommitmentsViewModel(edits,
                                backend.annotations(), backend.suggestions(), navigation, forms, deps.dialogs(), messages,
                                backend.clock())))),
                Screen.CODEBOOK, new Entry(CodebookView.class, "Codebook.fxml", Map.of(
                        CodebookView.class, () -> new CodebookView(new CodebookViewModel(edits, backend.codebook(),
                                deps.dialogs(), messages)))),
                Screen.DASHBOARD, new Entry(DashboardView.class, "Dashboard.fxml", Map.of(
                        DashboardView.class, () -> new DashboardView(new DashboardViewModel(edits, backend.annotations(),
                                navigation, messages), new OverdueRequests(edits, backend.foi().register(), navigation,
                                messages)))),
                Screen.BODIES, new Entry(BodiesView.class, "Bodies.fxml", Map.of(
                        BodiesView.class, () -> new BodiesView(new BodiesViewModel(edits, backend.bodies(), deps.dialogs(),
                                messages)))),
                Screen.THREADS, new Entry(ThreadsView.class, "Threads.fxml", Map.of(
                        ThreadsView.class, () -> new ThreadsView(new ThreadsViewModel(edits, backend.threads(),
                                backend.annotations(), navigation, deps.dialogs(), messages), messages),
                        TimelineView.class, () -> new TimelineView(new TimelineViewModel(edits, backend.annotations(),
                                navigation, messages), messages))),
                Screen.PACK, new Entry(PackView.class, "Pack.fxml", Map.of(
                        PackView.class, () -> new PackView(new PackViewModel(new PackViewModel.Dependencies(edits,
                                backend.packs(), backend.packSettings(), backend.bodies(), backend.codebook(),
                                backend.threads(), deps.tasks(), deps.dialogs(), messages,
                                PackViewModel.Dependencies.systemPrinter(backend.packs()), backend.settings())), messages))),
                Screen.CAMPAIGNS, new Entry(CampaignsView.class, "Campaigns.fxml", Map.of(
                        CampaignsView.class, () -> new CampaignsView(campaigns.get()),
                        AnswersView.class, () -> new AnswersView(campaigns.get().answers()))),
                // Searches run on a lane of their own, not the work thread: a keystroke never waits for an import.
                Screen.SEARCH, new Entry(SearchView.class, "Search.fxml", Map.of(
                        SearchView.class, () -> new SearchView(new SearchViewModel(new SearchViewModel.Dependencies(
                                edits, backend.search(), backend.codebook(), backend.bodies(), navigation, deps.tasks(),
                                LatestWins.onFxThread("casebook-search", SEARCH_PAUSE_MILLIS), searchForms, messages)),
                                navigation, messages)))));
    }

    private static <T> Supplier<T> once(Supplier<T> make) {
        Object[] made = new Object[1];
        return () -> {
            if (made[0] == null) {
                made[0] = make.get();
            }
            @SuppressWarnings("unchecked")
            T value = (T) made[0];
            return value;
        };
    }

    /** The items screen's view model, made with the window. */
    WorkspaceViewModel workspace() {
        return workspace;
    }

    /** The screen's content, built now if this is the first time it is asked for. */
    Parent get(Screen screen) {
        return built.computeIfAbsent(screen, this::build);
    }

    private Parent build(Screen screen) {
        Entry entry = Objects.requireNonNull(table.get(screen), () -> "No screen " + screen);
        return new ViewLoader(deps.messages(), new ControllerFactory(entry.controllers())).load(entry.owner(), entry.fxml());
    }

    /** Each review gets its own loader, so its controller is made around that review's view model. */
    Parent review(ReviewViewModel review) {
        return new ViewLoader(deps.messages(), new ControllerFactory(Map.of(ReviewView.class, () -> new ReviewView(review))))
                .load(ReviewView.class, "Review.fxml");
    }
}
