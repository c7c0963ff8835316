package io.newsalert.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Article;
import io.newsalert.schemas.ClassifiedArticle;
import io.newsalert.schemas.Topics;
import io.newsalert.streams.classify.Classifiers;
import io.newsalert.streams.classify.Taxonomy;
import io.newsalert.streams.classify.TaxonomyLoader;
import io.newsalert.streams.extract.ClosureExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user adds a topic by configuration alone: no code changes, a new feed. */
class WeatherTopicTest {

    @TempDir
    Path stateDir;

    @Test
    void shouldRouteAWeatherArticleToNewsWeatherWhenTheTaxonomyAddsTheTopic() throws IOException {
        final Taxonomy taxonomy = withWeather();

        try (TopologyTestDriver driver = new TopologyTestDriver(
                ArticleTopology.build(taxonomy, Classifiers.standard(taxonomy), ClosureExtractor.none()),
                StreamsSettings.of("unused:9092", Map.of(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString())))) {
            final TestInputTopic<String, Article> articles = driver.createInputTopic(
                    Topics.ARTICLES.name(),
                    Topics.ARTICLES.keySerde().serializer(),
                    Topics.ARTICLES.valueSerde().serializer());
            final TestOutputTopic<String, ClassifiedArticle> weather = driver.createOutputTopic(
                    "news.weather",
                    Topics.feed("weather").keySerde().deserializer(),
                    Topics.feed("weather").valueSerde().deserializer());
            final TestOutputTopic<String, ClassifiedArticle> other = driver.createOutputTopic(
                    Topics.OTHER.name(),
                    Topics.OTHER.keySerde().deserializer(),
                    Topics.OTHER.valueSerde().deserializer());

            articles.pipeInput("a-weather", SampleArticles.weather());
            articles.pipeInput("a-health", SampleArticles.health());

            assertThat(weather.readKeyValuesToMap()).containsOnlyKeys("a-weather");
            assertThat(other.readKeyValuesToMap()).containsOnlyKeys("a-health");
        }
    }

    /** The bundled taxonomy plus a weather topic, as a user would write it in their own file. */
    private static Taxonomy withWeather() throws IOException {
        try (InputStream in = TaxonomyLoader.class.getClassLoader().getResourceAsStream("taxonomy.yaml")) {
            final String bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return TaxonomyLoader.parse(bundled + """

                      - name: weather
                        output: news.weather
                        threshold: 6
                        terms: {天气: 3, 气温: 2, 降温: 3, 降雨: 3, 降雪: 3, 气象台: 2, 预报: 2, 冷空气: 3, 摄氏度: 1}
                    """, "taxonomy with weather");
        }
    }
}
