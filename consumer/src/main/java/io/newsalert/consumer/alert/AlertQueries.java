package io.newsalert.consumer.alert;

import io.newsalert.schemas.Alert;
import java.util.List;
import java.util.Optional;

/** Read access to the alerts issued so far (newest first), for the HTTP API, feeds and dashboard. */
public interface AlertQueries {

    /** The newest {@code limit} alerts of {@code topic}, or of every topic when it is null; newest first. */
    List<Alert> recent(String topic, int limit);

    Optional<Alert> byId(String id);
}
