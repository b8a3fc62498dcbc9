package org.casebook.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.TextSpan;
import org.casebook.importing.model.SplitItem;
import org.casebook.importing.model.SplitResult;
import org.casebook.ui.review.ReviewViewModel.ItemRow;
import org.casebook.ui.review.ReviewViewModel.RegionKind;
import org.casebook.ui.review.ReviewViewModel.TextRegion;

/** How a split is shown on the review screen: list rows, coloured regions of the text, where an item is. */
final class SplitDisplay {

    private SplitDisplay() {
    }

    static List<ItemRow> rows(SplitResult split) {
        return split.items().stream().map(item -> new ItemRow(item.path(), item.path().split("/").length - 1,
                firstLine(item.concern()), item.response().map(SplitDisplay::firstLine))).toList();
    }

    /** Intro, each item's concern and response (marked when the item is {@code selected}), closing; in text order. */
    static List<TextRegion> regions(SplitResult split, Optional<String> selected) {
        List<TextRegion> all = new ArrayList<>();
        find(split.fullText(), split.intro(), false).ifPresent(s -> all.add(new TextRegion(s, RegionKind.INTRO, false)));
        for (SplitItem item : split.items()) {
            boolean isSelected = selected.filter(item.path()::equals).isPresent();
            all.add(new TextRegion(item.concernSpan(), RegionKind.CONCERN, isSelected));
            item.responseSpan().ifPresent(s -> all.add(new TextRegion(s, RegionKind.RESPONSE, isSelected)));
        }
        find(split.fullText(), split.closing(), true).ifPresent(s -> all.add(new TextRegion(s, RegionKind.CLOSING, false)));
        return List.copyOf(all);
    }

    /** Where an item's text is, from its concern to the end of its response. */
    static Optional<TextSpan> extent(SplitResult split, String path) {
        return split.items().stream().filter(item -> item.path().equals(path)).findFirst().map(SplitDisplay::extent);
    }

    /** The item whose text holds the offset. */
    static Optional<String> itemAt(SplitResult split, int offset) {
        return split.items().stream().filter(item -> offset >= extent(item).start() && offset <= extent(item).end())
                .findFirst().map(SplitItem::path);
    }

    static String firstLine(String text) {
        return text.lines().findFirst().orElse("").strip();
    }

    private static TextSpan extent(SplitItem item) {
        return new TextSpan(item.concernSpan().start(), item.responseSpan().map(TextSpan::end).orElse(item.concernSpan().end()));
    }

    /** Where the intro (searched from the start) or the closing (from the end) sits in the full text. */
    private static Optional<TextSpan> find(String fullText, String part, boolean fromEnd) {
        if (part.isEmpty()) {
            return Optional.empty();
        }
        int at = fromEnd ? fullText.lastIndexOf(part) : fullText.indexOf(part);
        return at < 0 ? Optional.empty() : Optional.of(new TextSpan(at, at + part.length()));
    }
}
