package org.casebook.importing.split;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casebook.domain.TextSpan;

/**
 * Pairs a list of questions with a second list that answers them by number. Two real shapes: an FOI reply that
 * lists every question and then repeats each with its answer ("You asked: … Our response: …"), and a letter whose
 * questions sit in one block and numbered answers in another. Either way a member wants one pair per question.
 */
public final class QuestionAnswerMatcher {

    /** Share of first-list items that must lack an answer, and of their numbers found again, to pair the lists. */
    private static final double PAIRING_SHARE = 0.5;
    /** Word overlap above which the second list's text repeats the question rather than answering it. */
    private static final double REPEAT_OVERLAP = 0.6;

    /** Whether the lists are paired: when they look pairable, always (the member said so), or never. */
    public enum Pairing { AUTO, ALWAYS, NEVER }

    /**
     * The items after pairing and what a member should check.
     *
     * @param paired   whether a second list was paired with the first
     * @param restated whether the second list mostly repeated the questions with their answers
     */
    public record Matched(List<ItemDraft> items, List<String> warnings, boolean paired, boolean restated) {
        public Matched {
            items = List.copyOf(items);
            warnings = List.copyOf(warnings);
        }
    }

    private QuestionAnswerMatcher() {
    }

    public static Matched match(List<ItemDraft> drafts, String fullText) {
        return match(drafts, fullText, Pairing.AUTO);
    }

    public static Matched match(List<ItemDraft> drafts, String fullText, Pairing pairing) {
        List<ItemDraft> questions = drafts.stream().filter(d -> d.item().run() == 0).toList();
        List<ItemDraft> second = drafts.stream().filter(d -> d.item().run() == 1).toList();
        List<ItemDraft> rest = drafts.stream().filter(d -> d.item().run() > 1).toList();
        if (second.isEmpty()) {
            return new Matched(drafts, List.of(), false, false);
        }
        List<String> warnings = new ArrayList<>();
        if (!rest.isEmpty()) {
            warnings.add("numbering starts again at 1 more than once; lists after the second are kept as separate parts");
        }
        if (pairing == Pairing.NEVER || pairing == Pairing.AUTO && !pairable(questions, second)) {
            warnings.add("numbering starts again at 1; the second list is kept as part 2");
            List<ItemDraft> out = new ArrayList<>(questions);
            drafts.stream().filter(d -> d.item().run() > 0).map(QuestionAnswerMatcher::asPart).forEach(out::add);
            return new Matched(out, warnings, false, false);
        }
        int restated = 0;
        int pairs = 0;
        Map<String, ItemDraft> answersByPath = new LinkedHashMap<>();
        second.forEach(d -> answersByPath.putIfAbsent(d.item().path(), d));
        List<ItemDraft> out = new ArrayList<>();
        for (ItemDraft question : questions) {
            ItemDraft answer = answersByPath.remove(question.item().path());
            if (answer == null) {
                // The question's own "response" is whatever sat between it and the answers ("Answers" heading): drop it.
                out.add(new ItemDraft(question.item(), new Boundary(question.boundary().concern(), Optional.empty(),
                        Evidence.NONE), question.body()));
            } else {
                ItemDraft paired = pair(question, answer, fullText);
                restated += paired.item() == answer.item() ? 1 : 0;
                pairs++;
                out.add(paired);
            }
        }
        for (ItemDraft orphan : answersByPath.values()) {
            warnings.add("answer " + orphan.item().path() + " has no matching question");
            out.add(new ItemDraft(orphan.item(), new Boundary(new TextSpan(orphan.body().start(), orphan.body().start()),
                    Optional.of(orphan.body()), Evidence.NONE), orphan.body()));
        }
        out.addAll(rest.stream().map(QuestionAnswerMatcher::asPart).toList());
        return new Matched(out, warnings, true, restated * 2 > pairs);
    }

    private static boolean pairable(List<ItemDraft> questions, List<ItemDraft> second) {
        long unanswered = questions.stream().filter(q -> q.boundary().response().isEmpty()).count();
        Set<String> questionPaths = new HashSet<>();
        questions.forEach(q -> questionPaths.add(q.item().path()));
        long found = second.stream().filter(a -> questionPaths.contains(a.item().path())).count();
        // The last question's extent runs into whatever heads the answers, so allow it one "response".
        return unanswered >= Math.max(1, (questions.size() - 1) * PAIRING_SHARE) && found >= questions.size() * PAIRING_SHARE;
    }

    private static ItemDraft pair(ItemDraft question, ItemDraft answer, String fullText) {
        Boundary own = answer.boundary();
        boolean explicit = own.evidence() == Evidence.MARKER || own.evidence() == Evidence.STYLE;
        String answerText = fullText.substring(answer.body().start(), answer.body().end());
        String questionText = fullText.substring(question.boundary().concern().start(), question.boundary().concern().end());
        // An answer that echoes the question's words ("There were 148 vacancies …") but has no answer of its own
        // after them is an answer, not the question restated.
        if (own.response().isPresent() && (explicit || overlap(answerText, questionText) >= REPEAT_OVERLAP)) {
            // The second list repeats the question with its answer: it is the fuller record, keep its split.
            TextSpan concern = own.concern().length() > 0 ? own.concern() : question.boundary().concern();
            return new ItemDraft(answer.item(), new Boundary(concern, own.response(), own.evidence()), answer.body());
        }
        // The second list holds only answers: the question's words, the answer's text.
        Optional<TextSpan> response = answer.body().length() > 0 ? Optional.of(answer.body()) : Optional.empty();
        return new ItemDraft(question.item(), new Boundary(question.boundary().concern(), response,
                response.isPresent() ? Evidence.PARAGRAPH : Evidence.NONE), question.body());
    }

    /** Share of the question's words that the other text contains. */
    private static double overlap(String text, String question) {
        Set<String> words = words(text);
        Set<String> asked = words(question);
        if (asked.isEmpty()) {
            return 0;
        }
        return asked.stream().filter(words::contains).count() / (double) asked.size();
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2) {
                words.add(w);
            }
        }
        return words;
    }

    private static ItemDraft asPart(ItemDraft d) {
        String prefix = "part " + (d.item().run() + 1) + "/";
        SequencedItem i = d.item();
        SequencedItem renamed = new SequencedItem(i.paragraph(), i.label(), prefix + i.path(),
                i.parentPath().map(p -> prefix + p), i.labelLength(), i.run());
        return new ItemDraft(renamed, d.boundary(), d.body());
    }
}
