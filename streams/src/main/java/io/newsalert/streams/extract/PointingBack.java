package io.newsalert.streams.extract;

import io.newsalert.schemas.Lane;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closures written without their road, through a word that points back at what the article named before: {@code 该段
 * 该路段 上述路段 该桥} (the segment or road named last), {@code 封闭北半幅} after a phase heading (the segment of the
 * phases), {@code 这两个路段 上述三条道路} (one closure for each of the last roads named, as many as the count says), and
 * {@code 东风路该处} (a road named alone right before the pointing word). Such closures are less certain
 * ({@link Confidence#COREFERENCE}).
 */
final class PointingBack {

    static final GatedPattern ANAPHORA = GatedPattern.compile(
            "该处|该段|该路段|这一段|这一路段|这段路|此路段|此段|同一路段|施工路段|同一位置|原位置|该位置|该路口|该交叉口|此路口"
                    + "|(?:上述|以上|前述)(?:路段|道路)"
                    + "|(?:该|上述|此)(?:路|街|道路|桥|大桥|桥梁|隧道|高架|匝道|区域|范围|收费站|互通|枢纽|立交|站)(?![段口])"
                    + "|全幅(?=(?:实行|实施|将)?(?:封闭|断交|断行))"
                    + "|(?:该桥|大桥|桥梁|桥面|道路|路面|主路)(?=[东南西北](?:、?[东南西北])?两?(?:半幅|侧|幅)|全幅|全封闭)"
                    + "|全幅(?:道路|桥梁|桥面|路面)|(?:通道|隧道|桥梁|桥面|大桥|全桥)(?=(?:双向)?(?:全封闭|全幅封闭|将全封闭|实行全封闭|封闭)"
                    + "|(?:及[^，。；]{1,6})?全部封闭)"
                    + "|(?<=封闭|占用|围挡|围蔽|围闭|围封|开挖|施工|转入|转到|转至|移至)(?:大桥|桥梁|桥面|道路|路面|路口)?(?=[东南西北](?:、?[东南西北])?两?(?:侧?半幅|幅|侧[^，。；]{0,6}(?:车道|人行道|辅路)))");
    private static final String COUNTED_NOUN = "(?:路段|道路|条路|段路|街道|街巷|巷子|小巷|胡同|路|巷|街)";
    /** {@code 这两个路段}, {@code 上述三条道路}, or without the demonstrative {@code 两条巷子施工期间封闭}. */
    private static final Pattern COUNTED = Pattern.compile("(?:这|上述|以上|前述|这些|该)([两二三四五六七八九\\d])(?:个|条|处|段)?"
            + COUNTED_NOUN + "|(?<![\\d一二三四五六七八九十第])([两二三四五六七八九])(?:个|条|处)" + COUNTED_NOUN);

    private static final Pattern RAMP_CLOSED = Pattern.compile("(?:封闭|关闭)[^，。；]{0,20}匝道|匝道[^，。；]{0,6}(?:封闭|关闭)");
    private static final Pattern INTERCHANGE = Pattern.compile("(?:立交|立交桥|互通)$");

    private final Discourse discourse;
    private final List<Candidate> candidates;
    private final String sentence;
    private final int index;

    PointingBack(final Discourse discourse, final List<Candidate> candidates, final String sentence, final int index) {
        this.discourse = discourse;
        this.candidates = candidates;
        this.sentence = sentence;
        this.index = index;
    }

    /**
     * A road named alone after its segment was named ({@code 新建路（北大街—胜利街）…改造工程…新建路东侧非机动车道将被占用},
     * {@code 东风路该处…}): the road with that segment; the region starts after {@code 该处}.
     */
    Mention resolve(final String clause, final Mention m) {
        if (m.located()) {
            return m;
        }
        final Mention back = discourse.lastOn(m.road());
        if (back == null) {
            return m;
        }
        if (!MentionFinder.pointsBack(clause, m)) {
            return new Mention(back.kind(), back.road(), back.from(), back.to(), m.start(), m.end());
        }
        final Matcher word = ANAPHORA.pattern().matcher(clause.substring(m.end()));
        final int end = m.end() + (word.lookingAt() ? word.end() : 0);
        return new Mention(back.kind(), back.road(), back.from(), back.to(), m.start(), end);
    }

    /** {@code 工程围挡的是该段东半幅机动车道}: a closure of the segment named last, written without its road. */
    void read(final ClauseView view, final DateRange dates, final List<Mention> mentions) {
        final String clause = view.text();
        if (readCounted(view, dates, mentions) || readRampOfTheInterchange(view, dates, mentions)) {
            return;
        }
        final Matcher word = ANAPHORA.pattern().matcher(clause);
        for (int from = 0; ANAPHORA.find(word, clause, from); from = GatedPattern.after(word)) {
            if (view.excludedAt(word.start()) || discourse.isEmpty()) {
                continue;
            }
            final int triggerEnd = view.triggerEnd(word.start(), clause.length());
            if (triggerEnd < 0) {
                continue;
            }
            final String bare = mentions.stream()
                    .filter(m -> !m.located())
                    .map(Mention::road)
                    .findFirst()
                    .orElse(null);
            final Mention back =
                    bare != null && discourse.lastOn(bare) != null ? discourse.lastOn(bare) : discourse.last();
            if (back == null) {
                return;
            }
            add(view, word, triggerEnd, back, dates);
            return;
        }
    }

    /**
     * {@code 城西立交…三条匝道轮流封闭。…先封闭由西环路往机场路方向的匝道}: a ramp closed with no road named, after an
     * interchange was named, is a ramp of that interchange.
     */
    private boolean readRampOfTheInterchange(
            final ClauseView view, final DateRange dates, final List<Mention> mentions) {
        if (!mentions.isEmpty() || view.text().indexOf("匝道") < 0) {
            return false;
        }
        final Matcher ramp = RAMP_CLOSED.matcher(view.text());
        if (!ramp.find() || view.excludedAt(ramp.start())) {
            return false;
        }
        final Mention interchange =
                discourse.lastNamed(road -> INTERCHANGE.matcher(road).find());
        if (interchange == null || interchange.located()) {
            return false;
        }
        candidates.add(new Candidate(
                Mention.Kind.BARE,
                interchange.road(),
                null,
                null,
                null,
                Lane.RAMP,
                false,
                dates,
                dates != null,
                false,
                sentence,
                index,
                Candidate.order(index, candidates.size()),
                Confidence.COREFERENCE));
        return true;
    }

    /** {@code 对东大街和西大街进行翻修。这两个路段将封闭施工}: one closure for each road the count points back at. */
    private boolean readCounted(final ClauseView view, final DateRange dates, final List<Mention> mentions) {
        final Matcher word = COUNTED.matcher(view.text());
        if (!word.find() || view.excludedAt(word.start())) {
            return false;
        }
        final int count = count(word.group(1) != null ? word.group(1) : word.group(2));
        // 这三条巷子全封闭，…停放到府西街: the roads named before the count, not those the clause names after it.
        final int at = word.start();
        final List<Mention> roads =
                discourse.lastRoads(count, m -> mentions.stream().anyMatch(after -> after == m && after.start() > at));
        final int triggerEnd = view.triggerEnd(word.start(), view.text().length());
        if (roads.size() != count || triggerEnd < 0) {
            return false;
        }
        roads.forEach(back -> add(view, word, triggerEnd, back, dates));
        return true;
    }

    private void add(
            final ClauseView view,
            final Matcher word,
            final int triggerEnd,
            final Mention back,
            final DateRange dates) {
        final String verb = view.verb(view.subStart(word.start()), triggerEnd);
        final String region = view.kept(Math.min(word.end(), triggerEnd), triggerEnd);
        final SideAndLane.Placement placement = SideAndLane.read(
                region,
                back.road(),
                back.kind(),
                verb != null && ClauseView.FULL_VERB.matcher(verb).find());
        final List<Lane> joined = SideAndLane.joinedLanes(region, placement);
        for (final Lane lane : joined.isEmpty() ? java.util.Collections.singletonList(placement.lane()) : joined) {
            candidates.add(Candidate.of(
                    back,
                    placement.side(),
                    lane,
                    placement.laneDefaulted() && joined.isEmpty(),
                    dates,
                    dates != null,
                    false,
                    sentence,
                    index,
                    candidates.size(),
                    Confidence.COREFERENCE));
        }
    }

    private static int count(final String digit) {
        final int at = "一两二三四五六七八九".indexOf(digit);
        if (at >= 0) {
            return at <= 1 ? at + 1 : at;
        }
        return Character.isDigit(digit.charAt(0)) ? Integer.parseInt(digit) : 1;
    }
}
