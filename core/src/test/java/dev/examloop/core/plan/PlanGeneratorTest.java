package dev.examloop.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.examloop.core.plan.LearnerState.DomainEvidence;
import dev.examloop.core.plan.LearnerState.DoneBlock;
import dev.examloop.core.plan.LearnerState.SectionSuggestion;
import dev.examloop.core.plan.StudyGoal.DomainWeight;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlanGeneratorTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** A Monday. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    static final List<DomainWeight> MLS = List.of(
            new DomainWeight("1", "Data Engineering", 20),
            new DomainWeight("2", "Exploratory Data Analysis", 24),
            new DomainWeight("3", "Modeling", 36),
            new DomainWeight("4", "ML Implementation and Operations", 20));

    static StudyGoal goal(int daysOut, Map<DayOfWeek, Integer> hours, Set<LocalDate> daysOff, Duration window) {
        return new StudyGoal(
                ZonedDateTime.of(TODAY.plusDays(daysOut), LocalTime.of(9, 0), ZONE),
                hours,
                daysOff,
                window,
                180,
                65,
                MLS);
    }

    /** Four hours on weekdays, six at the weekend. */
    static Map<DayOfWeek, Integer> sprintHours() {
        Map<DayOfWeek, Integer> hours = new EnumMap<>(StudyGoal.everyDay(240));
        hours.put(DayOfWeek.SATURDAY, 360);
        hours.put(DayOfWeek.SUNDAY, 360);
        return hours;
    }

    static LearnerState withEvidence(Map<String, DomainEvidence> evidence) {
        return new LearnerState(evidence, Map.of(), 45, null, 0, List.of(), List.of());
    }

    @Nested
    @DisplayName("a 10-day sprint with 4–6 hours a day")
    class TenDaySprint {
        final StudyGoal goal = goal(10, sprintHours(), Set.of(), StudyGoal.DEFAULT_FINAL_WINDOW);
        final StudyPlan plan = PlanGenerator.generate(goal, LearnerState.fresh(), TODAY);

        @Test
        void plansEveryDayFromTodayToTheExam() {
            assertThat(plan.days()).hasSize(11);
            assertThat(plan.days().getFirst().date()).isEqualTo(TODAY);
            assertThat(plan.days().getLast().type()).isEqualTo(DayType.EXAM_DAY);
        }

        @Test
        void neverPlansMoreThanTheHoursOfTheDay() {
            assertThat(plan.days())
                    .isNotEmpty()
                    .allSatisfy(day -> assertThat(day.plannedMinutes()).isLessThanOrEqualTo(day.availableMinutes()));
        }

        @Test
        void fillsEveryStudyDayToWithinAQuarterOfAnHour() {
            assertThat(plan.days())
                    .filteredOn(d -> d.type() == DayType.STUDY)
                    .isNotEmpty()
                    .allSatisfy(day -> assertThat(day.plannedMinutes()).isGreaterThan(day.availableMinutes() - 15));
        }

        @Test
        void placesAMockWithItsPostMortemEveryDayThatHasRoomAndEveryOtherDayOtherwise() {
            List<LocalDate> mockDays = plan.days().stream()
                    .filter(d -> d.blocks().stream().anyMatch(b -> b.kind() == BlockKind.MOCK_EXAM))
                    .map(PlanDay::date)
                    .toList();
            // Mon 240: mock; Tue 240: too soon; Wed: mock; Thu: no; Fri: mock; Sat 360: mock; Sun 360: mock; Mon 240:
            // no.
            assertThat(mockDays)
                    .containsExactly(TODAY, TODAY.plusDays(2), TODAY.plusDays(4), TODAY.plusDays(5), TODAY.plusDays(6));
            assertThat(plan.days())
                    .filteredOn(d -> mockDays.contains(d.date()))
                    .hasSize(mockDays.size())
                    .allSatisfy(day -> {
                        assertThat(day.blocks().getFirst().kind()).isEqualTo(BlockKind.MOCK_EXAM);
                        assertThat(day.blocks().getFirst().minutes()).isEqualTo(180);
                        assertThat(day.blocks().get(1).kind()).isEqualTo(BlockKind.POST_MORTEM);
                        assertThat(day.blocks().get(1).minutes()).isEqualTo(60);
                    });
        }

        @Test
        void givesTheFinalFortyEightHoursToReviewsOnly() {
            assertThat(plan.days())
                    .filteredOn(d -> d.type() == DayType.FINAL_WINDOW)
                    .extracting(PlanDay::date)
                    .containsExactly(TODAY.plusDays(8), TODAY.plusDays(9));
            assertThat(plan.days())
                    .filteredOn(d -> !d.date().isBefore(TODAY.plusDays(8)))
                    .flatMap(PlanDay::blocks)
                    .extracting(PlannedBlock::kind)
                    .containsOnly(BlockKind.BOARD_REVIEW, BlockKind.LIGHT_PRACTICE, BlockKind.EXAM);
        }

        @Test
        void endsWithTheExamAtItsTime() {
            PlannedBlock exam = plan.days().getLast().blocks().getLast();
            assertThat(exam.kind()).isEqualTo(BlockKind.EXAM);
            assertThat(exam.title()).isEqualTo("The exam at 09:00");
        }

        @Test
        void splitsDomainStudyByBlueprintWeightWhenNothingIsMeasuredYet() {
            int total =
                    plan.shares().stream().mapToInt(DomainShare::plannedMinutes).sum();
            assertThat(total).isPositive();
            for (DomainShare share : plan.shares()) {
                assertThat(share.share()).isCloseTo(share.weight() / 100.0, within(1e-9));
                assertThat(share.plannedMinutes())
                        .isCloseTo(
                                (int) Math.round(total * share.weight() / 100.0),
                                org.assertj.core.data.Offset.offset(15));
            }
        }

        @Test
        void keepsDomainBlocksBetweenAQuarterAndAnHourAndAHalf() {
            assertThat(plan.days())
                    .flatMap(PlanDay::blocks)
                    .filteredOn(b -> b.kind().domainStudy())
                    .isNotEmpty()
                    .allSatisfy(b -> assertThat(b.minutes()).isBetween(15, 90).matches(m -> m % 15 == 0));
        }

        @Test
        void isTheSamePlanForTheSameInputs() {
            assertThat(PlanGenerator.generate(goal, LearnerState.fresh(), TODAY))
                    .isEqualTo(plan);
        }
    }

    @Nested
    @DisplayName("days off")
    class DaysOff {
        @Test
        void plansNothingButRestOnADayOffOrAWeekdayWithoutHours() {
            Map<DayOfWeek, Integer> hours = new EnumMap<>(StudyGoal.everyDay(300));
            hours.put(DayOfWeek.SUNDAY, 0);
            LocalDate wednesday = TODAY.plusDays(2);
            StudyPlan plan = PlanGenerator.generate(
                    goal(20, hours, Set.of(wednesday), StudyGoal.DEFAULT_FINAL_WINDOW), LearnerState.fresh(), TODAY);

            for (LocalDate date : List.of(wednesday, TODAY.plusDays(6), TODAY.plusDays(13))) {
                PlanDay day = plan.day(date).orElseThrow();
                assertThat(day.type()).as(date.toString()).isEqualTo(DayType.DAY_OFF);
                assertThat(day.blocks()).extracting(PlannedBlock::kind).containsExactly(BlockKind.REST);
                assertThat(day.plannedMinutes()).isZero();
            }
        }

        @Test
        void movesTheMockOfADayOffToTheNextDayThatHasRoom() {
            StudyPlan plan = PlanGenerator.generate(
                    goal(10, StudyGoal.everyDay(360), Set.of(TODAY), StudyGoal.DEFAULT_FINAL_WINDOW),
                    LearnerState.fresh(),
                    TODAY);
            assertThat(plan.nextMock()).contains(TODAY.plusDays(1));
        }
    }

    @Nested
    @DisplayName("the final window")
    class FinalWindow {
        @Test
        void followsTheConfiguredLength() {
            StudyPlan plan = PlanGenerator.generate(
                    goal(10, StudyGoal.everyDay(300), Set.of(), Duration.ofHours(72)), LearnerState.fresh(), TODAY);
            assertThat(plan.days())
                    .filteredOn(d -> d.type() == DayType.FINAL_WINDOW)
                    .hasSize(3);
        }

        @Test
        void reviewsTheBoardAndPracticesLightlyWithTheDaysHours() {
            StudyPlan plan = PlanGenerator.generate(
                    goal(10, StudyGoal.everyDay(300), Set.of(), StudyGoal.DEFAULT_FINAL_WINDOW),
                    LearnerState.fresh(),
                    TODAY);
            PlanDay day = plan.day(TODAY.plusDays(9)).orElseThrow();
            assertThat(day.blocks())
                    .extracting(PlannedBlock::kind, PlannedBlock::minutes)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(BlockKind.BOARD_REVIEW, 270),
                            org.assertj.core.groups.Tuple.tuple(BlockKind.LIGHT_PRACTICE, 30));
        }

        @Test
        void coversTheWholePlanWhenTheExamIsTwoDaysAway() {
            StudyPlan plan = PlanGenerator.generate(
                    goal(2, StudyGoal.everyDay(300), Set.of(), StudyGoal.DEFAULT_FINAL_WINDOW),
                    LearnerState.fresh(),
                    TODAY);
            assertThat(plan.mocks()).isZero();
            assertThat(plan.days())
                    .flatMap(PlanDay::blocks)
                    .noneMatch(b -> b.kind().domainStudy());
        }
    }

    @Nested
    @DisplayName("after a weak mock")
    class ReformingAfterAWeakMock {
        final StudyGoal goal = goal(20, StudyGoal.everyDay(300), Set.of(), StudyGoal.DEFAULT_FINAL_WINDOW);
        final StudyPlan before = PlanGenerator.generate(goal, LearnerState.fresh(), TODAY);
        final LearnerState afterMock = withEvidence(Map.of(
                "1", new DomainEvidence(11, 13, 85, 0, 0),
                "2", new DomainEvidence(13, 16, 81, 0, 0),
                "3", new DomainEvidence(12, 23, 52, 2, 0),
                "4", new DomainEvidence(11, 13, 85, 0, 0)));
        final StudyPlan after = PlanGenerator.generate(goal, afterMock, TODAY);

        @Test
        void givesTheWeakDomainMoreTimeThanItsWeight() {
            DomainShare modeling = after.shares().get(2);
            assertThat(modeling.share()).isGreaterThan(0.36);
            assertThat(modeling.plannedMinutes())
                    .isGreaterThan(before.shares().get(2).plannedMinutes());
            assertThat(after.shares().get(0).plannedMinutes())
                    .isLessThan(before.shares().get(0).plannedMinutes());
        }

        @Test
        void saysWhatChangedAndWhy() {
            List<String> changes = PlanChanges.between(PlanSnapshot.of(before), PlanSnapshot.of(after));
            int delta = after.shares().get(2).plannedMinutes()
                    - before.shares().get(2).plannedMinutes();
            assertThat(changes).contains("Modeling +" + delta + " min: scored 52 % in the last mock");
            assertThat(changes)
                    .anyMatch(line ->
                            line.startsWith("Data Engineering -") && line.endsWith("scored 85 % in the last mock"));
        }

        @Test
        void explainsEachDomainsShare() {
            assertThat(after.shares().get(2).explanation())
                    .isEqualTo("Modeling: 36 % of the blueprint, 52 % in the last mock, 2 red cards → "
                            + Math.round(after.shares().get(2).share() * 100) + " % of study time");
        }
    }

    @Nested
    @DisplayName("during the day")
    class DuringTheDay {
        final StudyGoal goal = goal(20, StudyGoal.everyDay(300), Set.of(), StudyGoal.DEFAULT_FINAL_WINDOW);

        @Test
        void doesNotPlanASecondMockOnceOneIsDoneToday() {
            LearnerState state = new LearnerState(
                    Map.of(),
                    Map.of(),
                    45,
                    null,
                    1,
                    List.of(new DoneBlock(TODAY + ":mock-exam:1", BlockKind.MOCK_EXAM, null, 180)),
                    List.of());
            PlanDay today = PlanGenerator.generate(goal, state, TODAY).days().getFirst();
            assertThat(today.availableMinutes()).isEqualTo(120);
            assertThat(today.blocks())
                    .extracting(PlannedBlock::kind)
                    .doesNotContain(BlockKind.MOCK_EXAM)
                    .startsWith(BlockKind.POST_MORTEM);
            assertThat(today.blocks()).extracting(PlannedBlock::key).doesNotContain(TODAY + ":mock-exam:1");
        }

        @Test
        void neverGivesANewBlockTheKeyOfOneAlreadyStarted() {
            String started = TODAY + ":documentation:3:1";
            LearnerState state = new LearnerState(
                    Map.of(),
                    Map.of(),
                    45,
                    null,
                    0,
                    List.of(new DoneBlock(started, BlockKind.DOCUMENTATION, "3", 60)),
                    List.of());
            assertThat(PlanGenerator.generate(goal, state, TODAY)
                            .days()
                            .getFirst()
                            .blocks())
                    .extracting(PlannedBlock::key)
                    .doesNotContain(started);
        }

        @Test
        void sizesSpacedReviewFromTheDueForecast() {
            LearnerState state =
                    new LearnerState(Map.of(), Map.of(TODAY.plusDays(1), 40), 45, null, 0, List.of(), List.of());
            PlannedBlock review =
                    PlanGenerator.generate(goal, state, TODAY).day(TODAY.plusDays(1)).orElseThrow().blocks().stream()
                            .filter(b -> b.kind() == BlockKind.SPACED_REVIEW)
                            .findFirst()
                            .orElseThrow();
            assertThat(review.minutes()).isEqualTo(30);
            assertThat(review.detail()).startsWith("40 cards due");
        }

        @Test
        void pointsDomainBlocksToSectionsMarkedRevisitFirst() {
            LearnerState state = new LearnerState(
                    Map.of(),
                    Map.of(),
                    45,
                    null,
                    0,
                    List.of(),
                    List.of(new SectionSuggestion(
                            "s1", "Exam readiness course", "Modeling module", 45, "3", true, true)));
            List<PlannedBlock> modeling = PlanGenerator.generate(goal, state, TODAY).days().stream()
                    .flatMap(d -> d.blocks().stream())
                    .filter(b -> "3".equals(b.domainId()))
                    .toList();
            assertThat(modeling.getFirst().title()).isEqualTo("Revisit: Exam readiness course — Modeling module");
            assertThat(modeling.getFirst().kind()).isEqualTo(BlockKind.COURSE_REVIEW);
            assertThat(modeling.getFirst().sectionId()).isEqualTo("s1");
            assertThat(modeling.subList(1, modeling.size())).allMatch(b -> b.sectionId() == null);
        }

        @Test
        void givesADomainLessOfTheRestOnceItHasBeenStudied() {
            LearnerState studied = withEvidence(Map.of("3", new DomainEvidence(0, 0, null, 0, 600)));
            StudyPlan plan = PlanGenerator.generate(goal, studied, TODAY);
            StudyPlan fresh = PlanGenerator.generate(goal, LearnerState.fresh(), TODAY);
            assertThat(plan.shares().get(2).plannedMinutes())
                    .isLessThan(fresh.shares().get(2).plannedMinutes());
        }

        @Test
        void saysWhenPlannedTimeWasLeftUndone() {
            StudyPlan yesterday = PlanGenerator.generate(goal, LearnerState.fresh(), TODAY.minusDays(1));
            StudyPlan today = PlanGenerator.generate(goal, LearnerState.fresh(), TODAY);
            int plannedYesterday = yesterday.days().getFirst().minutesFor("3");
            assertThat(plannedYesterday).as("Modeling time planned yesterday").isGreaterThanOrEqualTo(15);
            assertThat(PlanChanges.between(PlanSnapshot.of(yesterday), PlanSnapshot.of(today)))
                    .anyMatch(l -> l.matches("Modeling [+-]\\d+ min: " + plannedYesterday + " min planned on "
                            + TODAY.minusDays(1) + " left undone"));
        }

        @Test
        void carriesCardsDueOnADayOffToTheNextStudyDay() {
            StudyGoal withDayOff =
                    goal(20, StudyGoal.everyDay(300), Set.of(TODAY.plusDays(1)), StudyGoal.DEFAULT_FINAL_WINDOW);
            LearnerState state =
                    new LearnerState(Map.of(), Map.of(TODAY.plusDays(1), 200), 45, null, 0, List.of(), List.of());
            PlannedBlock review =
                    PlanGenerator.generate(withDayOff, state, TODAY)
                            .day(TODAY.plusDays(2))
                            .orElseThrow()
                            .blocks()
                            .stream()
                            .filter(b -> b.kind() == BlockKind.SPACED_REVIEW)
                            .findFirst()
                            .orElseThrow();
            assertThat(review.detail()).startsWith("200 cards due");
            assertThat(review.minutes()).isEqualTo(90);
        }

        @Test
        void carriesWhatADaysReviewCannotCoverToTheNextDay() {
            LearnerState state =
                    new LearnerState(Map.of(), Map.of(TODAY.plusDays(1), 200), 45, null, 0, List.of(), List.of());
            StudyPlan plan = PlanGenerator.generate(goal, state, TODAY);
            // 90 min at 45 s covers 120 cards; the other 80 come back the next day.
            assertThat(plan.day(TODAY.plusDays(2)).orElseThrow().blocks())
                    .filteredOn(b -> b.kind() == BlockKind.SPACED_REVIEW)
                    .extracting(PlannedBlock::detail)
                    .singleElement()
                    .asString()
                    .startsWith("80 cards due");
        }

        @Test
        void neverMakesASectionBlockLongerThanTheSection() {
            LearnerState state = new LearnerState(
                    Map.of(),
                    Map.of(),
                    45,
                    null,
                    0,
                    List.of(),
                    List.of(new SectionSuggestion("s1", "Exam guide", "Domain 3", 20, "3", false, false)));
            PlannedBlock block = PlanGenerator.generate(goal, state, TODAY).days().stream()
                    .flatMap(d -> d.blocks().stream())
                    .filter(b -> "s1".equals(b.sectionId()))
                    .findFirst()
                    .orElseThrow();
            assertThat(block.minutes()).isEqualTo(30);
            assertThat(block.title()).isEqualTo("Read: Exam guide — Domain 3");
        }
    }

    @Test
    void plansNothingOnceTheExamIsPast() {
        StudyPlan plan = PlanGenerator.generate(
                goal(-1, StudyGoal.everyDay(300), Set.of(), StudyGoal.DEFAULT_FINAL_WINDOW),
                LearnerState.fresh(),
                TODAY);
        assertThat(plan.days()).isEmpty();
        assertThat(plan.nextMock()).isEmpty();
    }
}
