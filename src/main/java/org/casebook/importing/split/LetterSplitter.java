package org.casebook.importing.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.casebook.domain.TextSpan;
import org.casebook.importing.lines.ItemLabel;
import org.casebook.importing.lines.ItemLabelParser;
import org.casebook.importing.model.SourceText;
import org.casebook.importing.model.SplitItem;
import org.casebook.importing.model.SplitResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Splits a letter into intro, concern → response items and closing. Pure: strings in, records out, no UI.
 * The member reviews every split, so the splitter says how sure it is and what to check rather than guessing silently.
 */
public class LetterSplitter {

    private static final Logger LOG = LoggerFactory.getLogger(LetterSplitter.class);
    private static final double NO_ITEMS_CONFIDENCE = 0.1;
    private static final double PENALTY_PER_WARNING = 0.05;
    private static final double MAX_WARNING_PENALTY = 0.3;

    /** Splits the text; never throws for odd input, a letter it cannot read becomes one block with a warning. */
    public SplitResult split(SourceText text) {
        String fullText = text.fullText();
        List<Paragraph> paragraphs = ParagraphBuilder.paragraphs(text);
        List<Optional<ItemLabel>> labels = new ArrayList<>();
        paragraphs.forEach(p -> labels.add(ItemLabelParser.parse(p.text())));

        // Nothing after the sign-off is an item, even if it starts "1." (an enclosure list, an address).
        int firstLabel = firstPresent(labels);
        OptionalInt signOff = ClosingDetector.firstValediction(paragraphs, firstLabel + 1);
        int limit = signOff.orElse(paragraphs.size());
        ItemSequencer.Sequence sequence = ItemSequencer.sequence(labels.subList(0, Math.max(0, limit)));
        if (sequence.items().isEmpty()) {
            LOG.info("{}: no items found", text.fileName());
            return new SplitResult(fullText, fullText.strip(), List.of(), "", fullText.isBlank() ? 0 : NO_ITEMS_CONFIDENCE,
                    List.of("no items found — imported as one block"));
        }
        List<SequencedItem> items = sequence.items();
        int lastItemParagraph = items.get(items.size() - 1).paragraph();
        OptionalInt closingStart = ClosingDetector.closingStart(paragraphs, lastItemParagraph + 1, limit);
        int itemsEnd = closingStart.orElse(paragraphs.size());

        BoundaryFinder finder = new BoundaryFinder(fullText, hasStyleEvidence(text, paragraphs));
        List<ItemDraft> drafts = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            int from = items.get(k).paragraph();
            int to = k + 1 < items.size() ? items.get(k + 1).paragraph() : itemsEnd;
            List<Paragraph> extent = paragraphs.subList(from, Math.max(from + 1, to));
            Boundary boundary = finder.find(extent, items.get(k).labelLength());
            TextSpan body = new TextSpan(boundary.concern().start(), Math.max(boundary.concern().start(),
                    trimEnd(fullText, extent.get(extent.size() - 1).end())));
            drafts.add(new ItemDraft(items.get(k), boundary, body));
        }
        QuestionAnswerMatcher.Matched matched = QuestionAnswerMatcher.match(drafts, fullText);

        List<String> warnings = new ArrayList<>(sequence.warnings());
        warnings.addAll(matched.warnings());
        List<SplitItem> splitItems = toSplitItems(matched.items(), fullText);
        warnings.addAll(SplitWarnings.forItems(matched.items(), splitItems));

        String intro = fullText.substring(0, paragraphs.get(items.get(0).paragraph()).start()).strip();
        String closing = closingStart.isPresent() ? fullText.substring(paragraphs.get(closingStart.getAsInt()).start()).strip() : "";
        double confidence = confidence(matched.items(), warnings.size());
        LOG.info("{}: {} items, confidence {}", text.fileName(), splitItems.size(), String.format("%.2f", confidence));
        return new SplitResult(fullText, intro, splitItems, closing, confidence, warnings);
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

    /** Italics count as evidence only when the letter uses both styles; an all-italic letter says nothing. */
    private static boolean hasStyleEvidence(SourceText text, List<Paragraph> paragraphs) {
        if (!text.styled()) {
            return false;
        }
        long italic = 0;
        long all = 0;
        for (Paragraph p : paragraphs) {
            for (int i = 0; i < p.text().length(); i++) {
                if (!Character.isWhitespace(p.text().charAt(i))) {
                    all++;
                    italic += p.isItalic(i) ? 1 : 0;
                }
            }
        }
        return all > 0 && italic > all * 0.05 && italic < all * 0.95;
    }

    private static double confidence(List<ItemDraft> drafts, int warnings) {
        double sum = 0;
        for (int i = 0; i < drafts.size(); i++) {
            ItemDraft d = drafts.get(i);
            boolean heading = d.boundary().evidence() == Evidence.NONE && i + 1 < drafts.size()
                    && drafts.get(i + 1).item().parentPath().filter(d.item().path()::equals).isPresent();
            sum += heading ? Evidence.PARAGRAPH.weight() : d.boundary().evidence().weight();
        }
        double penalty = Math.min(MAX_WARNING_PENALTY, warnings * PENALTY_PER_WARNING);
        return Math.max(0, Math.min(1, sum / drafts.size() - penalty));
    }

    private static int firstPresent(List<Optional<ItemLabel>> labels) {
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).isPresent()) {
                return i;
            }
        }
        return labels.size();
    }

    private static int trimEnd(String text, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
