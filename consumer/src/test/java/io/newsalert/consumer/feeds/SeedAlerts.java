package io.newsalert.consumer.feeds;

import io.newsalert.consumer.alert.AlertFactory;
import io.newsalert.schemas.Alert;
import io.newsalert.schemas.ClassifiedArticle;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The alerts the alert service makes from the seed page: 2 traffic, 2 safety, 1 employment, a minute apart. */
final class SeedAlerts {

    /** When the alerts were made: the morning the page came out (08:30 in Taiyuan). */
    static final Instant MADE = Instant.parse("2022-05-25T00:30:00Z");

    private SeedAlerts() {}

    static InMemoryAlertQueries all() {
        return new InMemoryAlertQueries()
                .add(alert(0, "traffic", SeedArticles.airport()))
                .add(alert(1, "traffic", SeedArticles.gasPipe()))
                .add(alert(2, "safety", SeedArticles.safetyMonth()))
                .add(alert(3, "safety", SeedArticles.coalMine()))
                .add(alert(4, "employment", SeedArticles.jobs()));
    }

    static Alert alert(final int minute, final String topic, final ClassifiedArticle article) {
        final Clock clock = Clock.fixed(MADE.plusSeconds(60L * minute), ZoneOffset.UTC);
        return new AlertFactory(clock).create(topic, article);
    }

    static String gasPipeAlertId() {
        return AlertFactory.alertId(SeedArticles.GAS_PIPE_ID, "traffic");
    }
}
