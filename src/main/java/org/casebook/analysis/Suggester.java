package org.casebook.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.casebook.analysis.CodeRules.Hit;
import org.casebook.analysis.LetterText.ItemText;
import org.casebook.analysis.Sentences.Sentence;
import org.casebook.analysis.Suggestions.CodeSuggestion;
import org.casebook.analysis.Suggestions.CommitmentSuggestion;
import org.casebook.analysis.Tokens.Token;
import org.casebook.domain.Codebook;
import org.casebook.domain.CommitmentSource;
import org.casebook.domain.DefaultCodebook;
import org.casebook.domain.ResponseType;
import org.casebook.domain.SuggestionEvidence;
import org.casebook.domain.Theme;

/**
 * Suggests themes for each concern, response types for each response, and the sentences that commit the writer to
 * something, by matching phrase rules on stemmed words (ADR 0010). Pure: the same letter and rules give the same
 * suggestions.
 * <ul>
 *   <li>Themes come from the concern: every theme with a phrase in it, negated or not ("not paid" is still pay).</li>
 *   <li>Response types come from the response, sentence by sentence, as asserted: negated phrases and phrases
 *       overlapped by a longer phrase of another type do not count (see {@link CodeRules#assertedHits}).</li>
 *   <li>A commitment is a sentence of a response, the intro or the closing that has an asserted phrase of the
 *       {@value #COMMITMENT} response type and none of {@value #REFUSAL}: one list of phrases serves both, so
 *       members tune them in one place.</li>
 * </ul>
 */
public final class Suggester {

    static final String COMMITMENT = "commitment";
    static final String REFUSAL = "refusal";

    private final CodeRules themes;
    private final CodeRules responseTypes;
    private final Function<String, String> themeName;
    private final Function<String, String> responseTypeName;

    /** Rules for the default LXP codebook: evidence names its themes and types as that codebook does. */
    public Suggester(RuleSet rules) {
        this(rules, DefaultCodebook.lxp());
    }

    /** Rules whose ids belong to {@code codebook}; ids it does not know are named by the id itself. */
    public Suggester(RuleSet rules, Codebook codebook) {
        Objects.requireNonNull(rules, "rules");
        List<String> themeOrder = codebook.themes().stream().map(Theme::id).toList();
        List<String> typeOrder = codebook.responseTypes().stream().map(ResponseType::id).toList();
        this.themes = new CodeRules(rules.themePhrases(), inOrder(themeOrder));
        this.responseTypes = new CodeRules(rules.responseTypePhrases(), inOrder(typeOrder));
        this.themeName = id -> codebook.theme(id).map(Theme::name).orElse(id);
        this.responseTypeName = id -> codebook.responseType(id).map(ResponseType::name).orElse(id);
    }

    public Suggestions suggest(LetterText letter) {
        List<CodeSuggestion> themeSuggestions = new ArrayList<>();
        List<CodeSuggestion> typeSuggestions = new ArrayList<>();
        List<CommitmentSuggestion> commitments = new ArrayList<>();
        for (ItemText item : letter.items()) {
            themeSuggestions.addAll(codes(item.itemId(), item.concern(), false, "theme", themeName));
            item.response().ifPresent(response -> {
                typeSuggestions.addAll(codes(item.itemId(), response, true, "response type", responseTypeName));
                commitments.addAll(commitments(response, CommitmentSource.ITEM, Optional.of(item.itemId())));
            });
        }
        commitments.addAll(commitments(letter.intro(), CommitmentSource.INTRO, Optional.empty()));
        commitments.addAll(commitments(letter.closing(), CommitmentSource.CLOSING, Optional.empty()));
        return new Suggestions(themeSuggestions, typeSuggestions, commitments);
    }

    /** One suggestion per code found in the text, with its first phrase in the text as evidence. */
    private List<CodeSuggestion> codes(long itemId, String text, boolean asserted, String kind,
                                       Function<String, String> names) {
        CodeRules rules = asserted ? responseTypes : themes;
        List<CodeSuggestion> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Found> hits = new ArrayList<>();
        for (Sentence sentence : Sentences.of(text)) {
            List<Token> tokens = tokens(text, sentence);
            (asserted ? rules.assertedHits(tokens) : rules.hits(tokens)).forEach(h -> hits.add(new Found(h, tokens)));
        }
        hits.sort(Comparator.comparing(f -> rules.rank(f.hit().codeId())));
        for (Found f : hits) {
            if (seen.add(f.hit().codeId())) {
                found.add(new CodeSuggestion(itemId, f.hit().codeId(), evidence(kind + " \"" + names.apply(f.hit().codeId())
                        + "\"", text, f)));
            }
        }
        return found;
    }

    private List<CommitmentSuggestion> commitments(String text, CommitmentSource source, Optional<Long> itemId) {
        List<CommitmentSuggestion> found = new ArrayList<>();
        for (Sentence sentence : Sentences.of(text)) {
            List<Token> tokens = tokens(text, sentence);
            List<Hit> hits = responseTypes.assertedHits(tokens);
            boolean declines = hits.stream().anyMatch(h -> h.codeId().equals(REFUSAL));
            hits.stream().filter(h -> h.codeId().equals(COMMITMENT) && !declines).findFirst().ifPresent(hit ->
                    found.add(new CommitmentSuggestion(source, itemId, collapse(sentence.in(text)),
                            evidence("commitment", text, new Found(hit, tokens)))));
        }
        return found;
    }

    /** The sentence's tokens with offsets into the whole text. */
    private static List<Token> tokens(String text, Sentence sentence) {
        return Tokens.of(sentence.in(text)).stream()
                .map(t -> new Token(t.term(), t.start() + sentence.start(), t.end() + sentence.start())).toList();
    }

    private static SuggestionEvidence evidence(String what, String text, Found found) {
        Phrase.Match match = found.hit().match();
        String words = text.substring(found.tokens().get(match.first()).start(), found.tokens().get(match.last()).end());
        return new SuggestionEvidence(what + ": phrase \"" + match.phrase().text() + "\"", collapse(words));
    }

    /** Line breaks and runs of spaces from the layout are not part of the words. */
    private static String collapse(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** Known ids in codebook order, then others by id. */
    private static Comparator<String> inOrder(List<String> known) {
        return Comparator.comparingInt((String id) -> known.contains(id) ? known.indexOf(id) : known.size())
                .thenComparing(Function.identity());
    }

    private record Found(Hit hit, List<Token> tokens) {
    }
}
