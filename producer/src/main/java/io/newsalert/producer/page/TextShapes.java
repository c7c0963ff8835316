package io.newsalert.producer.page;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the pieces of a printed page look once extracted as text: where a sentence ends, what a heading looks like,
 * which lines are captions, page-turn markers or running heads. Pure functions, shared by the page reader's parts.
 */
final class TextShapes {

    /** A heading is never longer than this; a body line usually is. */
    static final int MAX_HEADING = 40;
    /** Section labels are a word or two at the top of the page ({@code 城事}, {@code 综合新闻}); a kicker is longer. */
    static final int MAX_SECTION_LABEL = 6;
    /** A headline with a comma in it is short. */
    static final int MAX_COMMA_HEADLINE = 24;

    /** Words a headline never ends on, but a line cut by a column break may. */
    private static final String FRAGMENT_END = "的和与及把被从或";
    /** Words ending on one of those that can still end a headline. */
    private static final Set<String> WHOLE_WORDS = Set.of(
            "目的", "参与", "普及", "涉及", "惠及", "波及", "危及", "顾及", "祥和", "平和", "温和", "缓和", "暖和", "总和", "共和", "附和", "棉被", "盖被");

    private static final String ENDERS = "。！？…";
    private static final String CLOSERS = "”’」』）)》";
    private static final Pattern CAPTION = Pattern.compile("(?:^|[。！？…”）)\\s])(?:(?:本报|新华社|特约)?(?:记者|通讯员|摄影)\\s*)?"
            + "[\\p{IsHan}·]{2,6}(?:[、\\s]+[\\p{IsHan}·]{2,6})*(?:\\s+|/)摄[）)]?$");
    private static final Pattern PAGE_TURN =
            Pattern.compile("[（(]\\s*(上接|下转|转|接)第?\\s*([0-9０-９一二三四五六七八九十A-Za-z]{1,4})\\s*版\\s*[）)]");
    private static final Pattern RUNNING_HEAD =
            Pattern.compile("^(?:.*\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日.*(?:星期|周)[一二三四五六日天].*"
                    + "|.*(?:责任编辑|责编|美编|版式|校对|编辑)\\s*[：:].*"
                    + "|(?:本版)?(?:责任编辑|责编|美术编辑|美编|版式|校对|编辑(?=\\s*[：:/／]))\\s*[：:/／]?\\s*[\\p{IsHan}·]{2,4}"
                    + "(?:[\\s　]+\\p{IsHan}{2,4}\\s*[：:/／]?\\s*[\\p{IsHan}·]{2,4})*"
                    + "|(?:本版)?编辑[\\s　]+[\\p{IsHan}·]{2,4}"
                    + "(?:[\\s　]+(?:校对|美编|美术编辑|版式|组版)[\\s　]*[：:/／]?[\\s　]*[\\p{IsHan}·]{2,4})+"
                    + "|第?\\s*[0-9A-Z]{1,3}\\s*版|[A-Z]?\\d{1,2}\\s*版?)$");
    /** The title of a column of briefs ({@code 简讯}, {@code 本地快讯}): a banner over its items, not a kicker. */
    private static final Pattern COLUMN_TITLE =
            Pattern.compile("^\\p{IsHan}{0,4}(?:简讯|快讯|短讯|速递|快递|速览|简报|短评|时评|快评|锐评)$|^一句话新闻$");

    private static final Pattern SUBTITLE = Pattern.compile("^(?:——|—|──|--|－－|―)\\s*(\\S.*)$");
    private static final Pattern NOTICE_END = Pattern.compile(".*特此(?:公告|通告|通知|告知|函告)[。！]?$");
    private static final Pattern SIGNATORY =
            Pattern.compile(".*(?:局|队|支队|大队|公司|集团|委员会|委|办公室|办|政府|中心|指挥部|医院|学校|协会|街道|社区|管委会)"
                    + "|\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");
    private static final Pattern NOTICE_TITLE = Pattern.compile(".{2,38}(?:通告|公告|通知|启事|告知书|倡议书|提示|温馨提示)$");
    private static final Pattern NUMBERED = Pattern.compile("^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]).*");

    private static final String CHINESE_DIGITS = "一二三四五六七八九";
    private static final Pattern ITEM =
            Pattern.compile("(?:([一二三四五六七八九十]{1,3})、|[（(]([一二三四五六七八九十]{1,3})[）)]|(\\d{1,2})[.．、](?!\\d))");

    private TextShapes() {}

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
        final String inner = line.substring(0, line.length() - 1);
        return line.indexOf('，') >= 0
                || inner.indexOf('？') >= 0
                || inner.indexOf('！') >= 0
                || Datelines.startsWithDateline(line);
    }

    /**
     * True when a line read as text because of its comma could still be a headline ({@code 稳岗位，促就业}): short,
     * one sentence-free phrase. Whether it is one depends on what follows it.
     */
    static boolean couldBeCommaHeadline(final String line) {
        final char last = line.charAt(line.length() - 1);
        return length(line) <= MAX_COMMA_HEADLINE
                && line.indexOf('，') >= 0
                && line.indexOf('。') < 0
                && line.indexOf('；') < 0
                && "，、：；,".indexOf(last) < 0
                && !Datelines.startsWithDateline(line);
    }

    /** True when a line standing alone ends on a word no headline ends on: it was cut by a column break. */
    static boolean endsMidPhrase(final String line) {
        return FRAGMENT_END.indexOf(line.charAt(line.length() - 1)) >= 0
                && (line.length() < 2 || !WHOLE_WORDS.contains(line.substring(line.length() - 2)));
    }

    /** A photo caption: text ending in a photographer's credit such as {@code 张昊宇 摄}. */
    static boolean isCaption(final String line) {
        final String end = line.length() > 2 ? line.substring(line.length() - 2) : line;
        return end.indexOf('摄') >= 0 && CAPTION.matcher(line).find();
    }

    /** The credit of a caption ({@code 张昊宇}), or null. */
    static String captionCredit(final String line) {
        final var m = Pattern.compile("([\\p{IsHan}·]{2,6})(?:\\s+|/)摄[）)]?$").matcher(line);
        return m.find() ? m.group(1) : null;
    }

    /** A subtitle line ({@code ——访万柏林区委书记孙泉}); returns its text without the dashes, or null. */
    static String subtitleText(final String line) {
        if (line.isEmpty() || "—─-－―".indexOf(line.charAt(0)) < 0) {
            return null;
        }
        final var m = SUBTITLE.matcher(line);
        return m.matches() ? m.group(1).strip() : null;
    }

    /** The title of a notice ({@code 关于延长部分公交线路运营时间的通告}): a headline, never the head of a paragraph. */
    static boolean isNoticeTitle(final String line) {
        return NOTICE_TITLE.matcher(line).matches();
    }

    /** A line that is nothing but a subtitle's dashes ({@code ——}), its words printed on the next line. */
    static boolean isDashesOnly(final String line) {
        if (line.isEmpty() || line.length() > 4) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            if ("—─-－―".indexOf(line.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A line of the signature under a notice ({@code 合肥市公安局交通警察支队}, {@code 2023年10月19日}): it follows
     * {@code 特此公告。} or another signature line.
     */
    static boolean isNoticeSignature(final String line, final String previous) {
        return length(line) <= MAX_HEADING
                && SIGNATORY.matcher(line).matches()
                && (NOTICE_END.matcher(previous).matches()
                        || SIGNATORY.matcher(previous).matches());
    }

    /**
     * True when a text opens on a clause of one character ({@code 力，下半年稳增长…}): no paragraph starts so; it is the
     * end of a word a column break cut.
     */
    static boolean opensMidWord(final String text) {
        return text.length() > 2 && Character.isIdeographic(text.charAt(0)) && "，；。".indexOf(text.charAt(1)) >= 0;
    }

    /** The number of a numbered item ({@code 三、…}, {@code （三）…}, {@code 3.…}), or -1. */
    static int itemNumber(final String line) {
        final Matcher m = ITEM.matcher(line);
        if (!m.lookingAt()) {
            return -1;
        }
        final String digits = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        if (Character.isDigit(digits.charAt(0))) {
            return Integer.parseInt(digits);
        }
        final int ten = digits.indexOf('十');
        if (ten < 0) {
            return digits.length() == 1 ? CHINESE_DIGITS.indexOf(digits.charAt(0)) + 1 : -1;
        }
        final int tens = ten == 0 ? 1 : CHINESE_DIGITS.indexOf(digits.charAt(0)) + 1;
        final int units = ten == digits.length() - 1 ? 0 : CHINESE_DIGITS.indexOf(digits.charAt(ten + 1)) + 1;
        return tens * 10 + units;
    }

    /** True when {@code text} is the item numbered right after {@code previous}'s: the same list goes on. */
    static boolean continuesNumbering(final String previous, final String text) {
        final int before = itemNumber(previous);
        return before > 0 && itemNumber(text) == before + 1;
    }

    /** A numbered intertitle inside a long article ({@code 一、…}, {@code （二）…}). */
    static boolean isNumberedIntertitle(final String line) {
        return NUMBERED.matcher(line).matches();
    }

    /** A masthead line: the paper's name with a section and a page number ({@code 太原日报　民生　7}). */
    private static final Pattern MASTHEAD = Pattern.compile(
            "(?=.*\\p{IsHan}{2,6}(?:日报|晚报|报))(?=.*(?:^|[\\s　])(?:第?\\d{1,2}版?|[A-Z]\\d{1,2})(?:[\\s　]|$))"
                    + "[\\p{IsHan}\\dA-Z·]{1,8}(?:[\\s　]+[\\p{IsHan}\\dA-Z·]{1,8}){1,4}");
    /** A running head's word naming the page's section: not the paper, a weekday, a page or an editor's role. */
    private static final Pattern SECTION_WORD = Pattern.compile("[\\p{IsHan}·]{2,5}");

    private static final Pattern NOT_SECTION = Pattern.compile(".*(?:报|星期.|周.|编辑|校对|版式|美编)$");

    /**
     * True when a running head names the page's section ({@code 第5版　城事　2026年4月3日}): then the page has no
     * section label line of its own, and a short line under the head is a kicker.
     */
    static boolean namesSection(final String runningHead) {
        for (final String token : runningHead.strip().split("[\\s　]+")) {
            if (SECTION_WORD.matcher(token).matches()
                    && !NOT_SECTION.matcher(token).matches()) {
                return true;
            }
        }
        return false;
    }

    /** True for the title of a column of briefs, such as {@code 简讯}. */
    static boolean isColumnTitle(final String line) {
        return COLUMN_TITLE.matcher(line.strip()).matches();
    }

    /** The page's running head (date, page number, editors): not content. */
    static boolean isRunningHead(final String line) {
        return length(line) <= MAX_HEADING
                && line.indexOf('。') < 0
                && line.indexOf('，') < 0
                && (RUNNING_HEAD.matcher(line).matches()
                        || MASTHEAD.matcher(line.strip()).matches());
    }

    /** A page-turn marker such as {@code （下转第3版）} or {@code （上接第1版）}, anywhere in the text. */
    static Pattern pageTurn() {
        return PAGE_TURN;
    }

    /** Collapses every run of whitespace (including the ideographic space) into one ASCII space, and strips. */
    static String normalizeSpaces(final String text) {
        if (!hasSpace(text)) {
            return text;
        }
        final StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean hasSpace(final String text) {
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0') {
                return true;
            }
        }
        return false;
    }

    /** True when the text may hold a page-turn marker (cheap test before the pattern). */
    static boolean mayTurnPage(final String text) {
        return text.indexOf('版') >= 0;
    }

    /** Length in characters, counting a supplementary character once. */
    static int length(final String text) {
        return text.codePointCount(0, text.length());
    }
}
