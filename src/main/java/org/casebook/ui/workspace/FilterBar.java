package org.casebook.ui.workspace;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.casebook.domain.ResponseType;
import org.casebook.domain.Stance;
import org.casebook.domain.Theme;
import org.casebook.ui.common.Messages;

/** Ties the filter bar's controls to the view model's filter, both ways, so "Clear filters" empties them too. */
final class FilterBar {

    private FilterBar() {
    }

    static void bind(WorkspaceViewModel viewModel, ItemCells cells, TextField text, ComboBox<Optional<Theme>> themes,
                     ComboBox<Optional<Stance>> stances, ComboBox<Optional<ResponseType>> types, CheckBox commitments) {
        Messages messages = cells.messages();
        text.textProperty().addListener((obs, old, now) -> update(viewModel, f -> f.withText(now)));
        choices(themes, viewModel.themes(), Theme::name, messages.get("workspace.filter.theme"));
        themes.valueProperty().addListener((obs, old, now) ->
                update(viewModel, f -> f.withTheme(Optional.ofNullable(now).flatMap(t -> t.map(Theme::id)))));
        stances.getItems().setAll(Stream.concat(Stream.of(Optional.<Stance>empty()),
                Arrays.stream(Stance.values()).map(Optional::of)).toList());
        cellsFor(stances, s -> StanceText.label(messages, s), messages.get("workspace.filter.stance"));
        stances.valueProperty().addListener((obs, old, now) ->
                update(viewModel, f -> f.withStance(Optional.ofNullable(now).flatMap(s -> s))));
        choices(types, viewModel.responseTypes(), ResponseType::name, messages.get("workspace.filter.responseType"));
        types.valueProperty().addListener((obs, old, now) ->
                update(viewModel, f -> f.withResponseType(Optional.ofNullable(now).flatMap(t -> t.map(ResponseType::id)))));
        commitments.selectedProperty().addListener((obs, old, now) -> update(viewModel, f -> f.withCommitmentsOnly(now)));
        viewModel.filter().addListener((obs, old, filter) -> show(filter, text, themes, stances, types, commitments));
    }

    private static void update(WorkspaceViewModel viewModel, Function<ItemFilter, ItemFilter> change) {
        ItemFilter next = change.apply(viewModel.filter().get());
        if (!next.equals(viewModel.filter().get())) {
            viewModel.filter().set(next);
        }
    }

    /** Shows a filter set elsewhere (cleared, or loosened to reveal an item) in the controls. */
    private static void show(ItemFilter filter, TextField text, ComboBox<Optional<Theme>> themes,
                             ComboBox<Optional<Stance>> stances, ComboBox<Optional<ResponseType>> types,
                             CheckBox commitments) {
        if (!text.getText().equals(filter.text())) {
            text.setText(filter.text());
        }
        pick(themes, filter.themeId(), Theme::id);
        pick(stances, filter.stance().map(Stance::code), Stance::code);
        pick(types, filter.responseTypeId(), ResponseType::id);
        commitments.setSelected(filter.withCommitmentsOnly());
    }

    private static <T> void pick(ComboBox<Optional<T>> box, Optional<String> id, Function<T, String> idOf) {
        Optional<String> shown = Optional.ofNullable(box.getValue()).flatMap(v -> v.map(idOf));
        if (!shown.equals(id)) {
            box.setValue(box.getItems().stream().filter(v -> v.map(idOf).equals(id)).findFirst().orElse(null));
        }
    }

    private static <T> void choices(ComboBox<Optional<T>> box, ObservableList<T> source, Function<T, String> name,
                                    String any) {
        Runnable fill = () -> {
            Optional<T> kept = box.getValue();
            box.getItems().setAll(Stream.concat(Stream.of(Optional.<T>empty()), source.stream().map(Optional::of)).toList());
            if (kept != null && box.getItems().contains(kept)) {
                box.setValue(kept);
            }
        };
        source.addListener((ListChangeListener<T>) change -> fill.run());
        fill.run();
        cellsFor(box, name, any);
    }

    private static <T> void cellsFor(ComboBox<Optional<T>> box, Function<T, String> name, String any) {
        box.setCellFactory(list -> ItemCells.choiceCell(name, any));
        box.setButtonCell(ItemCells.choiceCell(name, any));
    }

}
