package org.casebook.report;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.Stance;
import org.casebook.domain.StepMarker;
import org.casebook.domain.foi.AnswerKind;
import org.casebook.domain.foi.CampaignQuestion;
import org.casebook.domain.foi.Exemption;

/**
 * A briefing pack's content, arranged but not yet laid out: what {@link PackAssembler} picks from the case and
 * {@link PackHtml} writes. Texts are the case's own; redaction happens when they are written.
 */
public record PackModel(
        String groupName,
        String title,
        LocalDate date,
        LocalDate prepared,
        List<String> scope,
        Summary summary,
        List<ThemeSection> concerns,
        List<CommitmentRow> commitments,
        List<History> histories,
        List<LetterText> letters,
        List<CampaignSection> campaigns) {

    public PackModel {
        scope = List.copyOf(scope);
        concerns = List.copyOf(concerns);
        commitments = List.copyOf(commitments);
        histories = List.copyOf(histories);
        letters = List.copyOf(letters);
        campaigns = List.copyOf(campaigns);
    }

    public int itemCount() {
        return concerns.stream().mapToInt(s -> s.items().size()).sum();
    }

    /** A label and how many. */
    public record Count(String label, int count, String colour) {
    }

    /** The first page's figures. */
    public record Summary(int items, int letters, int meetings, List<Count> stances, List<Count> themes,
                          List<Count> commitments, int overdue) {
        public Summary {
            stances = List.copyOf(stances);
            themes = List.copyOf(themes);
            commitments = List.copyOf(commitments);
        }
    }

    /**
     * The items filed under one theme, or under none ({@code other}). The anchor is numbered, not made from the
     * theme's id, so no word of a theme's name reaches the file except through the redacted text.
     */
    public record ThemeSection(String anchor, String name, String colour, boolean other, List<PackItem> items) {
        public ThemeSection {
            items = List.copyOf(items);
        }
    }

    /** One concern, the Trust's answer and the group's view of it. */
    public record PackItem(long id, String path, String letter, String concern, Optional<String> response,
                           List<String> themes, List<String> responseTypes, Stance stance, String rationale,
                           List<String> notes, List<String> commitments) {
        public PackItem {
            themes = List.copyOf(themes);
            responseTypes = List.copyOf(responseTypes);
            notes = List.copyOf(notes);
            commitments = List.copyOf(commitments);
        }
    }

    /** A line of the commitments register. */
    public record CommitmentRow(String text, String where, String owner, Optional<LocalDate> due,
                                CommitmentStatus status, boolean overdue) {
    }

    /** How one concern was answered across meetings: a thread's steps, oldest first. */
    public record History(String anchor, String title, List<Step> steps) {
        public History {
            steps = List.copyOf(steps);
        }
    }

    /** One answer in a history. */
    public record Step(String letter, String path, StepMarker marker, Optional<String> response, Stance stance,
                       boolean inPack) {
    }

    /** A letter printed in full in the appendix. */
    public record LetterText(String anchor, String title, Optional<LocalDate> date, String from, String to,
                             List<Paragraph> paragraphs) {
        public LetterText {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** A paragraph of a letter, in runs that are the Trust's responses or not (the letter sets those in italics). */
    public record Paragraph(List<Run> runs) {
        public Paragraph {
            runs = List.copyOf(runs);
        }

        public String text() {
            return runs.stream().map(Run::text).collect(java.util.stream.Collectors.joining());
        }
    }

    /** Words of a paragraph, with whether they are part of a response. */
    public record Run(String text, boolean response) {
    }

    /**
     * One FOI campaign as it stands on the pack's date: its questions, each body's answers side by side (bodies in
     * alphabetical order), how many bodies gave each kind of answer to each question, who is late (most late first)
     * and who refused on what grounds. Anchors are numbered, as for themes.
     */
    public record CampaignSection(String anchor, String title, List<CampaignQuestion> questions,
                                  List<CampaignRow> rows, List<QuestionCounts> countsPerQuestion,
                                  List<OverdueRequest> overdue, List<Refusal> refusals) {
        public CampaignSection {
            questions = List.copyOf(questions);
            rows = List.copyOf(rows);
            countsPerQuestion = List.copyOf(countsPerQuestion);
            overdue = List.copyOf(overdue);
            refusals = List.copyOf(refusals);
        }
    }

    /** One body's answers, a cell per question in question order. */
    public record CampaignRow(String body, List<CampaignCell> cells) {
        public CampaignRow {
            cells = List.copyOf(cells);
        }
    }

    /** What a body did with one question, and the answer's first words (the body's text, shortened; may be empty). */
    public record CampaignCell(int question, AnswerKind kind, Optional<Exemption> exemption, String firstWords) {
    }

    /** How many of the bodies asked gave each kind of answer to one question. */
    public record QuestionCounts(int question, int bodies, Map<AnswerKind, Integer> counts) {
        public QuestionCounts {
            Map<AnswerKind, Integer> all = new EnumMap<>(AnswerKind.class);
            for (AnswerKind kind : AnswerKind.values()) {
                all.put(kind, counts.getOrDefault(kind, 0));
            }
            counts = java.util.Collections.unmodifiableMap(all);
        }

        public int of(AnswerKind kind) {
            return counts.get(kind);
        }
    }

    /** A body late with its answer on the pack's date: when it was due and how many working days late it is. */
    public record OverdueRequest(String body, LocalDate due, int workingDaysLate, boolean longOverdue) {
    }

    /** A question a body refused, wholly or in part, and the exemption it cited (none, when it cited none). */
    public record Refusal(String body, int question, Optional<Exemption> exemption, boolean inPart) {
    }
}
