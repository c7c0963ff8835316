package io.newsalert.streams.lifecycle;

import io.newsalert.schemas.Article;
import io.newsalert.schemas.ClosureStatus;
import io.newsalert.schemas.TrafficClosure;
import io.newsalert.streams.extract.RoadNames;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns one article into new versions of closures, given the closures known so far (the current version under each
 * segment key, {@link SegmentKeys}). The rules, in order:
 * <ol>
 *   <li>Each change statement ({@link ChangeReader}) applies to the known, not cancelled closures whose road the
 *   sentence names (narrowed to those whose cross streets it names too, when it names any): an extension sets the
 *   new end date; a call-off marks the closure {@code CANCELLED} and ends it the day before the road reopens (the
 *   date the sentence gives, else the article's date), so "active on D" stays right for the days before.</li>
 *   <li>Each extracted closure is a new closure (revision 1) when its key is unknown or was called off; a new version
 *   when a later article gives the segment other dates (its start stays, the new end wins); nothing when the dates
 *   are the same. Closures on a road the article calls off are not read as new closures.</li>
 *   <li>An article counts once per closure: a closure whose {@code articleIds} already holds the article is left
 *   alone, so a re-published article adds nothing. An article older than the current version ({@code updated})
 *   changes nothing either: a report that arrives late must not undo a later extension.</li>
 * </ol>
 * Pure: no Kafka, so the rules are tested on their own.
 */
public final class ClosureVersions {

    /** The current version of every closure known so far. */
    public interface Known {
        TrafficClosure get(String key);

        Collection<TrafficClosure> all();
    }

    private final Article article;
    private final Known known;
    private final Map<String, TrafficClosure> changed = new LinkedHashMap<>();

    private ClosureVersions(final Article article, final Known known) {
        this.article = article;
        this.known = known;
    }

    /** The new versions {@code article} makes, in the order made; each key at most once. */
    public static List<TrafficClosure> apply(
            final Article article, final List<TrafficClosure> extracted, final Known known) {
        final ClosureVersions versions = new ClosureVersions(article, known);
        final Set<String> calledOffRoads = new HashSet<>();
        for (final ChangeStatement s : ChangeReader.read(article.getBody(), article.getPublished())) {
            for (final TrafficClosure target : versions.targets(s)) {
                versions.change(s, target);
                if (s.kind() == ChangeStatement.Kind.CALL_OFF) {
                    calledOffRoads.add(SegmentKeys.road(target.getRoad()));
                }
            }
        }
        for (final TrafficClosure c : mergedByKey(extracted)) {
            if (!calledOffRoads.contains(SegmentKeys.road(c.getRoad()))) {
                versions.announce(c);
            }
        }
        return List.copyOf(versions.changed.values());
    }

    private TrafficClosure current(final String key) {
        final TrafficClosure mine = changed.get(key);
        return mine != null ? mine : known.get(key);
    }

    private boolean counted(final TrafficClosure c) {
        return c.getArticleIds() != null && c.getArticleIds().contains(article.getId())
                || c.getUpdated() != null && article.getPublished().isBefore(c.getUpdated());
    }

    /** The known closures a change statement speaks of. */
    private List<TrafficClosure> targets(final ChangeStatement s) {
        final Map<String, TrafficClosure> byKey = new LinkedHashMap<>();
        known.all().forEach(c -> byKey.put(c.getId(), c));
        byKey.putAll(changed);
        final List<TrafficClosure> onRoad = byKey.values().stream()
                .filter(c ->
                        c.getStatus() != ClosureStatus.CANCELLED && !counted(c) && names(s.sentence(), c.getRoad()))
                .toList();
        final List<TrafficClosure> bothEnds = onRoad.stream()
                .filter(c -> names(s.sentence(), c.getFrom()) && names(s.sentence(), c.getTo()))
                .toList();
        if (!bothEnds.isEmpty()) {
            return bothEnds;
        }
        final List<TrafficClosure> oneEnd = onRoad.stream()
                .filter(c -> names(s.sentence(), c.getFrom()) || names(s.sentence(), c.getTo()))
                .toList();
        return oneEnd.isEmpty() ? onRoad : oneEnd;
    }

    /** Whether {@code sentence} names {@code road}, as written or by its stem ({@code 坞城东街} for {@code 坞城东路}). */
    private static boolean names(final String sentence, final String road) {
        if (road == null || road.isBlank()) {
            return false;
        }
        final String name = SegmentKeys.road(road);
        final String stem = RoadNames.stem(name);
        return sentence.contains(name) || stem.length() >= 2 && !stem.equals(name) && sentence.contains(stem);
    }

    private void change(final ChangeStatement s, final TrafficClosure target) {
        final TrafficClosure.Builder next =
                nextVersion(target).setSentence(s.sentence()).setSpanStart(null).setSpanEnd(null);
        if (s.kind() == ChangeStatement.Kind.EXTEND) {
            if (s.date() == null || s.date().equals(target.getEnd())) {
                return;
            }
            next.setEnd(s.date()).setEndHour(null);
        } else {
            final LocalDate reopens = s.date() != null ? s.date() : article.getPublished();
            final LocalDate lastDay = reopens.minusDays(1);
            if (target.getEnd() == null || lastDay.isBefore(target.getEnd())) {
                next.setEnd(lastDay).setEndHour(null);
            }
            next.setStatus(ClosureStatus.CANCELLED);
        }
        changed.put(target.getId(), next.build());
    }

    private void announce(final TrafficClosure c) {
        final String key = SegmentKeys.of(c);
        final TrafficClosure prev = current(key);
        if (prev == null || prev.getStatus() == ClosureStatus.CANCELLED && !counted(prev)) {
            changed.put(
                    key,
                    TrafficClosure.newBuilder(c)
                            .setId(key)
                            .setArticleId(article.getId())
                            .setRevision(prev == null ? 1 : revision(prev) + 1)
                            .setArticleIds(prev == null ? List.of(article.getId()) : withArticle(prev))
                            .setAnnounced(article.getPublished())
                            .setUpdated(article.getPublished())
                            .setStatus(ClosureStatus.ACTIVE)
                            .build());
            return;
        }
        if (counted(prev) || sameDates(prev, c)) {
            return;
        }
        final TrafficClosure.Builder next = TrafficClosure.newBuilder(c)
                .setId(key)
                .setArticleId(article.getId())
                .setRevision(revision(prev) + 1)
                .setArticleIds(withArticle(prev))
                .setAnnounced(prev.getAnnounced())
                .setUpdated(article.getPublished())
                .setStatus(ClosureStatus.ACTIVE);
        if (prev.getStart() != null) {
            next.setStart(prev.getStart()).setStartHour(prev.getStartHour());
        }
        if (c.getEnd() == null) {
            next.setEnd(prev.getEnd()).setEndHour(prev.getEndHour());
        }
        changed.put(key, next.build());
    }

    private TrafficClosure.Builder nextVersion(final TrafficClosure prev) {
        return TrafficClosure.newBuilder(prev)
                .setArticleId(article.getId())
                .setRevision(revision(prev) + 1)
                .setArticleIds(withArticle(prev))
                .setUpdated(article.getPublished());
    }

    private static int revision(final TrafficClosure c) {
        return c.getRevision() == null ? 1 : c.getRevision();
    }

    private List<String> withArticle(final TrafficClosure prev) {
        final List<String> ids = new ArrayList<>(prev.getArticleIds() == null ? List.of() : prev.getArticleIds());
        ids.add(article.getId());
        return ids;
    }

    private static boolean sameDates(final TrafficClosure a, final TrafficClosure b) {
        return Objects.equals(a.getStart(), b.getStart())
                && Objects.equals(a.getEnd(), b.getEnd())
                && Objects.equals(a.getStartHour(), b.getStartHour())
                && Objects.equals(a.getEndHour(), b.getEndHour());
    }

    /** One closure per key: phases of the same segment in one article become one span (earliest start, latest end). */
    private static List<TrafficClosure> mergedByKey(final List<TrafficClosure> extracted) {
        final Map<String, TrafficClosure> byKey = new LinkedHashMap<>();
        for (final TrafficClosure c : extracted) {
            byKey.merge(
                    SegmentKeys.of(c),
                    c,
                    (a, b) -> TrafficClosure.newBuilder(a)
                            .setStart(
                                    a.getStart() == null || b.getStart() == null
                                            ? null
                                            : min(a.getStart(), b.getStart()))
                            .setEnd(a.getEnd() == null || b.getEnd() == null ? null : max(a.getEnd(), b.getEnd()))
                            .build());
        }
        return List.copyOf(byKey.values());
    }

    private static LocalDate min(final LocalDate a, final LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(final LocalDate a, final LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
