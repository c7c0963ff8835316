package io.newsalert.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsalert.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A gated pattern finds what {@link Matcher#find()} finds, and is gated only where its first characters are known. */
class GatedPatternTest {

    @Test
    void shouldKnowTheFirstCharactersOfLiteralsClassesAndOptionalParts() {
        assertThat(GatedPattern.compile("封闭|封道").gated()).isTrue();
        assertThat(GatedPattern.compile("(?<!计划)(?<=车道)(?:将|也)?改造").gated()).isTrue();
        assertThat(GatedPattern.compile("[东南西北]侧|\\d{1,2}月|(?:x|y)*z").gated()).isTrue();
        assertThat(GatedPattern.compile("(?<name>甲)|\\.乙|[\\-丙]").gated()).isTrue();
        assertThat(GatedPattern.compile("该段|(?<=封闭)(?:道路)?(?=[东南西北]侧)").gated())
                .as("an empty match still starts where its lookahead holds")
                .isTrue();
    }

    @Test
    void shouldTryEveryPositionWhenAMatchMayStartAnywhere() {
        assertThat(GatedPattern.compile("a?").gated()).as("matches nothing").isFalse();
        assertThat(GatedPattern.compile("(?<=路)(?=口?)").gated()).isFalse();
        assertThat(GatedPattern.compile("\\p{IsHan}路").gated()).isFalse();
        assertThat(GatedPattern.compile("[^，]路").gated()).isFalse();
        assertThat(GatedPattern.compile(".路").gated()).isFalse();
        assertThat(GatedPattern.compile("(?i)abc").gated()).isFalse();
        assertThat(GatedPattern.compile("封闭|\\w+").gated()).isFalse();
    }

    @Test
    void shouldFindWhatTheExtractorsPatternsFindOverEveryLabelledText() throws IOException {
        final List<String> regexes = List.of(
                ClauseView.TRIGGER.pattern().pattern(),
                PointingBack.ANAPHORA.pattern().pattern(),
                DateExpressions.TOKEN.pattern().pattern(),
                "(?<![\\d月年./／])(\\d{1,2})[日号]|(即日|今天)(?:(凌晨|上午)?(\\d{1,2})[时点])?",
                "(?:该|上述|此)(?:路|街|道路|桥)(?![段口])|同一位置",
                "(?<=路)(?:将|也)?(?:进行)?(?:改造|施工)",
                "^本报讯|[东南西北]侧(?=(?:路段)?(?:将|临时)?(?:全幅|封闭))",
                "该段|(?<=封闭)(?:道路)?(?=[东南西北]侧)");
        final List<String> texts = labelledTexts();
        assertThat(texts).hasSizeGreaterThan(500);
        assertThat(List.of(ClauseView.TRIGGER, PointingBack.ANAPHORA, DateExpressions.TOKEN))
                .allMatch(GatedPattern::gated);
        for (final String regex : regexes) {
            final GatedPattern gated = GatedPattern.compile(regex);
            for (final String text : texts) {
                assertThat(matches(gated, text)).as(regex + " in " + text).isEqualTo(plainMatches(gated, text));
            }
        }
    }

    private static List<String> matches(final GatedPattern gated, final String text) {
        final List<String> out = new ArrayList<>();
        final Matcher m = gated.pattern().matcher(text);
        for (int from = 0; gated.find(m, text, from); from = GatedPattern.after(m)) {
            out.add(describe(m));
        }
        assertThat(gated.foundIn(text)).isEqualTo(!out.isEmpty());
        return out;
    }

    private static List<String> plainMatches(final GatedPattern gated, final String text) {
        final List<String> out = new ArrayList<>();
        final Matcher m = gated.pattern().matcher(text);
        while (m.find()) {
            out.add(describe(m));
        }
        return out;
    }

    private static String describe(final Matcher m) {
        final StringBuilder s =
                new StringBuilder().append(m.start()).append('-').append(m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            s.append('|').append(m.group(g));
        }
        return s.toString();
    }

    /** The bodies of every labelled closure article, whole and cut into clauses. */
    private static List<String> labelledTexts() throws IOException {
        final ObjectMapper json = new ObjectMapper();
        final List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Corpus.dir().resolve("closures"))) {
            for (final Path file :
                    files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (final String line : Files.readAllLines(file)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    final String body = json.readTree(line).path("body").asText("");
                    texts.add(body);
                    texts.addAll(List.of(body.split("[，。；]")));
                }
            }
        }
        return texts;
    }
}
