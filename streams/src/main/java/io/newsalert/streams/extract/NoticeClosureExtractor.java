package io.newsalert.streams.extract;

import io.newsalert.schemas.Article;
import io.newsalert.schemas.TrafficClosure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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
 * reason clauses ({@code 因…需要}, {@code 根据…计划}) are not closures. Duplicates merge in {@link CandidateMerger}.
 */
public final class NoticeClosureExtractor implements ClosureExtractor {

    private static final Pattern REASON_LEAD = Pattern.compile("^\\s*(?:因|为了|为|根据|按照|依据|配合|受|由于|随着)");
    private static final Pattern PROJECT_AFTER = Pattern.compile("^[^，。；、：]{0,14}?(?:工程|项目)");
    private static final Pattern SUMMARY_AFTER = Pattern.compile("^等[一二三四五六七八九十两\\d]*(?:条|处|个|段)?(?:道路|路段|街巷|主干道|路)");
    private static final Pattern LIST_GAP = Pattern.compile("^[、和及与，,\\s]*$");
    private static final Pattern ANAPHORA = Pattern.compile("该处|该段|该路段|这一段|这一路段|这段路|此路段|此段|同一路段|上述路段|施工路段");

    private final RoadNames roads;
    private final MentionFinder finder;

    public NoticeClosureExtractor(final RoadNames roads) {
        this.roads = roads;
        this.finder = new MentionFinder(roads);
    }

    @Override
    public List<TrafficClosure> extract(final Article article) {
        final LocalDate reference = ReferenceDates.of(article);
        final List<String> sentences = TextUnits.sentences(article.getBody() == null ? "" : article.getBody());
        final List<DateRange> sentenceDates = new ArrayList<>();
        final List<Candidate> candidates = new ArrayList<>();
        final List<Mention> antecedents = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            final String sentence = sentences.get(si);
            final DateRange own = DateExpressions.parse(sentence, reference);
            sentenceDates.add(own);
            new SentenceReader(si, sentence, own, reference, candidates, antecedents).read();
        }
        final List<Candidate> merged = CandidateMerger.merge(candidates);
        final String authority = Provenance.authority(article.getBody() == null ? "" : article.getBody());
        final String articleReason = Provenance.reason(article.getBody() == null ? "" : article.getBody());
        final List<TrafficClosure> out = new ArrayList<>();
        for (final Candidate c : merged) {
            final DateRange dates = datesFor(c, sentenceDates);
            final String reason = Provenance.reason(c.sentence());
            final TrafficClosure closure = TrafficClosure.newBuilder().setId("").setArticleId(article.getId())
                    .setRoad(c.road()).setFrom(c.from()).setTo(c.to()).setSide(c.side()).setLane(c.lane())
                    .setStart(dates == null ? null : dates.start()).setEnd(dates == null ? null : dates.end())
                    .setStartHour(dates == null ? null : dates.startHour())
                    .setEndHour(dates == null ? null : dates.endHour())
                    .setReason(reason != null ? reason : articleReason).setAuthority(authority)
                    .setSentence(c.sentence()).build();
            closure.setId(ClosureIds.of(closure));
            out.add(closure);
            if (c.kind() == Mention.Kind.RANGE) {
                roads.learn(c.road());
            }
        }
        return out;
    }

    private static DateRange datesFor(final Candidate c, final List<DateRange> sentenceDates) {
        DateRange dates = c.dates();
        if (dates != null && dates.start() != null) {
            return dates;
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

    /** Reads the closures of one sentence into the article's candidates. */
    private final class SentenceReader {

        private final int index;
        private final String sentence;
        private final DateRange sentenceDates;
        private final LocalDate reference;
        private final List<Candidate> candidates;
        private final List<Mention> antecedents;
        private boolean headTrigger;
        private boolean firstMentionSeen;

        SentenceReader(final int index, final String sentence, final DateRange sentenceDates, final LocalDate reference,
                final List<Candidate> candidates, final List<Mention> antecedents) {
            this.index = index;
            this.sentence = sentence;
            this.sentenceDates = sentenceDates;
            this.reference = reference;
            this.candidates = candidates;
            this.antecedents = antecedents;
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
            final List<Mention> mentions = finder.find(clause);
            if (!firstMentionSeen && !mentions.isEmpty()) {
                headTrigger = view.verb(0, mentions.get(0).start()) != null;
                firstMentionSeen = true;
            }
            int produced = 0;
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
            Mention m = mentions.get(k);
            if (view.excludedAt(m.start())) {
                return false;
            }
            final String subClause = clause.substring(view.subStart(m.start()), m.start());
            final boolean project = PROJECT_AFTER.matcher(clause.substring(m.end())).find()
                    && view.verb(m.end(), m.end() + PROJECT_AFTER.matcher(clause.substring(m.end())).results()
                            .findFirst().map(r -> r.end()).orElse(0)) == null;
            if (REASON_LEAD.matcher(subClause).find() || project) {
                if (m.located()) {
                    antecedents.add(m);
                }
                return false;
            }
            int regionStart = m.end();
            if (MentionFinder.pointsBack(clause, m)) {
                final Mention back = lastOn(m.road());
                if (back != null) {
                    final Matcher word = ANAPHORA.matcher(clause.substring(m.end()));
                    regionStart = m.end() + (word.lookingAt() ? word.end() : 0);
                    m = new Mention(back.kind(), back.road(), back.from(), back.to(), m.start(), regionStart);
                }
            }
            int last = k;
            while (last + 1 < mentions.size() && LIST_GAP.matcher(
                    clause.substring(mentions.get(last).end(), mentions.get(last + 1).start())).matches()) {
                last++;
            }
            if (last != k) {
                regionStart = Math.max(regionStart, mentions.get(last).end());
            }
            final int scopeEnd = last + 1 < mentions.size() ? mentions.get(last + 1).start() : clause.length();
            final boolean summary = SUMMARY_AFTER.matcher(clause.substring(mentions.get(last).end())).find();
            final int triggerEnd = view.triggerEnd(m.start(), scopeEnd);
            final String verb;
            final int regionEnd;
            if (triggerEnd >= 0 && (m.located() || triggerEnd <= view.subEnd(m.start()))) {
                regionEnd = view.extendOverVerbs(triggerEnd, scopeEnd);
                verb = view.verb(view.subStart(m.start()), triggerEnd);
            } else if (headTrigger && m.located()) {
                regionEnd = scopeEnd;
                verb = "封闭";
            } else {
                if (m.located()) {
                    antecedents.add(m);
                }
                return false;
            }
            final String region = view.kept(Math.min(regionStart, regionEnd), regionEnd);
            final SideAndLane.Placement placement = SideAndLane.read(region, m.road(), m.kind(),
                    verb != null && ClauseView.FULL_VERB.matcher(verb).find());
            candidates.add(new Candidate(m.kind(), m.road(), m.from(), m.to(), placement.side(), placement.lane(),
                    placement.laneDefaulted(), dates, dates != null, summary, sentence, index,
                    index * 10_000 + candidates.size()));
            if (m.located()) {
                antecedents.add(m);
            }
            return true;
        }

        /** {@code 工程围挡的是该段东半幅机动车道}: a closure of the segment named last, written without its road. */
        private void readPointingBack(final ClauseView view, final DateRange dates, final List<Mention> mentions) {
            final String clause = view.text();
            final Matcher word = ANAPHORA.matcher(clause);
            while (word.find()) {
                if (view.excludedAt(word.start()) || antecedents.isEmpty()) {
                    continue;
                }
                final int triggerEnd = view.triggerEnd(word.start(), clause.length());
                if (triggerEnd < 0) {
                    continue;
                }
                final String named = bareRoad(mentions);
                final Mention back = named != null && lastOn(named) != null ? lastOn(named) : last();
                if (back == null) {
                    return;
                }
                final String verb = view.verb(view.subStart(word.start()), triggerEnd);
                final String region = view.kept(Math.min(word.end(), triggerEnd), triggerEnd);
                final SideAndLane.Placement placement = SideAndLane.read(region, back.road(), back.kind(),
                        verb != null && ClauseView.FULL_VERB.matcher(verb).find());
                candidates.add(new Candidate(back.kind(), back.road(), back.from(), back.to(), placement.side(),
                        placement.lane(), placement.laneDefaulted(), dates, dates != null, false, sentence, index,
                        index * 10_000 + candidates.size()));
                return;
            }
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

        private Mention last() {
            return antecedents.isEmpty() ? null : antecedents.get(antecedents.size() - 1);
        }
    }
}
