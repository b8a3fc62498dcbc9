package org.casebook.ui.codebook;

import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.casebook.ui.codebook.ResponseTypeEditor.TypeRow;
import org.casebook.ui.codebook.ThemeEditor.ThemeNode;

/**
 * Keeps the theme tree and the response-type list on what the view model has selected (by id, so the selection
 * survives every reload), and tells the view model what the member picks.
 */
final class CodeSelection {

    private final TreeView<ThemeNode> tree;
    private final ListView<TypeRow> list;
    private final ThemeTreeItems themeItems = new ThemeTreeItems();
    /** True while a control follows the view model, so that the change is not sent back. */
    private boolean syncing;

    CodeSelection(TreeView<ThemeNode> tree, ListView<TypeRow> list) {
        this.tree = tree;
        this.list = list;
    }

    void bindThemes(ThemeEditor themes) {
        tree.setRoot(themeItems.root());
        showTree(themes);
        themes.tree().addListener((obs, old, now) -> showTree(themes));
        themes.selected().addListener((obs, old, id) -> selectTheme(id));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!syncing) {
                themes.select(Optional.ofNullable(item).map(i -> i.getValue().theme().id()));
            }
        });
    }

    void bindTypes(ResponseTypeEditor types) {
        list.setItems(types.rows());
        types.selected().addListener((obs, old, id) -> selectType(id));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing) {
                types.select(Optional.ofNullable(row).map(r -> r.type().id()));
            }
        });
        // The rows are new records after each reload; the selection follows the view model's id, not the old row.
        types.rows().addListener((ListChangeListener<TypeRow>) change -> selectType(types.selected().get()));
    }

    private void showTree(ThemeEditor themes) {
        syncing = true;
        try {
            if (themeItems.show(themes.tree().get())) {
                selectTheme(themes.selected().get());
            }
        } finally {
            syncing = false;
        }
    }

    private void selectTheme(Optional<String> id) {
        boolean was = syncing;
        syncing = true;
        try {
            Optional<TreeItem<ThemeNode>> item = id.flatMap(themeItems::item);
            if (item.isPresent() && item.get() == tree.getSelectionModel().getSelectedItem()) {
                // Already there (the member picked it): scrolling would only move the row from under the pointer.
                return;
            }
            item.ifPresentOrElse(i -> {
                for (TreeItem<ThemeNode> up = i.getParent(); up != null; up = up.getParent()) {
                    up.setExpanded(true);
                }
                tree.getSelectionModel().select(i);
                tree.scrollTo(tree.getRow(i));
            }, tree.getSelectionModel()::clearSelection);
        } finally {
            syncing = was;
        }
    }

    private void selectType(Optional<String> id) {
        boolean was = syncing;
        syncing = true;
        try {
            Optional<TypeRow> row = id.flatMap(i -> list.getItems().stream().filter(r -> r.type().id().equals(i)).findFirst());
            if (row.isPresent() && row.get().equals(list.getSelectionModel().getSelectedItem())) {
                return;
            }
            row.ifPresentOrElse(r -> {
                list.getSelectionModel().select(r);
                list.scrollTo(r);
            }, list.getSelectionModel()::clearSelection);
        } finally {
            syncing = was;
        }
    }
}
