package org.casebook.importing.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.casebook.domain.TextSpan;
import org.casebook.importing.model.Shape;
import org.casebook.importing.model.SplitResult;

/**
 * Reads a document whose questions and answers take turns, each turn opened by words of its shape's vocabulary
 * rather than by a number: "Q. … A. …", "Mr Khan asked … The Chair replied …", "To ask the Secretary of State …".
 * Items are numbered in order; a supplementary question sits under the question before it.
 */
final class TurnsReader implements ShapeReader {

    /** A heading between items ("NHS: Dentistry") is short and ends without a full stop. */
    private static final int MAX_HEADING = 80;
    private static final String OPENING_QUOTES = "\"“‘'";
    private static final Pattern CLOSING_QUOTE_AT_END = Pattern.compile("[\"”’'][.?!]?$");

    private final Shape shape;
    private final ShapeVocabulary words;

    TurnsReader(Shape shape, ShapeVocabulary words) {
        this.shape = shape;
        this.words = words;
    }

    /** One item on its way: offsets into the full text; -1 where not yet known. */
    private static final class Turn {
        final int paragraph;
        final int parent;
        int concernStart;
        int concernEnd = -1;
        int responseStart = -1;
        int end;
        boolean leadOnly;
        boolean awaitingResponse;
        Evidence evidence = Evidence.NONE;

        Turn(int paragraph, int parent, int concernStart, int end, boolean leadOnly) {
            this.paragraph = paragraph;
            this.parent = parent;
            this.concernStart = concernStart;
            this.end = end;
            this.leadOnly = leadOnly;
        }

        boolean answering() {
            return responseStart >= 0;
        }
    }

    @Override
    public Optional<SplitResult> read(Document document) {
        String fullText = document.fullText();
        List<Paragraph> paragraphs = document.paragraphs();
        int limit = ClosingDetector.firstValediction(paragraphs, 0).orElse(paragraphs.size());
        List<Turn> turns = new ArrayList<>();
        Turn current = null;
        int closingAt = -1;
        int lastTop = -1;
        for (int i = 0; i < limit; i++) {
            Paragraph p = paragraphs.get(i);
            String text = p.text();
            Optional<Integer> supplementary = words.supplementaryOpening(text);
            Optional<Integer> concern = words.concernOpening(text);
            // "Tabled on:" after the question is a detail of it; before a question, or after an answer, a heading.
            boolean lead = words.isLead(text) && (current == null || current.answering() || current.leadOnly
                    || current.concernEnd >= 0);
            Optional<Integer> response = words.responseOpening(text);
            if (current != null && current.answering() && ClosingDetector.isClosingCue(text)
                    && concern.isEmpty() && response.isEmpty()) {
                closingAt = i;
                break;
            }
            if (supplementary.isPresent() && lastTop >= 0) {
                current = add(turns, new Turn(i, lastTop, p.start() + supplementary.get(), p.end(), false));
                inline(current, fullText, p);
            } else if (concern.isPresent() && current != null && current.leadOnly) {
                current.concernStart = p.start() + concern.get();
                current.leadOnly = false;
                current.end = p.end();
                inline(current, fullText, p);
            } else if (concern.isPresent() || lead) {
                if (current != null && current.leadOnly) {
                    current.end = p.end();
                    continue;
                }
                current = add(turns, new Turn(i, -1, p.start() + concern.orElse(0), p.end(), concern.isEmpty()));
                lastTop = turns.size() - 1;
                if (concern.isPresent()) {
                    inline(current, fullText, p);
                }
            } else if (current == null || isHeadingBefore(paragraphs, i, limit)) {
                continue;
            } else if (current.leadOnly) {
                // "(Leigh)", "Cabinet Office", "Commons": more of the heading, until the question itself.
                current.end = p.end();
            } else if (response.isPresent() && !current.answering()) {
                endConcern(current);
                current.evidence = Evidence.MARKER;
                if (text.substring(response.get()).isBlank()) {
                    current.awaitingResponse = true;
                } else {
                    current.responseStart = p.start() + response.get();
                }
                current.end = p.end();
            } else if (words.isMeta(text) && !current.answering()) {
                endConcern(current);
                current.awaitingResponse = true;
            } else if (current.answering()) {
                current.end = p.end();
            } else if (current.awaitingResponse || words.implicitAnswer() && !current.leadOnly
                    || !current.leadOnly && isQuotedInFull(fullText, current)) {
                endConcern(current);
                current.responseStart = p.start();
                current.evidence = current.awaitingResponse ? Evidence.MARKER : Evidence.PARAGRAPH;
                current.end = p.end();
            } else {
                current.leadOnly = false;
                current.end = p.end();
                inline(current, fullText, p);
            }
        }
        if (turns.isEmpty()) {
            return Optional.empty();
        }
        if (closingAt < 0 && limit < paragraphs.size()) {
            closingAt = limit;
        }
        String intro = fullText.substring(0, paragraphs.get(turns.get(0).paragraph).start()).strip();
        String closing = closingAt >= 0 ? fullText.substring(paragraphs.get(closingAt).start()).strip() : "";
        return Optional.of(SplitAssembler.assemble(document, drafts(turns, fullText), intro, closing, List.of(), shape));
    }

    /**
     * A question quoted in full ("Your exact request was:- “My request is … Devon.”") ends with its closing quote:
     * what follows is the answer.
     */
    private static boolean isQuotedInFull(String fullText, Turn turn) {
        String concern = fullText.substring(turn.concernStart, turn.end).strip();
        return concern.length() > 2 && OPENING_QUOTES.indexOf(concern.charAt(0)) >= 0
                && CLOSING_QUOTE_AT_END.matcher(concern).find();
    }

    private static Turn add(List<Turn> turns, Turn turn) {
        turns.add(turn);
        return turn;
    }

    private static void endConcern(Turn turn) {
        if (turn.concernEnd < 0) {
            turn.concernEnd = turn.end;
        }
    }

    /** An answer that starts inside the question's paragraph: "… cut in April? In response, the Leader said …". */
    private void inline(Turn turn, String fullText, Paragraph p) {
        int from = Math.max(p.start(), turn.concernStart);
        String rest = fullText.substring(from, p.end());
        List<Voice.Span> sentences = Voice.sentences(rest);
        for (int k = 1; k < sentences.size(); k++) {
            String sentence = rest.substring(sentences.get(k).start(), sentences.get(k).end());
            Optional<Integer> opening = words.responseOpening(sentence);
            if (opening.isPresent()) {
                turn.concernEnd = from + sentences.get(k).start();
                turn.responseStart = turn.concernEnd + opening.get();
                turn.evidence = Evidence.MARKER;
                return;
            }
        }
    }

    private boolean isHeadingBefore(List<Paragraph> paragraphs, int i, int limit) {
        String text = paragraphs.get(i).text().strip();
        return i + 1 < limit && text.length() <= MAX_HEADING && !text.matches(".*[.?!:;,]$")
                && words.concernOpening(paragraphs.get(i + 1).text()).isPresent();
    }

    private static List<ItemDraft> drafts(List<Turn> turns, String fullText) {
        List<ItemDraft> drafts = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        int top = 0;
        int[] supplementaries = new int[turns.size()];
        for (Turn t : turns) {
            String label;
            String path;
            Optional<String> parent = Optional.empty();
            if (t.parent < 0) {
                top++;
                label = String.valueOf(top);
                path = label;
            } else {
                int count = ++supplementaries[t.parent];
                label = count == 1 ? "supplementary" : "supplementary-" + count;
                parent = Optional.of(paths.get(t.parent));
                path = parent.get() + "/" + label;
            }
            paths.add(path);
            int concernEnd = t.concernEnd >= 0 ? t.concernEnd : t.end;
            TextSpan concern = SplitAssembler.trimmed(fullText, t.concernStart, Math.max(t.concernStart, concernEnd));
            Optional<TextSpan> response = t.responseStart >= 0
                    ? Optional.of(SplitAssembler.trimmed(fullText, t.responseStart, Math.max(t.responseStart, t.end)))
                            .filter(s -> s.length() > 0)
                    : Optional.empty();
            SequencedItem item = new SequencedItem(t.paragraph, label, path, parent, 0, 0);
            drafts.add(new ItemDraft(item, new Boundary(concern, response, response.isPresent() ? t.evidence : Evidence.NONE),
                    new TextSpan(concern.start(), Math.max(concern.start(), SplitAssembler.trimEnd(fullText, t.end)))));
        }
        return drafts;
    }
}
