package io.newsalert.consumer.feeds;

import io.newsalert.consumer.alert.AlertFactory;
import io.newsalert.consumer.alert.AlertQueries;
import io.newsalert.consumer.closures.ClosureQueries;
import io.newsalert.schemas.Alert;
import io.newsalert.schemas.ClosureStatus;
import io.newsalert.schemas.TrafficClosure;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where an alert stands in the lifecycle of the closures it concerns, as CAP says it: {@code msgType} and
 * {@code references}.
 *
 * <p>Each closure version remembers the articles behind it, oldest first ({@code articleIds}). An alert whose article
 * first announced every closure it concerns is an {@code Alert}; one whose article changed a closure that an earlier
 * article announced is an {@code Update}, and a {@code Cancel} when all it does is call closures off. Both reference
 * the earlier articles' traffic alerts as {@code sender,identifier,sent} (CAP 1.2 §3.2.1); an earlier alert the
 * service no longer holds cannot be cited with its sent time and is left out. Read from the closure store when the
 * message is written, so every message of a closure's history says the same thing however late it is fetched.
 */
record CapLifecycle(String msgType, String references) {

    static final CapLifecycle NEW = new CapLifecycle("Alert", null);

    static CapLifecycle of(
            final Alert alert,
            final ClosureQueries closures,
            final AlertQueries alerts,
            final String sender,
            final ZoneId zone) {
        if (!"traffic".equals(alert.getTopic())) {
            return NEW;
        }
        final Set<String> earlier = new LinkedHashSet<>();
        boolean changes = false;
        boolean onlyCancels = true;
        for (final TrafficClosure c : closures.all()) {
            final List<String> ids = c.getArticleIds() == null ? List.of() : c.getArticleIds();
            final int at = ids.indexOf(alert.getArticleId());
            if (at < 0) {
                continue;
            }
            if (at == 0) {
                onlyCancels = false;
                continue;
            }
            changes = true;
            earlier.addAll(ids.subList(0, at));
            onlyCancels &= c.getStatus() == ClosureStatus.CANCELLED && at == ids.size() - 1;
        }
        if (!changes) {
            return NEW;
        }
        final List<String> refs = new ArrayList<>();
        for (final String articleId : earlier) {
            final Optional<Alert> before = alerts.byId(AlertFactory.alertId(articleId, alert.getTopic()));
            before.ifPresent(b -> refs.add(
                    sender + "," + CapAlertWriter.identifier(b) + "," + FeedTimes.cap(b.getCreatedAt(), zone)));
        }
        return new CapLifecycle(onlyCancels ? "Cancel" : "Update", refs.isEmpty() ? null : String.join(" ", refs));
    }
}
