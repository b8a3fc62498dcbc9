package org.casebook.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casebook.domain.CancelledException;
import org.casebook.domain.Item;
import org.casebook.domain.ProgressListener;
import org.casebook.domain.Stance;
import org.casebook.report.model.EmptyPackException;
import org.casebook.report.model.PackDocument;
import org.casebook.report.model.PackScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When the builder stops without a pack: the member cancelled it, or nothing matches the scope. */
class BriefingPackRefusalTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 9, 1);
    private static final PackOptions OPTIONS = PackOptions.standard("Briefing", TODAY);

    private final BriefingPack builder = new BriefingPack();

    @ParameterizedTest(name = "cancelled after progress call {0}")
    @ValueSource(ints = {1, 2, 3})
    void aCancelledBuildStopsAtTheNextStepAndReportsNoMore(int callsBeforeCancel) {
        CancelAfter progress = new CancelAfter(callsBeforeCancel);

        assertThatThrownBy(() -> builder.build(oneItem(), PackScope.everything(), OPTIONS, progress))
                .isInstanceOf(CancelledException.class).hasMessageContaining("briefing pack");
        assertThat(progress.messages).hasSize(callsBeforeCancel);
    }

    @Test
    void aBuildNobodyCancelsReportsEveryStepToTheEnd() {
        CancelAfter progress = new CancelAfter(Integer.MAX_VALUE);

        PackDocument pack = builder.build(oneItem(), PackScope.everything(), OPTIONS, progress);

        assertThat(pack.items()).isEqualTo(1);
        assertThat(progress.messages).hasSize(5).last().isEqualTo("Done");
    }

    @Test
    void anEmptyScopeIsRefusedInTheMembersWords() {
        CancelAfter progress = new CancelAfter(Integer.MAX_VALUE);
        PackScope nothing = PackScope.everything().withStances(Set.of(Stance.AGREE));

        assertThatThrownBy(() -> builder.build(oneItem(), nothing, OPTIONS, progress))
                .isInstanceOf(EmptyPackException.class)
                .hasMessage("No concerns match this choice of meeting, letters, themes, stances and threads. "
                        + "Widen the choice and make the pack again.");
        assertThat(progress.messages).as("nothing laid out").hasSize(1);
    }

    /** A case of one letter with one disputed item and nothing else. */
    private static PackInput oneItem() {
        Item item = new Item(1, 1, Optional.empty(), "1", "1", 0, "A concern", Optional.of("An answer"),
                Optional.empty(), Optional.empty(), Stance.DISPUTE, "");
        return OneLetterCase.input(TODAY, "Dear Forum,\n\nThank you.", List.of(item));
    }

    /** Records progress messages and says "cancelled" once it has seen {@code limit} of them. */
    private static final class CancelAfter implements ProgressListener {
        private final int limit;
        private final List<String> messages = new ArrayList<>();

        CancelAfter(int limit) {
            this.limit = limit;
        }

        @Override
        public void progress(long done, long total, String message) {
            messages.add(message);
        }

        @Override
        public boolean isCancelled() {
            return messages.size() >= limit;
        }
    }
}
