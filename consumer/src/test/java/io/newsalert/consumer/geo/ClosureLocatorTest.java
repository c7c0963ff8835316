package io.newsalert.consumer.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Lane;
import io.newsalert.schemas.Side;
import io.newsalert.schemas.TrafficClosure;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class ClosureLocatorTest {

    private static final RoadNetwork SAMPLE = RoadNetworkReader.readResource("geo/taiyuan-roads.sample.geojson");
    private final ClosureLocator locator = new ClosureLocator(SAMPLE);

    @Test
    void shouldLocateTheStretchBetweenBothCrossStreets() {
        final Location l = locator.locate(closure("桃园北路", "旱西关街", "府西街", Lane.NON_MOTOR_LANE));

        assertThat(l.located()).isTrue();
        assertThat(l.geometry().getGeometryType()).isEqualTo("LineString");
        assertThat(l.locationMethod()).isEqualTo("junction-method");
        final Coordinate[] c = l.geometry().getCoordinates();
        // The line runs north-south between the two east-west streets, not beyond them.
        assertThat(Math.min(c[0].y, c[c.length - 1].y)).isCloseTo(37.8736, org.assertj.core.data.Offset.offset(2e-4));
        assertThat(Math.max(c[0].y, c[c.length - 1].y)).isCloseTo(37.8797, org.assertj.core.data.Offset.offset(2e-4));
    }

    @Test
    void shouldFindACrossStreetWrittenWithItsJunctionSuffix() {
        assertThat(locator.locate(closure("胜利街", "涧河路口", "新建路交叉口", null)).located())
                .isTrue();
    }

    @Test
    void shouldLocateAClosedIntersectionAtTheCrossing() {
        final Location crossing = locator.locate(closure("坞城路", "坞城东街", null, Lane.INTERSECTION));
        assertThat(crossing.isPoint()).isTrue();
        assertThat(crossing.geometry().getCoordinate().x)
                .isCloseTo(112.5751, org.assertj.core.data.Offset.offset(2e-4));
    }

    @Test
    void shouldPlaceAPointTheGivenDistanceNorthOfACrossing() {
        final Location l = locator.locate(closure("新建路", "府西街以北300米处", null, Lane.FULL_ROAD));

        assertThat(l.isPoint()).isTrue();
        assertThat(l.locationMethod()).isEqualTo("other");
        final double metresNorth = (l.geometry().getCoordinate().y - 37.8737) * 111_320;
        assertThat(metresNorth).isBetween(280.0, 320.0);
    }

    @Test
    void shouldMeasureADistanceFromACrossingAtEitherEndOfAStretch() {
        final Location l = locator.locate(closure("新建路", "府西街以北300米处", "胜利街", Lane.FULL_ROAD));

        final Coordinate[] c = l.geometry().getCoordinates();
        final double south = Math.min(c[0].y, c[c.length - 1].y);
        assertThat((south - 37.8737) * 111_320).isBetween(280.0, 320.0);
        assertThat(Math.max(c[0].y, c[c.length - 1].y)).isCloseTo(37.8928, org.assertj.core.data.Offset.offset(2e-4));
        assertThat(l.locationMethod()).isEqualTo("other");
    }

    @Test
    void shouldTakeALandmarksGateOrSideForTheLandmark() {
        assertThat(RoadNames.candidates("双湖城A区北门")).contains("双湖城A区");
        assertThat(RoadNames.candidates("姚村高速桥南")).contains("姚村高速桥");
        assertThat(RoadNames.candidates("东二环")).contains("东二环路", "东二环街");
        // The sample's airport lies about 370 m beyond the end of 机场路: found, but too far to count as on it.
        assertThat(locator.locate(closure("机场路", "武宿机场南门", null, null)).reason())
                .startsWith("cross street 武宿机场南门 does not meet 机场路 on the map");
    }

    @Test
    void shouldSayWhyAClosureCannotBeLocated() {
        assertThat(locator.locate(closure("长风街", "新建路", "府西街", null)).reason())
                .isEqualTo("road 长风街 is not in the road network");
        assertThat(locator.locate(closure("桃园北路", "长治路", "府西街", null)).reason())
                .isEqualTo("cross street 长治路 is not in the road network");
        assertThat(locator.locate(closure("桃园北路", "坞城东街", "府西街", null)).reason())
                .startsWith("cross street 坞城东街 does not meet 桃园北路 on the map (nearest ");
    }

    @Test
    void shouldFindARoadUnderItsUsualVariants() {
        assertThat(SAMPLE.find("迎泽街")).isPresent();
        assertThat(SAMPLE.find("并州南路一段")).isPresent();
        assertThat(SAMPLE.find("府西街口")).isPresent();
        assertThat(SAMPLE.find("府西街路口")).isPresent();
        assertThat(SAMPLE.find("新建路口").orElseThrow().mapName()).isEqualTo("新建路");
        assertThat(SAMPLE.find("并州路").orElseThrow().mapName()).isEqualTo("并州南路");
    }

    @Test
    void shouldMergeTheWaysOfOneRoad() {
        final Geometry road = SAMPLE.find("坞城路").orElseThrow().geometry();

        assertThat(road.getNumGeometries()).isEqualTo(1);
    }

    @Test
    void shouldLocateAPlaceAsAPointAndDrawAnAreaAroundEveryLocation() {
        final Location l = locator.locate(closure("武宿机场", null, null, Lane.PARKING));

        assertThat(l.isPoint()).isTrue();
        assertThat(l.area().getGeometryType()).isEqualTo("Polygon");
        assertThat(l.area().contains(l.geometry())).isTrue();
    }

    static TrafficClosure closure(final String road, final String from, final String to, final Lane lane) {
        return TrafficClosure.newBuilder()
                .setId("t-" + road)
                .setArticleId("a")
                .setRoad(road)
                .setFrom(from)
                .setTo(to)
                .setLane(lane)
                .setSide(lane == Lane.NON_MOTOR_LANE ? Side.EAST : null)
                .build();
    }
}
