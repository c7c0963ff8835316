package io.newsalert.consumer.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.newsalert.consumer.alert.AlertJson;
import io.newsalert.consumer.alert.AlertQueries;
import io.newsalert.consumer.closures.ClosureQueries;
import io.newsalert.consumer.geo.ClosureLocator;
import io.newsalert.consumer.geo.Location;
import io.newsalert.consumer.geo.RoadNetwork;
import io.newsalert.consumer.http.HttpRoutes;
import io.newsalert.consumer.http.Problems;
import io.newsalert.consumer.http.Representations;
import io.newsalert.schemas.Alert;
import io.newsalert.schemas.ClosureStatus;
import io.newsalert.schemas.TrafficClosure;
import io.newsalert.schemas.json.JsonMappers;
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
 * GET /feeds/wzdx.geojson[?active=DATE]  located closures not called off (in force on DATE), as a WZDx 4.2 feed
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
    /** The topics that have feeds; null when any well-formed topic name has one. */
    private final Set<String> topics;

    /**
     * Routes whose links point at {@code publicBaseUrl} (or {@link #DEFAULT_BASE_URL} when it is null or blank), with
     * the defaults of {@link FeedSettings#forBaseUrl} and no road network.
     */
    public FeedRoutes(
            final AlertQueries alerts, final ClosureQueries closures, final Clock clock, final String publicBaseUrl) {
        this(
                alerts,
                closures,
                clock,
                FeedSettings.forBaseUrl(
                        publicBaseUrl == null || publicBaseUrl.isBlank() ? DEFAULT_BASE_URL : publicBaseUrl),
                null);
    }

    /** Routes with the given settings; closures are located on {@code network}, or nowhere when it is null. */
    public FeedRoutes(
            final AlertQueries alerts,
            final ClosureQueries closures,
            final Clock clock,
            final FeedSettings settings,
            final RoadNetwork network) {
        this(alerts, closures, clock, settings, network, null);
    }

    private FeedRoutes(
            final AlertQueries alerts,
            final ClosureQueries closures,
            final Clock clock,
            final FeedSettings settings,
            final RoadNetwork network,
            final Set<String> topics) {
        this.alerts = alerts;
        this.topics = topics == null ? null : Set.copyOf(topics);
        this.closureStore = closures;
        this.clock = clock;
        this.fixed = settings;
        this.network = network;
        final ClosureLocator locator = network == null ? null : new ClosureLocator(network);
        this.locate = locator == null ? c -> Location.unlocated("no road network is configured") : locator::locate;
    }

    /** These routes with feeds for {@code feedTopics} only: any other topic's feed is 404, not an empty feed. */
    public FeedRoutes forTopics(final Collection<String> feedTopics) {
        return new FeedRoutes(alerts, closureStore, clock, fixed, network, Set.copyOf(feedTopics));
    }

    @Override
    public void register(final Javalin app) {
        app.get("/feeds/{file}", this::feed);
        app.get("/alerts/{file}", this::alert);
        app.get("/api/closures", this::closures);
        app.exception(InvalidStateStoreException.class, (e, ctx) -> {
            ctx.header("Retry-After", "5");
            Problems.answer(ctx, 503, "The closure store is still loading; try again in a few seconds.");
        });
        app.get("/api/roads.geojson", ctx -> json(ctx, MapLayers.roads(network), null));
        dashboard.register(app);
        LOG.info(
                "Feeds, CAP messages, the closures API and the dashboard are mounted, linking to {}.", fixed.baseUrl());
    }

    private void feed(final Context ctx) {
        final String file = ctx.pathParam("file");
        if ("wzdx.geojson".equals(file)) {
            // Closures of the one store that are not called off; with ?active=DATE|today, only those in force then.
            final LocalDate day = activeDay(ctx);
            final List<RoadEvents.Sourced> current = (day == null ? closureStore.all() : closureStore.activeOn(day))
                    .stream()
                            .filter(c -> c.getStatus() != ClosureStatus.CANCELLED)
                            .map(c -> RoadEvents.Sourced.of(c, alerts))
                            .toList();
            final Map<String, Object> feed = WzdxFeed.build(current, locate, fixed, clock.instant());
            Representations.answer(ctx, "application/geo+json" + XML_UTF8, write(feed), null);
            return;
        }
        final boolean capIndex = file.endsWith(".cap.atom");
        final String topic = capIndex
                ? file.substring(0, file.length() - ".cap.atom".length())
                : file.endsWith(".atom") ? file.substring(0, file.length() - ".atom".length()) : null;
        if (topic == null || !TOPIC.matcher(topic).matches() || topics != null && !topics.contains(topic)) {
            throw new NotFoundResponse("No feed " + file + "; feeds exist for "
                    + (topics == null ? "each topic" : new TreeSet<>(topics)) + " as TOPIC.atom, and wzdx.geojson.");
        }
        if (capIndex && !CapProfile.publishes(topic)) {
            throw new NotFoundResponse("No feed " + file + "; CAP feeds exist for traffic and safety only.");
        }
        final List<Alert> latest = alerts.recent(topic, FEED_SIZE);
        final AtomFeedWriter atom = new AtomFeedWriter(fixed);
        final Instant updated = newest(latest);
        final String body = capIndex ? atom.capIndex(topic, latest, updated) : atom.alerts(topic, latest, updated);
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
        final FeedSettings settings = fixed;
        final Instant created = a.getCreatedAt();
        switch (form) {
            case "" ->
                Representations.answer(
                        ctx, "application/xhtml+xml" + XML_UTF8, new AlertPageWriter(settings).write(a), created);
            case "json" -> json(ctx, alertJson(a, settings), created);
            case "cap" -> {
                if (!CapProfile.publishes(a.getTopic())) {
                    throw new NotFoundResponse("Alerts on " + a.getTopic() + " are not published as CAP.");
                }
                Representations.answer(
                        ctx,
                        AtomFeedWriter.CAP_TYPE + XML_UTF8,
                        new CapAlertWriter(settings, locate)
                                .write(a, CapLifecycle.of(a, closureStore, alerts, settings.sender(), settings.zone())),
                        created);
            }
            default -> throw new NotFoundResponse("No form ." + form + " of an alert; try .json or .cap.");
        }
    }

    private void closures(final Context ctx) {
        final FeedSettings settings = fixed;
        final LocalDate day = activeDay(ctx);
        final List<Map<String, Object>> events = (day == null ? closureStore.all() : closureStore.activeOn(day))
                .stream()
                        .map(c -> RoadEvents.toMap(RoadEvents.Sourced.of(c, alerts), settings.zone(), locate.apply(c)))
                        .toList();
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("active", day);
        body.put("count", events.size());
        body.put("closures", events);
        // A closure changes only with a traffic article, so the newest traffic alert dates the list.
        json(ctx, body, newestOrNull(alerts.recent("traffic", 1)));
    }

    /** The day of {@code ?active=YYYY-MM-DD|today}, or null when the query does not ask for one. */
    private LocalDate activeDay(final Context ctx) {
        final String active = ctx.queryParam("active");
        try {
            return active == null || active.isBlank()
                    ? null
                    : "today".equals(active) ? LocalDate.now(clock.withZone(fixed.zone())) : LocalDate.parse(active);
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse("active must be a date YYYY-MM-DD or 'today', not '" + active + "'.");
        }
    }

    private Instant newest(final List<Alert> latest) {
        final Instant newest = newestOrNull(latest);
        return newest == null ? clock.instant() : newest;
    }

    private static Instant newestOrNull(final List<Alert> latest) {
        return latest.stream()
                .map(Alert::getCreatedAt)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    private Map<String, Object> alertJson(final Alert a, final FeedSettings settings) {
        final Map<String, Object> m = AlertJson.fields(a);
        m.put(
                "closures",
                a.getClosures().stream()
                        .map(c -> RoadEvents.toMap(RoadEvents.Sourced.in(c, a), settings.zone(), locate.apply(c)))
                        .toList());
        return m;
    }

    private static void json(final Context ctx, final Object body, final Instant lastModified) {
        Representations.answer(ctx, "application/json; charset=utf-8", write(body), lastModified);
    }

    private static String write(final Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An alert could not be written as JSON.", e);
        }
    }
}
