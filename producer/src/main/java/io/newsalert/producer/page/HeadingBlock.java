package io.newsalert.producer.page;

import java.util.ArrayList;
import java.util.List;

/**
 * Heading lines printed together (no blank line between them): a one-line headline, kicker or section label, a
 * headline set on two lines, a two-line column banner, or a {@code ——} subtitle, possibly wrapped onto two lines.
 */
final class HeadingBlock {

    private final List<String> lines = new ArrayList<>();
    private final boolean subtitle;
    private final int block;
    private final int firstLine;

    HeadingBlock(final PageLines.Line line) {
        this.subtitle = line.kind() == PageLines.Kind.SUBTITLE;
        this.block = line.block();
        this.firstLine = line.number();
        lines.add(subtitle ? TextShapes.subtitleText(line.text()) : line.text());
    }

    /**
     * True when {@code line} is printed as the next line of this block: the second line of a headline, or the rest
     * of a long subtitle wrapped onto the next line (which carries no dashes of its own).
     */
    boolean takes(final PageLines.Line line) {
        return line.kind() == PageLines.Kind.HEADING && line.block() == block;
    }

    void add(final PageLines.Line line) {
        lines.add(line.text());
    }

    boolean subtitle() {
        return subtitle;
    }

    boolean singleLine() {
        return lines.size() == 1;
    }

    int firstLine() {
        return firstLine;
    }

    /**
     * The block's lines: a two-part headline joined by one space, as it is written; a wrapped subtitle joined
     * without one, being one phrase cut by the width of the column.
     */
    String text() {
        return String.join(subtitle ? "" : " ", lines);
    }
}
