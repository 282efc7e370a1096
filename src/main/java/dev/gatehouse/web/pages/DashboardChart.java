package dev.gatehouse.web.pages;

import dev.gatehouse.i18n.Messages;
import dev.gatehouse.metrics.History;
import dev.gatehouse.metrics.Range;
import dev.gatehouse.metrics.Series;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * One chart of the console's dashboard, drawn by {@code admin_chart.jte} as inline SVG: stacked bars
 * per bucket, an optional dashed line (a capacity), a text summary for the SVG's {@code <desc>} and
 * the figures for a table. Presentation attributes only (the pages' CSP has no inline style); text
 * and axes in {@code currentColor}, so they follow the page's light or dark scheme.
 *
 * @param id unique on the page, for the SVG's aria-labelledby
 */
public record DashboardChart(String id, String title, String summary, List<Part> parts, List<Bar> bars, Integer lineY,
                             long scaleMax, String firstLabel, String lastLabel, List<Row> rows) {
    public static final int WIDTH = 600;
    public static final int HEIGHT = 180;
    static final int LEFT = 48;
    static final int RIGHT = 592;
    static final int TOP = 10;
    static final int BOTTOM = 150;
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** A stacked part: a series, its label and colour. */
    public record Part(Series series, String label, String color) {}

    /** One drawn rectangle (SVG user units). */
    public record Bar(int x, int y, int width, int height, String color) {}

    /** One bucket with any value, for the table: its start (UTC) and one value per part. */
    public record Row(String time, List<Long> values) {}

    /**
     * @param line a gauge drawn as a dashed line (the capacity), or null; it counts for the scale too
     */
    static DashboardChart of(String id, String title, Messages t, History history, Range range, Instant now, List<Part> parts,
                             Series line) {
        List<History.Window> windows = parts.stream().map(p -> history.window(p.series(), range, now)).toList();
        int n = range.buckets();
        long[] stacked = new long[n];
        for (History.Window w : windows) for (int i = 0; i < n; i++) stacked[i] += w.values()[i];
        long lineValue = line == null ? 0 : history.window(line, range, now).peak();
        long max = Math.max(1, lineValue);
        int busiest = 0;
        for (int i = 0; i < n; i++) {
            if (stacked[i] > stacked[busiest]) busiest = i;
            max = Math.max(max, stacked[i]);
        }
        double slot = (double) (RIGHT - LEFT) / n;
        int barWidth = Math.max(1, (int) Math.floor(slot) - 1);
        List<Bar> bars = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        DateTimeFormatter format = range == Range.HOUR ? HOUR_MINUTE : DAY_TIME;
        History.Window first = windows.get(0);
        for (int i = 0; i < n; i++) {
            int x = LEFT + (int) Math.round(i * slot);
            double base = 0;
            List<Long> values = new ArrayList<>();
            for (int k = 0; k < parts.size(); k++) {
                long v = windows.get(k).values()[i];
                values.add(v);
                if (v == 0) continue;
                int y0 = y(base, max);
                int y1 = y(base + v, max);
                bars.add(new Bar(x, y1, barWidth, Math.max(1, y0 - y1), parts.get(k).color()));
                base += v;
            }
            if (stacked[i] > 0) rows.add(new Row(format.format(first.bucketStart(i)), List.copyOf(values)));
        }
        StringBuilder summary = new StringBuilder();
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            History.Window w = windows.get(k);
            summary.append(p.series().kind() == Series.Kind.COUNTER
                    ? t.get("admin.dashboard.summary.total", p.label(), w.total()) : t.get("admin.dashboard.summary.peak", p.label(), w.peak()))
                    .append(' ');
        }
        if (line != null) summary.append(t.get("admin.dashboard.summary.capacity", lineValue)).append(' ');
        summary.append(stacked[busiest] == 0 ? t.get("admin.dashboard.summary.none")
                : t.get("admin.dashboard.summary.busiest." + range.wire(), format.format(first.bucketStart(busiest)), stacked[busiest]));
        return new DashboardChart(id, title, summary.toString().trim(), parts, bars, line == null ? null : y(lineValue, max), max,
                format.format(first.start()), format.format(first.bucketStart(n - 1)), rows);
    }

    private static int y(double value, long max) {
        return BOTTOM - (int) Math.round(value * (BOTTOM - TOP) / max);
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return RIGHT;
    }

    public int top() {
        return TOP;
    }

    public int bottom() {
        return BOTTOM;
    }
}
