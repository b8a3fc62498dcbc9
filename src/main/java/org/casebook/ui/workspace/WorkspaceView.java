package org.casebook.ui.workspace;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.casebook.domain.ResponseType;
import org.casebook.domain.Stance;
import org.casebook.domain.Theme;
import org.casebook.ui.common.FontScaledColumns;
import org.casebook.ui.common.FontScaledColumns.Width;
import org.casebook.ui.workspace.ItemFilter.Scope;
import org.casebook.ui.workspace.WorkspaceViewModel.Focus;

/** Controller for {@code Workspace.fxml}: the letters tree, the filter bar and the items table. */
public final class WorkspaceView {

    private final WorkspaceViewModel viewModel;
    private final ItemCells cells;
    /** True while the table is being refilled, so its passing selection changes are not taken as the member's. */
    private boolean syncing;

    @FXML
    private TreeView<LetterNode> letterTree;
    @FXML
    private TextField filterText;
    @FXML
    private ComboBox<Optional<Theme>> themeFilter;
    @FXML
    private ComboBox<Optional<Stance>> stanceFilter;
    @FXML
    private ComboBox<Optional<ResponseType>> responseTypeFilter;
    @FXML
    private CheckBox commitmentsFilter;
    @FXML
    private Button clearFilters;
    @FXML
    private TableView<ItemRow> itemTable;
    @FXML
    private TableColumn<ItemRow, ItemRow> pathColumn;
    @FXML
    private TableColumn<ItemRow, ItemRow> concernColumn;
    @FXML
    private TableColumn<ItemRow, ItemRow> responseTypesColumn;
    @FXML
    private TableColumn<ItemRow, ItemRow> stanceColumn;
    @FXML
    private TableColumn<ItemRow, ItemRow> commitmentsColumn;
    @FXML
    private Label countLabel;

    public WorkspaceView(WorkspaceViewModel viewModel, ItemCells cells) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.cells = Objects.requireNonNull(cells, "cells");
    }

    @FXML
    private void initialize() {
        cells.columns(pathColumn, concernColumn, responseTypesColumn, stanceColumn, commitmentsColumn);
        FontScaledColumns.apply(countLabel.fontProperty(), List.of(Width.of(pathColumn, 3.1, 4.3),
                Width.of(concernColumn, 9.2, 32.3), Width.of(responseTypesColumn, 3.1, 10),
                Width.of(stanceColumn, 7.4, 9.2), Width.of(commitmentsColumn, 4.3, 6.2)));
        itemTable.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        itemTable.setItems(viewModel.shownRows());
        viewModel.shownRows().comparatorProperty().bind(itemTable.comparatorProperty());
        itemTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing) {
                viewModel.select(Optional.ofNullable(row).map(ItemRow::id));
            }
        });
        viewModel.shownRows().addListener((javafx.collections.ListChangeListener<ItemRow>) change -> showSelection());
        viewModel.selected().addListener((obs, old, id) -> showSelection());
        countLabel.textProperty().bind(viewModel.countLabel());
        FilterBar.bind(viewModel, cells, filterText, themeFilter, stanceFilter, responseTypeFilter, commitmentsFilter);
        clearFilters.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !viewModel.filter().get().narrowsBeyondScope(), viewModel.filter()));
        letterTree.setCellFactory(tree -> cells.letterCell());
        viewModel.tree().addListener((obs, old, tree) -> showTree(tree));
        showTree(viewModel.tree().get());
        letterTree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!syncing && item != null) {
                viewModel.filter().set(viewModel.filter().get().withScope(item.getValue().scope()));
            }
        });
        viewModel.onFocusRequest(this::focus);
        showSelection();
    }

    private void showSelection() {
        Optional<Long> wanted = viewModel.selected().get();
        ItemRow current = itemTable.getSelectionModel().getSelectedItem();
        if (wanted.equals(Optional.ofNullable(current).map(ItemRow::id))) {
            return;
        }
        syncing = true;
        try {
            int index = wanted.map(id -> indexOf(id)).orElse(-1);
            if (index < 0) {
                itemTable.getSelectionModel().clearSelection();
            } else {
                itemTable.getSelectionModel().clearAndSelect(index);
                itemTable.getFocusModel().focus(index);
                itemTable.scrollTo(Math.max(0, index - 3));
            }
        } finally {
            syncing = false;
        }
    }

    private int indexOf(long id) {
        for (int i = 0; i < itemTable.getItems().size(); i++) {
            if (itemTable.getItems().get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    /** Rebuilds the tree, keeping the place the member chose and which branches were open. */
    private void showTree(LetterNode tree) {
        Scope scope = viewModel.filter().get().scope();
        syncing = true;
        try {
            TreeItem<LetterNode> root = build(tree);
            letterTree.setRoot(root);
            select(root, scope);
        } finally {
            syncing = false;
        }
    }

    private static TreeItem<LetterNode> build(LetterNode node) {
        TreeItem<LetterNode> item = new TreeItem<>(node);
        item.setExpanded(true);
        node.children().forEach(child -> item.getChildren().add(build(child)));
        return item;
    }

    private boolean select(TreeItem<LetterNode> item, Scope scope) {
        if (item.getValue().scope().equals(scope)) {
            letterTree.getSelectionModel().select(item);
            return true;
        }
        return item.getChildren().stream().anyMatch(child -> select(child, scope));
    }

    private void focus(Focus where) {
        switch (where) {
            case TABLE -> Platform.runLater(itemTable::requestFocus);
            case FILTER -> {
                filterText.requestFocus();
                filterText.selectAll();
            }
            default -> {
                // The detail pane's own fields; ItemDetailView listens for those.
            }
        }
    }

    @FXML
    private void clearFilters() {
        viewModel.clearFilters();
    }
}
