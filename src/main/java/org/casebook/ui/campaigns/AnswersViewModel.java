package org.casebook.ui.campaigns;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.casebook.domain.foi.AnswerKind;
import org.casebook.domain.foi.AnswerMatrix;
import org.casebook.domain.foi.Campaign;
import org.casebook.domain.foi.CampaignQuestion;
import org.casebook.domain.foi.MatrixCell;
import org.casebook.domain.foi.MatrixRow;
import org.casebook.service.FoiDraftService.MatrixFormat;
import org.casebook.ui.campaigns.CampaignsViewModel.Dependencies;
import org.casebook.ui.common.Messages;

/**
 * The "Answers" tab: a campaign's answer matrix (a row per body asked, a column per question), narrowed by what the
 * member looks for and by a body's tag, with counts per question that follow the narrowing, and its export.
 */
public final class AnswersViewModel {

    /** One question's counts: its number, words, and how many of the shown bodies gave each kind of answer. */
    public record QuestionCounts(CampaignQuestion question, Map<AnswerKind, Integer> counts, String summary) {
    }

    private final Dependencies deps;
    private final Messages messages;
    private final CampaignText words;
    private final Consumer<String> notice;
    private final ObservableList<MatrixRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> tags = FXCollections.observableArrayList("");
    private final ObservableList<QuestionCounts> counts = FXCollections.observableArrayList();
    /** Kept, not made per call: an unmodifiable view passes changes on only while someone holds it. */
    private final ObservableList<QuestionCounts> countsShown = FXCollections.unmodifiableObservableList(counts);
    private final ReadOnlyObjectWrapper<List<CampaignQuestion>> questions = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<MatrixFilter> filter = new SimpleObjectProperty<>(MatrixFilter.ALL);
    private final StringProperty tag = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");
    private Optional<Campaign> campaign = Optional.empty();
    private Optional<AnswerMatrix> matrix = Optional.empty();

    AnswersViewModel(Dependencies deps, CampaignText words, Consumer<String> notice) {
        this.deps = Objects.requireNonNull(deps, "deps");
        this.messages = deps.messages();
        this.words = Objects.requireNonNull(words, "words");
        this.notice = Objects.requireNonNull(notice, "notice");
        filter.addListener((obs, old, now) -> applyFilter());
        tag.addListener((obs, old, now) -> applyFilter());
    }

    /** The bodies the filters let through, each with a cell per question. */
    public ObservableList<MatrixRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** The campaign's questions, one column each; changes only when another campaign is chosen. */
    public ReadOnlyObjectProperty<List<CampaignQuestion>> questions() {
        return questions.getReadOnlyProperty();
    }

    public ObservableList<QuestionCounts> counts() {
        return countsShown;
    }

    public ObjectProperty<MatrixFilter> filterProperty() {
        return filter;
    }

    public List<MatrixFilter> filters() {
        return List.of(MatrixFilter.values());
    }

    /** The tag a body must carry to be shown; empty for every body. */
    public StringProperty tagProperty() {
        return tag;
    }

    /** The tags of the bodies asked, with "" first for all of them. */
    public ObservableList<String> tags() {
        return FXCollections.unmodifiableObservableList(tags);
    }

    public ReadOnlyStringProperty placeholder() {
        return placeholder.getReadOnlyProperty();
    }

    /** One of the tab's fixed texts. */
    public String text(String key) {
        return messages.get(key);
    }

    public String filterName(MatrixFilter value) {
        return switch (value) {
            case ALL -> messages.get("campaigns.matrix.filter.all");
            case OVERDUE -> messages.get("campaigns.matrix.filter.overdue");
            case REFUSED -> messages.get("campaigns.matrix.filter.refused");
            case NOT_ANSWERED -> messages.get("campaigns.matrix.filter.notAnswered");
        };
    }

    public String tagName(String value) {
        return value == null || value.isEmpty() ? messages.get("campaigns.matrix.tag.all") : value;
    }

    public String columnHeading(CampaignQuestion question) {
        return messages.format("campaigns.matrix.column", question.number());
    }

    /** Where a body's request stands: its state as WhatDoTheyKnow words it, and how late when it is. */
    public String state(MatrixRow row) {
        String state = words.state(row.state(), row.clock().lateness());
        return row.clock().overdue() ? messages.format("campaigns.matrix.stateLate", state, words.late(row.clock()))
                : state;
    }

    /** The state alone, for the first line of the state's cell. */
    public String stateWords(MatrixRow row) {
        return words.state(row.state(), row.clock().lateness());
    }

    /** "3 working days late", or nothing, for the second line of the state's cell. */
    public String lateWords(MatrixRow row) {
        return words.late(row.clock());
    }

    /** A cell's kind in words ("Refused (s.12)"). */
    public String kind(MatrixCell cell) {
        return words.kind(cell);
    }

    public String kindName(AnswerKind kind) {
        return words.kind(kind);
    }

    public String firstWords(MatrixCell cell) {
        return CampaignText.firstWords(cell.firstWords());
    }

    public String spoken(MatrixRow row, MatrixCell cell) {
        return messages.format("campaigns.matrix.cell.spoken", row.bodyName(), cell.question(), kind(cell),
                firstWords(cell));
    }

    /** Shows the item that holds a cell's answer on the items screen; a cell without one does nothing. */
    public void open(MatrixCell cell) {
        cell.itemId().ifPresent(deps.navigation()::showItem);
    }

    /** Saves the whole matrix (not only the rows shown) as a spreadsheet, away from the screen's thread. */
    public void export(MatrixFormat format) {
        campaign.ifPresent(c -> deps.edits().handle().ifPresent(db -> deps.dialogs().chooseFileToSave(
                messages.get("campaigns.matrix.export.title"),
                FileNames.safe(c.title()) + "." + format.name().toLowerCase(java.util.Locale.ROOT)).ifPresent(path ->
                deps.tasks().<Path>run(progress -> {
                    deps.foi().drafts().writeMatrix(db, c.id(), format, deps.foi().register().today(), path);
                    return path;
                }, saved -> notice.accept(messages.format("campaigns.matrix.export.done", saved.getFileName().toString())),
                        failure -> deps.dialogs().showError(messages.get("campaigns.matrix.export.failed"),
                                String.valueOf(failure.getMessage()), failure)))));
    }

    /** Reads the chosen campaign's matrix again (the screen calls this after every change). */
    void show(Optional<Campaign> chosen) {
        boolean other = !chosen.map(Campaign::id).equals(campaign.map(Campaign::id));
        campaign = chosen;
        matrix = chosen.flatMap(c -> deps.edits().handle().map(db -> deps.foi().register()
                .matrix(db, c.id(), deps.foi().register().today())));
        TreeSet<String> present = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        matrix.ifPresent(m -> m.rows().forEach(r -> present.addAll(r.bodyTags())));
        List<String> choices = new ArrayList<>(List.of(""));
        choices.addAll(present);
        tags.setAll(choices);
        if (!tags.contains(tag.get())) {
            tag.set("");
        }
        if (other) {
            questions.set(chosen.map(Campaign::questions).orElse(List.of()));
        }
        applyFilter();
    }

    private void applyFilter() {
        String wanted = tag.get() == null ? "" : tag.get();
        Optional<AnswerMatrix> shown = matrix.map(m -> m.filtered(filter.get().and(
                r -> wanted.isEmpty() || r.bodyTags().stream().anyMatch(wanted::equalsIgnoreCase))));
        rows.setAll(shown.map(AnswerMatrix::rows).orElse(List.of()));
        counts.setAll(shown.map(m -> m.campaign().questions().stream().map(q -> counts(m, q)).toList()).orElse(List.of()));
        placeholder.set(messages.get(matrix.map(m -> m.rows().isEmpty()).orElse(true)
                ? "campaigns.matrix.empty" : "campaigns.matrix.noMatch"));
    }

    private QuestionCounts counts(AnswerMatrix m, CampaignQuestion q) {
        Map<AnswerKind, Integer> byKind = m.counts(q.number());
        int total = m.rows().size();
        List<String> parts = new ArrayList<>();
        byKind.forEach((kind, n) -> {
            if (n > 0) {
                parts.add(messages.format("campaigns.matrix.count", n, total, words.kind(kind)));
            }
        });
        String summary = messages.format("campaigns.matrix.counts", q.number(),
                parts.isEmpty() ? messages.get("campaigns.matrix.counts.none") : String.join(" · ", parts));
        return new QuestionCounts(q, byKind, summary);
    }
}
