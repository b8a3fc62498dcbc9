package org.casebook.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.domain.Item;
import org.casebook.domain.foi.AnswerKind;
import org.casebook.domain.foi.Campaign;
import org.casebook.domain.foi.CampaignQuestion;
import org.casebook.domain.foi.FoiAnswer;
import org.casebook.domain.foi.FoiState;

/**
 * Matches the items of a stored response to a campaign's questions, by number as the response numbers them (the
 * step-8 shapes keep each item's number), and says what kind of answer each got. A response that only numbers its
 * answers, without restating the questions, is split into items with no response; their text is then the answer.
 */
final class FoiAnswers {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\D{0,12}?(\\d{1,3})\\b");

    /** How an item's words are read as an answer. */
    interface Reader {
        FoiAnswer read(long requestId, int question, Item item);
    }

    private FoiAnswers() {
    }

    /** The answer's words in an item: its response, or its own text when the document only numbers answers. */
    static String answerText(Item item) {
        return item.response().filter(r -> !r.isBlank()).orElse(item.concern());
    }

    /** One answer per question: matched by number, else by order; questions no item answers are "not answered". */
    static List<FoiAnswer> match(long requestId, Campaign campaign, List<Item> items, Reader reader) {
        List<Item> top = items.stream().filter(i -> i.parentId().isEmpty()).toList();
        boolean answersOnly = top.stream().noneMatch(Item::hasResponse);
        Map<Integer, Item> byNumber = new LinkedHashMap<>();
        for (int i = 0; i < top.size(); i++) {
            Item item = top.get(i);
            int number = number(item).orElse(i + 1);
            byNumber.putIfAbsent(number, item);
        }
        List<FoiAnswer> answers = new ArrayList<>();
        for (CampaignQuestion q : campaign.questions()) {
            Item item = byNumber.get(q.number());
            if (item == null || (!answersOnly && !item.hasResponse())) {
                answers.add(new FoiAnswer(requestId, q.number(), AnswerKind.NOT_ANSWERED, Optional.empty(),
                        Optional.ofNullable(item).map(Item::id)));
            } else {
                answers.add(reader.read(requestId, q.number(), item));
            }
        }
        return answers;
    }

    private static Optional<Integer> number(Item item) {
        for (String text : List.of(item.path(), item.label())) {
            Matcher m = LEADING_NUMBER.matcher(text);
            if (m.find()) {
                return Optional.of(Integer.parseInt(m.group(1)));
            }
        }
        return Optional.empty();
    }

    /**
     * The state the answers suggest, as WhatDoTheyKnow would classify the response: all answered → successful;
     * nothing answered and all not held → not held; nothing answered and something refused → refused; else partly.
     */
    static FoiState suggestedState(List<FoiAnswer> answers) {
        long answered = answers.stream().filter(a -> a.kind() == AnswerKind.ANSWERED).count();
        long notHeld = answers.stream().filter(a -> a.kind() == AnswerKind.NOT_HELD).count();
        long refused = answers.stream().filter(a -> a.kind() == AnswerKind.REFUSED).count();
        if (answered == answers.size()) {
            return FoiState.SUCCESSFUL;
        }
        if (notHeld == answers.size()) {
            return FoiState.NOT_HELD;
        }
        if (refused > 0 && answered == 0 && refused + notHeld == answers.size()) {
            return FoiState.REFUSED;
        }
        return FoiState.PARTIALLY_SUCCESSFUL;
    }
}
