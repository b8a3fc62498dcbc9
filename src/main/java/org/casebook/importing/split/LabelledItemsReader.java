package org.casebook.importing.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.casebook.domain.TextSpan;
import org.casebook.importing.lines.ItemLabel;
import org.casebook.importing.lines.ItemLabelParser;
import org.casebook.importing.lines.LabelKind;
import org.casebook.importing.lines.Markers;
import org.casebook.importing.model.Shape;
import org.casebook.importing.model.SplitResult;

/**
 * Reads items that start with a label ("1.", "a)", "Question from Ms Smith"), each concern's response found by the
 * strongest evidence ({@link BoundaryFinder}), a second numbered list paired by number ({@link QuestionAnswerMatcher}).
 * Which shape the result is follows from what it met: pairs, askers, "You asked:" or plain numbered items.
 */
final class LabelledItemsReader implements ShapeReader {

    private static final Pattern QUESTION_WORD = Pattern.compile("^(?:q|question)\\s*\\d", Pattern.CASE_INSENSITIVE);

    private final QuestionAnswerMatcher.Pairing pairing;
    private final boolean bulleted;

    LabelledItemsReader(QuestionAnswerMatcher.Pairing pairing) {
        this(pairing, false);
    }

    /**
     * @param bulleted whether the items are the document's bulleted entries ("· Relating to …") rather than its
     *                 numbered ones, as minutes that list the questions received have them
     */
    LabelledItemsReader(QuestionAnswerMatcher.Pairing pairing, boolean bulleted) {
        this.pairing = pairing;
        this.bulleted = bulleted;
    }

    @Override
    public Optional<SplitResult> read(Document document) {
        String fullText = document.fullText();
        List<Paragraph> paragraphs = document.paragraphs();
        List<Optional<ItemLabel>> labels = new ArrayList<>();
        if (bulleted) {
            int count = 0;
            for (Paragraph p : paragraphs) {
                Optional<Integer> bullet = ItemLabelParser.bulletLength(p.text());
                count += bullet.isPresent() ? 1 : 0;
                int ordinal = count;
                labels.add(bullet.map(length -> new ItemLabel(LabelKind.NUMBER, String.valueOf(ordinal), ordinal, length, false)));
            }
        } else {
            paragraphs.forEach(p -> labels.add(ItemLabelParser.parse(p.text())));
            dropAgendaLabels(labels);
        }

        // Nothing after the sign-off is an item, even if it starts "1." (an enclosure list, an address).
        int firstLabel = firstPresent(labels);
        OptionalInt signOff = ClosingDetector.firstValediction(paragraphs, firstLabel + 1);
        int limit = signOff.orElse(paragraphs.size());
        ItemSequencer.Sequence sequence = ItemSequencer.sequence(labels.subList(0, Math.max(0, limit)));
        if (sequence.items().isEmpty()) {
            return Optional.empty();
        }
        List<SequencedItem> items = sequence.items();
        int lastItemParagraph = items.get(items.size() - 1).paragraph();
        OptionalInt closingStart = ClosingDetector.closingStart(paragraphs, lastItemParagraph + 1, limit);
        int itemsEnd = closingStart.orElse(paragraphs.size());

        BoundaryFinder finder = new BoundaryFinder(fullText, document.styleEvidence());
        List<ItemDraft> drafts = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            int from = items.get(k).paragraph();
            int to = k + 1 < items.size() ? items.get(k + 1).paragraph() : itemsEnd;
            List<Paragraph> extent = paragraphs.subList(from, Math.max(from + 1, to));
            Boundary boundary = finder.find(extent, items.get(k).labelLength());
            TextSpan body = new TextSpan(boundary.concern().start(), Math.max(boundary.concern().start(),
                    SplitAssembler.trimEnd(fullText, extent.get(extent.size() - 1).end())));
            drafts.add(new ItemDraft(items.get(k), boundary, body));
        }
        QuestionAnswerMatcher.Matched matched = QuestionAnswerMatcher.match(drafts, fullText, pairing);

        List<String> warnings = new ArrayList<>(sequence.warnings());
        warnings.addAll(matched.warnings());
        String intro = fullText.substring(0, paragraphs.get(items.get(0).paragraph()).start()).strip();
        String closing = closingStart.isPresent() ? fullText.substring(paragraphs.get(closingStart.getAsInt()).start()).strip() : "";
        return Optional.of(SplitAssembler.assemble(document, matched.items(), intro, closing, warnings,
                shapeOf(matched, labels, paragraphs, fullText)));
    }

    private static Shape shapeOf(QuestionAnswerMatcher.Matched matched, List<Optional<ItemLabel>> labels,
                                 List<Paragraph> paragraphs, String fullText) {
        if (matched.paired()) {
            return matched.restated() ? Shape.RESTATED : Shape.REQUEST_THEN_RESPONSE;
        }
        List<ItemDraft> items = matched.items();
        // Askers and supplementary questions are what minutes have.
        boolean askers = items.stream().map(d -> labels.get(d.item().paragraph()))
                .anyMatch(l -> l.filter(x -> x.kind() == LabelKind.ASKER || x.kind() == LabelKind.SUPPLEMENTARY).isPresent());
        // So are answers narrated by who gave them: "The Leader of the Council (Councillor Derbyshire) responded …".
        long narrated = items.stream().filter(d -> d.boundary().response()
                .filter(r -> Narration.opensAnswer(fullText.substring(r.start(), r.end()))).isPresent()).count();
        if (askers || narrated * 2 > items.size()) {
            return Shape.MINUTES;
        }
        long restated = items.stream().filter(d -> restates(d, paragraphs.get(d.item().paragraph()))).count();
        return restated * 2 > items.size() ? Shape.RESTATED : Shape.NUMBERED;
    }

    /** "1. You asked: …", or "Question 1 …" answered after an "Answer:" label: the question said again, then answered. */
    private static boolean restates(ItemDraft draft, Paragraph paragraph) {
        String text = paragraph.text();
        String afterLabel = text.substring(Math.min(draft.item().labelLength(), text.length())).strip();
        return Markers.concernAtStart(afterLabel).isPresent()
                || QUESTION_WORD.matcher(text).lookingAt() && draft.boundary().evidence() == Evidence.MARKER;
    }

    /**
     * Minutes number their items under the agenda item ("49.1", "49.2"); the "a)", "b)" of the agenda's own
     * headings before the first of them are not items.
     */
    private static void dropAgendaLabels(List<Optional<ItemLabel>> labels) {
        List<String> majors = labels.stream().map(l -> l.map(LabelledItemsReader::minuteMajor).orElse("")).toList();
        for (int i = 0; i < majors.size(); i++) {
            String major = majors.get(i);
            if (!major.isEmpty() && majors.subList(i + 1, majors.size()).contains(major)) {
                for (int k = 0; k < i; k++) {
                    labels.set(k, Optional.empty());
                }
                return;
            }
        }
    }

    /** "49" of a minute number "49.1"; empty for any other label. */
    private static String minuteMajor(ItemLabel label) {
        int dot = label.token().indexOf('.');
        return dot > 0 ? label.token().substring(0, dot) : "";
    }

    private static int firstPresent(List<Optional<ItemLabel>> labels) {
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).isPresent()) {
                return i;
            }
        }
        return labels.size();
    }
}
