package dev.examloop.exam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Small charts drawn as inline SVG on the server: no chart library, nothing to load in the browser. */
public final class Charts {
    private Charts() {}

    public static String percent(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    /** A horizontal bar for a percentage. */
    public static String bar(double percent) {
        double width = Math.max(0, Math.min(100, percent));
        return String.format(
                Locale.ROOT,
                "<span class=\"bar\" role=\"img\" aria-label=\"%s percent\">"
                        + "<span class=\"fill\" style=\"width:%.1f%%\"></span></span>",
                percent(percent),
                width);
    }

    /** The scale from min to max with the estimate, its range and the pass mark. */
    public static String scaleBar(ResultView.Scaled s) {
        double span = s.scaleMax() - s.scaleMin();
        double low = 100 * (s.low() - s.scaleMin()) / span;
        double high = 100 * (s.high() - s.scaleMin()) / span;
        double point = 100 * (s.point() - s.scaleMin()) / span;
        double pass = 100 * (s.passingScore() - s.scaleMin()) / span;
        return String.format(
                Locale.ROOT,
                """
                <svg class="scale-bar" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" \
                aria-label="Estimate %d, range %d to %d, pass mark %d on a scale of %d to %d">
                <rect x="0" y="5" width="100" height="4" class="track"/>
                <rect x="%.2f" y="3" width="%.2f" height="8" class="range"/>
                <line x1="%.2f" x2="%.2f" y1="0" y2="14" class="pass-line"/>
                <circle cx="%.2f" cy="7" r="1.6" class="point"/>
                </svg>""",
                s.point(),
                s.low(),
                s.high(),
                s.passingScore(),
                s.scaleMin(),
                s.scaleMax(),
                low,
                Math.max(0.5, high - low),
                pass,
                pass,
                point);
    }

    /** One trend chart per pack (packs have their own scale and pass mark), in the order packs were last sat. */
    public static java.util.Map<String, String> trendsByPack(List<AttemptSummary> attempts) {
        java.util.Map<String, String> charts = new java.util.LinkedHashMap<>();
        attempts.stream()
                .filter(a -> a.mode() == Mode.EXAM && a.scaledPoint() != null)
                .map(AttemptSummary::pack)
                .distinct()
                .forEach(pack -> charts.put(
                        pack,
                        trend(attempts.stream()
                                .filter(a -> a.pack().equals(pack))
                                .toList())));
        return charts;
    }

    /** The trend of estimated scaled scores of submitted exam-mode attempts, oldest first, with their ranges. */
    public static String trend(List<AttemptSummary> attempts) {
        List<AttemptSummary> mocks = new ArrayList<>(attempts.stream()
                .filter(a -> a.mode() == Mode.EXAM && a.scaledPoint() != null)
                .toList());
        if (mocks.isEmpty()) {
            return "<p class=\"muted\">The chart appears after your first submitted full mock exam.</p>";
        }
        mocks.sort(Comparator.comparing(AttemptSummary::startedAt));
        int width = 600;
        int height = 220;
        int left = 44;
        int right = 12;
        int top = 12;
        int bottom = 28;
        double min = 100;
        double max = 1000;
        double step = mocks.size() == 1 ? 0 : (double) (width - left - right) / (mocks.size() - 1);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg class=\"trend\" viewBox=\"0 0 %d %d\" role=\"img\" "
                        + "aria-label=\"Estimated scaled score of %d mock exams\">",
                width,
                height,
                mocks.size()));
        for (int tick = 100; tick <= 1000; tick += 150) {
            double y = top + (height - top - bottom) * (1 - (tick - min) / (max - min));
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"grid\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" class=\"tick\">%d</text>",
                    left,
                    width - right,
                    y,
                    y,
                    4,
                    y + 4,
                    tick));
        }
        Integer pass = mocks.get(mocks.size() - 1).passingScore();
        if (pass != null) {
            double y = top + (height - top - bottom) * (1 - (pass - min) / (max - min));
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"pass-line\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" class=\"tick pass\">pass %d</text>",
                    left,
                    width - right,
                    y,
                    y,
                    width - right - 60,
                    y - 4,
                    pass));
        }
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < mocks.size(); i++) {
            AttemptSummary a = mocks.get(i);
            double x = left + (mocks.size() == 1 ? (width - left - right) / 2.0 : i * step);
            double y = top + (height - top - bottom) * (1 - (a.scaledPoint() - min) / (max - min));
            double yLow = top + (height - top - bottom) * (1 - (a.scaledLow() - min) / (max - min));
            double yHigh = top + (height - top - bottom) * (1 - (a.scaledHigh() - min) / (max - min));
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" class=\"range\"/>"
                            + "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" class=\"point\"><title>%s: %d (%d–%d)</title></circle>",
                    x,
                    x,
                    yLow,
                    yHigh,
                    x,
                    y,
                    a.pack(),
                    a.scaledPoint(),
                    a.scaledLow(),
                    a.scaledHigh()));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" class=\"tick\" text-anchor=\"middle\">%s</text>",
                    x,
                    height - 8,
                    java.time.format.DateTimeFormatter.ofPattern("MM-dd")
                            .withZone(java.time.ZoneId.systemDefault())
                            .format(a.startedAt())));
            path.append(i == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f ", x, y));
        }
        svg.append("<path d=\"").append(path.toString().trim()).append("\" class=\"line\"/>");
        svg.append("</svg>");
        return svg.toString();
    }
}
