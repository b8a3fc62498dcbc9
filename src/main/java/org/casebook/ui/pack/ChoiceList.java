package org.casebook.ui.pack;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A list of choices, each with a tick. Nothing ticked means "any" (the pack's scope leaves that part open). When the
 * case is read again the ticks stay on the choices that are still there.
 */
public final class ChoiceList<T> {

    private final ObservableList<Choice<T>> choices = FXCollections.observableArrayList();
    private final Map<T, BooleanProperty> ticks = new HashMap<>();

    public ObservableList<Choice<T>> choices() {
        return FXCollections.unmodifiableObservableList(choices);
    }

    /** The tick of one choice, for a check box to follow and set. */
    public BooleanProperty ticked(T value) {
        return ticks.computeIfAbsent(value, v -> new SimpleBooleanProperty());
    }

    public void choose(T value, boolean on) {
        ticked(value).set(on);
    }

    void replace(List<Choice<T>> now) {
        Set<T> values = now.stream().map(Choice::value).collect(Collectors.toSet());
        ticks.forEach((value, tick) -> {
            if (!values.contains(value)) {
                tick.set(false);
            }
        });
        choices.setAll(now);
    }

    /** The values ticked among the choices there are now. */
    Set<T> chosen() {
        return choices.stream().map(Choice::value).filter(v -> ticks.containsKey(v) && ticks.get(v).get())
                .collect(Collectors.toUnmodifiableSet());
    }
}
