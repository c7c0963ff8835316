package io.newsalert.consumer.feeds;

import io.newsalert.consumer.alert.AlertQueries;
import io.newsalert.consumer.closures.ActiveRule;
import io.newsalert.consumer.closures.ClosureQueries;
import io.newsalert.schemas.Alert;
import io.newsalert.schemas.TrafficClosure;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The closure store as the pipeline would fill it from some alerts' closures (one version per id, the newest
 * alert's copy, announced on the alert's date), answering with the production rule ({@link ActiveRule}).
 */
final class InMemoryClosureQueries implements ClosureQueries {

    private final AlertQueries alerts;

    private InMemoryClosureQueries(final AlertQueries alerts) {
        this.alerts = alerts;
    }

    /** Closures that follow {@code alerts} as alerts are added, as the real store follows its topic. */
    static InMemoryClosureQueries of(final AlertQueries alerts) {
        return new InMemoryClosureQueries(alerts);
    }

    @Override
    public List<TrafficClosure> activeOn(final LocalDate day) {
        return all().stream().filter(c -> ActiveRule.isActive(c, day)).toList();
    }

    @Override
    public List<TrafficClosure> all() {
        final Map<String, TrafficClosure> byId = new LinkedHashMap<>();
        for (final Alert a : alerts.recent("traffic", Integer.MAX_VALUE)) {
            for (final TrafficClosure c : a.getClosures()) {
                byId.putIfAbsent(
                        c.getId(),
                        TrafficClosure.newBuilder(c)
                                .setAnnounced(a.getPublished())
                                .setRevision(1)
                                .setArticleIds(List.of(c.getArticleId()))
                                .build());
            }
        }
        return byId.values().stream().sorted(ActiveRule.ORDER).toList();
    }
}
