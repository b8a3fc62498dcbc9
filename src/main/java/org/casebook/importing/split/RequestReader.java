package org.casebook.importing.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.domain.TextSpan;
import org.casebook.importing.model.Shape;
import org.casebook.importing.model.SplitResult;

/**
 * Reads a request as it was sent, before any answer: "Dear NHS England, Please provide … * were given … Yours
 * faithfully". Between the greeting and the sign-off, each listed entry is a question; a request with no list asks
 * in its paragraphs ("I would like to request access to …"), and each paragraph that asks is one. Nothing in a
 * request answers it, so every item is unanswered and what follows the sign-off (a WhatDoTheyKnow page's
 * acknowledgements, say) is closing.
 */
final class RequestReader implements ShapeReader {

    private static final Pattern GREETING = required("request.greeting");
    private static final Pattern ENTRY = required("request.entry");
    private static final Pattern ASKS = required("request.asks");

    @Override
    public Optional<SplitResult> read(Document document) {
        List<Paragraph> paragraphs = document.paragraphs();
        OptionalInt greeting = first(paragraphs, 0, p -> GREETING.matcher(p.text().strip()).matches());
        if (greeting.isEmpty()) {
            return Optional.empty();
        }
        int from = greeting.getAsInt() + 1;
        int to = ClosingDetector.firstValediction(paragraphs, from).orElse(paragraphs.size());
        List<Paragraph> body = paragraphs.subList(from, to);
        if (body.stream().noneMatch(p -> ASKS.matcher(p.text()).lookingAt())) {
            return Optional.empty();
        }
        List<ItemDraft> drafts = entries(document, body);
        if (drafts.isEmpty()) {
            drafts = asking(document, body);
        }
        if (drafts.isEmpty()) {
            return Optional.empty();
        }
        String fullText = document.fullText();
        int firstItem = drafts.get(0).item().paragraph();
        int lastItem = drafts.get(drafts.size() - 1).item().paragraph();
        String intro = fullText.substring(0, paragraphs.get(firstItem).start()).strip();
        String closing = lastItem + 1 < paragraphs.size() ? fullText.substring(paragraphs.get(lastItem + 1).start()).strip() : "";
        return Optional.of(SplitAssembler.assemble(document, drafts, intro, closing, List.of(), Shape.REQUEST));
    }

    /** The request's listed entries, bulleted or numbered, each one question. */
    private static List<ItemDraft> entries(Document document, List<Paragraph> body) {
        List<ItemDraft> drafts = new ArrayList<>();
        for (Paragraph p : body) {
            Matcher m = ENTRY.matcher(p.text());
            if (m.lookingAt() && m.end() < p.text().length()) {
                drafts.add(draft(document, p, m.end(), drafts.size() + 1));
            }
        }
        return drafts;
    }

    /** With no list, each paragraph that asks for something. */
    private static List<ItemDraft> asking(Document document, List<Paragraph> body) {
        List<ItemDraft> drafts = new ArrayList<>();
        for (Paragraph p : body) {
            if (ASKS.matcher(p.text()).lookingAt()) {
                drafts.add(draft(document, p, 0, drafts.size() + 1));
            }
        }
        return drafts;
    }

    private static ItemDraft draft(Document document, Paragraph p, int labelLength, int number) {
        String label = String.valueOf(number);
        TextSpan concern = SplitAssembler.trimmed(document.fullText(), p.start() + labelLength, p.end());
        return new ItemDraft(new SequencedItem(p.index(), label, label, Optional.empty(), labelLength, 0),
                new Boundary(concern, Optional.empty(), Evidence.NONE), concern);
    }

    private static OptionalInt first(List<Paragraph> paragraphs, int from, java.util.function.Predicate<Paragraph> test) {
        for (int i = from; i < paragraphs.size(); i++) {
            if (test.test(paragraphs.get(i))) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    private static Pattern required(String key) {
        return ShapeVocabulary.pattern(key).orElseThrow(() -> new IllegalStateException(key + " is missing"));
    }
}
