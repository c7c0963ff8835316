package io.newsalert.streams.extract;

import io.newsalert.schemas.Article;
import io.newsalert.schemas.TrafficClosure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads closures the way traffic notices are written: sentence by sentence, clause by clause ({@code ；} separates
 * segments and phases), a segment ({@link MentionFinder}) is a closure when a closure verb ({@code 封闭 占用 围挡
 * 断行 禁止通行…}) governs it, in its own sub-clauses or at the head of a list sentence ({@code 具体路段是…；…；…},
 * {@code 禁行路段：…}). Side and lane come from the words that follow the segment up to the verb
 * ({@link SideAndLane}); the period from the clause, else the sentence, else the nearest sentence that gives one
 * ({@link DateExpressions}, relative to {@link ReferenceDates}). {@code 该段 / 该处 / 同一路段} point back at the last
 * segment named, so {@code 红旗大街（学院路至宫北路）排水改造工程…工程围挡的是该段东半幅机动车道} is one closure while the
 * project's name alone is none. Detours, exceptions, reopenings, one-way and turn rules, parking removal and
 * reason clauses ({@code 因…需要}, {@code 根据…计划}) are not closures. A sectioned notice is read as one frame: the
 * segments under a location label ({@code 管制路段：}) take the verb, side and lane of its measure section
 * ({@link NoticeMeasure}), and a road given its own period on a line of its own ({@code 安居街：…至7月10日}) keeps it.
 * Duplicates merge in {@link CandidateMerger}.
 * Every closure carries a {@link Confidence} and the span of its sentence in the published body. The extractor
 * holds no state that grows while reading: an article gives the same closures whatever was read before.
 */
public final class NoticeClosureExtractor implements ClosureExtractor {

    /** {@code 对下列路段实施交通管制：}: a list head that closes its items without a closure verb of its own. */
    private static final Pattern CONTROL_HEADER = Pattern.compile("(?:下列|以下|如下)(?:路段|道路)[^，。；]{0,8}(?:交通管制|管制)");

    private static final Pattern LIST_HEADER = Pattern.compile("[：:]\\s*$");
    private static final Pattern LIST_ITEM =
            Pattern.compile("^\\s*(?:\\d{1,2}[.、．)）]|[（(][一二三四五六七八九十\\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、)");

    private static final Pattern SECTION_HEADING =
            Pattern.compile("^\\s*(?:[一二三四五六七八九十]{1,2}、|\\d{1,2}[.、．]|[（(][一二三四五六七八九十\\d]{1,2}[)）])?\\s*"
                    + "(?:半|全)?(?:封闭|管制|禁行|施工|占道|围挡|断交|交通管制)(?:路段|范围|区域|地点|位置)\\s*$");
    private static final Pattern TOP_ITEM = Pattern.compile("^\\s*[一二三四五六七八九十]{1,2}、");

    /** {@code 安居街：2024年3月25日至7月10日。}: a line that gives one road its own period, in a section of periods. */
    private static final Pattern ROAD_LABEL =
            Pattern.compile("^\\s*(?:[一二三四五六七八九十]{1,2}、|\\d{1,2}[.、．]|[（(][一二三四五六七八九十\\d]{1,2}[)）])?"
                    + "\\s*([^：:，,。；、\\s]{2,16}?)(?:封闭|施工|管制|占道)?(?:时间|期间)?[：:]");

    /** {@code 全封闭延长至11月30日}: a closure extended is already in force; its start is not the dateline. */
    private static final Pattern EXTENDED = Pattern.compile("(?:延长|延期|顺延)(?:至|到)");

    /** {@code 施工时间：4月12日至5月30日。}: a line that gives the period of the section it closes. */
    private static final Pattern PERIOD_LINE =
            Pattern.compile("^\\s*(?:[一二三四五六七八九十]{1,2}、|\\d{1,2}[.、．]|[（(][一二三四五六七八九十\\d]{1,2}[)）])?\\s*"
                    + "(?:施工|封闭|管制|占道|围挡|断交)?(?:时间|期限|工期)[：:]");

    /** {@code 二、半封闭路段}: a heading that says the segments under it are closed by halves. */
    private static final Pattern HALF_HEADING = Pattern.compile("半封闭|半幅");

    private final RoadNames roads;
    private final MentionFinder finder;

    public NoticeClosureExtractor(final RoadNames roads) {
        this.roads = roads;
        this.finder = new MentionFinder(roads);
    }

    @Override
    public List<TrafficClosure> extract(final Article article) {
        final String published = article.getBody() == null ? "" : article.getBody();
        final String body = TextUnits.normalise(published);
        final BodyOffsets offsets = new BodyOffsets(published, body);
        final LocalDate reference = ReferenceDates.of(article, body);
        final List<String> sentences = TextUnits.sentences(body);
        final int[] sentenceStart = starts(body, sentences);
        final List<DateRange> sentenceDates = new ArrayList<>();
        final List<Candidate> candidates = new ArrayList<>();
        final Discourse discourse = new Discourse();
        final String measure = NoticeMeasure.of(sentences, finder);
        boolean listHeader = false;
        boolean section = false;
        boolean halfSection = false;
        boolean headerJustBefore = false;
        for (int si = 0; si < sentences.size(); si++) {
            final String sentence = sentences.get(si);
            final LocalDate sentenceReference = EventDays.referenceFor(sentences, si, reference);
            final DateRange own = DateExpressions.parse(sentence, sentenceReference);
            sentenceDates.add(own);
            final boolean item = LIST_ITEM.matcher(sentence).find();
            final boolean heading = SECTION_HEADING.matcher(sentence).find();
            final boolean underSection =
                    section && !heading && !TOP_ITEM.matcher(sentence).find();
            new SentenceReader(
                            finder,
                            si,
                            sentence,
                            own,
                            sentenceReference,
                            candidates,
                            discourse,
                            listHeader && (item || headerJustBefore) || underSection,
                            underSection && halfSection ? NoticeMeasure.HALVES : measure)
                    .read();
            halfSection = heading ? HALF_HEADING.matcher(sentence).find() : halfSection && underSection;
            section = heading || underSection;
            // 施工占用以下路段：(line) 体育路…东侧两条机动车道；亲贤北街与平阳路交叉口；…: the line right after a
            // closing head is its list, numbered or not.
            headerJustBefore = false;
            if (LIST_HEADER.matcher(sentence).find()
                    && (ClauseView.TRIGGER.foundIn(sentence)
                            || CONTROL_HEADER.matcher(sentence).find())) {
                listHeader = true;
                headerJustBefore = true;
            } else if (!item) {
                listHeader = false;
            }
        }
        final List<Candidate> named = candidates.stream()
                .map(Candidate::withTrimmedNames)
                .filter(java.util.Objects::nonNull)
                .toList();
        final List<Candidate> merged = CandidateMerger.merge(named);
        final List<LabelledPeriod> labelledPeriods = labelledPeriods(sentences, sentenceDates);
        final String authority = Provenance.authority(body);
        final String articleReason = Provenance.reason(body);
        final List<TrafficClosure> out = new ArrayList<>();
        for (final Candidate c : merged) {
            final DateRange dates = startingOnTheDateline(
                    ownPeriod(c, labelledPeriods)
                            .or(() -> periodLineAfter(c, sentences, sentenceDates))
                            .orElseGet(() -> datesFor(c, sentenceDates)),
                    c,
                    body,
                    reference);
            final String reason = Provenance.reason(c.sentence());
            final int written = sentences.indexOf(c.sentence());
            final int spanSentence = written >= 0 ? written : c.sentenceIndex();
            final TrafficClosure closure = TrafficClosure.newBuilder()
                    .setId("")
                    .setArticleId(article.getId())
                    .setRoad(c.road())
                    .setFrom(c.from())
                    .setTo(c.to())
                    .setSide(c.side())
                    .setLane(c.lane())
                    .setStart(dates == null ? null : dates.start())
                    .setEnd(dates == null ? null : dates.end())
                    .setStartHour(dates == null ? null : dates.startHour())
                    .setEndHour(dates == null ? null : dates.endHour())
                    .setReason(reason != null ? reason : articleReason)
                    .setAuthority(authority)
                    .setSentence(c.sentence())
                    .setConfidence(Confidence.of(c.frame(), c.datesOwn(), dates != null && dates.start() != null))
                    .setSpanStart(offsets.toBody(sentenceStart[spanSentence]))
                    .setSpanEnd(offsets.toBody(
                                    sentenceStart[spanSentence] + c.sentence().length() - 1)
                            + 1)
                    .build();
            closure.setId(ClosureIds.of(closure));
            out.add(closure);
        }
        return out;
    }

    /**
     * {@code 本报讯 12月1日晚，建设街一处供热管道破裂，抢修单位占用该路东侧机动车道…预计12月4日完工}: works reported in the
     * dateline's own sentence with only an end began on the dateline.
     */
    private static DateRange startingOnTheDateline(
            final DateRange dates, final Candidate c, final String body, final LocalDate reference) {
        if (dates == null
                || dates.start() != null
                || dates.end() == null
                || c.sentenceIndex() != 0
                || EXTENDED.matcher(c.sentence()).find()
                || !ReferenceDates.writtenAtHead(body)
                || reference.isAfter(dates.end())) {
            return dates;
        }
        return new DateRange(reference, dates.end(), null, dates.endHour());
    }

    /**
     * {@code 二、封闭时间 学府街：…至6月10日。安居街：…至7月10日。}: the periods a notice gives road by road, in a
     * section of their own, apart from the lines that name the segments.
     */
    private List<LabelledPeriod> labelledPeriods(final List<String> sentences, final List<DateRange> sentenceDates) {
        final List<LabelledPeriod> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            final java.util.regex.Matcher label = ROAD_LABEL.matcher(sentences.get(i));
            if (label.lookingAt()
                    && sentenceDates.get(i).start() != null
                    && roads.isRoad(label.group(1))
                    && finder.find(sentences.get(i)).size() == 1) {
                out.add(new LabelledPeriod(label.group(1), i, sentenceDates.get(i)));
            }
        }
        return out;
    }

    /** The period given to the closure's road alone on a line of its own, when its own sentence gives none. */
    private static java.util.Optional<DateRange> ownPeriod(final Candidate c, final List<LabelledPeriod> periods) {
        if (c.dates() != null && c.dates().start() != null) {
            return java.util.Optional.empty();
        }
        return periods.stream()
                .filter(p -> p.sentence() != c.sentenceIndex() && CandidateMerger.sameRoad(p.road(), c.road()))
                .map(LabelledPeriod::dates)
                .findFirst();
    }

    /**
     * {@code 施工路段：兴安路（…），封闭施工。施工时间：4月15日至6月15日。}: a section's period on the line right after
     * the closure, when the closure's own sentence gives none.
     */
    private static java.util.Optional<DateRange> periodLineAfter(
            final Candidate c, final List<String> sentences, final List<DateRange> sentenceDates) {
        final int next = c.sentenceIndex() + 1;
        if (c.dates() != null && c.dates().start() != null
                || next >= sentences.size()
                || sentenceDates.get(next).start() == null
                || !PERIOD_LINE.matcher(sentences.get(next)).lookingAt()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(sentenceDates.get(next));
    }

    private record LabelledPeriod(String road, int sentence, DateRange dates) {}

    /** Where each sentence starts in the normalised body. */
    private static int[] starts(final String body, final List<String> sentences) {
        final int[] out = new int[sentences.size()];
        int from = 0;
        for (int i = 0; i < sentences.size(); i++) {
            final int at = body.indexOf(sentences.get(i), from);
            out[i] = Math.max(0, at);
            from = at < 0 ? from : at + sentences.get(i).length();
        }
        return out;
    }

    private static DateRange datesFor(final Candidate c, final List<DateRange> sentenceDates) {
        final DateRange dates = c.dates();
        if (dates != null && dates.start() != null) {
            return dates.end() == null ? withLaterEnd(dates, c.sentenceIndex(), sentenceDates) : dates;
        }
        final DateRange nearest = nearest(c.sentenceIndex(), sentenceDates);
        if (nearest == null) {
            return dates;
        }
        if (dates != null && dates.end() != null) {
            return new DateRange(nearest.start(), dates.end(), nearest.startHour(), dates.endHour());
        }
        return nearest;
    }

    /** {@code …5月1日起封闭施工。预计7月底完工。}: an end written alone in the next sentences closes an open period. */
    private static DateRange withLaterEnd(final DateRange dates, final int index, final List<DateRange> sentenceDates) {
        for (int i = index + 1; i < Math.min(sentenceDates.size(), index + 3); i++) {
            final DateRange later = sentenceDates.get(i);
            if (later.start() != null) {
                return dates;
            }
            if (later.end() != null && !later.end().isBefore(dates.start())) {
                return new DateRange(dates.start(), later.end(), dates.startHour(), later.endHour());
            }
        }
        return dates;
    }

    private static DateRange nearest(final int index, final List<DateRange> sentenceDates) {
        for (int i = index - 1; i >= 0; i--) {
            if (!sentenceDates.get(i).isEmpty()) {
                return sentenceDates.get(i);
            }
        }
        for (int i = index + 1; i < sentenceDates.size(); i++) {
            if (!sentenceDates.get(i).isEmpty()) {
                return sentenceDates.get(i);
            }
        }
        return null;
    }
}
