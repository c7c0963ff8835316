package io.newsalert.consumer.geo;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.locationtech.jts.geom.Coordinate;

/**
 * Reads named highways from an OpenStreetMap XML extract ({@code .osm}, what the OSM website's export and JOSM
 * write) with the JDK's streaming XML parser: nodes first, then every {@code way} with a {@code highway} tag and a
 * name becomes a line. Named nodes tagged as places of interest for closures (bridges, airports) become places.
 */
final class OsmXmlRoads {

    private OsmXmlRoads() {}

    static List<NamedShape> read(final InputStream in, final String file) {
        final XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        final Map<Long, Coordinate> nodes = new HashMap<>();
        final List<NamedShape> shapes = new ArrayList<>();
        try {
            final XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
            long nodeId = 0;
            Coordinate node = null;
            List<Long> wayNodes = null;
            Map<String, String> tags = new LinkedHashMap<>();
            while (xml.hasNext()) {
                final int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "node" -> {
                            nodeId = Long.parseLong(xml.getAttributeValue(null, "id"));
                            node = new Coordinate(
                                    Double.parseDouble(xml.getAttributeValue(null, "lon")),
                                    Double.parseDouble(xml.getAttributeValue(null, "lat")));
                            nodes.put(nodeId, node);
                            tags = new LinkedHashMap<>();
                        }
                        case "way" -> {
                            wayNodes = new ArrayList<>();
                            tags = new LinkedHashMap<>();
                        }
                        case "nd" -> {
                            if (wayNodes != null) {
                                wayNodes.add(Long.parseLong(xml.getAttributeValue(null, "ref")));
                            }
                        }
                        case "tag" -> tags.put(xml.getAttributeValue(null, "k"), xml.getAttributeValue(null, "v"));
                        default -> {}
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if ("way".equals(xml.getLocalName()) && wayNodes != null) {
                        final String name = OsmTags.road(tags).orElse(null);
                        if (name != null) {
                            final List<Coordinate> line = OsmTags.resolve(wayNodes, nodes);
                            if (line.size() >= 2) {
                                shapes.add(new NamedShape(name, line));
                            }
                        }
                        wayNodes = null;
                    } else if ("node".equals(xml.getLocalName()) && node != null) {
                        final Coordinate here = node;
                        OsmTags.place(tags).ifPresent(name -> shapes.add(new NamedShape(name, List.of(here))));
                        node = null;
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof RoadNetworkException r) {
                throw r;
            }
            throw new RoadNetworkException(
                    "Road network " + file + " is not a readable OpenStreetMap XML file: "
                            + e.getMessage().lines().findFirst().orElse(""),
                    e);
        }
        return shapes;
    }
}
