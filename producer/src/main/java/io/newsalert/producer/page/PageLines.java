package io.newsalert.producer.page;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a page's text into non-blank lines, each with its line number, the block of lines it belongs to (blocks
 * are separated by blank lines) and what kind of line it is.
 */
final class PageLines {

    /** What one line of a page is. */
    enum Kind {
        BODY,
        HEADING,
        SUBTITLE,
        CAPTION,
        BYLINE,
        PAGE_TURN,
        RUNNING_HEAD
    }

    /**
     * One non-blank line.
     *
     * @param number 1-based line number in the page text
     * @param block  index of the blank-line-separated block it is in
     * @param text   the line, spaces collapsed
     * @param kind   what it is
     */
    record Line(int number, int block, String text, Kind kind) {}

    private PageLines() {}

    static List<Line> split(final String pageText) {
        final String text = pageText.startsWith("\uFEFF") ? pageText.substring(1) : pageText;
        final List<Line> lines = new ArrayList<>();
        int block = 0;
        int number = 0;
        boolean blank = true;
        for (final String raw : text.split("\\r?\\n|\\r", -1)) {
            number++;
            final String line = TextShapes.normalizeSpaces(raw);
            if (line.isEmpty()) {
                if (!blank) {
                    block++;
                }
                blank = true;
                continue;
            }
            blank = false;
            lines.add(new Line(number, block, line, kindOf(line)));
        }
        return fragmentsAsBody(lines);
    }

    /**
     * Second looks that need the neighbouring lines: a subtitle's dashes printed on a line of their own belong to
     * the heading line under them (a lone dash line with no heading under it is dropped); a heading-like line alone in its block that ends mid-phrase is
     * the head of a paragraph cut by a column; a short line with a comma right above a dateline is a headline.
     */
    private static List<Line> fragmentsAsBody(final List<Line> lines) {
        final List<Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            final Line line = lines.get(i);
            if (TextShapes.isDashesOnly(line.text())) {
                final Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
                if (next != null && next.kind() == Kind.HEADING) {
                    out.add(new Line(line.number(), next.block(), line.text() + next.text(), Kind.SUBTITLE));
                    i++;
                }
                continue;
            }
            final boolean alone = (i == 0 || lines.get(i - 1).block() != line.block())
                    && (i + 1 == lines.size() || lines.get(i + 1).block() != line.block());
            if (line.kind() == Kind.HEADING && alone && TextShapes.endsMidPhrase(line.text())) {
                out.add(new Line(line.number(), line.block(), line.text(), Kind.BODY));
            } else if (line.kind() == Kind.BODY
                    && alone
                    && TextShapes.couldBeCommaHeadline(line.text())
                    && opensArticle(lines, i + 1)) {
                out.add(new Line(line.number(), line.block(), line.text(), Kind.HEADING));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /** True when the first line from {@code from} that is not a caption or a subtitle opens with a dateline. */
    private static boolean opensArticle(final List<Line> lines, final int from) {
        for (int i = from; i < lines.size(); i++) {
            final Kind kind = lines.get(i).kind();
            if (kind != Kind.CAPTION && kind != Kind.SUBTITLE && kind != Kind.BYLINE) {
                return kind == Kind.BODY
                        && Datelines.startsWithDateline(lines.get(i).text());
            }
        }
        return false;
    }

    static Kind kindOf(final String line) {
        if (TextShapes.isCaption(line)) {
            return Kind.CAPTION;
        }
        if (TextShapes.mayTurnPage(line) && TextShapes.pageTurn().matcher(line).matches()) {
            return Kind.PAGE_TURN;
        }
        if (TextShapes.length(line) <= TextShapes.MAX_HEADING && Bylines.standalone(line) != null) {
            return Kind.BYLINE;
        }
        if (TextShapes.isRunningHead(line)) {
            return Kind.RUNNING_HEAD;
        }
        if (TextShapes.subtitleText(line) != null && TextShapes.length(line) <= TextShapes.MAX_HEADING) {
            return Kind.SUBTITLE;
        }
        return TextShapes.isBodyLike(line) ? Kind.BODY : Kind.HEADING;
    }
}
