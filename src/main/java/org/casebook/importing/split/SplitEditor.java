package org.casebook.importing.split;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.casebook.domain.TextSpan;
import org.casebook.importing.model.SplitItem;
import org.casebook.importing.model.SplitResult;

/**
 * The member's corrections to a split, each returning a new {@link SplitResult}. Every item is kept as where its text
 * starts, where its response starts (if it has one) and where it ends in the full text; concern and response texts
 * and spans are recomputed from those positions (stripped of surrounding white space), and paths from labels and
 * parents. The result therefore always satisfies {@code fullText.substring(span) == text}. Edits that cannot be done
 * throw {@link IllegalArgumentException} with a message a member can read.
 */
public final class SplitEditor {

    private final SplitResult split;

    public SplitEditor(SplitResult split) {
        this.split = Objects.requireNonNull(split, "split");
    }

    /** Moves the concern/response boundary of item {@code path} to {@code offset}, which must lie inside the item. */
    public SplitResult responseStartsAt(String path, int offset) {
        Pieces pieces = new Pieces(split);
        Piece piece = pieces.find(path);
        requireInside(piece, offset, path);
        if (pieces.trimmed(piece.start, offset).length() == 0) {
            throw new IllegalArgumentException("Item " + path + " would have no concern left: put the start of the "
                    + "response after the concern's text.");
        }
        if (pieces.trimmed(offset, piece.end).length() == 0) {
            throw new IllegalArgumentException("Nothing of item " + path + " would be left for the response.");
        }
        piece.boundary = OptionalInt.of(offset);
        return pieces.result();
    }

    /** Folds the response of item {@code path} back into its concern: the Trust gave no answer to it. */
    public SplitResult markNoResponse(String path) {
        Pieces pieces = new Pieces(split);
        Piece piece = pieces.find(path);
        if (piece.boundary.isEmpty()) {
            throw new IllegalArgumentException("Item " + path + " already has no response.");
        }
        piece.boundary = OptionalInt.empty();
        return pieces.result();
    }

    /**
     * Joins the next item in the letter to item {@code path}: its text becomes part of this one (part of the response
     * when this item has one, otherwise the concern runs on to the next item's response) and its sub-items move under
     * this one.
     */
    public SplitResult mergeWithNext(String path) {
        Pieces pieces = new Pieces(split);
        Piece piece = pieces.find(path);
        int index = pieces.list.indexOf(piece);
        if (index + 1 >= pieces.list.size()) {
            throw new IllegalArgumentException("Item " + path + " is the last item; there is nothing after it to merge with.");
        }
        Piece next = pieces.list.get(index + 1);
        if (piece.boundary.isEmpty()) {
            piece.boundary = next.boundary;
        }
        piece.end = next.end;
        pieces.list.stream().filter(p -> p.parent.filter(next::equals).isPresent()).forEach(p -> p.parent = Optional.of(piece));
        pieces.list.remove(index + 1);
        return pieces.result();
    }

    /**
     * Splits item {@code path} in two at {@code offset}. The first part keeps the label, the sub-items and whatever of
     * the response lies before the offset; the second part comes right after it under the same parent, with a
     * provisional label (the next number or letter when that is free, otherwise {@code ?}) for the member to change.
     */
    public SplitResult splitAt(String path, int offset) {
        Pieces pieces = new Pieces(split);
        Piece first = pieces.find(path);
        requireInside(first, offset, path);
        OptionalInt boundary = first.boundary;
        Piece second = new Piece(provisionalLabel(pieces, first), first.parent, offset,
                boundary.isPresent() && boundary.getAsInt() > offset ? boundary : OptionalInt.empty(), first.end);
        first.boundary = boundary.isPresent() && boundary.getAsInt() < offset ? boundary : OptionalInt.empty();
        first.end = offset;
        if (pieces.concern(first).length() == 0 || pieces.concern(second).length() == 0) {
            throw new IllegalArgumentException("Splitting item " + path + " there would leave one part without text.");
        }
        pieces.list.add(pieces.list.indexOf(first) + 1, second);
        return pieces.result();
    }

    /** Gives item {@code path} a new label; its sub-items' paths follow. */
    public SplitResult relabel(String path, String label) {
        Pieces pieces = new Pieces(split);
        Piece piece = pieces.find(path);
        String clean = label.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("An item needs a label, such as 3 or b.");
        }
        if (clean.contains("/")) {
            throw new IllegalArgumentException("A label cannot contain /, which separates the levels of a path.");
        }
        pieces.requireFreeLabel(piece, piece.parent, clean);
        piece.label = clean;
        return pieces.result();
    }

    /** Moves item {@code path} under {@code parentPath}, or to the top level when that is empty. */
    public SplitResult reparent(String path, Optional<String> parentPath) {
        Pieces pieces = new Pieces(split);
        Piece piece = pieces.find(path);
        Optional<Piece> parent = parentPath.map(pieces::find);
        if (parent.isPresent()) {
            Piece p = parent.get();
            if (p == piece) {
                throw new IllegalArgumentException("Item " + path + " cannot be its own parent.");
            }
            for (Optional<Piece> up = p.parent; up.isPresent(); up = up.get().parent) {
                if (up.get() == piece) {
                    throw new IllegalArgumentException("Item " + path + " cannot go under " + parentPath.get()
                            + ", which is one of its own sub-items.");
                }
            }
            if (pieces.list.indexOf(p) > pieces.list.indexOf(piece)) {
                throw new IllegalArgumentException("Item " + path + " cannot go under " + parentPath.get()
                        + ", which comes after it in the letter.");
            }
        }
        pieces.requireFreeLabel(piece, parent, piece.label);
        piece.parent = parent;
        return pieces.result();
    }

    private static void requireInside(Piece piece, int offset, String path) {
        if (offset <= piece.start || offset >= piece.end) {
            throw new IllegalArgumentException("That place is not inside the text of item " + path + ".");
        }
    }

    /** The next number or letter after the item's own label when no sibling has it yet; otherwise {@code ?}. */
    private static String provisionalLabel(Pieces pieces, Piece piece) {
        String label = piece.label;
        Optional<String> next = Optional.empty();
        if (label.matches("\\d{1,9}")) {
            next = Optional.of(Integer.toString(Integer.parseInt(label) + 1));
        } else if (label.matches("[a-yA-Y]")) {
            next = Optional.of(String.valueOf((char) (label.charAt(0) + 1)));
        }
        Set<String> taken = new HashSet<>();
        pieces.list.stream().filter(p -> p.parent.equals(piece.parent)).forEach(p -> taken.add(p.label));
        if (next.isPresent() && !taken.contains(next.get())) {
            return next.get();
        }
        String candidate = "?";
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = "?" + n;
        }
        return candidate;
    }

    /** One item while it is being edited: positions in the full text, not texts. */
    private static final class Piece {
        String label;
        Optional<Piece> parent;
        int start;
        OptionalInt boundary;
        int end;

        Piece(String label, Optional<Piece> parent, int start, OptionalInt boundary, int end) {
            this.label = label;
            this.parent = parent;
            this.start = start;
            this.boundary = boundary;
            this.end = end;
        }

        String path() {
            return parent.map(p -> p.path() + "/").orElse("") + label;
        }
    }

    /** The items of one split as pieces, in document order, and the way back to a {@link SplitResult}. */
    private static final class Pieces {
        private final SplitResult source;
        private final List<Piece> list = new ArrayList<>();

        Pieces(SplitResult source) {
            this.source = source;
            java.util.Map<String, Piece> byPath = new java.util.HashMap<>();
            for (SplitItem item : source.items()) {
                Optional<Piece> parent = item.parentPath().map(byPath::get);
                int end = Math.max(item.concernSpan().end(), item.responseSpan().map(TextSpan::end).orElse(0));
                OptionalInt boundary = item.responseSpan().map(s -> OptionalInt.of(s.start())).orElse(OptionalInt.empty());
                Piece piece = new Piece(item.label(), parent, item.concernSpan().start(), boundary, end);
                byPath.put(item.path(), piece);
                list.add(piece);
            }
        }

        Piece find(String path) {
            return list.stream().filter(p -> p.path().equals(path)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("There is no item " + path + "."));
        }

        void requireFreeLabel(Piece piece, Optional<Piece> parent, String label) {
            boolean taken = list.stream().anyMatch(p -> p != piece && p.parent.equals(parent) && p.label.equals(label));
            if (taken) {
                String path = parent.map(p -> p.path() + "/").orElse("") + label;
                throw new IllegalArgumentException("There is already an item " + path + ".");
            }
        }

        TextSpan concern(Piece piece) {
            return trimmed(piece.start, piece.boundary.orElse(piece.end));
        }

        /** The span without white space at either end, so that its text is the stripped text. */
        TextSpan trimmed(int start, int end) {
            String text = source.fullText();
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            return new TextSpan(s, e);
        }

        SplitResult result() {
            String text = source.fullText();
            List<SplitItem> items = new ArrayList<>();
            Set<String> paths = new HashSet<>();
            for (Piece piece : list) {
                String path = piece.path();
                if (!paths.add(path)) {
                    throw new IllegalArgumentException("Two items would both be " + path + "; change one of their labels first.");
                }
                TextSpan concern = concern(piece);
                Optional<TextSpan> response = piece.boundary.isPresent()
                        ? Optional.of(trimmed(piece.boundary.getAsInt(), piece.end)).filter(s -> s.length() > 0)
                        : Optional.empty();
                items.add(new SplitItem(piece.label, path, piece.parent.map(Piece::path),
                        text.substring(concern.start(), concern.end()),
                        response.map(s -> text.substring(s.start(), s.end())), concern, response));
            }
            return new SplitResult(text, source.intro(), items, source.closing(), source.confidence(), source.warnings(),
                    source.shape());
        }
    }
}
