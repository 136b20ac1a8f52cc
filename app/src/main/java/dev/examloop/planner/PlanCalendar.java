package dev.examloop.planner;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The plan as an iCalendar (RFC 5545) document, made with ical4j: one event per block that takes time,
 * laid end to end from {@value #DAY_STARTS_AT} in the goal's time zone (the exam at its own time), in UTC.
 * Event ids are the blocks' keys, so a calendar app that subscribes updates events in place as the plan
 * re-forms; their time stamp is the moment the document was made.
 */
public final class PlanCalendar {
    /** The hour a study day's first block starts in the calendar. */
    static final int DAY_STARTS_AT = 8;

    private PlanCalendar() {}

    public static String of(PlanView plan, Instant now) {
        ZoneId zone = ZoneId.of(plan.goal().timeZone());
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Examloop//Study plan//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new net.fortuna.ical4j.model.property.XProperty(
                "X-WR-CALNAME", "Examloop: " + plan.goal().pack() + " plan"));
        int events = 0;
        for (DayView day : plan.days()) {
            Instant at = LocalDate.parse(day.date())
                    .atTime(LocalTime.of(DAY_STARTS_AT, 0))
                    .atZone(zone)
                    .toInstant();
            if (day.type().equals("exam-day")) {
                // The light review ends half an hour before the exam.
                int before = day.blocks().stream()
                        .filter(b -> !b.kind().equals("exam"))
                        .mapToInt(BlockView::minutes)
                        .sum();
                at = plan.goal().examAt().minusSeconds(60L * (before + 30));
            }
            for (BlockView block : day.blocks()) {
                if (block.minutes() == 0) {
                    continue;
                }
                Instant start = block.kind().equals("exam") ? plan.goal().examAt() : at;
                Instant end = start.plusSeconds(60L * block.minutes());
                VEvent event = new VEvent(start, end, block.title());
                event.replace(new DtStamp(now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
                event.add(new Uid(block.key() + "@" + plan.goal().id() + ".examloop"));
                event.add(new Description(block.kindLabel() + ". " + block.detail()));
                if (block.link() != null && block.link().startsWith("http")) {
                    event.add(new Url(java.net.URI.create(block.link())));
                }
                calendar.add(event);
                events++;
                if (!block.kind().equals("exam")) {
                    at = end;
                }
            }
        }
        if (events == 0) {
            // RFC 5545 wants at least one component: the exam itself, when nothing else is left to plan.
            VEvent exam = new VEvent(
                    plan.goal().examAt(),
                    plan.goal().examAt().plusSeconds(3600),
                    plan.goal().pack() + " exam");
            exam.replace(new DtStamp(now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
            exam.add(new Uid("exam@" + plan.goal().id() + ".examloop"));
            calendar.add(exam);
        }
        // ical4j writes the document unfolded here; IcsFolding folds it at 75 octets (RFC 5545 3.1).
        return IcsFolding.fold(calendar.toString());
    }
}
