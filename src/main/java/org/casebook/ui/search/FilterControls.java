package org.casebook.ui.search;

import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import org.casebook.ui.common.Messages;

/**
 * The Search screen's filters and suggestions: a chip per chosen filter value (a button: Enter, Space, Delete or a
 * click removes it, and the keyboard stays among the chips), the Add-a-filter menu, and the nearest spellings as
 * links when nothing was found.
 */
final class FilterControls {

    private final SearchViewModel viewModel;
    private final Messages messages;
    private final TextField searchField;
    private FlowPane chipPane;
    private MenuButton addFilterButton;
    private FlowPane suggestionPane;
    /** True when the filter menu's choices changed while it was open. */
    private boolean choicesChanged;

    FilterControls(SearchViewModel viewModel, Messages messages, TextField searchField) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.searchField = Objects.requireNonNull(searchField, "searchField");
    }

    /** Fills and follows the chips, the Add-a-filter menu and the suggestions. */
    void attach(FlowPane chips, MenuButton menu, FlowPane suggestions) {
        this.chipPane = chips;
        this.addFilterButton = menu;
        this.suggestionPane = suggestions;
        viewModel.chips().addListener((ListChangeListener<FilterChip>) change -> showChips());
        viewModel.choices().addListener((ListChangeListener<FilterChoice>) change -> {
            // Rebuilt once the menu has closed: changing a menu while it closes leaves it open.
            if (addFilterButton.isShowing()) {
                choicesChanged = true;
            } else {
                showChoices();
            }
        });
        addFilterButton.setOnHidden(event -> {
            if (choicesChanged) {
                choicesChanged = false;
                showChoices();
            }
        });
        showChips();
        showChoices();
        viewModel.suggestions().addListener((ListChangeListener<String>) change -> showSuggestions());
        showSuggestions();
    }

    private void showChips() {
        chipPane.getChildren().setAll(viewModel.chips().stream().map(this::chip).toList());
        if (!viewModel.chips().isEmpty()) {
            Hyperlink clear = new Hyperlink(messages.get("search.filter.clear"));
            clear.setId("clearSearchFilters");
            clear.setOnAction(event -> viewModel.clearFilters());
            chipPane.getChildren().add(clear);
        }
        boolean any = !viewModel.chips().isEmpty();
        chipPane.setVisible(any);
        chipPane.setManaged(any);
    }

    /** A chip is a button: Enter, Space or a click removes the filter, and the keyboard stays in the chips. */
    private Button chip(FilterChip chip) {
        Button button = new Button(chip.label() + "  ✕");
        button.getStyleClass().add("cb-search-chip");
        button.setAccessibleText(chip.spoken());
        button.setOnAction(event -> {
            int index = chipPane.getChildren().indexOf(button);
            viewModel.useFilters(chip.without());
            focusChipNear(index);
        });
        button.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
                button.fire();
                event.consume();
            }
        });
        return button;
    }

    private void focusChipNear(int index) {
        if (chipPane.getChildren().isEmpty()) {
            searchField.requestFocus();
        } else {
            chipPane.getChildren().get(Math.min(index, chipPane.getChildren().size() - 1)).requestFocus();
        }
    }

    private void showChoices() {
        addFilterButton.getItems().clear();
        for (FilterChoice choice : viewModel.choices()) {
            Menu section = new Menu(choice.title());
            section.setDisable(choice.entries().isEmpty());
            for (FilterChoice.Entry entry : choice.entries()) {
                MenuItem item = new MenuItem("    ".repeat(entry.depth()) + entry.label());
                item.setOnAction(event -> viewModel.useFilters(entry.with()));
                section.getItems().add(item);
            }
            addFilterButton.getItems().add(section);
        }
        MenuItem dates = new MenuItem(messages.get("search.filter.dates"));
        dates.setId("searchDatesItem");
        dates.setOnAction(event -> viewModel.chooseDates());
        addFilterButton.getItems().addAll(new SeparatorMenuItem(), dates);
    }

    private void showSuggestions() {
        suggestionPane.getChildren().retainAll(suggestionPane.getChildren().get(0));
        viewModel.suggestions().forEach(suggestion -> {
            Hyperlink link = new Hyperlink(suggestion);
            link.getStyleClass().add("cb-search-suggestion");
            link.setAccessibleText(messages.format("search.suggest.spoken", suggestion));
            link.setOnAction(event -> {
                viewModel.useSuggestion(suggestion);
                searchField.requestFocus();
                searchField.end();
            });
            suggestionPane.getChildren().add(link);
        });
        boolean any = !viewModel.suggestions().isEmpty();
        suggestionPane.setVisible(any);
        suggestionPane.setManaged(any);
    }
}
