package org.casebook.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.casebook.analysis.Suggestions.CodeSuggestion;
import org.casebook.analysis.Suggestions.CommitmentSuggestion;
import org.casebook.analysis.model.EvaluationReport;
import org.casebook.analysis.model.Score;
import org.casebook.domain.Expected;
import org.casebook.domain.Expected.ExpectedCommitment;
import org.casebook.domain.Expected.ExpectedItem;

/**
 * How well suggestions agree with hand-made ground truth. Themes and response types are compared as sets per item
 * (by path) and counted over all items together (micro-averaged); a commitment is found when a suggested sentence in
 * the same place contains how the expected one starts, each counted once.
 */
public final class Evaluation {

    private Evaluation() {
    }

    public static EvaluationReport score(Expected expected, LetterText letter, Suggestions suggestions) {
        Map<Long, String> paths = new HashMap<>();
        letter.items().forEach(item -> paths.put(item.itemId(), item.path()));
        List<String> missed = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        Score themes = codes("theme", expected, ExpectedItem::themes, suggestions.themes(), paths, missed, extra);
        Score types = codes("response type", expected, ExpectedItem::responseTypes, suggestions.responseTypes(), paths,
                missed, extra);
        Score commitments = commitments(expected.commitments(), suggestions.commitments(), paths, missed, extra);
        return new EvaluationReport(themes, types, commitments, missed, extra);
    }

    private static Score codes(String kind, Expected expected, Function<ExpectedItem, Set<String>> codesOf,
                               List<CodeSuggestion> suggested, Map<Long, String> paths, List<String> missed,
                               List<String> extra) {
        Set<String> truth = new HashSet<>();
        expected.items().forEach(item -> codesOf.apply(item).forEach(code -> truth.add(item.path() + " " + code)));
        Set<String> offered = new HashSet<>();
        suggested.forEach(s -> offered.add(paths.getOrDefault(s.itemId(), "#" + s.itemId()) + " " + s.codeId()));
        int found = 0;
        for (String pair : truth) {
            if (offered.contains(pair)) {
                found++;
            } else {
                missed.add(describe(pair, kind));
            }
        }
        offered.stream().filter(pair -> !truth.contains(pair)).forEach(pair -> extra.add(describe(pair, kind)));
        missed.sort(null);
        extra.sort(null);
        return new Score(found, truth.size(), offered.size());
    }

    private static String describe(String pathAndCode, String kind) {
        int space = pathAndCode.indexOf(' ');
        return pathAndCode.substring(0, space) + " " + kind + " " + pathAndCode.substring(space + 1);
    }

    private static Score commitments(List<ExpectedCommitment> expected, List<CommitmentSuggestion> suggested,
                                     Map<Long, String> paths, List<String> missed, List<String> extra) {
        List<CommitmentSuggestion> unused = new ArrayList<>(suggested);
        int found = 0;
        for (ExpectedCommitment commitment : expected) {
            String start = normalised(commitment.evidenceStarts());
            CommitmentSuggestion match = unused.stream()
                    .filter(s -> place(s, paths).equals(commitment.place()) && normalised(s.sentence()).contains(start))
                    .findFirst().orElse(null);
            if (match == null) {
                missed.add(commitment.place() + " commitment \"" + commitment.evidenceStarts() + "\"");
            } else {
                unused.remove(match);
                found++;
            }
        }
        unused.forEach(s -> extra.add(place(s, paths) + " commitment \"" + s.sentence() + "\""));
        return new Score(found, expected.size(), suggested.size());
    }

    private static String place(CommitmentSuggestion suggestion, Map<Long, String> paths) {
        return switch (suggestion.source()) {
            case INTRO -> Expected.INTRO;
            case CLOSING -> Expected.CLOSING;
            case ITEM -> suggestion.itemId().map(id -> paths.getOrDefault(id, "#" + id)).orElse("?");
        };
    }

    /** Compared as the ground truth is written: runs of white space as one space, straight quotes, any case. */
    static String normalised(String text) {
        return text.replaceAll("[\u2018\u2019]", "'").replaceAll("[\u201c\u201d]", "\"").replaceAll("\\s+", " ")
                .strip().toLowerCase(Locale.ROOT);
    }
}
