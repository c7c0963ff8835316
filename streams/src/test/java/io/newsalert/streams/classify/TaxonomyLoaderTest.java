package io.newsalert.streams.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyLoaderTest {

    @TempDir
    Path dir;

    @Test
    void shouldLoadTheBundledTaxonomyWithItsThreeTopicsAndFeeds() {
        final Taxonomy taxonomy = TaxonomyLoader.loadDefault();

        assertThat(taxonomy.topics())
                .extracting(Taxonomy.TopicDefinition::name)
                .containsExactly("traffic", "employment", "safety");
        assertThat(taxonomy.topics())
                .extracting(Taxonomy.TopicDefinition::outputTopic)
                .containsExactly("news.traffic", "news.employment", "news.safety");
        assertThat(taxonomy.weightOf(Taxonomy.Part.HEADLINE)).isGreaterThan(taxonomy.weightOf(Taxonomy.Part.BODY));
    }

    @Test
    void shouldDefaultTheOutputTopicAndTheBodyOnlyThreshold() {
        final Taxonomy taxonomy = TaxonomyLoader.parse("""
                topics:
                  - name: weather
                    threshold: 4
                    terms: {暴雨: 3, 气温: 2}
                """, "test");

        final Taxonomy.TopicDefinition weather = taxonomy.topics().get(0);
        assertThat(weather.outputTopic()).isEqualTo("news.weather");
        assertThat(weather.bodyOnlyThreshold()).isEqualTo(8.0);
        assertThat(weather.terms()).containsExactly(new Taxonomy.Term("暴雨", 3), new Taxonomy.Term("气温", 2));
    }

    @Test
    void shouldReadActionsWithTheirRole() {
        final Taxonomy taxonomy = TaxonomyLoader.parse("""
                topics:
                  - name: traffic
                    threshold: 4
                    terms: {公交: 2}
                    actions: {改线: 4}
                """, "test");

        assertThat(taxonomy.topics().get(0).terms()).contains(new Taxonomy.Term("改线", 4, Taxonomy.Role.ACTION));
    }

    @Test
    void shouldReadTheMinimumSubjectScoreAndDefaultItToZero() {
        final Taxonomy taxonomy = TaxonomyLoader.parse("""
                topics:
                  - name: traffic
                    threshold: 4
                    minSubject: 2
                    terms: {公交: 2}
                    actions: {停运: 4}
                  - name: weather
                    threshold: 4
                    terms: {暴雨: 3}
                """, "test");

        assertThat(taxonomy.topics().get(0).minSubjectScore()).isEqualTo(2.0);
        assertThat(taxonomy.topics().get(1).minSubjectScore()).isZero();
    }

    @Test
    void shouldRejectAMinimumSubjectScoreThatIsNotPositive() {
        assertThatThrownBy(() -> TaxonomyLoader.parse("""
                topics:
                  - name: traffic
                    threshold: 4
                    minSubject: -1
                    terms: {公交: 2}
                """, "m.yaml"))
                .isInstanceOf(InvalidTaxonomyException.class)
                .hasMessageContaining("'traffic'")
                .hasMessageContaining("minSubject");
    }

    @Test
    void shouldRejectAFileThatIsNotYaml() {
        assertThatThrownBy(() -> TaxonomyLoader.parse("topics: [name: {", "bad.yaml"))
                .isInstanceOf(InvalidTaxonomyException.class)
                .hasMessageContaining("bad.yaml")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void shouldRejectATaxonomyWithoutTopics() {
        assertThatThrownBy(() -> TaxonomyLoader.parse("fields: {headline: 3}", "empty.yaml"))
                .isInstanceOf(InvalidTaxonomyException.class)
                .hasMessageContaining("no 'topics' list");
    }

    @Test
    void shouldNameAMisspelledKeyAndTheTopic() {
        assertThatThrownBy(() -> TaxonomyLoader.parse("""
                topics:
                  - name: weather
                    treshold: 4
                    terms: {暴雨: 3}
                """, "typo.yaml"))
                .isInstanceOf(InvalidTaxonomyException.class)
                .hasMessageContaining("'weather'")
                .hasMessageContaining("unknown key 'treshold'");
    }

    @Test
    void shouldRejectAWeightThatIsNotANumber() {
        assertThatThrownBy(() -> TaxonomyLoader.parse("""
                topics:
                  - name: weather
                    threshold: 4
                    terms: {暴雨: 很高}
                """, "w.yaml"))
                .isInstanceOf(InvalidTaxonomyException.class)
                .hasMessageContaining("暴雨")
                .hasMessageContaining("not a number");
    }

    @Test
    void shouldRejectATopicNameThatCannotNameAFeed() {
        assertThatThrownBy(() -> TaxonomyLoader.parse("""
                topics:
                  - name: 天气
                    threshold: 4
                    terms: {暴雨: 3}
                """, "w.yaml"))
                .isInstanceOf(InvalidTaxonomyException.class)
                .hasMessageContaining("topic name '天气'");
    }

    @Test
    void shouldRejectTheSameTopicTwice() {
        assertThatThrownBy(() -> TaxonomyLoader.parse("""
                topics:
                  - {name: weather, threshold: 4, terms: {暴雨: 3}}
                  - {name: weather, threshold: 4, terms: {降温: 3}}
                """, "w.yaml"))
                .isInstanceOf(InvalidTaxonomyException.class)
                .hasMessageContaining("names topic 'weather' twice");
    }

    @Test
    void shouldRejectATopicWithoutThresholdOrPositiveTerm() {
        assertThatThrownBy(() -> TaxonomyLoader.parse("topics: [{name: weather, terms: {暴雨: 3}}]", "w.yaml"))
                .isInstanceOf(InvalidTaxonomyException.class)
                .hasMessageContaining("has no 'threshold'");
        assertThatThrownBy(
                        () -> TaxonomyLoader.parse("topics: [{name: weather, threshold: 2, terms: {晴: -3}}]", "w.yaml"))
                .isInstanceOf(InvalidTaxonomyException.class)
                .hasMessageContaining("can never match");
    }

    @Test
    void shouldRejectTheReservedTopicOther() {
        assertThatThrownBy(() -> TaxonomyLoader.parse("topics: [{name: other, threshold: 2, terms: {杂: 3}}]", "w.yaml"))
                .isInstanceOf(InvalidTaxonomyException.class)
                .hasMessageContaining("reserved");
    }

    @Test
    void shouldSayWhichFileDoesNotExist() {
        final Path missing = dir.resolve("missing.yaml");

        assertThatThrownBy(() -> TaxonomyLoader.load(missing))
                .isInstanceOf(InvalidTaxonomyException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void shouldLoadAUserFile() throws Exception {
        final Path file = Files.writeString(
                dir.resolve("t.yaml"),
                "topics: [{name: weather, output: feeds.weather, " + "threshold: 2, terms: {暴雨: 3}}]");

        assertThat(TaxonomyLoader.load(file).topics().get(0).outputTopic()).isEqualTo("feeds.weather");
    }
}
