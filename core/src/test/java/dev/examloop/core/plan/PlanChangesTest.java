package dev.examloop.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanChangesTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    static DomainShare share(String title, double mastery, int red, Integer lastMock, int studied, int planned) {
        return new DomainShare(title.substring(0, 1), title, 50, mastery, 1, 0.5, red, lastMock, studied, planned);
    }

    static PlanSnapshot snapshot(LocalDate from, DomainShare... shares) {
        return new PlanSnapshot(from, List.of(shares), Map.of("S", 60, "C", 60), 3);
    }

    @Test
    void namesASecondMockWithTheSameScoreAsANewMockResult() {
        PlanSnapshot before = snapshot(DAY, share("Storage", 0.2, 0, 0, 0, 600));
        PlanSnapshot after = snapshot(DAY, share("Storage", 1.0 / 8, 0, 0, 0, 720));
        assertThat(PlanChanges.between(before, after)).containsExactly("Storage +120 min: scored 0 % in the last mock");
    }

    @Test
    void namesRedCardsWhenTheyChanged() {
        PlanSnapshot before = snapshot(DAY, share("Storage", 0.5, 1, null, 0, 600));
        PlanSnapshot after = snapshot(DAY, share("Storage", 0.5, 3, null, 0, 660));
        assertThat(PlanChanges.between(before, after)).containsExactly("Storage +60 min: 3 red cards (was 1)");
    }

    @Test
    void namesTimeLeftUndoneOnAPastDay() {
        PlanSnapshot before = snapshot(DAY, share("Storage", 0.5, 0, null, 0, 600));
        PlanSnapshot after = snapshot(DAY.plusDays(1), share("Storage", 0.5, 0, null, 0, 540));
        assertThat(PlanChanges.between(before, after))
                .containsExactly("Storage -60 min: 60 min planned on 2026-11-30 left undone");
    }

    @Test
    void namesStudyOfAnotherDomainAsARebalance() {
        PlanSnapshot before =
                snapshot(DAY, share("Storage", 0.5, 0, null, 0, 600), share("Compute", 0.5, 0, null, 0, 600));
        PlanSnapshot after =
                snapshot(DAY, share("Storage", 0.5, 0, null, 90, 555), share("Compute", 0.5, 0, null, 0, 645));
        assertThat(PlanChanges.between(before, after))
                .containsExactly(
                        "Storage -45 min: studied 90 min", "Compute +45 min: rebalanced after 90 min of Storage study");
    }

    @Test
    void saysNothingForMovesUnderAQuarterOfAnHour() {
        PlanSnapshot before = snapshot(DAY, share("Storage", 0.5, 0, null, 0, 600));
        PlanSnapshot after = snapshot(DAY, share("Storage", 0.5, 0, null, 0, 610));
        assertThat(PlanChanges.between(before, after)).isEmpty();
    }
}
