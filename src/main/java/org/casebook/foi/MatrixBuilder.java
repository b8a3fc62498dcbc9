package org.casebook.foi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casebook.domain.foi.AnswerMatrix;
import org.casebook.domain.foi.Campaign;
import org.casebook.domain.foi.CampaignQuestion;
import org.casebook.domain.foi.FoiAnswer;
import org.casebook.domain.foi.FoiRequest;
import org.casebook.domain.foi.MatrixCell;
import org.casebook.domain.foi.MatrixRow;

/**
 * Lays a campaign's answers side by side, a row per body and a cell per question, with where each request stands
 * on the day, so the group can say "31 of 54 trusts did not hold the figures" and see who is late. It only
 * arranges what storage already holds: names, profiles, answers and the items that hold the answers' words.
 */
public final class MatrixBuilder {

    /** Enough of an answer to recognise it in a cell; the whole answer is one click away in its item. */
    static final int FIRST_WORDS = 12;

    private MatrixBuilder() {
    }

    /**
     * The matrix of {@code campaign} on {@code on}, each row's clock from {@code clock}. Requests of other campaigns
     * are left out; a body without a name is shown by its number, one without tags has none; when a question was
     * answered more than once for a request, the answer listed last is the one shown.
     */
    public static AnswerMatrix build(FoiClock clock, Campaign campaign, List<FoiRequest> requests,
            Map<Long, String> bodyNames, Map<Long, List<String>> bodyTags, List<FoiAnswer> answers,
            Map<Long, String> itemTexts, LocalDate on) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(on, "on");
        Map<Long, Map<Integer, FoiAnswer>> byRequest = new HashMap<>();
        for (FoiAnswer answer : answers) {
            byRequest.computeIfAbsent(answer.requestId(), id -> new HashMap<>()).put(answer.question(), answer);
        }
        List<MatrixRow> rows = new ArrayList<>();
        for (FoiRequest request : requests) {
            if (request.campaignId() != campaign.id()) {
                continue;
            }
            Map<Integer, FoiAnswer> answered = byRequest.getOrDefault(request.id(), Map.of());
            List<MatrixCell> cells = new ArrayList<>();
            for (CampaignQuestion question : campaign.questions()) {
                FoiAnswer answer = answered.get(question.number());
                cells.add(answer == null ? MatrixCell.unanswered(question.number()) : cell(answer, itemTexts));
            }
            String name = bodyNames.getOrDefault(request.bodyId(), "Body " + request.bodyId());
            List<String> tags = bodyTags.getOrDefault(request.bodyId(), List.of());
            rows.add(new MatrixRow(request.id(), request.bodyId(), name, tags, request.state(),
                    clock.clockOf(request, on), cells));
        }
        rows.sort(Comparator.comparing(MatrixRow::bodyName, String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(MatrixRow::requestId));
        return new AnswerMatrix(campaign, rows);
    }

    private static MatrixCell cell(FoiAnswer answer, Map<Long, String> itemTexts) {
        String words = answer.itemId().map(itemTexts::get).map(MatrixBuilder::firstWords).orElse("");
        return new MatrixCell(answer.question(), answer.kind(), answer.exemption(), words, answer.itemId());
    }

    /** The first {@value #FIRST_WORDS} words on one line, ending "…" when there were more. */
    static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length == 1 && words[0].isEmpty()) {
            return "";
        }
        if (words.length <= FIRST_WORDS) {
            return String.join(" ", words);
        }
        return String.join(" ", Arrays.copyOf(words, FIRST_WORDS)) + "…";
    }
}
