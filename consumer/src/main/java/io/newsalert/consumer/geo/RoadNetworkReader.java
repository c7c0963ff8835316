package io.newsalert.consumer.geo;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the road-network file the configuration names, by its extension: {@code .osm.pbf} (OpenStreetMap PBF),
 * {@code .osm} (OpenStreetMap XML), {@code .geojson} or {@code .json} (GeoJSON LineStrings with a {@code name}
 * property). Any problem is a {@link RoadNetworkException} whose one-line message names the file.
 */
public final class RoadNetworkReader {

    private static final Logger LOG = LoggerFactory.getLogger(RoadNetworkReader.class);

    private RoadNetworkReader() {}

    /** Reads the network in {@code file}. */
    public static RoadNetwork read(final Path file) {
        final String name = file.toString();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(in, name);
        } catch (NoSuchFileException e) {
            throw new RoadNetworkException("Road network " + name + " does not exist.");
        } catch (IOException | UncheckedIOException e) {
            throw new RoadNetworkException("Road network " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads the network bundled on the class path at {@code resource}. */
    public static RoadNetwork readResource(final String resource) {
        try (InputStream in = RoadNetworkReader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new RoadNetworkException("Road network " + resource + " is not on the class path.");
            }
            return read(new BufferedInputStream(in), resource);
        } catch (IOException e) {
            throw new RoadNetworkException("Road network " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a network from {@code in}; {@code name} decides the format and appears in messages. */
    public static RoadNetwork read(final InputStream in, final String name) throws IOException {
        final String lower = name.toLowerCase(Locale.ROOT);
        final List<NamedShape> shapes;
        try {
            if (lower.endsWith(".osm.pbf") || lower.endsWith(".pbf")) {
                shapes = OsmPbfRoads.read(in, name);
            } else if (lower.endsWith(".osm") || lower.endsWith(".osm.xml")) {
                shapes = OsmXmlRoads.read(in, name);
            } else if (lower.endsWith(".geojson") || lower.endsWith(".json")) {
                shapes = GeoJsonRoads.read(in, name);
            } else {
                throw new RoadNetworkException(
                        "Road network " + name + " has an unknown format; use .osm.pbf, .osm " + "or .geojson.");
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new RoadNetworkException("Road network " + name + " is not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): "
                    + e.getOriginalMessage().lines().findFirst().orElse("").replaceAll("\\s*\\(for .*$", ""));
        }
        if (shapes.isEmpty()) {
            throw new RoadNetworkException("Road network " + name + " has no named roads.");
        }
        final RoadNetwork network = RoadNetwork.of(name, shapes);
        LOG.info("The road network {} has {} named roads and places.", name, network.size());
        return network;
    }
}
