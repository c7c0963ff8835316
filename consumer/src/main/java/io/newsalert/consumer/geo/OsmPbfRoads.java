package io.newsalert.consumer.geo;

import crosby.binary.BinaryParser;
import crosby.binary.Osmformat;
import crosby.binary.file.BlockInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;

/**
 * Reads named highways from an OpenStreetMap PBF extract ({@code .osm.pbf}, what Geofabrik and BBBike serve for a
 * city) with the OSM-binary reference parser. Every node's position is kept until the ways are resolved at the end,
 * which suits a city extract (a few million nodes), not a country.
 */
final class OsmPbfRoads extends BinaryParser {

    private final Map<Long, Coordinate> nodes = new HashMap<>();
    private final List<Map.Entry<String, List<Long>>> ways = new ArrayList<>();
    private final List<NamedShape> shapes = new ArrayList<>();

    private OsmPbfRoads() {}

    static List<NamedShape> read(final InputStream in, final String file) throws IOException {
        final OsmPbfRoads parser = new OsmPbfRoads();
        try {
            new BlockInputStream(in, parser).process();
        } catch (RuntimeException e) {
            throw new RoadNetworkException(
                    "Road network " + file + " is not a readable OpenStreetMap PBF file: " + e.getMessage(), e);
        }
        return parser.shapes;
    }

    @Override
    protected void parseDense(final Osmformat.DenseNodes dense) {
        long id = 0;
        long lat = 0;
        long lon = 0;
        int kv = 0;
        for (int i = 0; i < dense.getIdCount(); i++) {
            id += dense.getId(i);
            lat += dense.getLat(i);
            lon += dense.getLon(i);
            final Coordinate c = new Coordinate(parseLon(lon), parseLat(lat));
            nodes.put(id, c);
            final Map<String, String> tags = new LinkedHashMap<>();
            while (kv < dense.getKeysValsCount() && dense.getKeysVals(kv) != 0) {
                tags.put(getStringById(dense.getKeysVals(kv)), getStringById(dense.getKeysVals(kv + 1)));
                kv += 2;
            }
            kv++;
            OsmTags.place(tags).ifPresent(name -> shapes.add(new NamedShape(name, List.of(c))));
        }
    }

    @Override
    protected void parseNodes(final List<Osmformat.Node> list) {
        for (final Osmformat.Node n : list) {
            final Coordinate c = new Coordinate(parseLon(n.getLon()), parseLat(n.getLat()));
            nodes.put(n.getId(), c);
            final Map<String, String> tags = new LinkedHashMap<>();
            for (int i = 0; i < n.getKeysCount(); i++) {
                tags.put(getStringById(n.getKeys(i)), getStringById(n.getVals(i)));
            }
            OsmTags.place(tags).ifPresent(name -> shapes.add(new NamedShape(name, List.of(c))));
        }
    }

    @Override
    protected void parseWays(final List<Osmformat.Way> list) {
        for (final Osmformat.Way w : list) {
            final Map<String, String> tags = new LinkedHashMap<>();
            for (int i = 0; i < w.getKeysCount(); i++) {
                tags.put(getStringById(w.getKeys(i)), getStringById(w.getVals(i)));
            }
            OsmTags.road(tags).ifPresent(name -> {
                final List<Long> refs = new ArrayList<>(w.getRefsCount());
                long ref = 0;
                for (int i = 0; i < w.getRefsCount(); i++) {
                    ref += w.getRefs(i);
                    refs.add(ref);
                }
                ways.add(Map.entry(name, refs));
            });
        }
    }

    @Override
    protected void parseRelations(final List<Osmformat.Relation> list) {
        // Route relations add nothing a named way does not already give.
    }

    @Override
    protected void parse(final Osmformat.HeaderBlock header) {
        // Nothing in the header matters here: bounding box and writing program only.
    }

    @Override
    public void complete() {
        for (final Map.Entry<String, List<Long>> way : ways) {
            final List<Coordinate> line = OsmTags.resolve(way.getValue(), nodes);
            if (line.size() >= 2) {
                shapes.add(new NamedShape(way.getKey(), line));
            }
        }
        ways.clear();
        nodes.clear();
    }
}
