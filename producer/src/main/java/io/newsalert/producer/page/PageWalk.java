package io.newsalert.producer.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * One pass down a page's lines in reading order, deciding where each article starts and which lines belong to it.
 *
 * <p>A run of heading blocks followed by running text opens an article: the last heading block is the headline,
 * a one-line block just above it the kicker, {@code ——} blocks under it the subtitle, two-line blocks further up
 * column banners, and a short first line on the page the section label. Running text that follows a paragraph
 * left mid-sentence carries that paragraph on (a column break), and a lone heading line caught between the two
 * halves is a displaced line, taken out and attached later. Captions are set aside wherever they fall.
 */
final class PageWalk {

    /** How many articles back headless text may reach for the article it carries on. */
    private static final int MAX_RESUME_DISTANCE = 3;

    private final List<ArticleDraft> drafts = new ArrayList<>();
    private final List<String> captions = new ArrayList<>();
    private final List<String> sectionLabels = new ArrayList<>();
    private final List<String> banners = new ArrayList<>();
    private final List<DisplacedLines.Displaced> displaced = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<HeadingBlock> pending = new ArrayList<>();
    private final List<String> pendingByline = new ArrayList<>();
    /** The kind of the line read before this one, and whether it was a caption. */
    private PageLines.Kind previousKind;

    private boolean afterCaption;

    /** Whether the page's running head names its section, so that no line of its own does. */
    private boolean headNamesSection;

    private final String pageName;
    private ArticleDraft current;
    private boolean pendingFromPreviousPage;

    private PageWalk(final String pageName) {
        this.pageName = pageName;
    }

    /** Walks {@code lines} and returns what was found. */
    static PageWalk of(final List<PageLines.Line> lines, final String pageName) {
        final PageWalk walk = new PageWalk(pageName);
        lines.forEach(walk::accept);
        walk.finish();
        return walk;
    }

    private void accept(final PageLines.Line line) {
        afterCaption = previousKind == PageLines.Kind.CAPTION;
        previousKind = line.kind();
        switch (line.kind()) {
            case CAPTION -> captions.add(line.text());
            case RUNNING_HEAD -> headNamesSection |= drafts.isEmpty() && TextShapes.namesSection(line.text());
            case PAGE_TURN -> pageTurn(line.text());
            case BYLINE -> byline(line);
            case HEADING, SUBTITLE -> heading(line);
            case BODY -> body(line);
            default -> throw new IllegalStateException("Unknown line kind " + line.kind() + ".");
        }
    }

    private void heading(final PageLines.Line line) {
        if (pending.isEmpty()
                && current != null
                && !current.closed()
                && line.kind() == PageLines.Kind.HEADING
                && TextShapes.isNoticeSignature(line.text(), current.lastParagraph())) {
            current.addSignature(line.text());
            return;
        }
        if (!pending.isEmpty() && pending.get(pending.size() - 1).takes(line)) {
            pending.get(pending.size() - 1).add(line);
        } else {
            pending.add(new HeadingBlock(line));
        }
    }

    private void byline(final PageLines.Line line) {
        final List<String> names = Bylines.standalone(line.text());
        if (current != null && pending.isEmpty()) {
            current.addByline(names);
        } else {
            pendingByline.addAll(names);
        }
    }

    private void pageTurn(final String text) {
        final Matcher m = TextShapes.pageTurn().matcher(text);
        if (m.find() && m.group(1).contains("接")) {
            pendingFromPreviousPage = true;
        } else if (current != null) {
            current.markContinuesOnNextPage();
            current.close();
        }
    }

    private void body(final PageLines.Line line) {
        final String text = stripPageTurns(line.text());
        if (text.isEmpty()) {
            return;
        }
        if (current != null && current.lastParagraphOpen() && !Datelines.startsWithDateline(text) && displaceable()) {
            pending.forEach(block ->
                    displaced.add(new DisplacedLines.Displaced(block.text(), block.subtitle(), drafts.size() - 1)));
            pending.clear();
            current.continueLastParagraph(text);
        } else if (current != null && !current.closed() && isIntertitle()) {
            current.addParagraph(pending.remove(0).text());
            current.addParagraph(text);
        } else if (current != null && !current.closed() && isParagraphHead(text)) {
            current.addParagraph(pending.remove(0).text());
            current.continueLastParagraph(text);
        } else if (!pending.isEmpty()
                && pending.stream().allMatch(HeadingBlock::subtitle)
                && current != null
                && !current.closed()) {
            pending.forEach(
                    block -> displaced.add(new DisplacedLines.Displaced(block.text(), true, drafts.size() - 1)));
            pending.clear();
            append(text);
        } else if (!pending.isEmpty()) {
            open(line, text);
        } else if (current != null
                && (current.closed() || current.signed())
                && !Datelines.startsWithDateline(text)
                && resumable() != null) {
            resume(resumable(), text);

        } else if (current != null
                && !current.closed()
                && !current.lastParagraphOpen()
                && !Datelines.startsWithDateline(text)
                && !TextShapes.continuesNumbering(current.lastParagraph(), text)
                && carriedOver(text) != null) {
            resume(carriedOver(text), text);
        } else if (afterCaption
                && current != null
                && !current.closed()
                && !current.lastParagraphOpen()
                && pending.isEmpty()
                && !Datelines.startsWithDateline(text)
                && resumedAfterCaption(text) != null) {
            resume(resumedAfterCaption(text), text);
        } else if (current == null || current.closed() || Datelines.startsWithDateline(text)) {
            start(null, null, null, line.number(), text);
        } else {
            append(text);
        }
        takePageTurnsOf(line.text());
    }

    /**
     * The article that headless text after a finished article carries on: text with no heading and no dateline in
     * the middle of a page is the rest of an article whose columns the extraction put elsewhere, not an article of
     * its own. The owner is the nearest earlier article that has not ended (no byline, no page turn, no notice's
     * signature), preferring
     * one whose last sentence is still open; null when every article has ended.
     */
    private ArticleDraft resumable() {
        final List<ArticleDraft> unfinished = unfinishedBefore();
        return unfinished.stream()
                .filter(ArticleDraft::lastParagraphOpen)
                .findFirst()
                .orElse(unfinished.isEmpty() ? null : unfinished.get(0));
    }

    /**
     * An earlier article left mid-sentence whose words {@code text} shares more than twice as many as the current
     * article's, or any such article when {@code text} opens on the last character of a cut word ({@code 力，下半年…})
     * or comes right after a caption, where the extraction jumps between columns and a sentence left open is resumed:
     * the rest of its sentence, put after a short article by the extraction's column order. Two signals together,
     * because either alone misleads: an open sentence further up is common (a column cut), and so is a new
     * paragraph of the current article, which shares some words with anything on the page.
     */
    private ArticleDraft carriedOver(final String text) {
        return unfinishedBefore().stream()
                .filter(ArticleDraft::lastParagraphOpen)
                .findFirst()
                .filter(draft -> TextShapes.opensMidWord(text) || afterCaption || sharesMoreWith(text, draft))
                .orElse(null);
    }

    /**
     * After a caption, where the extraction jumps between columns: an earlier article that has not ended and whose
     * words {@code text} shares more than twice as many as the current article's ({@code 记者在现场看到…} resuming a
     * report after a short news item and its photo's caption); null when none.
     */
    private ArticleDraft resumedAfterCaption(final String text) {
        return unfinishedBefore().stream()
                .findFirst()
                .filter(draft -> sharesMoreWith(text, draft))
                .orElse(null);
    }

    /**
     * The articles before the current one, nearest first and at most {@value #MAX_RESUME_DISTANCE} back, that have not
     * ended (no byline, no page turn, no notice's signature): the ones headless text may carry on.
     */
    private List<ArticleDraft> unfinishedBefore() {
        final List<ArticleDraft> unfinished = new ArrayList<>();
        for (int i = drafts.size() - 2; i >= 0 && i >= drafts.size() - 1 - MAX_RESUME_DISTANCE; i--) {
            final ArticleDraft draft = drafts.get(i);
            if (!draft.closed() && !draft.signed()) {
                unfinished.add(draft);
            }
        }
        return unfinished;
    }

    /** Whether {@code text} shares more than twice as many words with {@code draft} as with the current article. */
    private boolean sharesMoreWith(final String text, final ArticleDraft draft) {
        return DisplacedLines.shared(text, draft) > 2 * DisplacedLines.shared(text, current);
    }

    private void resume(final ArticleDraft draft, final String text) {
        draft.resume();
        current = draft;
        append(text);
    }

    private void append(final String text) {
        if (current.lastParagraphOpen()) {
            current.continueLastParagraph(text);
        } else {
            current.addParagraph(text);
        }
    }

    /**
     * Between the halves of a broken sentence only a line or two can have been displaced, never a full heading, nor
     * a notice's title: a notice opens there.
     */
    private boolean displaceable() {
        return pending.isEmpty()
                || pending.stream().allMatch(HeadingBlock::subtitle)
                || (pending.size() == 1
                        && pending.get(0).singleLine()
                        && !TextShapes.isNoticeTitle(pending.get(0).text()));
    }

    private boolean isIntertitle() {
        return pending.size() == 1
                && pending.get(0).singleLine()
                && !pending.get(0).subtitle()
                && TextShapes.isNumberedIntertitle(pending.get(0).text());
    }

    /**
     * A lone heading-like line between two paragraphs of an article that has not ended, followed by text that does
     * not open an article, is the head of a paragraph cut by a column break rather than a headline: headlines of
     * articles without a dateline (features, interviews) follow an article closed by its byline, or come with a
     * space, a kicker or a subtitle. The text after it carries on the sentence.
     */
    private boolean isParagraphHead(final String next) {
        if (pending.size() != 1
                || !pending.get(0).singleLine()
                || pending.get(0).subtitle()) {
            return false;
        }
        final String line = pending.get(0).text();
        final char first = next.charAt(0);
        // A quotation opens many a feature; but under an article whose reporters were named above its text (so no
        // closing byline will end it), a lone short line with no byline of its own is one of its subheads.
        final boolean quoteMayOpenArticle = !current.namedAbove() || !pendingByline.isEmpty();
        return line.indexOf(' ') < 0
                && !TextShapes.isNoticeTitle(line)
                && !Datelines.startsWithDateline(next)
                && (first != '“' && first != '"' || !quoteMayOpenArticle)
                && !Character.isDigit(first);
    }

    /** Reads the pending heading blocks as the top of a new article whose first paragraph is {@code text}. */
    private void open(final PageLines.Line line, final String text) {
        final List<HeadingBlock> blocks = new ArrayList<>(pending);
        pending.clear();
        if (drafts.isEmpty() && sectionLabels.isEmpty() && !headNamesSection && looksLikeSectionLabel(blocks)) {
            sectionLabels.add(blocks.remove(0).text());
        }
        final List<String> subtitles = new ArrayList<>();
        while (!blocks.isEmpty() && blocks.get(blocks.size() - 1).subtitle()) {
            subtitles.add(0, blocks.remove(blocks.size() - 1).text());
        }
        final String headline =
                blocks.isEmpty() ? null : blocks.remove(blocks.size() - 1).text();
        if (subtitles.isEmpty()
                && headline != null
                && !blocks.isEmpty()
                && blocks.get(blocks.size() - 1).subtitle()) {
            subtitles.add(blocks.remove(blocks.size() - 1).text());
        }
        String kicker = null;
        if (!blocks.isEmpty()
                && blocks.get(blocks.size() - 1).singleLine()
                && !blocks.get(blocks.size() - 1).subtitle()
                && !TextShapes.isColumnTitle(blocks.get(blocks.size() - 1).text())) {
            kicker = blocks.remove(blocks.size() - 1).text();
            // ——subtitle / kicker / headline: a subtitle printed above the kicker is still this article's.
            if (subtitles.isEmpty()
                    && !blocks.isEmpty()
                    && blocks.get(blocks.size() - 1).subtitle()) {
                subtitles.add(blocks.remove(blocks.size() - 1).text());
            }
        }
        for (final HeadingBlock other : blocks) {
            if (other.subtitle() && current != null) {
                displaced.add(new DisplacedLines.Displaced(other.text(), true, drafts.size() - 1));
            } else {
                banners.add(other.text());
            }
        }
        start(headline, kicker, subtitles.isEmpty() ? null : String.join(" ", subtitles), line.number(), text);
    }

    private static boolean looksLikeSectionLabel(final List<HeadingBlock> blocks) {
        final HeadingBlock first = blocks.get(0);
        if (first.subtitle() || !first.singleLine() || first.text().chars().anyMatch(Character::isDigit)) {
            return false;
        }
        final int length = TextShapes.length(first.text());
        return length <= TextShapes.MAX_SECTION_LABEL;
    }

    private void start(
            final String headline,
            final String kicker,
            final String subtitle,
            final int lineNumber,
            final String text) {
        if (current != null && current.lastParagraphOpen()) {
            current.markContinuesOnNextPage();
        }
        current = new ArticleDraft(headline, kicker, subtitle, lineNumber);
        if (pendingFromPreviousPage || (drafts.isEmpty() && headline == null && !Datelines.startsWithDateline(text))) {
            current.markContinuedFromPreviousPage();
        }
        pendingFromPreviousPage = false;
        drafts.add(current);
        if (!pendingByline.isEmpty()) {
            current.addReporters(pendingByline);
            pendingByline.clear();
        }
        final Datelines.Dateline dateline = Datelines.read(text);
        if (dateline != null && dateline.byline() != null && !dateline.byline().isEmpty()) {
            current.markNamedAbove();
        }
        current.addParagraph(text);
    }

    private static String stripPageTurns(final String text) {
        if (!TextShapes.mayTurnPage(text)) {
            return text;
        }
        return TextShapes.pageTurn().matcher(text).replaceAll("").strip();
    }

    private void takePageTurnsOf(final String text) {
        if (!TextShapes.mayTurnPage(text)) {
            return;
        }
        final Matcher m = TextShapes.pageTurn().matcher(text);
        while (m.find()) {
            if (m.group(1).contains("接")) {
                current.markContinuedFromPreviousPage();
            } else {
                current.markContinuesOnNextPage();
                current.close();
            }
        }
    }

    private void finish() {
        if (!pending.isEmpty()) {
            if (current != null
                    && !current.closed()
                    && !current.lastParagraphOpen()
                    && pending.size() == 1
                    && pending.get(0).singleLine()
                    && !pending.get(0).subtitle()
                    && pending.get(0).text().indexOf(' ') < 0) {
                current.addParagraph(pending.get(0).text());
            } else if (current != null && displaceable()) {
                pending.forEach(block ->
                        displaced.add(new DisplacedLines.Displaced(block.text(), block.subtitle(), drafts.size() - 1)));
            } else {
                warnings.add(pageName + ": headings at the end of the page have no text under them: "
                        + pending.stream().map(HeadingBlock::text).toList() + ".");
            }
            pending.clear();
        }
        if (current != null && current.lastParagraphOpen()) {
            current.markContinuesOnNextPage();
        }
    }

    List<ArticleDraft> drafts() {
        return drafts;
    }

    List<String> captions() {
        return captions;
    }

    List<String> sectionLabels() {
        return sectionLabels;
    }

    List<String> banners() {
        return banners;
    }

    List<DisplacedLines.Displaced> displaced() {
        return displaced;
    }

    List<String> warnings() {
        return warnings;
    }
}
