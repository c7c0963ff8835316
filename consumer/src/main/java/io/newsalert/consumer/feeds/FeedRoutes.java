package io.newsalert.consumer.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.newsalert.consumer.alert.AlertJson;
import io.newsalert.consumer.alert.AlertQueries;
import io.newsalert.consumer.closures.ClosureQueries;
import io.newsalert.consumer.geo.ClosureLocator;
import io.newsalert.consumer.geo.Location;
import io.newsalert.consumer.geo.RoadNetwork;
import io.newsalert.consumer.http.HttpRoutes;
import io.newsalert.schemas.Alert;
import io.newsalert.schemas.ClosureStatus;
import io.newsalert.schemas.TrafficClosure;
import io.newsalert.schemas.json.JsonMappers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
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
 * GET /api/closures[?active=DATE]    closures (active on DATE, or 'today'), WZDx road-event field names, read
 *                                    from the one closure store ({@link ClosureQueries})
 * GET /feeds/wzdx.geojson            located closures not yet ended nor called off, as a WZDx 4.2 work-zone feed
 * GET /api/roads.geojson             the configured road network, for the dashboard's map
 * GET /                              the live dashboard
 * </pre>
 */
public final class FeedRoutes implements HttpRoutes {

    /** How many alerts a feed lists. */
    public static final int FEED_SIZE = 50;
    /** The base URL links use when none is configured: the service's default port on this machine. */
    public static final String DEFAULT_BASE_URL = "http://localhost:8080";

    private static final Logger LOG = LoggerFactory.getLogger(FeedRoutes.class);
    private static final Pattern TOPIC = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final String XML_UTF8 = "; charset=utf-8";
    private static final ObjectMapper JSON = JsonMappers.standard();

    private final AlertQueries alerts;
    private final ClosureQueries closureStore;
    private final Clock clock;
    /** Links in feeds, the CAP sender and the publisher: from configuration, never from a request's Host header. */
    private final FeedSettings fixed;
    private final RoadNetwork network;
    private final Function<TrafficClosure, Location> locate;
    private final DashboardRoutes dashboard = new DashboardRoutes();

    /**
     * Routes whose links point at {@code publicBaseUrl} (or {@link #DEFAULT_BASE_URL} when it is null or blank), with
     * the defaults of {@link FeedSettings#forBaseUrl} and no road network.
     */
    public FeedRoutes(final AlertQueries alerts, final ClosureQueries closures, final Clock clock,
            final String publicBaseUrl) {
        this(alerts, closures, clock, FeedSettings.forBaseUrl(publicBaseUrl == null || publicBaseUrl.isBlank()
                ? DEFAULT_BASE_URL : publicBaseUrl), null);
    }

    /** Routes with the given settings; closures are located on {@code network}, or nowhere when it is null. */
    public FeedRoutes(final AlertQueries alerts, final ClosureQueries closures, final Clock clock,
            final FeedSettings settings, final RoadNetwork network) {
        this.alerts = alerts;
        this.closureStore = closures;
        this.clock = clock;
        this.fixed = settings;
        this.network = network;
        final ClosureLocator locator = network == null ? null : new ClosureLocator(network);
        this.locate = locator == null ? c -> Location.unlocated("no road network is configured") : locator::locate;
    }


    @Override
    public void register(final Javalin app) {
        app.get("/feeds/{file}", this::feed);
        app.get("/alerts/{file}", this::alert);
        app.get("/api/closures", this::closures);
        app.exception(InvalidStateStoreException.class, (e, ctx) -> {
            ctx.status(503).header("Retry-After", "5");
            json(ctx, Map.of("error", "The closure store is still loading; try again in a few seconds."));
        });
        app.get("/api/roads.geojson", ctx -> json(ctx, MapLayers.roads(network)));
        dashboard.register(app);
        LOG.info("Feeds, CAP messages, the closures API and the dashboard are mounted, linking to {}.",
                fixed.baseUrl());
    }

    private void feed(final Context ctx) {
        final String file = ctx.pathParam("file");
        if ("wzdx.geojson".equals(file)) {
            // Closures of the one store that are neither called off nor over: in force now, or planned.
            final LocalDate today = LocalDate.now(clock.withZone(fixed.zone()));
            final List<RoadEvents.Sourced> current = closureStore.all().stream()
                    .filter(c -> c.getStatus() != ClosureStatus.CANCELLED)
                    .filter(c -> c.getEnd() == null || !c.getEnd().isBefore(today))
                    .map(c -> RoadEvents.Sourced.of(c, alerts)).toList();
            final Map<String, Object> feed = WzdxFeed.build(current, locate, fixed, clock.instant());
            conditional(ctx, "application/geo+json" + XML_UTF8, write(feed));
            return;
        }
        final boolean capIndex = file.endsWith(".cap.atom");
        final String topic = capIndex ? file.substring(0, file.length() - ".cap.atom".length())
                : file.endsWith(".atom") ? file.substring(0, file.length() - ".atom".length()) : null;
        if (topic == null || !TOPIC.matcher(topic).matches() || capIndex && !CapProfile.publishes(topic)) {
            notFound(ctx, "No feed " + file + "; CAP feeds exist for traffic and safety only.");
            return;
        }
        final List<Alert> latest = alerts.recent(topic, FEED_SIZE);
        final AtomFeedWriter atom = new AtomFeedWriter(fixed);
        final String body = capIndex ? atom.capIndex(topic, latest, clock.instant())
                : atom.alerts(topic, latest, clock.instant());
        conditional(ctx, "application/atom+xml" + XML_UTF8, body);
    }

    private void alert(final Context ctx) {
        final String file = ctx.pathParam("file");
        final int dot = file.indexOf('.');
        final String id = dot < 0 ? file : file.substring(0, dot);
        final String form = dot < 0 ? "" : file.substring(dot + 1);
        final Optional<Alert> found = alerts.byId(id);
        if (found.isEmpty()) {
            notFound(ctx, "No alert " + id + ".");
            return;
        }
        final Alert a = found.get();
        final FeedSettings settings = fixed;
        switch (form) {
            case "" -> ctx.contentType("application/xhtml+xml" + XML_UTF8)
                    .result(new AlertPageWriter(settings).write(a));
            case "json" -> json(ctx, alertJson(a, settings));
            case "cap" -> {
                if (CapProfile.publishes(a.getTopic())) {
                    conditional(ctx, AtomFeedWriter.CAP_TYPE + XML_UTF8, new CapAlertWriter(settings, locate)
                            .write(a, CapLifecycle.of(a, closureStore, alerts, settings.sender(), settings.zone())));
                } else {
                    notFound(ctx, "Alerts on " + a.getTopic() + " are not published as CAP.");
                }
            }
            default -> notFound(ctx, "No form ." + form + " of an alert; try .json or .cap.");
        }
    }

    private void closures(final Context ctx) {
        final String active = ctx.queryParam("active");
        final FeedSettings settings = fixed;
        final LocalDate day;
        try {
            day = active == null || active.isBlank() ? null
                    : "today".equals(active) ? LocalDate.now(clock.withZone(settings.zone())) : LocalDate.parse(active);
        } catch (DateTimeParseException e) {
            ctx.status(400);
            json(ctx, Map.of("error", "active must be a date YYYY-MM-DD or 'today', not '" + active + "'."));
            return;
        }
        final List<Map<String, Object>> events = (day == null ? closureStore.all() : closureStore.activeOn(day))
                .stream().map(c -> RoadEvents.toMap(RoadEvents.Sourced.of(c, alerts), settings.zone(), locate.apply(c)))
                .toList();
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("active", day);
        body.put("count", events.size());
        body.put("closures", events);
        json(ctx, body);
    }

    private Map<String, Object> alertJson(final Alert a, final FeedSettings settings) {
        final Map<String, Object> m = AlertJson.fields(a);
        m.put("closures", a.getClosures().stream()
                .map(c -> RoadEvents.toMap(RoadEvents.Sourced.in(c, a), settings.zone(), locate.apply(c))).toList());
        return m;
    }

    /**
     * Answers with {@code body} and a strong ETag of it, or with 304 and no body when the client already has it:
     * feed readers poll, and most send {@code If-None-Match}.
     */
    private static void conditional(final Context ctx, final String type, final String body) {
        final String etag = "\"" + Integer.toHexString(body.hashCode()) + Integer.toHexString(body.length()) + "\"";
        ctx.header("ETag", etag).header("Cache-Control", "no-cache");
        final String known = ctx.header("If-None-Match");
        if (known != null && List.of(known.split("\\s*,\\s*")).contains(etag)) {
            ctx.status(304);
            return;
        }
        ctx.contentType(type).result(body);
    }

    private static void json(final Context ctx, final Object body) {
        ctx.contentType("application/json; charset=utf-8").result(write(body));
    }

    private static String write(final Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An alert could not be written as JSON.", e);
        }
    }

    private static void notFound(final Context ctx, final String message) {
        ctx.status(404).contentType("text/plain; charset=utf-8").result(message);
    }
}
