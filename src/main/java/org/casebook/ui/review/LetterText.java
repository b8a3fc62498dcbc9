package org.casebook.ui.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import org.casebook.domain.TextSpan;
import org.casebook.ui.common.Styles;
import org.casebook.ui.review.ReviewViewModel.RegionKind;
import org.casebook.ui.review.ReviewViewModel.TextRegion;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * The whole letter, read-only, with intro, concerns, responses and closing styled apart. Colour is never the only
 * sign: each paragraph also carries a left rule (solid for a concern, dotted for a response) and responses are in
 * italics, so members who do not see colours well can tell the regions apart.
 */
final class LetterText {

    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> pane = new VirtualizedScrollPane<>(area);

    LetterText(String text, String accessibleText) {
        area.replaceText(text);
        area.setEditable(false);
        area.setWrapText(true);
        // Read-only, so the area's own undo history would only collect style changes.
        area.setUndoManager(UndoUtils.noOpUndoManager());
        // A caret even though the text cannot be edited: it marks where a response starts or an item splits.
        area.getCaretSelectionBind().getUnderlyingCaret().setShowCaret(Caret.CaretVisibility.ON);
        area.getStyleClass().add(Styles.LETTER_TEXT);
        area.setAccessibleRole(AccessibleRole.TEXT_AREA);
        area.setAccessibleText(accessibleText);
        area.setId("letterText");
        area.moveTo(0);
    }

    Node node() {
        return pane;
    }

    StyleClassedTextArea area() {
        return area;
    }

    int caret() {
        return area.getCaretPosition();
    }

    /** Styles every character by its region and every paragraph by the region it ends in. */
    void show(List<TextRegion> regions) {
        int length = area.getLength();
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int at = 0;
        for (TextRegion region : regions) {
            int start = Math.max(at, Math.min(region.span().start(), length));
            int end = Math.max(start, Math.min(region.span().end(), length));
            spans.add(List.of(), start - at);
            spans.add(classes(region), end - start);
            at = end;
        }
        spans.add(List.of(), length - at);
        area.setStyleSpans(0, spans.create());
        for (int p = 0; p < area.getParagraphs().size(); p++) {
            String text = area.getParagraph(p).getText();
            int last = text.stripTrailing().length() - 1;
            Optional<TextRegion> region = last < 0 ? Optional.empty() : regionAt(regions, area.getAbsolutePosition(p, last));
            area.setParagraphStyle(p, region.map(LetterText::paragraphClasses).orElse(List.of()));
        }
    }

    /** Scrolls the item's text into view, a line below the top, and puts the caret at its start. */
    void reveal(TextSpan span) {
        int paragraph = area.offsetToPosition(span.start(), Bias.Forward).getMajor();
        area.moveTo(span.start());
        area.showParagraphAtTop(Math.max(0, paragraph - 1));
    }

    private static Optional<TextRegion> regionAt(List<TextRegion> regions, int offset) {
        return regions.stream().filter(r -> offset >= r.span().start() && offset < r.span().end()).findFirst();
    }

    private static List<String> classes(TextRegion region) {
        String kind = switch (region.kind()) {
            case INTRO, CLOSING -> Styles.REGION_FRAME;
            case CONCERN -> Styles.REGION_CONCERN;
            case RESPONSE -> Styles.REGION_RESPONSE;
        };
        return region.selected() ? List.of(kind, Styles.REGION_SELECTED) : List.of(kind);
    }

    private static List<String> paragraphClasses(TextRegion region) {
        String kind = region.kind() == RegionKind.CONCERN ? Styles.PARAGRAPH_CONCERN
                : region.kind() == RegionKind.RESPONSE ? Styles.PARAGRAPH_RESPONSE : Styles.PARAGRAPH_FRAME;
        return region.selected() ? List.of(kind, Styles.PARAGRAPH_SELECTED) : List.of(kind);
    }
}
