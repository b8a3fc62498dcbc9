package org.casebook.importing.reading;

import java.util.ArrayList;
import java.util.List;
import org.casebook.importing.model.StyleRun;

/** Characters with their style runs; the working form readers build lines from. */
record StyledText(String text, List<StyleRun> runs) {

    static final StyledText EMPTY = new StyledText("", List.of());

    StyledText {
        runs = List.copyOf(runs);
    }

    StyledText substring(int from, int to) {
        List<StyleRun> cut = new ArrayList<>();
        for (StyleRun run : runs) {
            int start = Math.max(run.start(), from);
            int end = Math.min(run.end(), to);
            if (start < end) {
                cut.add(new StyleRun(start - from, end - from, run.italic(), run.bold()));
            }
        }
        return new StyledText(text.substring(from, to), cut);
    }

    StyledText append(StyledText other) {
        Builder builder = new Builder();
        builder.append(this);
        builder.append(other);
        return builder.build();
    }

    /** Tabs made spaces; the length, and so the runs, stay as they are. */
    StyledText withoutTabs() {
        return text.indexOf('\t') < 0 ? this : new StyledText(text.replace('\t', ' '), runs);
    }

    /** Without leading and trailing whitespace, runs adjusted. */
    StyledText strip() {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == text.length() ? this : substring(start, end);
    }

    /** Collects characters style by style, merging neighbours of the same style into one run. */
    static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<StyleRun> runs = new ArrayList<>();

        Builder append(String chars, boolean italic, boolean bold) {
            if (chars.isEmpty()) {
                return this;
            }
            int start = text.length();
            text.append(chars);
            int last = runs.size() - 1;
            if (last >= 0 && runs.get(last).italic() == italic && runs.get(last).bold() == bold) {
                runs.set(last, new StyleRun(runs.get(last).start(), text.length(), italic, bold));
            } else {
                runs.add(new StyleRun(start, text.length(), italic, bold));
            }
            return this;
        }

        Builder append(StyledText other) {
            for (StyleRun run : other.runs()) {
                append(other.text().substring(run.start(), run.end()), run.italic(), run.bold());
            }
            return this;
        }

        /** Takes off a space the text ends with, so that another separator can stand in its place. */
        Builder dropTrailingSpace() {
            int last = text.length() - 1;
            if (last < 0 || text.charAt(last) != ' ') {
                return this;
            }
            text.setLength(last);
            StyleRun run = runs.get(runs.size() - 1);
            if (run.start() == last) {
                runs.remove(runs.size() - 1);
            } else {
                runs.set(runs.size() - 1, new StyleRun(run.start(), last, run.italic(), run.bold()));
            }
            return this;
        }

        int length() {
            return text.length();
        }

        boolean isEmpty() {
            return text.length() == 0;
        }

        /** The style of the last character, or roman when empty. */
        boolean lastItalic() {
            return !runs.isEmpty() && runs.get(runs.size() - 1).italic();
        }

        boolean lastBold() {
            return !runs.isEmpty() && runs.get(runs.size() - 1).bold();
        }

        StyledText build() {
            return new StyledText(text.toString(), runs);
        }

        void clear() {
            text.setLength(0);
            runs.clear();
        }
    }
}
