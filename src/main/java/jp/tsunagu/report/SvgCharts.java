package jp.tsunagu.report;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * Bar charts drawn on the server as inline SVG, for the dashboard. No chart library: the pages
 * load nothing from a CDN (offices whose network blocks it, or who work offline, see the same
 * page), the chart is in the HTML that the tests read, and it prints on A4 as the tables do.
 * Every text is escaped: region and kind names are data an administrator may edit.
 */
final class SvgCharts {

    /** One series of a stacked chart: its name in the legend and one value per category. */
    record Series(String name, List<Long> values) {
    }

    /** Fills that stay apart when printed in grey. */
    static final List<String> FILLS = List.of("#1f4e79", "#c55a11", "#548235", "#7f6000", "#7030a0", "#808080", "#2e75b6",
            "#bf9000");

    private static final int LEFT = 40;
    private static final int TOP = 30;
    private static final int PLOT_HEIGHT = 180;
    private static final int BAR_WIDTH = 28;
    private static final int GAP = 12;

    private SvgCharts() {
    }

    /** Vertical bars, one per category (R5.4月 …), each stacked by series (the regions). */
    static String stackedColumns(String title, List<String> categories, List<Series> series) {
        long max = 1;
        for (int i = 0; i < categories.size(); i++) {
            long sum = 0;
            for (Series s : series) {
                sum += s.values().get(i);
            }
            max = Math.max(max, sum);
        }
        int width = LEFT + categories.size() * (BAR_WIDTH + GAP) + 140;
        int height = TOP + PLOT_HEIGHT + 40;
        StringBuilder svg = open(title, width, height);
        axis(svg, max, LEFT + categories.size() * (BAR_WIDTH + GAP));
        for (int i = 0; i < categories.size(); i++) {
            int x = LEFT + GAP / 2 + i * (BAR_WIDTH + GAP);
            double y = TOP + PLOT_HEIGHT;
            long total = 0;
            for (int k = 0; k < series.size(); k++) {
                long value = series.get(k).values().get(i);
                total += value;
                double h = (double) value * PLOT_HEIGHT / max;
                y -= h;
                if (value > 0) {
                    svg.append("<rect x=\"").append(x).append("\" y=\"").append(number(y)).append("\" width=\"").append(BAR_WIDTH)
                            .append("\" height=\"").append(number(h)).append("\" fill=\"").append(fill(k)).append("\"><title>")
                            .append(text(series.get(k).name() + " " + categories.get(i) + " " + value + "件")).append("</title></rect>");
                }
            }
            if (total > 0) {
                label(svg, x + BAR_WIDTH / 2.0, y - 3, Long.toString(total), "middle");
            }
            label(svg, x + BAR_WIDTH / 2.0, TOP + PLOT_HEIGHT + 14, categories.get(i), "middle");
        }
        legend(svg, LEFT + categories.size() * (BAR_WIDTH + GAP) + 10, series.stream().map(Series::name).toList());
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars, one per label, with the value at the bar's end. */
    static String bars(String title, List<String> labels, List<Long> values, String unit) {
        long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
        int labelWidth = 150;
        int plotWidth = 300;
        int row = 20;
        StringBuilder svg = open(title, labelWidth + plotWidth + 60, TOP + labels.size() * row + 10);
        for (int i = 0; i < labels.size(); i++) {
            int y = TOP + i * row;
            double w = (double) values.get(i) * plotWidth / max;
            label(svg, labelWidth - 6, y + 13, labels.get(i), "end");
            svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"").append(number(w))
                    .append("\" height=\"14\" fill=\"").append(fill(0)).append("\"/>");
            label(svg, labelWidth + w + 4, y + 14, values.get(i) + unit, "start");
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int width, int height) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-size=\"11\"><title>").append(text(title)).append("</title>");
        label(svg, 0, 14, title, "start");
        return svg;
    }

    private static void axis(StringBuilder svg, long max, int right) {
        int bottom = TOP + PLOT_HEIGHT;
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(bottom).append("\" x2=\"").append(right)
                .append("\" y2=\"").append(bottom).append("\" stroke=\"#333\"/>");
        label(svg, LEFT - 4, bottom + 4, "0", "end");
        label(svg, LEFT - 4, TOP + 4, Long.toString(max), "end");
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(right)
                .append("\" y2=\"").append(TOP).append("\" stroke=\"#ccc\" stroke-dasharray=\"3 3\"/>");
    }

    private static void legend(StringBuilder svg, int x, List<String> names) {
        for (int k = 0; k < names.size(); k++) {
            int y = TOP + k * 16;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(fill(k)).append("\"/>");
            label(svg, x + 14, y + 9, names.get(k), "start");
        }
    }

    private static void label(StringBuilder svg, double x, double y, String value, String anchor) {
        svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" text-anchor=\"").append(anchor)
                .append("\">").append(text(value)).append("</text>");
    }

    private static String fill(int index) {
        return FILLS.get(index % FILLS.size());
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String text(String value) {
        return HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
