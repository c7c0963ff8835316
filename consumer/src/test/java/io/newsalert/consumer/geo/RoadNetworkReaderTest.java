package io.newsalert.consumer.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsalert.schemas.Lane;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoadNetworkReaderTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadNamedHighwaysAndPlacesFromOsmXml() {
        final RoadNetwork network = RoadNetworkReader.readResource("geo/crossing.osm");

        assertThat(network.lonLat().keySet()).containsExactlyInAnyOrder("府西街", "新建路", "北大桥");
        assertThat(network.find("府西街").orElseThrow().geometry().getNumGeometries())
                .isEqualTo(1);
        final Location l =
                new ClosureLocator(network).locate(ClosureLocatorTest.closure("新建路", "府西街", "北大桥", Lane.FULL_ROAD));
        assertThat(l.located()).isTrue();
        assertThat(l.geometry().getLength()).isGreaterThan(0);
    }

    @Test
    void shouldReadTheSameNetworkFromOsmPbf() {
        final RoadNetwork network = RoadNetworkReader.readResource("geo/crossing.osm.pbf");

        assertThat(network.lonLat().keySet()).containsExactlyInAnyOrder("府西街", "新建路", "北大桥");
        assertThat(new ClosureLocator(network)
                        .locate(ClosureLocatorTest.closure("新建路", "府西街以北300米处", null, Lane.FULL_ROAD))
                        .isPoint())
                .isTrue();
    }

    @Test
    void shouldNameTheFileAndTheLineOfBrokenJson() throws IOException {
        final Path file = write("roads.geojson", "{\"type\": \"FeatureCollection\",\n \"features\": [ {]}");

        assertThatThrownBy(() -> RoadNetworkReader.read(file))
                .isInstanceOf(RoadNetworkException.class)
                .hasMessageStartingWith("Road network " + file + " is not valid JSON (line 2, column ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void shouldNameTheFeatureWithABadPosition() throws IOException {
        final Path file = write(
                "roads.geojson",
                "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": "
                        + "\"Feature\", \"properties\": {\"name\": \"府西街\"}, \"geometry\": {\"type\": \"LineString\", "
                        + "\"coordinates\": [[112.5, 37.8], [\"east\", 37.9]]}}]}");

        assertThatThrownBy(() -> RoadNetworkReader.read(file))
                .isInstanceOf(RoadNetworkException.class)
                .hasMessage("Road network " + file + ": feature 0 has a position that is not [longitude, latitude]: "
                        + "[\"east\",37.9]");
    }

    @Test
    void shouldRefuseAFileWithoutNamedRoads() throws IOException {
        final Path file = write("empty.geojson", "{\"type\": \"FeatureCollection\", \"features\": []}");

        assertThatThrownBy(() -> RoadNetworkReader.read(file))
                .hasMessage("Road network " + file + " has no named roads.");
    }

    @Test
    void shouldSayWhenTheFileIsMissingOrOfAnUnknownKind() throws IOException {
        assertThatThrownBy(() -> RoadNetworkReader.read(dir.resolve("none.osm.pbf")))
                .hasMessage("Road network " + dir.resolve("none.osm.pbf") + " does not exist.");
        final Path shp = write("roads.shp", "x");
        assertThatThrownBy(() -> RoadNetworkReader.read(shp)).hasMessageContaining("has an unknown format");
    }

    @Test
    void shouldSayWhenAnOsmFileIsNotXml() throws IOException {
        final Path file = write("roads.osm", "not xml at all");

        assertThatThrownBy(() -> RoadNetworkReader.read(file))
                .isInstanceOf(RoadNetworkException.class)
                .hasMessageStartingWith("Road network " + file + " is not a readable OpenStreetMap XML file")
                .hasMessageNotContaining("\n");
    }

    private Path write(final String name, final String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
