package org.casebook.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.ui.workspace.Rows.DEFLECTION;
import static org.casebook.ui.workspace.Rows.PAY;
import static org.casebook.ui.workspace.Rows.PEER;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.casebook.domain.Letter;
import org.casebook.domain.Stance;
import org.casebook.ui.workspace.ItemFilter.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What each part of the filter lets through, on rows made by hand. */
class ItemFilterTest {

    private static final Letter BOARD = Rows.letter(1, "Board reply", Optional.of(LocalDate.of(2026, 10, 1)),
            Optional.of(10L), Optional.of(100L));
    private static final Letter FOI = Rows.letter(2, "FOI reply", Optional.empty(), Optional.of(10L), Optional.empty());
    private static final Letter LOOSE = Rows.letter(3, "Loose", Optional.empty(), Optional.empty(), Optional.empty());

    /** "1": pay, disputed, deflection, a commitment. */
    private static final ItemRow ONE = Rows.row(Rows.item(11, 1, "1", 0, "Paid in vouchers", Optional.of("A policy from long ago."),
            Stance.DISPUTE, "Not fair at all"), BOARD, List.of(PAY), List.of(DEFLECTION), 1);
    /** "2": peer roles, agreed, no response type, no commitment. */
    private static final ItemRow TWO = Rows.row(Rows.item(21, 2, "2", 0, "No career pathway", Optional.of("We agree."),
            Stance.AGREE, ""), FOI, List.of(PEER), List.of(), 0);
    /** "3/a": nothing said yet, no response, in a letter with no body. */
    private static final ItemRow THREE_A = Rows.row(Rows.item(31, 3, "3/a", 0, "Left out of decisions 2", Optional.empty(),
            Stance.UNDECIDED, ""), LOOSE, List.of(), List.of(), 0);
    private static final List<ItemRow> ROWS = List.of(ONE, TWO, THREE_A);

    static Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of("nothing", ItemFilter.NONE, List.of("1", "2", "3/a")),
                Arguments.of("blank text", ItemFilter.NONE.withText("   "), List.of("1", "2", "3/a")),
                Arguments.of("concern", ItemFilter.NONE.withText("VOUCHERS"), List.of("1")),
                Arguments.of("response", ItemFilter.NONE.withText("policy"), List.of("1")),
                Arguments.of("rationale", ItemFilter.NONE.withText(" not fair "), List.of("1")),
                Arguments.of("theme name", ItemFilter.NONE.withText("peer"), List.of("2")),
                Arguments.of("whole number only", ItemFilter.NONE.withText("3/A"), List.of("3/a")),
                Arguments.of("number as part of text", ItemFilter.NONE.withText("2"), List.of("2", "3/a")),
                Arguments.of("theme", ItemFilter.NONE.withTheme(Optional.of("pay")), List.of("1")),
                Arguments.of("stance", ItemFilter.NONE.withStance(Optional.of(Stance.UNDECIDED)), List.of("3/a")),
                Arguments.of("response type", ItemFilter.NONE.withResponseType(Optional.of("deflection")), List.of("1")),
                Arguments.of("commitments", ItemFilter.NONE.withCommitmentsOnly(true), List.of("1")),
                Arguments.of("body", ItemFilter.NONE.withScope(new Scope(Scope.Kind.BODY, 10)), List.of("1", "2")),
                Arguments.of("no body", ItemFilter.NONE.withScope(Scope.NO_BODY), List.of("3/a")),
                Arguments.of("meeting", ItemFilter.NONE.withScope(new Scope(Scope.Kind.MEETING, 100)), List.of("1")),
                Arguments.of("letter", ItemFilter.NONE.withScope(new Scope(Scope.Kind.LETTER, 2)), List.of("2")),
                Arguments.of("letter and text", ItemFilter.NONE.withScope(new Scope(Scope.Kind.LETTER, 2))
                        .withText("vouchers"), List.of()),
                Arguments.of("stance and theme disagreeing", ItemFilter.NONE.withStance(Optional.of(Stance.AGREE))
                        .withTheme(Optional.of("pay")), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void letsThroughOnlyRowsMatchingEveryPart(String what, ItemFilter filter, List<String> expected) {
        Predicate<ItemRow> predicate = filter.predicate();

        assertThat(ROWS.stream().filter(predicate).map(ItemRow::path)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> narrowing() {
        return Stream.of(
                Arguments.of("nothing", ItemFilter.NONE, false),
                Arguments.of("a place in the tree", ItemFilter.NONE.withScope(new Scope(Scope.Kind.LETTER, 2)), false),
                Arguments.of("blank text", ItemFilter.NONE.withText("  "), false),
                Arguments.of("text", ItemFilter.NONE.withText("pay"), true),
                Arguments.of("theme", ItemFilter.NONE.withTheme(Optional.of("pay")), true),
                Arguments.of("stance", ItemFilter.NONE.withStance(Optional.of(Stance.AGREE)), true),
                Arguments.of("response type", ItemFilter.NONE.withResponseType(Optional.of("deflection")), true),
                Arguments.of("commitments", ItemFilter.NONE.withCommitmentsOnly(true), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("narrowing")
    void onlyTheFilterBarCountsAsNarrowingBeyondThePlaceInTheTree(String what, ItemFilter filter, boolean narrows) {
        assertThat(filter.narrowsBeyondScope()).isEqualTo(narrows);
    }

    @Test
    void clearingKeepsThePlaceInTheTreeAndDropsEverythingElse() {
        Scope letter = new Scope(Scope.Kind.LETTER, 2);
        ItemFilter busy = ItemFilter.NONE.withScope(letter).withText("pay").withTheme(Optional.of("pay"))
                .withStance(Optional.of(Stance.AGREE)).withResponseType(Optional.of("deflection"))
                .withCommitmentsOnly(true);

        ItemFilter cleared = busy.cleared();

        assertThat(cleared).isEqualTo(new ItemFilter(letter, "", Optional.empty(), Optional.empty(), Optional.empty(),
                false));
        assertThat(cleared.narrowsBeyondScope()).isFalse();
        assertThat(ItemFilter.NONE.cleared()).isEqualTo(ItemFilter.NONE);
    }

    @Test
    void eachWithChangesOnlyItsOwnPart() {
        ItemFilter filter = ItemFilter.NONE.withText("pay").withStance(Optional.of(Stance.AGREE));

        assertThat(filter.withTheme(Optional.of("pay"))).isEqualTo(new ItemFilter(Scope.ALL, "pay", Optional.of("pay"),
                Optional.of(Stance.AGREE), Optional.empty(), false));
        assertThat(filter.withStance(Optional.empty()).withResponseType(Optional.of("deflection")))
                .isEqualTo(new ItemFilter(Scope.ALL, "pay", Optional.empty(), Optional.empty(), Optional.of("deflection"),
                        false));
    }
}
