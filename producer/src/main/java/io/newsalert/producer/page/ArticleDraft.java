package io.newsalert.producer.page;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An article while its page is being read: headings found so far, whole paragraphs, reporters, and whether the
 * text runs on from or off the page. Mutable, and private to one read of one page.
 */
final class ArticleDraft {

    private final String headline;
    private final String kicker;
    private String subtitle;
    private final int firstLine;
    private final List<String> paragraphs = new ArrayList<>();
    private final Set<String> byline = new LinkedHashSet<>();
    private boolean closed;
    private boolean namedAbove;
    /** Whether the last paragraph is a notice's signature: the notice is whole, though no full stop ends it. */
    private boolean signed;

    private boolean continuedFromPreviousPage;
    private boolean continuesOnNextPage;

    ArticleDraft(final String headline, final String kicker, final String subtitle, final int firstLine) {
        this.headline = headline;
        this.kicker = kicker;
        this.subtitle = subtitle;
        this.firstLine = firstLine;
    }

    /** Adds a paragraph, taking off a byline glued to its end (which also ends the article). */
    void addParagraph(final String text) {
        paragraphs.add(text);
        signed = false;
        takeTrailingByline();
    }

    /** Adds a line of a notice's signature ({@code 太原市城乡管理局}, {@code 2025年11月19日}). */
    void addSignature(final String line) {
        paragraphs.add(line);
        signed = true;
    }

    /** True when the article ends with a notice's signature: nothing on the page carries it on. */
    boolean signed() {
        return signed;
    }

    /** Appends text to the last paragraph: the rest of a sentence broken across columns. */
    void continueLastParagraph(final String text) {
        final int last = paragraphs.size() - 1;
        paragraphs.set(last, paragraphs.get(last) + text);
        signed = false;
        takeTrailingByline();
    }

    private void takeTrailingByline() {
        final int last = paragraphs.size() - 1;
        final String paragraph = paragraphs.get(last);
        if (paragraph.endsWith("（完）") || paragraph.endsWith("(完)")) {
            paragraphs.set(last, paragraph.substring(0, paragraph.length() - 3).strip());
            closed = true;
        }
        final Bylines.Split split = Bylines.trailing(paragraphs.get(last));
        if (split != null) {
            paragraphs.set(last, split.text());
            addByline(split.names());
        }
    }

    /** Adds reporters; a byline ends the article's text on this page. */
    void addByline(final List<String> names) {
        byline.addAll(names);
        closed = true;
    }

    /** Adds reporters named above the text (under the headline or in the dateline); the article goes on. */
    void addReporters(final List<String> names) {
        byline.addAll(names);
        namedAbove = true;
    }

    /** Notes that the article's dateline names its reporters ({@code 本报讯（记者 X）}). */
    void markNamedAbove() {
        namedAbove = true;
    }

    /** True when the article's reporters were named above its text: it will not close with a byline of its own. */
    boolean namedAbove() {
        return namedAbove;
    }

    /** True when the last paragraph stops mid-sentence, so the next column carries on with it. */
    boolean lastParagraphOpen() {
        return !closed
                && !signed
                && !paragraphs.isEmpty()
                && !TextShapes.endsSentence(paragraphs.get(paragraphs.size() - 1));
    }

    String lastParagraph() {
        return paragraphs.isEmpty() ? "" : paragraphs.get(paragraphs.size() - 1);
    }

    boolean hasText() {
        return !paragraphs.isEmpty();
    }

    boolean closed() {
        return closed;
    }

    void close() {
        closed = true;
    }

    void markContinuedFromPreviousPage() {
        continuedFromPreviousPage = true;
    }

    void markContinuesOnNextPage() {
        continuesOnNextPage = true;
    }

    /** Takes back the guess that the text runs off the page: its rest was found further down the page. */
    void resume() {
        continuesOnNextPage = false;
    }

    String headline() {
        return headline;
    }

    String kicker() {
        return kicker;
    }

    String subtitle() {
        return subtitle;
    }

    void subtitle(final String value) {
        subtitle = value;
    }

    int firstLine() {
        return firstLine;
    }

    List<String> paragraphs() {
        return paragraphs;
    }

    void replaceParagraph(final int index, final String text) {
        paragraphs.set(index, text);
    }

    List<String> byline() {
        return List.copyOf(byline);
    }

    boolean continuedFromPreviousPage() {
        return continuedFromPreviousPage;
    }

    boolean continuesOnNextPage() {
        return continuesOnNextPage;
    }
}
