package io.newsalert.streams.extract;

import io.newsalert.schemas.Lane;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the closures of one sentence into the article's candidates, clause by clause ({@code ；}): the clause's
 * mentions ({@link MentionFinder}, plus ranges written without their road, {@code 第一段为北环路至人民路} or the second
 * range of {@code X至Y、Z至W两段}, read as segments of the road named before); then a frame for each mention that a
 * closure verb governs, in its own sub-clause, in the next sub-clause for a road named alone, or at the head of its
 * list or section; its side and lane, and the clause's or sentence's period. Mentions that only name a direction of
 * travel ({@code 宗泽路往宾王路方向}), a reason or a project, or sit in a detour, exception or postponement are not
 * closed. What the clause names goes into the article's {@link Discourse}; a clause that closes nothing it names may
 * close what it points back at ({@link PointingBack}).
 */
final class SentenceReader {

    private static final Pattern REASON_LEAD = Pattern.compile("^\\s*(?:因|为了|为|根据|按照|依据|配合|受|由于|随着)");
    private static final Pattern AFFECTED_BY = Pattern.compile("^\\s*受[^，。；]*影响[，,]?$");
    /** {@code X路（A至B）改造工程}: a project's name; not {@code X路（A至B）段进行排水工程施工}, works on the road. */
    private static final Pattern PROJECT_AFTER = Pattern.compile("^(?:(?!进行|实施|开展)[^，。；、：]){0,14}?(?:工程|项目)");
    /** {@code X路（A至B）改造工程封闭时间…延长至}: the closure of the project's segment, not its name alone. */
    private static final Pattern PERIOD_OF_PROJECT = Pattern.compile(
            "^(?:的)?(?:封闭|围挡|管制|占道)(?:施工)?(?:时间|期限|期)|(?:封闭|围挡|管制)(?:施工)?(?:时间|期限)[^。；]{0,12}?(?:延长|延期|推迟)");

    private static final Pattern SUMMARY_AFTER =
            Pattern.compile("^(?:等[一二三四五六七八九十两\\d]*|[一二三四五六七八九十两\\d]+)(?:条|处|个|段)?(?:道路|路段|街巷|主干道|路)");
    private static final Pattern RANGE_GAP = Pattern.compile("^(?:——|—|－|~|～|-|至|到)$");
    private static final Pattern RANGE_END = Pattern.compile("(?:[两二三四五六七八九十\\d]{1,2}[个条]?)?(?:路段|段)|之间");
    private static final Pattern RANGE_CLAUSE_END = Pattern.compile("^\\s*(?:[，,。；;：:）)]|$)");
    private static final Pattern RANGE_HEAD =
            Pattern.compile("(?:为|是|：|:|从|自|起点为?|范围为?|区间为?|[东南西北中一二三四五六七八九十]段[（(]|[一二三四五六七八九十]期(?:为|是)?)\\s*$");
    private static final Pattern ROAD_BEFORE = Pattern.compile("^(?:的)?$");
    private static final Pattern LIST_GAP = Pattern.compile("^[、和及与，,\\s]*$");
    /** {@code 和桥收费站双向出入口匝道及万石收费站出口匝道}: the ramps of each station of a list are its own. */
    private static final String RAMP_WORD = "(?:(?:上下|出入口|出口|入口)?匝道|出入口|出口|入口)";

    private static final Pattern SIDE_GAP = Pattern.compile(
            "^(?:的)?(?:(?:[东南西北](?:、?[东南西北])?两?(?:侧|半幅|幅)|两侧|双向)" + RAMP_WORD + "?|" + RAMP_WORD + ")[、和及与，,\\s]*$");
    private static final Pattern HEAD_LABEL =
            Pattern.compile("(?:管制|封闭|禁行|施工|占道|围挡|断交)(?:路段|范围|区域|地点|位置)(?:为|是|如下)?[：:]\\s*$");
    /** {@code 12月5日临时封闭的建新路…已于12月6日恢复通行}: a closure told as over. */
    private static final Pattern ALREADY_OVER =
            Pattern.compile("已(?:于[^，。；]{1,12}?)?(?:全面|全线|正式)?恢复(?:双向)?(?:通行|通车|交通)");

    private static final Pattern POSTPONED = Pattern.compile("暂缓(?:实施|封闭|施工)|取消(?:封闭|施工|管制)|不再(?:封闭|实施)|推迟(?:实施|封闭)");
    /** {@code 原定本周六对长江西路…实施的夜间封闭施工，因…取消}: a planned closure called off. */
    private static final Pattern CALLED_OFF = Pattern.compile("(?:原定|原计划)[^。]{0,60}?(?:取消|暂缓实施|不再实施)");

    /** {@code …等三条道路的部分人行道封闭施工。具体为：A…；B…}: the items of what the sentence before closed. */
    private static final Pattern ELABORATION = Pattern.compile("^\\s*(?:具体|分别)(?:为|是|如下|包括)?[：:]\\s*$");

    private static final Pattern PLACE_RANGE = Pattern.compile("(?:^|(?<=[，,：:；]|其中|封闭|围挡|占用))"
            + "([^，。；、：:（）()\\s至到的]{2,12}?)(?:至|到)([^，。；、：:（）()\\s至到的]{2,12}?)(?:路段|段)(?![^，。；]{0,3}(?:工程|项目))");

    private static final Pattern COLON_END = Pattern.compile("[：:]\\s*$");
    private static final Pattern LABEL = Pattern.compile("(?:管制|封闭|禁行|施工|占道|围挡|断交)(?:路段|范围|区域|地点|位置|时间)");

    private static final Pattern DIRECTION_AFTER = Pattern.compile("^(?:往|向|至)[^，。；、（）()]{1,12}方向|^方向");
    private static final Pattern DIRECTION_BEFORE = Pattern.compile("(?:往|向|朝)$");
    private static final Pattern NEXT_CLOSES = Pattern.compile("^[，,]?\\s*(?:[\\p{IsHan}]{0,4}(?:期间|时段内|时间内)|其间|届时)?"
            + "(?:[\\d年月日号时点分至到起止—－~～:：、]|每[天日晚周]|周[一二三四五六日]|次日|晚上?|夜间|凌晨)*"
            + "(?:(?:[东南西北](?:、?[东南西北])?|两)侧)?(?:人行道|非机动车道|机动车道|辅路|辅道)?"
            + "(?:并|将|全天|全面|逐段|分段)?"
            + "(?:禁止一切|禁止所有|禁止机动车|禁止(?:社会)?车辆(?:和行人|及行人)?(?:通行|驶入|进入)|全封闭|封闭|断交)");
    private static final Pattern LABELLED_HALF = Pattern.compile("^\\s*[东南西北]半幅(?:封闭)?(?:时间)?[：:]");
    private static final Pattern KM_RANGE =
            Pattern.compile("(?<![A-Za-z0-9+])([Kk]\\d+\\+\\d+)\\s*(?:至|到|——|—|－|~|～|-)\\s*([Kk]\\d+\\+\\d+)(?:段|路段)?");
    private final MentionFinder finder;
    private final int index;
    private final String sentence;
    private final DateRange sentenceDates;
    private final LocalDate reference;
    private final List<Candidate> candidates;
    private final Discourse discourse;
    private final PointingBack pointingBack;
    private final String noticeMeasure;
    private boolean headTrigger;
    private boolean underLocationLabel;
    private boolean firstMentionSeen;
    /** {@code 对以下道路实行交通管制，禁止一切车辆通行：沿湖路、康民路…}: roads listed after a closing head and a colon. */
    private boolean colonList;
    /** {@code 二、管制路段 椰风大道（…）、玉带路全段}: the sentence is an item of a list or section that closes. */
    private final boolean listedUnderHead;

    SentenceReader(
            final MentionFinder finder,
            final int index,
            final String sentence,
            final DateRange sentenceDates,
            final LocalDate reference,
            final List<Candidate> candidates,
            final Discourse discourse,
            final boolean underListHeader,
            final String noticeMeasure) {
        this.finder = finder;
        this.noticeMeasure = noticeMeasure;
        this.headTrigger = underListHeader;
        this.listedUnderHead = underListHeader;
        this.index = index;
        this.sentence = sentence;
        this.sentenceDates = sentenceDates;
        this.reference = reference;
        this.candidates = candidates;
        this.discourse = discourse;
        this.pointingBack = new PointingBack(discourse, candidates, sentence, index);
    }

    void read() {
        for (final String clause : TextUnits.clauses(SegmentRewrites.apply(sentence))) {
            readClause(new ClauseView(clause));
        }
    }

    private void readClause(final ClauseView view) {
        final String clause = view.text();
        final DateRange clauseDates = DateExpressions.parse(clause, reference);
        final DateRange dates = !clauseDates.isEmpty() ? clauseDates : sentenceDates.isEmpty() ? null : sentenceDates;
        final List<Mention> mentions = withoutOverlaps(StationRamps.onTheirHighway(
                placeRangesOfTheRoadNamedBefore(
                                clause,
                                kmRangesOfTheRoadNamedBefore(
                                        clause, rangesOfTheRoadNamedBefore(clause, finder.find(clause))))
                        .stream()
                        .filter(m -> !namesADirectionOfTravel(clause, m))
                        .toList(),
                discourse));
        if (!firstMentionSeen && !mentions.isEmpty()) {
            final String head = clause.substring(0, mentions.get(0).start());
            headTrigger = headTrigger
                    || view.verb(0, mentions.get(0).start()) != null
                    || HEAD_LABEL.matcher(head).find();
            underLocationLabel =
                    (HEAD_LABEL.matcher(head).find() || listedUnderHead && NoticeMeasure.HALVES.equals(noticeMeasure))
                            && noticeMeasure != null;
            colonList = view.verb(0, mentions.get(0).start()) != null
                            && COLON_END.matcher(head).find()
                            && !LABEL.matcher(head).find()
                    || ELABORATION.matcher(head).find()
                            && candidates.stream().anyMatch(c -> c.sentenceIndex() == index - 1);
            headTrigger = headTrigger || colonList;
            firstMentionSeen = true;
        }
        int produced = 0;
        for (final Mention m : mentions) {
            discourse.name(m);
            if (view.excludedAt(m.start())) {
                discourse.remember(m);
            }
        }
        for (int k = 0; k < mentions.size(); k++) {
            if (readMention(view, mentions, k, dates)) {
                produced++;
            }
        }
        if (produced == 0 && mentions.isEmpty() && !clauseDates.isEmpty() && halfWithItsPeriod(clause, clauseDates)) {
            return;
        }
        if (produced == 0) {
            pointingBack.read(view, dates, mentions);
        }
    }

    private boolean readMention(
            final ClauseView view, final List<Mention> mentions, final int k, final DateRange dates) {
        final String clause = view.text();
        final Mention written = mentions.get(k);
        if (view.excludedAt(written.start())) {
            return false;
        }
        if (POSTPONED.matcher(clause).find()
                || ALREADY_OVER.matcher(clause).find()
                || CALLED_OFF.matcher(sentence).find()) {
            return false;
        }
        if (namesAReasonOrAProject(view, written)) {
            discourse.remember(written);
            return false;
        }
        final Mention m = pointingBack.resolve(clause, written);
        final ListExtent list = ListExtent.of(clause, mentions, k);
        final int regionStart = Math.max(m.end(), list.sharedFrom());
        final int triggerEnd = view.triggerEnd(m.start(), list.scopeEnd());
        final String verb;
        final int regionEnd;
        final double frame;
        if (triggerEnd >= 0
                && (m.located()
                        || triggerEnd <= view.subEnd(m.start())
                        || closedInTheNextSubClause(view, m, mentions, triggerEnd))) {
            regionEnd = view.extendOverVerbs(triggerEnd, list.scopeEnd());
            verb = view.verb(view.subStart(m.start()), triggerEnd);
            frame = m.located() ? Confidence.EXPLICIT : Confidence.ROAD_ONLY;
        } else if (underLocationLabel) {
            regionEnd = list.scopeEnd();
            verb = new ClauseView(noticeMeasure).verb(0, noticeMeasure.length());
            frame = Confidence.HEADED;
        } else if (headTrigger
                && (m.located()
                        || colonList
                        || listedUnderHead && !view.anyExcluded()
                        || placedAlone(view, m, list.scopeEnd()))) {
            regionEnd = list.scopeEnd();
            verb = "封闭";
            frame = Confidence.HEADED;
        } else if (m.located()
                && !SideAndLane.sidesInSequence(clause.substring(m.end(), list.scopeEnd()))
                        .isEmpty()) {
            regionEnd = list.scopeEnd();
            verb = null;
            frame = Confidence.HEADED;
        } else if (m.located() && !writtenWithItsRoad(clause, m) && closedAloneInThisSentence(m.road())) {
            regionEnd = list.scopeEnd();
            verb = "封闭";
            frame = Confidence.COREFERENCE;
        } else {
            discourse.remember(m);
            return false;
        }
        final String shared = view.kept(Math.min(regionStart, regionEnd), regionEnd);
        final String own = list.ownSides().isEmpty() ? shared : list.ownSides() + SideAndLane.withoutSides(shared);
        final String region =
                underLocationLabel ? own + "，" + new ClauseView(noticeMeasure).kept(0, noticeMeasure.length()) : own;
        final boolean summary =
                SUMMARY_AFTER.matcher(clause.substring(list.lastEnd())).find();
        final String scope = view.kept(Math.min(regionStart, list.scopeEnd()), list.scopeEnd());
        final List<io.newsalert.schemas.Side> inSequence = SideAndLane.sidesInSequence(scope);
        final String halves = SideAndLane.halvesInSequence(scope) ? "，半幅" : "";
        final boolean fullVerb =
                verb != null && ClauseView.FULL_VERB.matcher(verb).find();
        final double confidence = writtenWithItsRoad(clause, m) ? frame : Confidence.COREFERENCE;
        final List<DatedPhases.Phase> phases = list.ownSides().isEmpty() && !underLocationLabel
                ? DatedPhases.of(view, Math.min(regionStart, regionEnd), regionEnd, dates, reference)
                : List.of();
        for (final DatedPhases.Phase phase : phases) {
            addCandidates(m, phase.text(), fullVerb, List.of(), phase.dates(), summary, confidence);
        }
        if (!phases.isEmpty()) {
            discourse.remember(m);
            return true;
        }
        for (final String part : SideAndLane.serviceAndMainRoad(region)) {
            addCandidates(m, part + halves, fullVerb, inSequence, dates, summary, confidence);
        }
        discourse.remember(m);
        return true;
    }

    /**
     * {@code 迎春街实施封闭施工，封闭范围东起建设路，西至解放路}: the bounds written after a road that this sentence closed
     * by its name alone are the segment of that closure.
     */
    private boolean closedAloneInThisSentence(final String road) {
        return candidates.stream()
                .anyMatch(c -> c.sentenceIndex() == index && !c.located() && CandidateMerger.sameRoad(c.road(), road));
    }

    /** The closures of one segment placed by {@code region}: one per side in sequence and per lane joined. */
    private void addCandidates(
            final Mention m,
            final String region,
            final boolean fullVerb,
            final List<io.newsalert.schemas.Side> inSequence,
            final DateRange dates,
            final boolean summary,
            final double confidence) {
        final SideAndLane.Placement placement = SideAndLane.read(region, m.road(), m.kind(), fullVerb);
        final List<Lane> joined = SideAndLane.joinedLanes(region, placement);
        for (final io.newsalert.schemas.Side side :
                inSequence.isEmpty() ? java.util.Collections.singletonList(placement.side()) : inSequence) {
            for (final Lane lane : joined.isEmpty() ? java.util.Collections.singletonList(placement.lane()) : joined) {
                candidates.add(Candidate.of(
                        m,
                        side,
                        lane,
                        placement.laneDefaulted() && joined.isEmpty(),
                        dates,
                        dates != null,
                        summary,
                        sentence,
                        index,
                        candidates.size(),
                        confidence));
            }
        }
    }

    /**
     * {@code S214省道K12+300至K14+800段、K17+000至K18+200段}, {@code ；K62+000至K63+500段实行全封闭施工}: a range of
     * kilometre posts written without its road is a segment of the road named last before it.
     */
    /**
     * {@code 其中，朱昌大桥至撒拉溪段从4月1日起封闭}, {@code 6月1日至6月15日封闭东沟路口至景苑三期北门段}: a range between
     * places, written without its road at the head of a clause or after the verb, is a segment of the road named last.
     */
    private List<Mention> placeRangesOfTheRoadNamedBefore(final String clause, final List<Mention> mentions) {
        if (clause.indexOf('段') < 0) {
            return mentions;
        }
        final Matcher range = PLACE_RANGE.matcher(clause);
        final List<Mention> out = new ArrayList<>(mentions);
        while (range.find()) {
            final int start = range.start(1);
            final int end = range.end();
            final Mention road = discourse.lastNamed();
            final boolean crossesAMention = out.stream()
                    .anyMatch(m ->
                            m.start() < end && start < m.end() && (m.start() < start || m.end() > end || m.located()));
            if (road == null
                    || road.kind() == Mention.Kind.PARKING
                    || crossesAMention
                    || !MentionFinder.endpointOk(range.group(1))
                    || !MentionFinder.endpointOk(range.group(2))
                    || CandidateMerger.sameRoad(road.road(), finder.crossName(range.group(1)))
                    || CandidateMerger.sameRoad(road.road(), finder.crossName(range.group(2)))) {
                continue;
            }
            out.removeIf(m -> m.start() >= start && m.end() <= end);
            out.add(new Mention(
                    Mention.Kind.RANGE,
                    road.road(),
                    finder.crossName(range.group(1)),
                    finder.crossName(range.group(2)),
                    start,
                    end));
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    private List<Mention> kmRangesOfTheRoadNamedBefore(final String clause, final List<Mention> mentions) {
        final Matcher km = KM_RANGE.matcher(clause);
        final List<Mention> out = new ArrayList<>(mentions);
        while (km.find()) {
            final int start = km.start();
            final int end = km.end();
            if (out.stream().anyMatch(m -> m.start() < end && start < m.end())) {
                continue;
            }
            final Mention before = out.stream()
                    .filter(m -> m.end() <= start)
                    .reduce((first, second) -> second)
                    .orElse(discourse.lastNamed());
            if (before != null && before.kind() != Mention.Kind.PARKING) {
                out.add(new Mention(Mention.Kind.RANGE, before.road(), km.group(1), km.group(2), start, end));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * {@code …分东西两侧先后半幅封闭施工。西半幅：9月15日至10月20日；东半幅：…}: a half labelled with its own period is a
     * phase of the road named last.
     */
    private boolean halfWithItsPeriod(final String clause, final DateRange clauseDates) {
        final Matcher half = LABELLED_HALF.matcher(clause);
        final Mention road = discourse.lastNamed();
        if (!half.lookingAt() || road == null) {
            return false;
        }
        final SideAndLane.Placement placement = SideAndLane.read(half.group(), road.road(), road.kind(), false);
        candidates.add(Candidate.of(
                road,
                placement.side(),
                Lane.HALF_ROAD,
                false,
                clauseDates,
                true,
                false,
                sentence,
                index,
                candidates.size(),
                Confidence.COREFERENCE));
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
            final Mention road = out.isEmpty() ? discourse.lastNamed() : out.get(out.size() - 1);
            final String gap =
                    k == 0 ? "" : clause.substring(mentions.get(k - 1).end(), a.start());
            final boolean listed = !out.isEmpty()
                    && out.get(out.size() - 1).kind() == Mention.Kind.RANGE
                    && LIST_GAP.matcher(gap).matches()
                    && !gap.isBlank();
            final boolean first = k == 0
                    || !LIST_GAP.matcher(gap).matches()
                            && !ROAD_BEFORE.matcher(gap).matches()
                    || listed;
            final String before =
                    clause.substring(k == 0 ? 0 : mentions.get(k - 1).end(), a.start());
            final boolean ends = b != null
                    && (RANGE_END.matcher(clause.substring(b.end())).lookingAt()
                            || RANGE_CLAUSE_END
                                            .matcher(clause.substring(b.end()))
                                            .lookingAt()
                                    && (RANGE_HEAD.matcher(before).find() || listed));
            if (road != null
                    && b != null
                    && first
                    && a.kind() == Mention.Kind.BARE
                    && b.kind() == Mention.Kind.BARE
                    && RANGE_GAP.matcher(clause.substring(a.end(), b.start())).matches()
                    && ends
                    && !CandidateMerger.sameRoad(road.road(), a.road())
                    && !CandidateMerger.sameRoad(road.road(), b.road())) {
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

    /** The mentions in order of their start, each one that begins inside the one before it left out. */
    private static List<Mention> withoutOverlaps(final List<Mention> mentions) {
        final List<Mention> out = new ArrayList<>();
        for (final Mention m : mentions.stream()
                .sorted(java.util.Comparator.comparingInt(Mention::start))
                .toList()) {
            if (out.isEmpty() || m.start() >= out.get(out.size() - 1).end()) {
                out.add(m);
            }
        }
        return out;
    }

    /** {@code 宗泽路往宾王路方向}, {@code 由东往西方向}: a road that names a direction of travel is not itself closed. */
    private static boolean namesADirectionOfTravel(final String clause, final Mention m) {
        return m.kind() == Mention.Kind.BARE
                && (DIRECTION_AFTER.matcher(clause.substring(m.end())).lookingAt()
                        || DIRECTION_BEFORE
                                .matcher(clause.substring(Math.max(0, m.start() - 2), m.start()))
                                .find());
    }

    /**
     * {@code 对玉泉大桥实行交通管制，禁止一切车辆和行人通行}: a road named alone whose closure is the whole of the next
     * sub-clause, which names no other road.
     */
    private static boolean closedInTheNextSubClause(
            final ClauseView view, final Mention m, final List<Mention> mentions, final int triggerEnd) {
        final int next = view.subEnd(m.start());
        if (next >= view.text().length() || view.subEnd(next) != triggerEnd) {
            return false;
        }
        final boolean other = mentions.stream().anyMatch(o -> o.start() >= next && o.start() < triggerEnd);
        return !other
                && NEXT_CLOSES.matcher(view.text().substring(next, triggerEnd)).lookingAt();
    }

    /** False for a segment whose road comes from an earlier mention ({@code 该处}, a range written without its road). */
    private static boolean writtenWithItsRoad(final String clause, final Mention m) {
        return m.start() < m.end()
                && clause.substring(m.start(), Math.min(clause.length(), m.end()))
                        .contains(m.road());
    }

    /** {@code 2.后小河东街南侧人行道；} under a list head: a road named alone whose side or lane is written. */
    private static boolean placedAlone(final ClauseView view, final Mention m, final int scopeEnd) {
        final SideAndLane.Placement placement =
                SideAndLane.read(view.kept(m.end(), Math.max(m.end(), scopeEnd)), m.road(), m.kind(), false);
        return !placement.laneDefaulted() || placement.side() != null;
    }

    /**
     * {@code 因彩虹桥…施工需要}, {@code 根据青年路（望江东路—马鞍山路）供水管道工程建设计划}, {@code 受南内环街封闭施工影响}:
     * named, not closed.
     */
    private static boolean namesAReasonOrAProject(final ClauseView view, final Mention m) {
        final String clause = view.text();
        final Matcher projectWord = PROJECT_AFTER.matcher(clause.substring(m.end()));
        final boolean project = projectWord.find()
                && view.verb(m.end(), m.end() + projectWord.end()) == null
                && !PERIOD_OF_PROJECT
                        .matcher(clause.substring(m.end() + projectWord.end()))
                        .find();
        final boolean reason = REASON_LEAD
                                .matcher(clause.substring(view.subStart(m.start()), m.start()))
                                .find()
                        && view.verb(view.subStart(m.start()), view.subEnd(m.start())) == null
                || AFFECTED_BY
                        .matcher(clause.substring(view.subStart(m.start()), view.subEnd(m.start())))
                        .find();
        return reason || project;
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
                final String gap = clause.substring(
                        mentions.get(last).end(), mentions.get(last + 1).start());
                if (SIDE_GAP.matcher(gap).matches() && !LIST_GAP.matcher(gap).matches()) {
                    ownSides = last == k ? gap : ownSides;
                } else if (!LIST_GAP.matcher(gap).matches()) {
                    break;
                }
                last++;
            }
            final int lastEnd = mentions.get(last).end();
            final int scopeEnd =
                    last + 1 < mentions.size() ? mentions.get(last + 1).start() : clause.length();
            return new ListExtent(last == k ? 0 : lastEnd, lastEnd, scopeEnd, ownSides);
        }
    }
}
