package org.casebook.ui.search;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.Navigation;
import org.casebook.ui.search.SearchViewModel.State;

/**
 * Controller for {@code Search.fxml}: the query field, the filter chips and menu, and the results tree. Keyboard all
 * the way: Down goes from the field to the first result, Enter opens one, Escape goes back to the field. The filter
 * chips, their menu and the spelling suggestions are {@link FilterControls}.
 */
public final class SearchView {

    private final SearchViewModel viewModel;
    private final Navigation navigation;
    private final Messages messages;

    @FXML
    private VBox searchRoot;
    @FXML
    private Label searchLabel;
    @FXML
    private TextField searchField;
    @FXML
    private MenuButton addFilterButton;
    @FXML
    private Label problemLabel;
    @FXML
    private FlowPane chipPane;
    @FXML
    private Label summaryLabel;
    @FXML
    private FlowPane suggestionPane;
    @FXML
    private TreeView<Object> resultTree;
    @FXML
    private VBox tipsPane;
    @FXML
    private VBox statePane;
    @FXML
    private Label stateLabel;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Button stopButton;
    @FXML
    private Button prepareButton;

    public SearchView(SearchViewModel viewModel, Navigation navigation, Messages messages) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.navigation = Objects.requireNonNull(navigation, "navigation");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @FXML
    private void initialize() {
        searchLabel.setLabelFor(searchField);
        searchField.textProperty().bindBidirectional(viewModel.queryProperty());
        searchField.addEventFilter(KeyEvent.KEY_PRESSED, this::fieldKeys);
        summaryLabel.textProperty().bind(viewModel.summary());
        viewModel.problem().addListener((obs, old, now) -> showProblem(now));
        showProblem(viewModel.problem().get());
        new FilterControls(viewModel, messages, searchField).attach(chipPane, addFilterButton, suggestionPane);
        setUpResults();
        setUpState();
        navigation.onShowSearch(goOnTyping -> {
            searchField.requestFocus();
            if (goOnTyping) {
                searchField.end();
            } else {
                searchField.selectAll();
            }
        });
    }

    private void showProblem(Optional<SearchViewModel.Problem> problem) {
        problemLabel.setText(problem.map(SearchViewModel.Problem::message).orElse(""));
        problemLabel.setVisible(problem.isPresent());
        problemLabel.setManaged(problem.isPresent());
        // The caret goes where the problem is, so the member can mend it there; only while they are in the field.
        problem.filter(p -> searchField.isFocused())
                .ifPresent(p -> searchField.positionCaret(Math.min(p.position(), searchField.getLength())));
    }

    private void setUpResults() {
        ResultCells cells = new ResultCells(messages, resultTree.widthProperty());
        resultTree.setCellFactory(tree -> cells.cell());
        resultTree.setRoot(new TreeItem<>());
        viewModel.groups().addListener((ListChangeListener<ResultGroup>) change -> showResults());
        showResults();
        resultTree.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                searchField.requestFocus();
                event.consume();
            }
        });
        resultTree.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                openSelected();
            }
        });
    }

    private void showResults() {
        TreeItem<Object> root = resultTree.getRoot();
        root.getChildren().setAll(viewModel.groups().stream().map(group -> {
            TreeItem<Object> letter = new TreeItem<>(group);
            letter.setExpanded(true);
            group.rows().forEach(row -> letter.getChildren().add(new TreeItem<>(row)));
            return letter;
        }).toList());
        resultTree.getSelectionModel().clearSelection();
        resultTree.scrollTo(0);
    }

    private void openSelected() {
        TreeItem<Object> selected = resultTree.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        // A letter opens at its best hit: the first one under it.
        Object value = selected.getValue() instanceof ResultGroup && !selected.getChildren().isEmpty()
                ? selected.getChildren().get(0).getValue() : selected.getValue();
        if (value instanceof ResultRow row) {
            viewModel.open(row);
        }
    }

    private void fieldKeys(KeyEvent event) {
        if (event.getCode() == KeyCode.DOWN && !resultTree.getRoot().getChildren().isEmpty()) {
            resultTree.requestFocus();
            // The first hit, under the first letter.
            resultTree.getSelectionModel().select(1);
            resultTree.getFocusModel().focus(1);
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER && !resultTree.getRoot().getChildren().isEmpty()) {
            if (resultTree.getSelectionModel().isEmpty()) {
                resultTree.getSelectionModel().select(1);
            }
            openSelected();
            event.consume();
        }
    }

    private void setUpState() {
        var notReady = Bindings.createBooleanBinding(() -> viewModel.state().get() != State.READY, viewModel.state());
        statePane.visibleProperty().bind(notReady);
        statePane.managedProperty().bind(notReady);
        // Over an empty list, how to write a search: at the start, and when nothing was found.
        var tips = notReady.not().and(Bindings.isEmpty(viewModel.groups()));
        tipsPane.visibleProperty().bind(tips);
        resultTree.visibleProperty().bind(notReady.not().and(tips.not()));
        stateLabel.textProperty().bind(viewModel.stateMessage());
        var preparing = Bindings.createBooleanBinding(() -> viewModel.state().get() == State.PREPARING, viewModel.state());
        progressBar.visibleProperty().bind(preparing);
        progressBar.managedProperty().bind(preparing);
        stopButton.visibleProperty().bind(preparing.and(Bindings.createBooleanBinding(
                () -> viewModel.preparation().get().isPresent(), viewModel.preparation())));
        stopButton.managedProperty().bind(stopButton.visibleProperty());
        var again = Bindings.createBooleanBinding(() -> viewModel.state().get() == State.NOT_READY, viewModel.state());
        prepareButton.visibleProperty().bind(again);
        prepareButton.managedProperty().bind(again);
        searchField.disableProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.state().get() == State.NO_CASE, viewModel.state()));
        addFilterButton.disableProperty().bind(notReady);
        viewModel.preparation().addListener((obs, old, worker) -> {
            progressBar.progressProperty().unbind();
            worker.ifPresentOrElse(w -> progressBar.progressProperty().bind(w.progressProperty()),
                    () -> progressBar.setProgress(ProgressBar.INDETERMINATE_PROGRESS));
        });
    }

    @FXML
    private void stop() {
        viewModel.cancelPreparation();
    }

    @FXML
    private void prepare() {
        viewModel.prepare();
    }
}
