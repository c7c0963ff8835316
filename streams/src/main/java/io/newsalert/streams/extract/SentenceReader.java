package io.newsalert.streams.extract;

import io.newsalert.schemas.Lane;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the closures of one sentence into the article's candidates: each clause's segments, whether a closure verb
 * governs them, their side and lane, and the clause's or sentence's period. Located segments are remembered as
 * antecedents for {@code 该段 / 该处 / 同一路段} in later clauses and sentences.
 */
final class SentenceReader {

    private static final Pattern REASON_LEAD = Pattern.compile("^\\s*(?:因|为了|为|根据|按照|依据|配合|受|由于|随着)");
    private static final Pattern AFFECTED_BY = Pattern.compile("^\\s*受[^，。；]*影响[，,]?$");
    private static final Pattern PROJECT_AFTER = Pattern.compile("^[^，。；、：]{0,14}?(?:工程|项目)");
    private static final Pattern SUMMARY_AFTER = Pattern.compile(
            "^(?:等[一二三四五六七八九十两\\d]*|[一二三四五六七八九十两\\d]+)(?:条|处|个|段)?(?:道路|路段|街巷|主干道|路)");
    private static final Pattern RANGE_GAP = Pattern.compile("^(?:——|—|－|~|～|-|至|到)$");
    private static final Pattern RANGE_END = Pattern.compile("(?:[两二三四五六七八九十\\d]{1,2}[个条]?)?(?:路段|段)|之间");
    private static final Pattern RANGE_CLAUSE_END = Pattern.compile("^\\s*(?:[，,。；;：:）)]|$)");
    private static final Pattern RANGE_HEAD = Pattern.compile(
            "(?:为|是|：|:|从|自|起点为?|范围为?|区间为?|[东南西北中一二三四五六七八九十]段[（(]|[一二三四五六七八九十]期(?:为|是)?)\\s*$");
    private static final Pattern ROAD_BEFORE = Pattern.compile("^(?:的)?$");
    private static final Pattern LIST_GAP = Pattern.compile("^[、和及与，,\\s]*$");
    private static final Pattern SIDE_GAP = Pattern.compile(
            "^(?:的)?(?:[东南西北](?:、?[东南西北])?两?(?:侧|半幅|幅)|两侧|双向)[、和及与，,\\s]*$");
    private static final Pattern HEAD_LABEL = Pattern.compile(
            "(?:管制|封闭|禁行|施工|占道|围挡|断交)(?:路段|范围|区域|地点|位置)(?:为|是|如下)?[：:]\\s*$");
    private static final Pattern ANAPHORA = Pattern.compile("该处|该段|该路段|这一段|这一路段|这段路|此路段|此段|同一路段|上述路段|施工路段"
            + "|(?:该|上述|此)(?:路|街|道路|桥|大桥|桥梁|隧道|高架|匝道|区域|范围)(?![段口])"
            + "|(?:该桥|桥梁|桥面|道路|路面|主路)(?=[东南西北](?:、?[东南西北])?两?(?:半幅|侧|幅)|全幅|全封闭)"
            + "|全幅(?:道路|桥梁|桥面|路面)|(?:通道|隧道|桥梁|桥面|大桥)(?=全封闭|全幅封闭|将全封闭|实行全封闭)"
            + "|(?<=封闭|占用|围挡|施工)(?:大桥|桥梁|桥面|道路|路面)?(?=[东南西北](?:、?[东南西北])?两?(?:半幅|幅|侧[^，。；]{0,6}(?:车道|人行道|辅路)))");

    private static final Pattern POSTPONED = Pattern.compile("暂缓(?:实施|封闭|施工)|取消(?:封闭|施工|管制)|不再(?:封闭|实施)|推迟(?:实施|封闭)");
    private static final Pattern DIRECTION_AFTER = Pattern.compile("^(?:往|向|至)[^，。；、（）()]{1,12}方向|^方向");
    private static final Pattern DIRECTION_BEFORE = Pattern.compile("(?:往|向|朝)$");
    private static final Pattern NEXT_CLOSES = Pattern.compile("^[，,]?\\s*(?:并|将|全天|全面)?(?:禁止一切|禁止所有|禁止机动车|全封闭|封闭|断交)");
    private static final Pattern COUNTED = Pattern.compile(
            "(?:这|上述|以上|前述|这些|该)([两二三四五六七八九\\d])(?:个|条|处|段)?(?:路段|道路|条路|段路|街道|路)");

    private final MentionFinder finder;
    private final int index;
    private final String sentence;
    private final DateRange sentenceDates;
    private final LocalDate reference;
    private final List<Candidate> candidates;
    private final List<Mention> antecedents;
    private final List<Mention> named;
    private boolean headTrigger;
    private boolean firstMentionSeen;

    SentenceReader(final MentionFinder finder, final int index, final String sentence, final DateRange sentenceDates,
            final LocalDate reference, final List<Candidate> candidates, final List<Mention> antecedents,
            final List<Mention> named, final boolean underListHeader) {
        this.finder = finder;
        this.headTrigger = underListHeader;
        this.index = index;
        this.sentence = sentence;
        this.sentenceDates = sentenceDates;
        this.reference = reference;
        this.candidates = candidates;
        this.antecedents = antecedents;
        this.named = named;
    }

    void read() {
        for (final String clause : TextUnits.clauses(sentence)) {
            readClause(new ClauseView(clause));
        }
    }

    private void readClause(final ClauseView view) {
        final String clause = view.text();
        final DateRange clauseDates = DateExpressions.parse(clause, reference);
        final DateRange dates = !clauseDates.isEmpty() ? clauseDates : sentenceDates.isEmpty() ? null : sentenceDates;
        final List<Mention> mentions = rangesOfTheRoadNamedBefore(clause, finder.find(clause)).stream()
                .filter(m -> !namesADirectionOfTravel(clause, m)).toList();
        if (!firstMentionSeen && !mentions.isEmpty()) {
            final String head = clause.substring(0, mentions.get(0).start());
            headTrigger = headTrigger || view.verb(0, mentions.get(0).start()) != null
                    || HEAD_LABEL.matcher(head).find();
            firstMentionSeen = true;
        }
        int produced = 0;
        for (final Mention m : mentions) {
            if (m.kind() != Mention.Kind.PARKING) {
                named.add(m);
            }
            if (view.excludedAt(m.start())) {
                remember(m);
            }
        }
        for (int k = 0; k < mentions.size(); k++) {
            if (readMention(view, mentions, k, dates)) {
                produced++;
            }
        }
        if (produced == 0) {
            readPointingBack(view, dates, mentions);
        }
    }

    private boolean readMention(final ClauseView view, final List<Mention> mentions, final int k,
            final DateRange dates) {
        final String clause = view.text();
        final Mention written = mentions.get(k);
        if (view.excludedAt(written.start())) {
            return false;
        }
        if (POSTPONED.matcher(clause).find()) {
            return false;
        }
        if (namesAReasonOrAProject(view, written)) {
            remember(written);
            return false;
        }
        final Mention m = resolvePointingBack(clause, written);
        final ListExtent list = ListExtent.of(clause, mentions, k);
        final int regionStart = Math.max(m.end(), list.sharedFrom());
        final int triggerEnd = view.triggerEnd(m.start(), list.scopeEnd());
        final String verb;
        final int regionEnd;
        final double frame;
        if (triggerEnd >= 0 && (m.located() || triggerEnd <= view.subEnd(m.start())
                || closedInTheNextSubClause(view, m, mentions, triggerEnd))) {
            regionEnd = view.extendOverVerbs(triggerEnd, list.scopeEnd());
            verb = view.verb(view.subStart(m.start()), triggerEnd);
            frame = m.located() ? Confidence.EXPLICIT : Confidence.ROAD_ONLY;
        } else if (headTrigger && (m.located() || placedAlone(view, m, list.scopeEnd()))) {
            regionEnd = list.scopeEnd();
            verb = "封闭";
            frame = Confidence.HEADED;
        } else {
            remember(m);
            return false;
        }
        final String shared = view.kept(Math.min(regionStart, regionEnd), regionEnd);
        final String region = list.ownSides().isEmpty() ? shared : list.ownSides() + SideAndLane.withoutSides(shared);
        final SideAndLane.Placement placement = SideAndLane.read(region, m.road(), m.kind(),
                verb != null && ClauseView.FULL_VERB.matcher(verb).find());
        final boolean summary = SUMMARY_AFTER.matcher(clause.substring(list.lastEnd())).find();
        final List<Lane> joined = placement.lane() == Lane.HALF_ROAD ? List.of() : SideAndLane.joinedLanes(region);
        for (final Lane lane : joined.isEmpty() ? java.util.Collections.singletonList(placement.lane()) : joined) {
            candidates.add(new Candidate(m.kind(), m.road(), m.from(), m.to(), placement.side(), lane,
                    placement.laneDefaulted() && joined.isEmpty(), dates, dates != null, summary, sentence, index,
                    index * 10_000 + candidates.size(), writtenWithItsRoad(clause, m) ? frame : Confidence.COREFERENCE));
        }
        remember(m);
        return true;
    }

    /**
     * {@code 坞城路改造分两期进行：一期…，封闭学府街至长治路段}: a range of two cross streets written without its road is
     * a segment of the road named last before it.
     */
    private List<Mention> rangesOfTheRoadNamedBefore(final String clause, final List<Mention> mentions) {
        if (mentions.size() < 2) {
            return mentions;
        }
        final List<Mention> out = new ArrayList<>();
        for (int k = 0; k < mentions.size(); k++) {
            final Mention a = mentions.get(k);
            final Mention b = k + 1 < mentions.size() ? mentions.get(k + 1) : null;
            final Mention road = out.isEmpty() ? lastNamed() : out.get(out.size() - 1);
            final String gap = k == 0 ? "" : clause.substring(mentions.get(k - 1).end(), a.start());
            final boolean listed = !out.isEmpty() && out.get(out.size() - 1).kind() == Mention.Kind.RANGE
                    && LIST_GAP.matcher(gap).matches() && !gap.isBlank();
            final boolean first = k == 0 || !LIST_GAP.matcher(gap).matches() && !ROAD_BEFORE.matcher(gap).matches()
                    || listed;
            final String before = clause.substring(k == 0 ? 0 : mentions.get(k - 1).end(), a.start());
            final boolean ends = b != null && (RANGE_END.matcher(clause.substring(b.end())).lookingAt()
                    || RANGE_CLAUSE_END.matcher(clause.substring(b.end())).lookingAt()
                    && (RANGE_HEAD.matcher(before).find() || listed));
            if (road != null && b != null && first && a.kind() == Mention.Kind.BARE && b.kind() == Mention.Kind.BARE
                    && RANGE_GAP.matcher(clause.substring(a.end(), b.start())).matches() && ends
                    && !CandidateMerger.sameRoad(road.road(), a.road()) && !CandidateMerger.sameRoad(road.road(), b.road())) {
                final Matcher end = RANGE_END.matcher(clause.substring(b.end()));
                final int tail = end.lookingAt() ? end.end() : 0;
                out.add(new Mention(Mention.Kind.RANGE, road.road(), a.road(), b.road(), a.start(), b.end() + tail));
                k++;
            } else {
                out.add(a);
            }
        }
        return out;
    }

    /** {@code 宗泽路往宾王路方向}, {@code 由东往西方向}: a road that names a direction of travel is not itself closed. */
    private static boolean namesADirectionOfTravel(final String clause, final Mention m) {
        return m.kind() == Mention.Kind.BARE && (DIRECTION_AFTER.matcher(clause.substring(m.end())).lookingAt()
                || DIRECTION_BEFORE.matcher(clause.substring(Math.max(0, m.start() - 2), m.start())).find());
    }

    /**
     * {@code 对玉泉大桥实行交通管制，禁止一切车辆和行人通行}: a road named alone whose closure is the whole of the next
     * sub-clause, which names no other road.
     */
    private static boolean closedInTheNextSubClause(final ClauseView view, final Mention m, final List<Mention> mentions,
            final int triggerEnd) {
        final int next = view.subEnd(m.start());
        if (next >= view.text().length() || view.subEnd(next) != triggerEnd) {
            return false;
        }
        final boolean other = mentions.stream().anyMatch(o -> o.start() >= next && o.start() < triggerEnd);
        return !other && NEXT_CLOSES.matcher(view.text().substring(next, triggerEnd)).lookingAt();
    }

    /** False for a segment whose road comes from an earlier mention ({@code 该处}, a range written without its road). */
    private static boolean writtenWithItsRoad(final String clause, final Mention m) {
        return m.start() < m.end() && clause.substring(m.start(), Math.min(clause.length(), m.end())).contains(m.road());
    }

    /** {@code 2.后小河东街南侧人行道；} under a list head: a road named alone whose side or lane is written. */
    private static boolean placedAlone(final ClauseView view, final Mention m, final int scopeEnd) {
        final SideAndLane.Placement placement = SideAndLane.read(view.kept(m.end(), Math.max(m.end(), scopeEnd)),
                m.road(), m.kind(), false);
        return !placement.laneDefaulted() || placement.side() != null;
    }

    /**
     * {@code 因彩虹桥…施工需要}, {@code 根据青年路（望江东路—马鞍山路）供水管道工程建设计划}, {@code 受南内环街封闭施工影响}:
     * named, not closed.
     */
    private static boolean namesAReasonOrAProject(final ClauseView view, final Mention m) {
        final String clause = view.text();
        final Matcher projectWord = PROJECT_AFTER.matcher(clause.substring(m.end()));
        final boolean project = projectWord.find() && view.verb(m.end(), m.end() + projectWord.end()) == null;
        final boolean reason = REASON_LEAD.matcher(clause.substring(view.subStart(m.start()), m.start())).find()
                && view.verb(view.subStart(m.start()), view.subEnd(m.start())) == null
                || AFFECTED_BY.matcher(clause.substring(view.subStart(m.start()), view.subEnd(m.start()))).find();
        return reason || project;
    }

    /**
     * A road named alone after its segment was named ({@code 新建路（北大街—胜利街）…改造工程…新建路东侧非机动车道将被占用},
     * {@code 东风路该处…}): the road with that segment; the region starts after {@code 该处}.
     */
    private Mention resolvePointingBack(final String clause, final Mention m) {
        if (m.located()) {
            return m;
        }
        final Mention back = lastOn(m.road());
        if (back == null) {
            return m;
        }
        if (!MentionFinder.pointsBack(clause, m)) {
            return new Mention(back.kind(), back.road(), back.from(), back.to(), m.start(), m.end());
        }
        final Matcher word = ANAPHORA.matcher(clause.substring(m.end()));
        final int end = m.end() + (word.lookingAt() ? word.end() : 0);
        return new Mention(back.kind(), back.road(), back.from(), back.to(), m.start(), end);
    }

    private void remember(final Mention m) {
        if (m.located()) {
            antecedents.add(m);
        }
    }

    /**
     * How far a mention's words reach when it heads a list ({@code 桃园北路、胜利街…等四条道路的部分非机动车道},
     * {@code 府西街东侧、桥东街南侧人行道}): the list items share the words after the last one, each keeping the side
     * written right after it.
     *
     * @param sharedFrom where the shared words start (the end of the list's last mention)
     * @param lastEnd    the end of the list's last mention
     * @param scopeEnd   where the next mention, or the clause, begins
     * @param ownSides   the side words written right after this mention, or empty
     */
    private record ListExtent(int sharedFrom, int lastEnd, int scopeEnd, String ownSides) {

        static ListExtent of(final String clause, final List<Mention> mentions, final int k) {
            int last = k;
            String ownSides = "";
            while (last + 1 < mentions.size()) {
                final String gap = clause.substring(mentions.get(last).end(), mentions.get(last + 1).start());
                if (SIDE_GAP.matcher(gap).matches() && !LIST_GAP.matcher(gap).matches()) {
                    ownSides = last == k ? gap : ownSides;
                } else if (!LIST_GAP.matcher(gap).matches()) {
                    break;
                }
                last++;
            }
            final int lastEnd = mentions.get(last).end();
            final int scopeEnd = last + 1 < mentions.size() ? mentions.get(last + 1).start() : clause.length();
            return new ListExtent(last == k ? 0 : lastEnd, lastEnd, scopeEnd, ownSides);
        }
    }

    /** {@code 工程围挡的是该段东半幅机动车道}: a closure of the segment named last, written without its road. */
    private void readPointingBack(final ClauseView view, final DateRange dates, final List<Mention> mentions) {
        final String clause = view.text();
        if (readCountedPointingBack(view, dates)) {
            return;
        }
        final Matcher word = ANAPHORA.matcher(clause);
        while (word.find()) {
            if (view.excludedAt(word.start()) || antecedents.isEmpty() && named.isEmpty()) {
                continue;
            }
            final int triggerEnd = view.triggerEnd(word.start(), clause.length());
            if (triggerEnd < 0) {
                continue;
            }
            final String named = bareRoad(mentions);
            final Mention back = named != null && lastOn(named) != null ? lastOn(named)
                    : last() != null ? last() : lastNamed();
            if (back == null) {
                return;
            }
            final String verb = view.verb(view.subStart(word.start()), triggerEnd);
            final String region = view.kept(Math.min(word.end(), triggerEnd), triggerEnd);
            final SideAndLane.Placement placement = SideAndLane.read(region, back.road(), back.kind(),
                    verb != null && ClauseView.FULL_VERB.matcher(verb).find());
            candidates.add(new Candidate(back.kind(), back.road(), back.from(), back.to(), placement.side(),
                    placement.lane(), placement.laneDefaulted(), dates, dates != null, false, sentence, index,
                    index * 10_000 + candidates.size(), Confidence.COREFERENCE));
            return;
        }
    }

    /**
     * {@code 对东大街和西大街进行翻修。这两个路段将封闭施工}, {@code 上述三条道路}: one closure for each of the last roads named,
     * as many as the count says.
     */
    private boolean readCountedPointingBack(final ClauseView view, final DateRange dates) {
        final String clause = view.text();
        final Matcher word = COUNTED.matcher(clause);
        if (!word.find() || view.excludedAt(word.start())) {
            return false;
        }
        final int count = count(word.group(1));
        final List<Mention> roads = new ArrayList<>();
        for (int i = named.size() - 1; i >= 0 && roads.size() < count; i--) {
            final Mention m = named.get(i);
            if (roads.stream().noneMatch(r -> CandidateMerger.sameRoad(r.road(), m.road()))) {
                roads.add(0, m);
            }
        }
        final int triggerEnd = view.triggerEnd(word.start(), clause.length());
        if (roads.size() != count || triggerEnd < 0) {
            return false;
        }
        final String verb = view.verb(view.subStart(word.start()), triggerEnd);
        final String region = view.kept(Math.min(word.end(), triggerEnd), triggerEnd);
        for (final Mention back : roads) {
            final SideAndLane.Placement placement = SideAndLane.read(region, back.road(), back.kind(),
                    verb != null && ClauseView.FULL_VERB.matcher(verb).find());
            candidates.add(new Candidate(back.kind(), back.road(), back.from(), back.to(), placement.side(),
                    placement.lane(), placement.laneDefaulted(), dates, dates != null, false, sentence, index,
                    index * 10_000 + candidates.size(), Confidence.COREFERENCE));
        }
        return true;
    }

    private static int count(final String digit) {
        final int at = "一两二三四五六七八九".indexOf(digit);
        if (at >= 0) {
            return at <= 1 ? at + 1 : at;
        }
        return Character.isDigit(digit.charAt(0)) ? Integer.parseInt(digit) : 1;
    }

    private String bareRoad(final List<Mention> mentions) {
        return mentions.stream().filter(m -> !m.located()).map(Mention::road).findFirst().orElse(null);
    }

    private Mention lastOn(final String road) {
        for (int i = antecedents.size() - 1; i >= 0; i--) {
            if (CandidateMerger.sameRoad(antecedents.get(i).road(), road)) {
                return antecedents.get(i);
            }
        }
        return null;
    }

    /** The road named last in the article, located or not ({@code 南内环桥将进行维修…封闭桥梁东半幅}). */
    private Mention lastNamed() {
        return named.isEmpty() ? null : named.get(named.size() - 1);
    }

    private Mention last() {
        return antecedents.isEmpty() ? null : antecedents.get(antecedents.size() - 1);
    }
}
