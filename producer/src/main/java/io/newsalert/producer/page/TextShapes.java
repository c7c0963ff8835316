package io.newsalert.producer.page;

import java.util.regex.Pattern;

/**
 * How the pieces of a printed page look once extracted as text: where a sentence ends, what a heading looks like,
 * which lines are captions, page-turn markers or running heads. Pure functions, shared by the page reader's parts.
 */
final class TextShapes {

    /** A heading is never longer than this; a body line usually is. */
    static final int MAX_HEADING = 40;
    /** Section labels are a word or two at the top of the page. */
    static final int MAX_SECTION_LABEL = 8;

    private static final String ENDERS = "。！？…";
    private static final String CLOSERS = "”’」』）)》";
    private static final Pattern CAPTION = Pattern.compile(
            "(?:^|[。！？…”）)\\s])(?:(?:本报|新华社|特约)?(?:记者|通讯员|摄影)\\s*)?"
                    + "[\\p{IsHan}·]{2,6}(?:[、\\s]+[\\p{IsHan}·]{2,6})*(?:\\s+|/)摄[）)]?$");
    private static final Pattern PAGE_TURN = Pattern.compile(
            "[（(]\\s*(上接|下转|转|接)第?\\s*([0-9０-９一二三四五六七八九十A-Za-z]{1,4})\\s*版\\s*[）)]");
    private static final Pattern RUNNING_HEAD = Pattern.compile(
            "^(?:.*\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日.*(?:星期|周)[一二三四五六日天].*"
                    + "|.*(?:责任编辑|责编|美编|版式|校对|编辑)\\s*[：:].*"
                    + "|第?\\s*[0-9A-Z]{1,3}\\s*版|[A-Z]?\\d{1,2}\\s*版?)$");
    private static final Pattern SUBTITLE = Pattern.compile("^(?:——|—|──|--|－－|―)\\s*(\\S.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]).*");

    private TextShapes() {
    }

    /** True when the text ends a sentence: 。！？… possibly followed by closing quotes or brackets. */
    static boolean endsSentence(final String text) {
        int i = text.length() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && (ENDERS.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == '：' || text.charAt(i) == '；');
    }

    /** True when a line cannot be a heading: it reads as running text. */
    static boolean isBodyLike(final String line) {
        final int length = line.codePointCount(0, line.length());
        if (length > MAX_HEADING || line.indexOf('。') >= 0 || line.indexOf('；') >= 0) {
            return true;
        }
        final char last = line.charAt(line.length() - 1);
        if ("，、：；,".indexOf(last) >= 0) {
            return true;
        }
        final long commas = line.chars().filter(c -> c == '，').count();
        return commas >= 2 || (commas == 1 && length > 22) || Datelines.startsWithDateline(line);
    }

    /** A photo caption: text ending in a photographer's credit such as {@code 张昊宇 摄}. */
    static boolean isCaption(final String line) {
        return CAPTION.matcher(line).find();
    }

    /** The credit of a caption ({@code 张昊宇}), or null. */
    static String captionCredit(final String line) {
        final var m = Pattern.compile("([\\p{IsHan}·]{2,6})(?:\\s+|/)摄[）)]?$").matcher(line);
        return m.find() ? m.group(1) : null;
    }

    /** A subtitle line ({@code ——访万柏林区委书记孙泉}); returns its text without the dashes, or null. */
    static String subtitleText(final String line) {
        final var m = SUBTITLE.matcher(line);
        return m.matches() ? m.group(1).strip() : null;
    }

    /** A numbered intertitle inside a long article ({@code 一、…}, {@code （二）…}). */
    static boolean isNumberedIntertitle(final String line) {
        return NUMBERED.matcher(line).matches();
    }

    /** The page's running head (date, page number, editors): not content. */
    static boolean isRunningHead(final String line) {
        return length(line) <= MAX_HEADING && line.indexOf('。') < 0 && line.indexOf('，') < 0
                && RUNNING_HEAD.matcher(line).matches();
    }

    /** A page-turn marker such as {@code （下转第3版）} or {@code （上接第1版）}, anywhere in the text. */
    static Pattern pageTurn() {
        return PAGE_TURN;
    }

    /** Collapses every run of whitespace (including the ideographic space) into one ASCII space, and strips. */
    static String normalizeSpaces(final String text) {
        return text.replaceAll("[\\s\\u3000\\u00A0]+", " ").strip();
    }

    /** Length in characters, counting a supplementary character once. */
    static int length(final String text) {
        return text.codePointCount(0, text.length());
    }
}
