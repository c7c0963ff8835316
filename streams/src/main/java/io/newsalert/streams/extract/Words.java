package io.newsalert.streams.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.regex.Pattern;

/**
 * HanLP's segmentation of one clause, used to check the road names the construction rules propose: a name must
 * agree with the words around it. The rules cut a name at a character that is usually a joining word ({@code 和 至
 * 与}); when the segmenter reads that character as the first of a word that runs into the name ({@code 封闭和谐大道}
 * → {@code 和谐/大道}), the name starts there. A name whose stem is only function words ({@code 两个路段},
 * {@code 三处路口}, {@code 不断路}) or a one-character verb ({@code 占道}) is not a name. The segmenter runs without
 * name, place and organisation recognition, which glue words to names. Immutable; the segmenter is thread-safe.
 */
final class Words {

    private static final Segment SEGMENT = HanLP.newSegment()
            .enableNameRecognize(false)
            .enableTranslatedNameRecognize(false)
            .enableJapaneseNameRecognize(false)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false)
            .enableNumberQuantifierRecognize(false);
    /** Parts of speech that never make a road's stem alone: numerals, classifiers, adverbs, pronouns, particles. */
    private static final Pattern FUNCTION =
            Pattern.compile("^(?:m|mq|q|qv|qt|d|r|rz|rzv|ry|ryv|rr|u|ul|ule|uj|ude\\d|usuo|y|e|o|w)$");

    private static final Pattern COUNT_STEM = Pattern.compile("^[这那该此各每本]?[\\d一二三四五六七八九十两几多数半]+[个处条段座块片]$");
    private static final String JOINING = "和至与同及到";
    private static final String DIRECTIONS = "东南西北";
    private static final String SENTENCE_ADVERBS = "将已也再均都还仍正即便就才又先暂";
    private static final String ROAD_WORD_END = "路街巷道桥线环口段）)";

    private final int[] tokenStart;
    private final int[] tokenEnd;
    private final String[] nature;

    private Words(final String text) {
        tokenStart = new int[text.length()];
        tokenEnd = new int[text.length()];
        nature = new String[text.length()];
        final List<Term> terms = text.isEmpty() ? List.of() : SEGMENT.seg(text);
        int at = 0;
        for (final Term term : terms) {
            final int end = Math.min(text.length(), at + term.word.length());
            for (int i = at; i < end; i++) {
                tokenStart[i] = at;
                tokenEnd[i] = end;
                nature[i] = term.nature == null ? "x" : term.nature.toString();
            }
            at = end;
        }
        for (int i = at; i < text.length(); i++) {
            tokenStart[i] = i;
            tokenEnd[i] = i + 1;
            nature[i] = "x";
        }
    }

    static Words of(final String text) {
        return new Words(text);
    }

    /**
     * Where a name the rules start at {@code start} (its road word at {@code suffixStart}) starts by the words, or
     * -1 when what is left is not a name.
     */
    int agreedStart(final String text, final int start, final int suffixStart) {
        int s = start;
        if (s >= 1 && JOINING.indexOf(text.charAt(s - 1)) >= 0 && opensName(text, s)) {
            s--;
        }
        s = afterLeadingVerbs(s, suffixStart);
        s = afterLeadingAdverbs(text, s, suffixStart);
        s = NameBoundary.start(this, text, s, suffixStart);
        if (s < 0 || s >= suffixStart) {
            return -1;
        }
        final String stem = text.substring(s, suffixStart);
        if (COUNT_STEM.matcher(stem).matches()
                || onlyFunctionWords(s, suffixStart)
                || oneCharacterVerb(s, suffixStart)
                || verbOnTheStartOfAWord(text, s, suffixStart)) {
            return -1;
        }
        return s;
    }

    /**
     * {@code 自由路}: where the rules stopped at a function character ({@code 由}) that the segmenter reads as the end
     * of a longer content word ({@code 自由}) running up to {@code pos}, the name starts with that word.
     */
    int wordEndingAt(final int pos, final int lowerBound) {
        if (pos < 2
                || pos > tokenEnd.length
                || tokenEnd[pos - 1] != pos
                || tokenStart[pos - 1] >= pos - 1
                || tokenStart[pos - 1] < lowerBound
                || FUNCTION.matcher(nature[pos - 1]).matches()
                || nature[pos - 1].startsWith("v")
                || nature[pos - 1].startsWith("p")
                || nature[pos - 1].startsWith("c")) {
            return pos;
        }
        return tokenStart[pos - 1];
    }

    int tokenStart(final int pos) {
        return tokenStart[pos];
    }

    int tokenEnd(final int pos) {
        return tokenEnd[pos];
    }

    String nature(final int pos) {
        return nature[pos];
    }

    /** True when the character at {@code pos} belongs to a word that starts before it ({@code 澳门/路}: 门). */
    boolean glued(final int pos) {
        return pos > 0 && pos < tokenStart.length && tokenStart[pos] < pos;
    }

    /** {@code 封闭和谐大道}, {@code ，至善路}: the joining character begins the name rather than joining two. */
    private boolean opensName(final String text, final int s) {
        final int c = s - 1;
        final boolean segmenterJoins = tokenStart[s] == c;
        final boolean nothingToJoin = c == 0 || ROAD_WORD_END.indexOf(text.charAt(c - 1)) < 0;
        return segmenterJoins
                || nothingToJoin
                        && s + 1 < text.length()
                        && tokenEnd[s] <= s + 1
                        && "东南西北中前后新老上下".indexOf(text.charAt(s)) < 0
                        && isSingleStem(text, s);
    }

    private static boolean isSingleStem(final String text, final int s) {
        return s + 1 < text.length() && "路街巷道桥".indexOf(text.charAt(s + 1)) >= 0;
    }

    /**
     * {@code 管线迁改采取不断路}: a verb of two or more characters inside the stem, with words before and after it,
     * ends what came before ({@code 新建北路}, a verb that opens the name, stays).
     */
    private int afterLeadingVerbs(final int start, final int suffixStart) {
        int s = start;
        for (int i = start; i < suffixStart; i = tokenEnd[i]) {
            final boolean verb = "v".equals(nature[i]) && tokenEnd[i] - tokenStart[i] >= 2;
            if (verb && tokenStart[i] > start && tokenEnd[i] < suffixStart) {
                s = tokenEnd[i];
            }
        }
        return s;
    }

    /** {@code 将占道}, {@code 已封路}: an adverb that opens the stem belongs to the sentence, not to the name. */
    private int afterLeadingAdverbs(final String text, final int start, final int suffixStart) {
        int s = start;
        while (s < suffixStart
                && tokenStart[s] == s
                && tokenEnd[s] < suffixStart
                && "d".equals(nature[s])
                && tokenEnd[s] - s == 1
                && SENTENCE_ADVERBS.indexOf(text.charAt(s)) >= 0
                && !(suffixStart - tokenEnd[s] <= 2 && DIRECTIONS.indexOf(text.charAt(suffixStart - 1)) >= 0)) {
            // 正丰北街: an adverb's character before a stem of one character and a direction belongs to the name.
            s = tokenEnd[s];
        }
        return s;
    }

    private boolean onlyFunctionWords(final int start, final int suffixStart) {
        for (int i = start; i < suffixStart; i = tokenEnd[i]) {
            final boolean verbIntoRoadWord = tokenEnd[i] > suffixStart && nature[i].startsWith("v");
            if (!FUNCTION.matcher(nature[i]).matches() && !verbIntoRoadWord) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code 更换桥面}: a stem that is one verb, before a road word that the segmenter reads as the start of a longer
     * word, is an action on that word, not a name ({@code 解放路} stays: its road word is a word of its own).
     */
    private boolean verbOnTheStartOfAWord(final String text, final int start, final int suffixStart) {
        return suffixStart < text.length()
                && tokenStart[start] == start
                && tokenEnd[start] == suffixStart
                && "v".equals(nature[start])
                && tokenStart[suffixStart] == suffixStart
                && tokenEnd[suffixStart] - suffixStart >= 2
                && "路街巷道桥".indexOf(text.charAt(tokenEnd[suffixStart] - 1)) < 0;
    }

    /** {@code 占道}, {@code 修路}: a one-character verb before the road word is an action on a road, not a name. */
    private boolean oneCharacterVerb(final int start, final int suffixStart) {
        return suffixStart - start == 1 && nature[start].startsWith("v");
    }
}
