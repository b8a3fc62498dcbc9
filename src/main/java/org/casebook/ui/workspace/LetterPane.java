package org.casebook.ui.workspace;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import org.casebook.domain.TextSpan;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.util.UndoUtils;

/** The whole letter of the selected item, scrolled to the item's concern and response, which are highlighted. */
final class LetterPane {

    private static final String CONCERN = "cb-highlight-concern";
    private static final String RESPONSE = "cb-highlight-response";

    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> pane = new VirtualizedScrollPane<>(area);
    private long letterId = -1;
    private Optional<TextSpan> concern = Optional.empty();

    LetterPane() {
        area.setId("itemLetterText");
        area.setEditable(false);
        area.setWrapText(true);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.getStyleClass().addAll("cb-letter-text", "cb-item-letter");
        area.setAccessibleRole(AccessibleRole.TEXT_AREA);
    }

    Node node() {
        return pane;
    }

    void show(ItemRow row) {
        String text = row.letter().fullText();
        if (letterId != row.letter().id() || !area.getText().equals(text)) {
            area.replaceText(text);
            letterId = row.letter().id();
            area.setAccessibleText(row.letter().title());
        }
        concern = row.item().concernSpan().filter(s -> s.end() <= text.length());
        Optional<TextSpan> response = row.item().responseSpan().filter(s -> s.end() <= text.length());
        StyleSpansBuilder<Collection<String>> styles = new StyleSpansBuilder<>();
        int at = 0;
        for (var part : List.of(Map.entry(concern, CONCERN), Map.entry(response, RESPONSE))) {
            if (part.getKey().isPresent() && part.getKey().get().start() >= at) {
                TextSpan span = part.getKey().get();
                styles.add(List.of(), span.start() - at);
                styles.add(List.of(part.getValue()), span.end() - span.start());
                at = span.end();
            }
        }
        styles.add(List.of(), text.length() - at);
        area.setStyleSpans(0, styles.create());
    }

    /** Scrolls so the concern is near the top of the pane. */
    void reveal() {
        concern.ifPresent(span -> {
            int paragraph = area.offsetToPosition(span.start(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward)
                    .getMajor();
            area.moveTo(span.start());
            area.showParagraphAtTop(Math.max(0, paragraph - 1));
        });
    }
}
