package io.newsalert.consumer.feeds;

import io.newsalert.consumer.alert.AlertQueries;
import io.newsalert.schemas.Alert;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The alerts issued so far, held in memory: what the alert service's own store answers, for tests. */
final class InMemoryAlertQueries implements AlertQueries {

    private final List<Alert> alerts = new CopyOnWriteArrayList<>();

    InMemoryAlertQueries add(final Alert alert) {
        alerts.add(alert);
        return this;
    }

    @Override
    public List<Alert> recent(final String topic, final int limit) {
        return alerts.stream()
                .filter(a -> topic == null || topic.equals(a.getTopic()))
                .sorted(Comparator.comparing(Alert::getCreatedAt).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<Alert> byId(final String id) {
        return alerts.stream().filter(a -> a.getId().equals(id)).findFirst();
    }
}
