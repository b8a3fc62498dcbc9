package org.casebook.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.casebook.domain.foi.AnswerKind;
import org.casebook.domain.foi.AnswerMatrix;
import org.casebook.domain.foi.CampaignQuestion;
import org.casebook.domain.foi.Lateness;
import org.casebook.domain.foi.MatrixCell;
import org.casebook.domain.foi.MatrixRow;
import org.casebook.report.PackModel.CampaignCell;
import org.casebook.report.PackModel.CampaignRow;
import org.casebook.report.PackModel.CampaignSection;
import org.casebook.report.PackModel.OverdueRequest;
import org.casebook.report.PackModel.QuestionCounts;
import org.casebook.report.PackModel.Refusal;

/**
 * Turns each campaign's answer matrix into the pack's campaign section: bodies in alphabetical order, the counts per
 * question, the late bodies most late first, and the refusals by body and question. A campaign not yet sent to any
 * body has nothing to brief on and is left out.
 */
final class CampaignSections {

    /** An answer's first words in a cell: enough to recognise it, short enough for a narrow column. */
    static final int FIRST_WORDS = 12;

    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Comparator<String> BY_NAME = Comparator.comparing((String n) -> n.toLowerCase(Locale.UK))
            .thenComparing(Comparator.naturalOrder());

    private CampaignSections() {
    }

    static List<CampaignSection> of(List<AnswerMatrix> matrices) {
        List<CampaignSection> sections = new ArrayList<>();
        for (AnswerMatrix matrix : matrices) {
            if (!matrix.rows().isEmpty()) {
                sections.add(section("campaign-" + (sections.size() + 1), matrix));
            }
        }
        return sections;
    }

    private static CampaignSection section(String anchor, AnswerMatrix matrix) {
        List<CampaignQuestion> questions = matrix.campaign().questions();
        List<MatrixRow> rows = matrix.rows().stream().sorted(Comparator.comparing(MatrixRow::bodyName, BY_NAME))
                .toList();
        List<CampaignRow> cells = rows.stream().map(r -> new CampaignRow(r.bodyName(), questions.stream()
                .map(q -> cell(r.cell(q.number()))).toList())).toList();
        List<QuestionCounts> counts = questions.stream()
                .map(q -> new QuestionCounts(q.number(), rows.size(), matrix.counts(q.number()))).toList();
        List<OverdueRequest> overdue = rows.stream().filter(r -> r.clock().overdue())
                .sorted(Comparator.comparingInt((MatrixRow r) -> r.clock().workingDaysLate()).reversed()
                        .thenComparing(MatrixRow::bodyName, BY_NAME))
                .map(r -> new OverdueRequest(r.bodyName(), r.clock().due(), r.clock().workingDaysLate(),
                        r.clock().lateness() == Lateness.LONG_OVERDUE))
                .toList();
        List<Refusal> refusals = new ArrayList<>();
        for (MatrixRow row : rows) {
            for (CampaignQuestion q : questions) {
                MatrixCell cell = row.cell(q.number());
                boolean inPart = cell.kind() == AnswerKind.PARTLY_ANSWERED && cell.exemption().isPresent();
                if (cell.kind() == AnswerKind.REFUSED || inPart) {
                    refusals.add(new Refusal(row.bodyName(), q.number(), cell.exemption(), inPart));
                }
            }
        }
        return new CampaignSection(anchor, matrix.campaign().title(), questions, cells, counts, overdue, refusals);
    }

    private static CampaignCell cell(MatrixCell cell) {
        return new CampaignCell(cell.question(), cell.kind(), cell.exemption(), firstWords(cell.firstWords()));
    }

    /** At most {@link #FIRST_WORDS} words, whole words only, with an ellipsis when some were left off. */
    static String firstWords(String text) {
        String[] words = BLANKS.split(text.strip());
        if (words.length <= FIRST_WORDS) {
            return String.join(" ", words);
        }
        String shown = String.join(" ", java.util.Arrays.asList(words).subList(0, FIRST_WORDS));
        return shown.replaceAll("[\\p{Punct}]+$", "") + "\u2026";
    }
}
