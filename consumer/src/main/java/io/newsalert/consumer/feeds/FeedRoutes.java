package io.newsalert.consumer.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.newsalert.consumer.alert.AlertQueries;
import io.newsalert.consumer.delivery.JsonLinesChannel;
import io.newsalert.consumer.http.HttpRoutes;
import io.newsalert.consumer.http.Representations;
import io.newsalert.schemas.Alert;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alerts in the shapes other programs already read: Atom feeds per topic, CAP 1.2 messages and their index
 * feeds for traffic and safety, closures as WZDx-style road events, one page per alert, and the dashboard.
 *
 * <pre>
 * GET /feeds/{topic}.atom            Atom 1.0 feed of the topic's latest alerts
 * GET /feeds/{topic}.cap.atom        Atom index of CAP messages (traffic, safety)
 * GET /alerts/{id}                   the alert as a page; .json the alert as JSON; .cap the CAP 1.2 message
 * GET /api/closures[?active=DATE]    closures (active on DATE, or 'today'), WZDx road-event field names
 * GET /                              the live dashboard
 * </pre>
 */
public final class FeedRoutes implements HttpRoutes {

    /** How many alerts a feed lists. */
    public static final int FEED_SIZE = 50;
    /** How many traffic alerts the closures API reads its closures from. */
    public static final int CLOSURE_SOURCE_SIZE = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(FeedRoutes.class);
    private static final Pattern TOPIC = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final String XML_UTF8 = "; charset=utf-8";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final AlertQueries alerts;
    private final Clock clock;
    /** The topics that have feeds; null when any well-formed topic name has one. */
    private final Set<String> topics;
    /** The configured settings; null when links follow each request's own scheme and host. */
    private final FeedSettings fixed;
    private final DashboardRoutes dashboard = new DashboardRoutes();

    /**
     * Routes whose links point at {@code publicBaseUrl}, with the defaults of {@link FeedSettings#forBaseUrl}. When
     * the base URL is null or blank, links are built from each request's scheme and {@code Host} header, which suits
     * a service on a port chosen at start; behind a proxy, configure the public URL.
     */
    public FeedRoutes(final AlertQueries alerts, final Clock clock, final String publicBaseUrl) {
        this(alerts, clock, publicBaseUrl == null || publicBaseUrl.isBlank() ? null
                : FeedSettings.forBaseUrl(publicBaseUrl));
    }

    public FeedRoutes(final AlertQueries alerts, final Clock clock, final FeedSettings settings) {
        this(alerts, clock, settings, null);
    }

    private FeedRoutes(final AlertQueries alerts, final Clock clock, final FeedSettings settings,
            final Set<String> topics) {
        this.alerts = alerts;
        this.clock = clock;
        this.fixed = settings;
        this.topics = topics == null ? null : Set.copyOf(topics);
    }

    /** These routes with feeds for {@code feedTopics} only: any other topic's feed is 404, not an empty feed. */
    public FeedRoutes forTopics(final Collection<String> feedTopics) {
        return new FeedRoutes(alerts, clock, fixed, Set.copyOf(feedTopics));
    }

    private FeedSettings settings(final Context ctx) {
        return fixed != null ? fixed : FeedSettings.forBaseUrl(ctx.scheme() + "://" + ctx.host());
    }

    @Override
    public void register(final Javalin app) {
        app.get("/feeds/{file}", this::feed);
        app.get("/alerts/{file}", this::alert);
        app.get("/api/closures", this::closures);
        dashboard.register(app);
        LOG.info("Feeds, CAP messages, the closures API and the dashboard are mounted, linking to {}.",
                fixed == null ? "each request's own host" : fixed.baseUrl());
    }

    private void feed(final Context ctx) {
        final String file = ctx.pathParam("file");
        final boolean capIndex = file.endsWith(".cap.atom");
        final String topic = capIndex ? file.substring(0, file.length() - ".cap.atom".length())
                : file.endsWith(".atom") ? file.substring(0, file.length() - ".atom".length()) : null;
        if (topic == null || !TOPIC.matcher(topic).matches() || topics != null && !topics.contains(topic)) {
            throw new NotFoundResponse("No feed " + file + "; feeds exist for "
                    + (topics == null ? "each topic" : new TreeSet<>(topics)) + " as TOPIC.atom.");
        }
        if (capIndex && !CapProfile.publishes(topic)) {
            throw new NotFoundResponse("No feed " + file + "; CAP feeds exist for traffic and safety only.");
        }
        final List<Alert> latest = alerts.recent(topic, FEED_SIZE);
        final AtomFeedWriter atom = new AtomFeedWriter(settings(ctx));
        final Instant updated = newest(latest);
        final String body = capIndex ? atom.capIndex(topic, latest, updated)
                : atom.alerts(topic, latest, updated);
        Representations.answer(ctx, "application/atom+xml" + XML_UTF8, body, newestOrNull(latest));
    }

    private void alert(final Context ctx) {
        final String file = ctx.pathParam("file");
        final int dot = file.indexOf('.');
        final String id = dot < 0 ? file : file.substring(0, dot);
        final String form = dot < 0 ? "" : file.substring(dot + 1);
        final Optional<Alert> found = alerts.byId(id);
        if (found.isEmpty()) {
            throw new NotFoundResponse("No alert " + id + ".");
        }
        final Alert a = found.get();
        final FeedSettings settings = settings(ctx);
        final Instant created = a.getCreatedAt();
        switch (form) {
            case "" -> Representations.answer(ctx, "application/xhtml+xml" + XML_UTF8,
                    new AlertPageWriter(settings).write(a), created);
            case "json" -> json(ctx, alertJson(a, settings), created);
            case "cap" -> {
                if (!CapProfile.publishes(a.getTopic())) {
                    throw new NotFoundResponse("Alerts on " + a.getTopic() + " are not published as CAP.");
                }
                Representations.answer(ctx, AtomFeedWriter.CAP_TYPE + XML_UTF8, new CapAlertWriter(settings).write(a),
                        created);
            }
            default -> throw new NotFoundResponse("No form ." + form + " of an alert; try .json or .cap.");
        }
    }

    private void closures(final Context ctx) {
        final String active = ctx.queryParam("active");
        final FeedSettings settings = settings(ctx);
        final LocalDate day;
        try {
            day = active == null || active.isBlank() ? null
                    : "today".equals(active) ? LocalDate.now(clock.withZone(settings.zone())) : LocalDate.parse(active);
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse("active must be a date YYYY-MM-DD or 'today', not '" + active + "'.");
        }
        final List<Alert> source = alerts.recent("traffic", CLOSURE_SOURCE_SIZE);
        final List<Map<String, Object>> events = RoadEvents.closures(source, day)
                .stream().map(s -> RoadEvents.toMap(s, settings.zone())).toList();
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("active", day);
        body.put("count", events.size());
        body.put("closures", events);
        json(ctx, body, newestOrNull(source));
    }

    private Instant newest(final List<Alert> latest) {
        final Instant newest = newestOrNull(latest);
        return newest == null ? clock.instant() : newest;
    }

    private static Instant newestOrNull(final List<Alert> latest) {
        return latest.stream().map(Alert::getCreatedAt).max(Comparator.naturalOrder()).orElse(null);
    }

    private static Map<String, Object> alertJson(final Alert a, final FeedSettings settings) {
        final Map<String, Object> m = new LinkedHashMap<>(JsonLinesChannel.toMap(a));
        m.put("closures", RoadEvents.closures(List.of(a), null).stream()
                .map(s -> RoadEvents.toMap(s, settings.zone())).toList());
        return m;
    }

    private static void json(final Context ctx, final Object body, final Instant lastModified) {
        try {
            Representations.answer(ctx, "application/json; charset=utf-8", JSON.writeValueAsString(body), lastModified);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An alert could not be written as JSON.", e);
        }
    }
}
