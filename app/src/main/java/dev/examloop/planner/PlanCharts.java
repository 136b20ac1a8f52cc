package dev.examloop.planner;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/** The Today page's small charts, drawn as inline SVG on the server (nothing to load in the browser). */
public final class PlanCharts {
    private PlanCharts() {}

    /** Planned against done minutes per day: a pale bar for the plan, a solid one for what was done. */
    public static String days(List<TodayView.DayTally> days) {
        int width = 40 * Math.max(1, days.size()) + 20;
        int height = 140;
        int max = Math.max(
                60,
                days.stream()
                        .mapToInt(d -> Math.max(d.planned(), d.done()))
                        .max()
                        .orElse(60));
        StringBuilder svg = new StringBuilder(
                "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 " + width + " " + height + "\" width=\"" + width
                        + "\" height=\"" + height + "\"><title>Planned and done study minutes per day</title>");
        for (int i = 0; i < days.size(); i++) {
            TodayView.DayTally day = days.get(i);
            int x = 10 + 40 * i;
            int planned = 100 * day.planned() / max;
            int done = 100 * day.done() / max;
            svg.append("<rect x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(110 - planned)
                    .append("\" width=\"16\" height=\"")
                    .append(planned)
                    .append("\" fill=\"#c9d6ea\"><title>")
                    .append(day.date())
                    .append(": planned ")
                    .append(day.planned())
                    .append(" min</title></rect>");
            svg.append("<rect x=\"")
                    .append(x + 16)
                    .append("\" y=\"")
                    .append(110 - done)
                    .append("\" width=\"16\" height=\"")
                    .append(done)
                    .append("\" fill=\"#1f5fbf\"><title>")
                    .append(day.date())
                    .append(": done ")
                    .append(day.done())
                    .append(" min</title></rect>");
            svg.append("<text x=\"")
                    .append(x + 16)
                    .append("\" y=\"128\" font-size=\"10\" text-anchor=\"middle\">")
                    .append(day.date().substring(5))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** Done against done-plus-planned domain study per domain. */
    public static String domains(List<TodayView.DomainTally> domains) {
        int width = 500;
        int height = 26 * Math.max(1, domains.size()) + 8;
        int max = Math.max(
                60,
                domains.stream().mapToInt(TodayView.DomainTally::total).max().orElse(60));
        StringBuilder svg = new StringBuilder("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 " + width + " " + height
                + "\" width=\"" + width + "\" height=\"" + height + "\"><title>Domain study done and planned</title>");
        for (int i = 0; i < domains.size(); i++) {
            TodayView.DomainTally domain = domains.get(i);
            int y = 6 + 26 * i;
            int total = 200 * domain.total() / max;
            int done = 200 * domain.done() / max;
            svg.append("<text x=\"0\" y=\"")
                    .append(y + 13)
                    .append("\" font-size=\"11\">")
                    .append(HtmlUtils.htmlEscape(shorten(domain.title())))
                    .append("</text>");
            svg.append("<rect x=\"170\" y=\"")
                    .append(y)
                    .append("\" width=\"")
                    .append(total)
                    .append("\" height=\"16\" fill=\"#c9d6ea\"/>");
            svg.append("<rect x=\"170\" y=\"")
                    .append(y)
                    .append("\" width=\"")
                    .append(done)
                    .append("\" height=\"16\" fill=\"#1d7a3a\"/>");
            svg.append("<text x=\"")
                    .append(378)
                    .append("\" y=\"")
                    .append(y + 13)
                    .append("\" font-size=\"11\">")
                    .append(domain.done())
                    .append(" / ")
                    .append(domain.total())
                    .append(" min</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String title) {
        return title.length() <= 28 ? title : title.substring(0, 27) + "…";
    }

    /** "1 h 30 min", "45 min". */
    public static String minutes(int minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }

    /** A timer's seconds as "12:05". */
    public static String clock(long seconds) {
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
