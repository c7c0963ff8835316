package io.newsalert.streams.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Lane;
import io.newsalert.schemas.Side;
import io.newsalert.schemas.TrafficClosure;
import io.newsalert.streams.extract.ClosureExtractor;
import io.newsalert.streams.extract.ClosureExtractors;
import io.newsalert.testing.Corpus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClosureEvaluationTest {

    private static final ClosureFields GAS_MAINS = new ClosureFields(
            "桃园北路",
            "旱西关街",
            "府西街",
            Side.EAST,
            Lane.NON_MOTOR_LANE,
            LocalDate.of(2022, 5, 24),
            LocalDate.of(2022, 7, 25));

    @Test
    void shouldHoldClosureFieldF1OfAtLeastNinetyPercentOnTheDevTrafficArticles() {
        final EvaluationReport report = ClosureEvaluation.score(
                LabelledArticles.read(Corpus.file("dev-traffic.jsonl")), ClosureExtractors.standard(Optional.empty()));

        assertThat(report.overall().f1()).as(report.format()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void shouldReadEveryNoticeShapeOfTheProbeArticles() throws Exception {
        final java.nio.file.Path probes = java.nio.file.Path.of(
                getClass().getResource("/extract/probes.jsonl").toURI());

        final EvaluationReport report =
                ClosureEvaluation.score(LabelledArticles.read(probes), ClosureExtractors.standard(Optional.empty()));

        assertThat(report.errors()).as(report.format()).isEmpty();
    }

    /**
     * The closure batches of {@code corpus/closures/}, each scored before the rules were changed for it (see
     * docs/evaluation-log.md), held just below the level reached after their changes, so a change that loses a
     * shape they teach fails here.
     */
    @Test
    void shouldHoldTheClosureBatchesAtTheLevelReached() {
        final java.util.Map<String, Double> floors = java.util.Map.ofEntries(
                java.util.Map.entry("batch-10.jsonl", 0.90),
                java.util.Map.entry("batch-11.jsonl", 0.78),
                java.util.Map.entry("batch-12.jsonl", 0.93),
                java.util.Map.entry("batch-13.jsonl", 0.86),
                java.util.Map.entry("batch-14.jsonl", 0.97),
                java.util.Map.entry("batch-15.jsonl", 0.97),
                java.util.Map.entry("batch-16.jsonl", 0.84),
                java.util.Map.entry("batch-17.jsonl", 0.72),
                java.util.Map.entry("batch-18.jsonl", 0.84),
                java.util.Map.entry("batch-19.jsonl", 0.77),
                java.util.Map.entry("batch-20.jsonl", 0.76),
                java.util.Map.entry("batch-21.jsonl", 0.89),
                java.util.Map.entry("batch-22.jsonl", 0.88),
                java.util.Map.entry("batch-23.jsonl", 0.92),
                java.util.Map.entry("batch-01.jsonl", 0.99),
                java.util.Map.entry("batch-02.jsonl", 0.97),
                java.util.Map.entry("batch-03.jsonl", 0.99),
                java.util.Map.entry("batch-04.jsonl", 0.99),
                java.util.Map.entry("batch-05.jsonl", 0.99),
                java.util.Map.entry("batch-06.jsonl", 0.97),
                java.util.Map.entry("batch-07.jsonl", 0.99),
                java.util.Map.entry("batch-08.jsonl", 0.99),
                java.util.Map.entry("batch-09.jsonl", 0.99));
        floors.forEach((file, floor) -> {
            final EvaluationReport report = ClosureEvaluation.score(
                    LabelledArticles.read(Corpus.dir().resolve("closures").resolve(file)),
                    ClosureExtractors.standard(Optional.empty()));

            assertThat(report.overall().f1()).as(file + "\n" + report.format()).isGreaterThanOrEqualTo(floor);
        });
    }

    @Test
    void shouldGeneraliseToFreshNoticesWrittenInOtherShapes() throws Exception {
        final java.nio.file.Path fresh = java.nio.file.Path.of(
                getClass().getResource("/extract/fresh-notices.jsonl").toURI());

        final EvaluationReport report =
                ClosureEvaluation.score(LabelledArticles.read(fresh), ClosureExtractors.standard(Optional.empty()));

        assertThat(report.overall().f1()).as(report.format()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void shouldReadChineseSideAndLaneWordsOfTheGold() {
        assertThat(LabelledArticles.side("南北两侧", "test")).isEqualTo(Side.NORTH_AND_SOUTH);
        assertThat(LabelledArticles.lane("路口", "test")).isEqualTo(Lane.INTERSECTION);
        assertThat(LabelledArticles.lane("停车场", "test")).isEqualTo(Lane.PARKING);
    }

    @Test
    void shouldMatchAPredictionToTheGoldSegmentItAgreesWithMost() {
        final ClosureFields otherPhase = new ClosureFields(
                "桃园北路",
                "旱西关街",
                "府西街",
                Side.WEST,
                Lane.NON_MOTOR_LANE,
                LocalDate.of(2022, 8, 1),
                LocalDate.of(2022, 9, 1));

        assertThat(ClosureEvaluation.match(List.of(GAS_MAINS), List.of(otherPhase, GAS_MAINS)))
                .containsExactly(-1, 0);
    }

    @Test
    void shouldCountAWrongFieldAgainstPrecisionAndRecallAndASpuriousSegmentAgainstPrecision() {
        final ClosureFields wrongEnd = new ClosureFields(
                "桃园北路",
                "旱西关街",
                "府西街",
                Side.EAST,
                Lane.NON_MOTOR_LANE,
                LocalDate.of(2022, 5, 24),
                LocalDate.of(2022, 7, 26));
        final ClosureFields spurious = new ClosureFields("新建路", null, null, null, null, null, null);
        final LabelledArticle article = new LabelledArticle(
                io.newsalert.schemas.Article.newBuilder()
                        .setId("a")
                        .setPublished(LocalDate.of(2022, 5, 25))
                        .setBody("本报讯")
                        .build(),
                List.of(GAS_MAINS));

        final EvaluationReport report = ClosureEvaluation.score(List.of(article), fixed(wrongEnd, spurious));

        assertThat(report.fields().get(ClosureFields.Field.END)).isEqualTo(new EvaluationReport.Score(1, 1, 0));
        assertThat(report.fields().get(ClosureFields.Field.ROAD)).isEqualTo(new EvaluationReport.Score(2, 1, 1));
        assertThat(report.exactSegments()).isZero();
        assertThat(report.errors())
                .containsExactly(
                        "a wrong end: predicted 2022-07-26, gold 2022-07-25 (桃园北路)",
                        "a spurious segment: 新建路|null|null|null|null|null|null");
        assertThat(report.byKind())
                .containsExactly(java.util.Map.entry("spurious segment", 1), java.util.Map.entry("wrong end", 1));
    }

    private static ClosureExtractor fixed(final ClosureFields... closures) {
        return article -> java.util.Arrays.stream(closures)
                .map(c -> TrafficClosure.newBuilder()
                        .setId(c.road())
                        .setArticleId(article.getId())
                        .setRoad(c.road())
                        .setFrom(c.from())
                        .setTo(c.to())
                        .setSide(c.side())
                        .setLane(c.lane())
                        .setStart(c.start())
                        .setEnd(c.end())
                        .build())
                .toList();
    }
}
