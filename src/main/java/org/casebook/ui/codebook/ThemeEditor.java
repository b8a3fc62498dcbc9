package org.casebook.ui.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.casebook.domain.CodebookEdits;
import org.casebook.domain.CodebookState;
import org.casebook.domain.Theme;
import org.casebook.ui.common.DialogService;
import org.casebook.ui.common.Messages;

/**
 * The themes half of the codebook editor: the tree, the selected theme's form and the commands on it. Each field is
 * stored when the member commits it, as one undoable edit named after what changed.
 */
public final class ThemeEditor {

    /** A theme in the tree with the number of items tagged with it. */
    public record ThemeNode(Theme theme, long tagged, List<ThemeNode> children) {
        public ThemeNode {
            children = List.copyOf(children);
        }
    }

    /** A place a theme can go: under {@code id}, or at the top level when empty. */
    public record ParentChoice(Optional<String> id, String label) {
    }

    /**
     * Colours a new theme can take: the first that no theme has yet, so a fresh theme stands apart from the rest without
     * a visit to the picker (the default codebook uses none of them).
     */
    private static final List<String> NEW_COLOURS = List.of("#5d6d7e", "#a93226", "#1f618d", "#7d6608", "#6c3483",
            "#0e6655", "#935116");

    private final CodebookChanges changes;
    private final Messages messages;
    private final DialogService dialogs;
    private final DeleteQuestion deleteQuestion;
    private final ReadOnlyObjectWrapper<List<ThemeNode>> tree = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Optional<String>> selected = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty colour = new SimpleStringProperty("#000000");
    private final StringProperty phrases = new SimpleStringProperty("");
    private final ObjectProperty<ParentChoice> parent = new SimpleObjectProperty<>();
    private final ObservableList<ParentChoice> parentChoices = FXCollections.observableArrayList();
    /** True while the form is filled from the stored theme, so the controls echoing it back commit nothing. */
    private boolean loading;
    /**
     * True while a reload is shown: lists and trees echo it as selection changes, which must not commit the form, still
     * holding what was there before the reload (after an undo, committing it would quietly redo the change).
     */
    private boolean reloading;

    ThemeEditor(CodebookChanges changes, DialogService dialogs, Messages messages) {
        this.changes = Objects.requireNonNull(changes, "changes");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.deleteQuestion = new DeleteQuestion(dialogs, messages);
    }

    /** Shows the state just read: the tree, and the selected theme again if it is still there. */
    void reload() {
        reloading = true;
        try {
            CodebookState state = changes.state();
            tree.set(nodes(state, Optional.empty()));
            if (selected.get().flatMap(state.codebook()::theme).isEmpty()) {
                selected.set(Optional.empty());
            }
            loadForm();
        } finally {
            reloading = false;
        }
    }

    /** Selects the theme with this id (nothing when empty or unknown), storing what was typed for the one before. */
    public void select(Optional<String> id) {
        Optional<String> known = id.filter(i -> changes.state().codebook().theme(i).isPresent());
        if (reloading || known.equals(selected.get())) {
            return;
        }
        commitAll();
        selected.set(known);
        loadForm();
    }

    public void commitName() {
        current().filter(t -> !loading && !name.get().strip().equals(t.name())).ifPresent(t -> update(
                messages.format("codebook.edit.rename", t.name(), name.get().strip()),
                new Theme(t.id(), name.get(), t.description(), t.colour(), t.parentId())));
    }

    public void commitDescription() {
        current().filter(t -> !loading && !description.get().strip().equals(t.description())).ifPresent(t -> update(
                messages.format("codebook.edit.describe", t.name()),
                new Theme(t.id(), t.name(), description.get(), t.colour(), t.parentId())));
    }

    public void commitColour() {
        current().filter(t -> !loading && !colour.get().equalsIgnoreCase(t.colour())).ifPresent(t -> update(
                messages.format("codebook.edit.colour", t.name()),
                new Theme(t.id(), t.name(), t.description(), colour.get().toLowerCase(Locale.ROOT), t.parentId())));
    }

    public void commitParent() {
        Optional<ParentChoice> choice = Optional.ofNullable(parent.get());
        current().filter(t -> !loading && choice.isPresent() && !choice.get().id().equals(t.parentId()))
                .ifPresent(t -> update(choice.get().id().isEmpty()
                                ? messages.format("codebook.edit.moveTop", t.name())
                                : messages.format("codebook.edit.move", t.name(), nameOf(choice.get().id().get())),
                        new Theme(t.id(), t.name(), t.description(), t.colour(), choice.get().id())));
    }

    /**
     * Stores the phrases as typed, one a line, as one edit; when only blank lines, spaces or repeats differ from what is
     * stored, nothing is stored and the field shows the stored phrases again.
     */
    public void commitPhrases() {
        current().filter(t -> !loading).ifPresent(t -> {
            List<String> stored = changes.state().phrases().ofTheme(t.id());
            // Read now, not inside the edit: a redo must store what was typed then, not what the field holds later.
            List<String> typed = PhraseLines.lines(phrases.get());
            if (PhraseLines.differ(phrases.get(), stored)) {
                changes.apply(messages.format("codebook.edit.phrases", t.name()),
                        s -> CodebookEdits.setThemePhrases(s, t.id(), typed));
            } else {
                phrases.set(PhraseLines.text(stored));
            }
        });
    }

    /** Adds a top-level theme and selects it; true when it was added. */
    public boolean addTheme() {
        return add(Optional.empty());
    }

    /** Adds a theme under the selected one and selects it; true when it was added. */
    public boolean addSubTheme() {
        return current().map(t -> add(Optional.of(t.id()))).orElse(false);
    }

    /** Merges the selected theme into one the member picks; its items keep their tags under that theme. */
    public void merge() {
        commitAll();
        current().ifPresent(from -> dialogs.chooseFromList(messages.format("codebook.merge.title", from.name()),
                messages.format("codebook.theme.merge.message", from.name()), others(from), this::pathOf)
                .ifPresent(into -> {
                    if (changes.apply(messages.format("codebook.edit.merge", from.name(), into.name()),
                            s -> CodebookEdits.mergeThemes(s, from.id(), into.id()))) {
                        select(Optional.of(into.id()));
                    }
                }));
    }

    /** Deletes the selected theme, asking first what becomes of the items tagged with it. */
    public void delete() {
        commitAll();
        current().ifPresent(theme -> {
            CodebookState state = changes.state();
            long children = state.codebook().themes().stream()
                    .filter(t -> t.parentId().equals(Optional.of(theme.id()))).count();
            String consequence = children == 0 ? "" : " " + messages.format("codebook.theme.delete.children", children);
            DeleteQuestion.Wording wording = new DeleteQuestion.Wording(theme.name(),
                    messages.get("codebook.theme.delete.move"),
                    messages.format("codebook.theme.moveTo.message", theme.name()), consequence);
            deleteQuestion.ask(wording, state.itemsTaggedWithTheme(theme.id()), others(theme), this::pathOf)
                    .ifPresent(answer -> {
                        Optional<String> target = answer.moveTo().map(Theme::id);
                        String description = answer.moveTo()
                                .map(t -> messages.format("codebook.edit.deleteMoving", theme.name(), t.name()))
                                .orElseGet(() -> messages.format("codebook.edit.delete", theme.name()));
                        if (changes.apply(description, s -> CodebookEdits.deleteTheme(s, theme.id(), target))) {
                            select(target.or(theme::parentId));
                        }
                    });
        });
    }

    /** The theme's place in the tree, e.g. "Pay disparity › Bands", as choices and dialogs show it. */
    public String pathOf(Theme theme) {
        List<String> names = new ArrayList<>();
        Optional<Theme> at = Optional.of(theme);
        // The domain keeps the tree free of cycles; the bound only guards against a damaged file.
        for (int depth = 0; at.isPresent() && depth < 64; depth++) {
            names.add(0, at.get().name());
            at = at.get().parentId().flatMap(changes.state().codebook()::theme);
        }
        return String.join(" › ", names);
    }

    private boolean add(Optional<String> parentId) {
        commitAll();
        String newName = CodebookChanges.freeName(messages.get("codebook.theme.new"),
                changes.state().codebook().themes().stream().map(Theme::name).toList());
        List<Theme> all = changes.state().codebook().themes();
        String newColour = NEW_COLOURS.stream()
                .filter(c -> all.stream().noneMatch(t -> t.colour().equalsIgnoreCase(c))).findFirst()
                .orElse(NEW_COLOURS.get(all.size() % NEW_COLOURS.size()));
        Optional<Theme> added = changes.add(messages.format("codebook.edit.add", newName),
                s -> CodebookEdits.addTheme(s, newName, "", newColour, parentId));
        added.ifPresent(t -> select(Optional.of(t.id())));
        return added.isPresent();
    }

    private List<Theme> others(Theme theme) {
        return ordered().stream().filter(t -> !t.id().equals(theme.id())).toList();
    }

    /** Every theme in tree order: each followed by its sub-themes. */
    private List<Theme> ordered() {
        List<Theme> out = new ArrayList<>();
        flatten(tree.get(), out);
        return out;
    }

    private static void flatten(List<ThemeNode> nodes, List<Theme> out) {
        nodes.forEach(node -> {
            out.add(node.theme());
            flatten(node.children(), out);
        });
    }

    private String nameOf(String themeId) {
        return changes.state().codebook().theme(themeId).map(Theme::name).orElse(themeId);
    }

    private void update(String description, Theme changed) {
        changes.apply(description, s -> CodebookEdits.updateTheme(s, changed));
    }

    private void commitAll() {
        commitName();
        commitDescription();
        commitColour();
        commitParent();
        commitPhrases();
    }

    private Optional<Theme> current() {
        return selected.get().flatMap(changes.state().codebook()::theme);
    }

    private void loadForm() {
        loading = true;
        try {
            Optional<Theme> theme = current();
            hasSelection.set(theme.isPresent());
            name.set(theme.map(Theme::name).orElse(""));
            description.set(theme.map(Theme::description).orElse(""));
            theme.ifPresent(t -> colour.set(t.colour()));
            phrases.set(PhraseLines.text(theme.map(t -> changes.state().phrases().ofTheme(t.id())).orElse(List.of())));
            parentChoices.setAll(theme.map(this::placesFor).orElse(List.of()));
            parent.set(theme.flatMap(t -> parentChoices.stream().filter(c -> c.id().equals(t.parentId())).findFirst())
                    .orElse(null));
        } finally {
            loading = false;
        }
    }

    /** The top level and every theme except this one and those below it: the places it can move to without a loop. */
    private List<ParentChoice> placesFor(Theme theme) {
        Set<String> below = CodebookEdits.descendants(changes.state(), theme.id());
        List<ParentChoice> places = new ArrayList<>();
        places.add(new ParentChoice(Optional.empty(), messages.get("codebook.parent.top")));
        ordered().stream().filter(t -> !t.id().equals(theme.id()) && !below.contains(t.id()))
                .forEach(t -> places.add(new ParentChoice(Optional.of(t.id()), pathOf(t))));
        return places;
    }

    private static List<ThemeNode> nodes(CodebookState state, Optional<String> parentId) {
        return state.codebook().themes().stream()
                .filter(t -> parentId.isPresent() ? t.parentId().equals(parentId) : isTop(state, t))
                .map(t -> new ThemeNode(t, state.itemsTaggedWithTheme(t.id()), nodes(state, Optional.of(t.id()))))
                .toList();
    }

    /** At the top, or under a parent that is missing (a damaged file), so that no theme is ever hidden. */
    private static boolean isTop(CodebookState state, Theme theme) {
        return theme.parentId().flatMap(state.codebook()::theme).isEmpty();
    }

    public ReadOnlyObjectProperty<List<ThemeNode>> tree() {
        return tree.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<String>> selected() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasSelection() {
        return hasSelection.getReadOnlyProperty();
    }

    /** The selected theme's name as typed; stored by {@link #commitName()}. */
    public StringProperty name() {
        return name;
    }

    public StringProperty description() {
        return description;
    }

    /** The colour as {@code #rrggbb}. */
    public StringProperty colour() {
        return colour;
    }

    /** The phrases that suggest the selected theme, one a line; stored by {@link #commitPhrases()}. */
    public StringProperty phrases() {
        return phrases;
    }

    /** Where the selected theme goes; null only while nothing is selected (a combo box needs a value it can hold). */
    public ObjectProperty<ParentChoice> parent() {
        return parent;
    }

    public ObservableList<ParentChoice> parentChoices() {
        return FXCollections.unmodifiableObservableList(parentChoices);
    }
}
