package io.modelintake.approval.overview;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Draws a {@link Chart} as inline SVG: a title, a y axis with ticks and its label, the categories along the x
 * axis with its label, and a legend. The UI's Content-Security-Policy allows no script and no inline style, so
 * everything is drawn with presentation attributes; every text is XML-escaped.
 */
public final class SvgChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 320;
    private static final int LEFT = 60;
    private static final int RIGHT = 16;
    private static final int TOP = 40;
    private static final int BOTTOM = 250;
    /** Colour-blind-safe (Okabe–Ito) colours, one per series in order. */
    static final List<String> COLOURS = List.of("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9",
            "#F0E442", "#000000", "#999999", "#7F3C8D");
    /** At most this many category labels along the x axis; the table lists every one. */
    private static final int MAX_X_LABELS = 13;

    private SvgChart() {
    }

    public static String svg(Chart chart) {
        StringBuilder svg = new StringBuilder();
        String titleId = chart.id() + "-title";
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(escape(chart.id()))
                .append("-svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"100%\" role=\"img\" aria-labelledby=\"").append(escape(titleId))
                .append("\" font-family=\"sans-serif\" font-size=\"11\">");
        svg.append("<title id=\"").append(escape(titleId)).append("\">").append(escape(chart.title())).append("</title>");
        svg.append(text(LEFT, 20, "start", chart.title(), "font-size=\"14\" font-weight=\"bold\""));
        double max = niceMax(maxValue(chart));
        axes(svg, chart, max);
        if (chart.kind() == Chart.Kind.STACKED_BARS) {
            bars(svg, chart, max);
        } else {
            lines(svg, chart, max);
        }
        legend(svg, chart);
        return svg.append("</svg>").toString();
    }

    private static double maxValue(Chart chart) {
        double max = 0;
        for (int i = 0; i < chart.categories().size(); i++) {
            double stacked = 0;
            for (Series series : chart.series()) {
                Double value = series.values().get(i);
                if (value != null) {
                    stacked = chart.kind() == Chart.Kind.STACKED_BARS ? stacked + value : Math.max(stacked, value);
                }
            }
            max = Math.max(max, stacked);
        }
        return max;
    }

    /** The top of the y axis: 1, 2 or 5 times a power of ten, at least the largest value (1 for no data). */
    static double niceMax(double max) {
        if (max <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * power >= max) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static void axes(StringBuilder svg, Chart chart, double max) {
        int ticks = 5;
        for (int t = 0; t <= ticks; t++) {
            double value = max * t / ticks;
            double y = y(value, max);
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, t == 0 ? "#667085" : "#e4e7ec"));
            svg.append(text(LEFT - 6, y + 4, "end", Chart.format(Math.round(value * 10) / 10.0), ""));
        }
        svg.append(line(LEFT, TOP, LEFT, BOTTOM, "#667085"));
        int n = chart.categories().size();
        int every = Math.max(1, (int) Math.ceil(n / (double) MAX_X_LABELS));
        for (int i = 0; i < n; i += every) {
            svg.append(text(center(i, n), BOTTOM + 16, "middle", chart.categories().get(i), ""));
        }
        svg.append(text((LEFT + WIDTH - RIGHT) / 2.0, BOTTOM + 36, "middle", chart.xLabel(), "fill=\"#667085\""));
        svg.append(text(14, (TOP + BOTTOM) / 2.0, "middle", chart.yLabel(),
                "fill=\"#667085\" transform=\"rotate(-90 14 " + number((TOP + BOTTOM) / 2.0) + ")\""));
    }

    private static void bars(StringBuilder svg, Chart chart, double max) {
        int n = chart.categories().size();
        double slot = slot(n);
        double width = Math.max(1, slot * 0.7);
        for (int i = 0; i < n; i++) {
            double base = 0;
            for (int s = 0; s < chart.series().size(); s++) {
                Series series = chart.series().get(s);
                Double value = series.values().get(i);
                if (value == null || value <= 0) {
                    continue;
                }
                double top = y(base + value, max);
                svg.append("<rect x=\"").append(number(center(i, n) - width / 2)).append("\" y=\"").append(number(top))
                        .append("\" width=\"").append(number(width)).append("\" height=\"")
                        .append(number(y(base, max) - top)).append("\" fill=\"").append(colour(s)).append("\">")
                        .append("<title>").append(escape(series.name() + ", " + chart.categories().get(i) + ": "
                                + Chart.format(value))).append("</title></rect>");
                base += value;
            }
        }
    }

    private static void lines(StringBuilder svg, Chart chart, double max) {
        int n = chart.categories().size();
        for (int s = 0; s < chart.series().size(); s++) {
            Series series = chart.series().get(s);
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < n; i++) {
                Double value = series.values().get(i);
                if (value == null) {
                    // A gap (no decision in that bucket) breaks the line rather than drawing it through zero.
                    polyline(svg, points, s);
                    points.setLength(0);
                    continue;
                }
                points.append(number(center(i, n))).append(',').append(number(y(value, max))).append(' ');
                svg.append("<circle cx=\"").append(number(center(i, n))).append("\" cy=\"").append(number(y(value, max)))
                        .append("\" r=\"3\" fill=\"").append(colour(s)).append("\"><title>")
                        .append(escape(series.name() + ", " + chart.categories().get(i) + ": " + Chart.format(value)))
                        .append("</title></circle>");
            }
            polyline(svg, points, s);
        }
    }

    private static void polyline(StringBuilder svg, StringBuilder points, int series) {
        if (!points.isEmpty()) {
            svg.append("<polyline points=\"").append(points.toString().strip()).append("\" fill=\"none\" stroke=\"")
                    .append(colour(series)).append("\" stroke-width=\"2\"/>");
        }
    }

    private static void legend(StringBuilder svg, Chart chart) {
        double x = LEFT;
        double y = HEIGHT - 14;
        for (int s = 0; s < chart.series().size(); s++) {
            String name = chart.series().get(s).name();
            svg.append("<g class=\"legend-item\"><rect x=\"").append(number(x)).append("\" y=\"").append(number(y - 9))
                    .append("\" width=\"10\" height=\"10\" fill=\"").append(colour(s)).append("\"/>")
                    .append(text(x + 14, y, "start", name, "")).append("</g>");
            x += 24 + name.length() * 6.5;
        }
    }

    private static double slot(int n) {
        return (WIDTH - RIGHT - LEFT) / (double) Math.max(n, 1);
    }

    private static double center(int i, int n) {
        return LEFT + slot(n) * (i + 0.5);
    }

    private static double y(double value, double max) {
        return BOTTOM - (BOTTOM - TOP) * value / max;
    }

    private static String colour(int series) {
        return COLOURS.get(series % COLOURS.size());
    }

    private static String line(double x1, double y1, double x2, double y2, String stroke) {
        return "<line x1=\"" + number(x1) + "\" y1=\"" + number(y1) + "\" x2=\"" + number(x2) + "\" y2=\"" + number(y2)
                + "\" stroke=\"" + stroke + "\" stroke-width=\"1\"/>";
    }

    private static String text(double x, double y, String anchor, String content, String attributes) {
        return "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\" text-anchor=\"" + anchor + "\""
                + (attributes.isEmpty() ? "" : " " + attributes) + ">" + escape(content) + "</text>";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** XML-escapes text and attribute values; drops characters XML 1.0 cannot hold. */
    static String escape(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                            || c >= 0x10000 && c <= 0x10FFFF) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
