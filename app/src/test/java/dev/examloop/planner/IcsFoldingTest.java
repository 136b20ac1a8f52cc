package dev.examloop.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.junit.jupiter.api.Test;

class IcsFoldingTest {
    private static final String LONG_TEXT = "Révision du domaine « Modélisation » – SageMaker AI: "
            + "entraînement distribué, réglage des hyperparamètres 🧠 et évaluation "
                    .repeat(4)
                    .strip();

    private static String calendarWith(String description) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Examloop test//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        VEvent event =
                new VEvent(Instant.parse("2026-12-08T08:00:00Z"), Instant.parse("2026-12-08T09:00:00Z"), "Study");
        event.add(new Description(description));
        calendar.add(event);
        return calendar.toString();
    }

    @Test
    void foldsEveryContentLineAtSeventyFiveOctetsEvenWithMultiByteCharacters() {
        String folded = IcsFolding.fold(calendarWith(LONG_TEXT));
        String[] lines = folded.split("\r\n");
        assertThat(lines).hasSizeGreaterThan(6);
        assertThat(Arrays.stream(lines)
                        .mapToInt(l -> l.getBytes(StandardCharsets.UTF_8).length)
                        .max()
                        .orElseThrow())
                .isLessThanOrEqualTo(75);
        assertThat(folded).endsWith("\r\n").doesNotContain("\n\n");
    }

    @Test
    void neverSplitsACharacterAcrossTwoLines() {
        String folded = IcsFolding.fold("DESCRIPTION:" + "é".repeat(100) + "🧠".repeat(30) + "\r\n");
        for (String line : folded.split("\r\n")) {
            assertThat(new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                    .isEqualTo(line);
            assertThat(line.chars().filter(c -> Character.isSurrogate((char) c)).count() % 2)
                    .isZero();
        }
    }

    @Test
    void keepsTheTextWhenIcal4jReadsTheFoldedDocumentBack() throws Exception {
        String folded = IcsFolding.fold(calendarWith(LONG_TEXT));
        Calendar parsed = new CalendarBuilder().build(new StringReader(folded));
        VEvent event = parsed.<VEvent>getComponents(Component.VEVENT).get(0);
        assertThat(event.getDescription().getValue()).isEqualTo(LONG_TEXT);
    }

    @Test
    void foldingTwiceGivesTheSameDocument() {
        String once = IcsFolding.fold(calendarWith(LONG_TEXT));
        assertThat(IcsFolding.fold(once)).isEqualTo(once);
    }
}
