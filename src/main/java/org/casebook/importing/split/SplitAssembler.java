package org.casebook.importing.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.TextSpan;
import org.casebook.importing.model.Shape;
import org.casebook.importing.model.SplitItem;
import org.casebook.importing.model.SplitResult;

/** Turns a shape reader's drafts into a {@link SplitResult}: items with exact spans, warnings and confidence. */
final class SplitAssembler {

    static final double NO_ITEMS_CONFIDENCE = 0.1;
    private static final double PENALTY_PER_WARNING = 0.05;
    private static final double MAX_WARNING_PENALTY = 0.3;

    private SplitAssembler() {
    }

    static SplitResult assemble(Document document, List<ItemDraft> drafts, String intro, String closing,
                                List<String> readerWarnings, Shape shape) {
        String fullText = document.fullText();
        List<String> warnings = new ArrayList<>(readerWarnings);
        List<SplitItem> items = toSplitItems(drafts, fullText);
        warnings.addAll(shape == Shape.REQUEST ? List.of(SplitWarnings.REQUEST_NOT_ANSWERED) : SplitWarnings.forItems(drafts, items));
        SplitWarnings.endsEarly(items, closing).ifPresent(warnings::add);
        return new SplitResult(fullText, intro, items, closing, confidence(drafts, warnings.size(), shape), warnings, shape);
    }

    /** The split of a document in which no items were found: one block, so nothing is lost. */
    static SplitResult oneBlock(Document document, Shape shape) {
        String fullText = document.fullText();
        return new SplitResult(fullText, fullText.strip(), List.of(), "", fullText.isBlank() ? 0 : NO_ITEMS_CONFIDENCE,
                List.of("no items found — imported as one block"), shape);
    }

    private static List<SplitItem> toSplitItems(List<ItemDraft> drafts, String fullText) {
        List<SplitItem> out = new ArrayList<>();
        for (ItemDraft d : drafts) {
            TextSpan concern = d.boundary().concern();
            Optional<TextSpan> response = d.boundary().response();
            out.add(new SplitItem(d.item().label(), d.item().path(), d.item().parentPath(),
                    fullText.substring(concern.start(), concern.end()),
                    response.map(r -> fullText.substring(r.start(), r.end())), concern, response));
        }
        return out;
    }

    /** A request is sure of its questions: that nothing answers them is what it is, not a doubt about the split. */
    private static double confidence(List<ItemDraft> drafts, int warnings, Shape shape) {
        double sum = 0;
        for (int i = 0; i < drafts.size(); i++) {
            ItemDraft d = drafts.get(i);
            boolean heading = d.boundary().evidence() == Evidence.NONE && i + 1 < drafts.size()
                    && drafts.get(i + 1).item().parentPath().filter(d.item().path()::equals).isPresent();
            sum += heading || shape == Shape.REQUEST ? Evidence.PARAGRAPH.weight() : d.boundary().evidence().weight();
        }
        double penalty = Math.min(MAX_WARNING_PENALTY, warnings * PENALTY_PER_WARNING);
        return Math.max(0, Math.min(1, sum / drafts.size() - penalty));
    }

    /** Where the text ends, without trailing white space, searching back from {@code end}. */
    static int trimEnd(String text, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    static TextSpan trimmed(String text, int start, int end) {
        int s = start;
        while (s < end && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        return new TextSpan(s, Math.max(s, trimEnd(text, end)));
    }
}
