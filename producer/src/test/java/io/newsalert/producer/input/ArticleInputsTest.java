package io.newsalert.producer.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.producer.page.PageReaders;
import io.newsalert.schemas.Article;
import java.io.ByteArrayInputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleInputsTest {

    private static final LocalDate EDITION = LocalDate.of(2023, 3, 8);
    private static final String PAGE = "\n\n民生热线\n\n小店区新增三处便民市场\n\n"
            + "本报讯 3月7日，小店区三处便民市场正式开业，方便周边居民买菜购物。（赵敏）\n\n"
            + "晋源区启动植树月\n\n本报讯 3月7日，晋源区启动全民义务植树月活动，号召市民参与义务植树。（马强）\n";

    private final ArticleInputs inputs = new ArticleInputs(PageReaders.standard());

    @TempDir
    Path dir;

    private ArticleInputs.Outcome read(final Path file) {
        return inputs.read(file.toString(), EDITION, "晋阳晚报", new ByteArrayInputStream(new byte[0]));
    }

    @Test
    void shouldReadAPageInUtf8() throws Exception {
        final Path file = Files.writeString(dir.resolve("page.txt"), PAGE, StandardCharsets.UTF_8);

        assertThat(read(file).result().articles())
                .extracting(Article::getHeadline)
                .containsExactly("小店区新增三处便民市场", "晋源区启动植树月");
    }

    @Test
    void shouldDetectAPageInGbk() throws Exception {
        final Path file = Files.write(dir.resolve("page-gbk.txt"), PAGE.getBytes(Charset.forName("GBK")));

        final ArticleInputs.Outcome outcome = read(file);

        assertThat(outcome.failed()).isFalse();
        assertThat(outcome.result().articles())
                .extracting(Article::getHeadline)
                .containsExactly("小店区新增三处便民市场", "晋源区启动植树月");
    }

    @Test
    void shouldKeepTheIdsOfAnArticleFile() throws Exception {
        final Path file = Files.writeString(
                dir.resolve("articles.jsonl"),
                "{\"id\": \"dx-101\", \"published\": \"2023-03-08\", \"headline\": \"桃园北路封闭施工\", "
                        + "\"body\": \"即日起，桃园北路东侧非机动车道封闭施工。\", \"labels\": [\"traffic\"]}\n",
                StandardCharsets.UTF_8);

        final List<Article> articles = read(file).result().articles();

        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.getId()).isEqualTo("dx-101");
            assertThat(a.getPublished()).isEqualTo(EDITION);
            assertThat(a.getHeadline()).isEqualTo("桃园北路封闭施工");
        });
    }

    @Test
    void shouldNameTheLineOfABadArticleLineAndKeepTheGoodOnes() throws Exception {
        final Path file = Files.writeString(
                dir.resolve("articles.jsonl"),
                "{\"id\": \"dx-1\", \"published\": \"2023-03-08\", \"headline\": \"甲\", \"body\": \"正文一。\"}\n"
                        + "{\"id\": \"dx-2\", \"published\": \n",
                StandardCharsets.UTF_8);

        final ArticleInputs.Outcome outcome = read(file);

        assertThat(outcome.result().articles()).hasSize(1);
        assertThat(outcome.problems()).singleElement().asString().contains("articles.jsonl line 2");
    }

    @Test
    void shouldReadEveryPageOfAFolder() throws Exception {
        Files.writeString(dir.resolve("p1.txt"), PAGE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("p2.txt"), PAGE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("p1.gold.json"), "{}", StandardCharsets.UTF_8);

        assertThat(ArticleInputs.expand(List.of(dir.toString())))
                .containsExactly(
                        dir.resolve("p1.txt").toString(), dir.resolve("p2.txt").toString());
    }

    @Test
    void shouldReadStandardInput() {
        final ArticleInputs.Outcome outcome =
                inputs.read("-", EDITION, null, new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8)));

        assertThat(outcome.result().articles()).hasSize(2);
    }

    @Test
    void shouldRefuseAnEmptyFileByName() throws Exception {
        final Path file = Files.writeString(dir.resolve("empty.txt"), "\n\n", StandardCharsets.UTF_8);

        assertThat(read(file).problems()).singleElement().asString().contains("empty.txt", "empty");
    }

    @Test
    void shouldRefuseABinaryFileByName() throws Exception {
        final Path file = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        assertThat(read(file).problems()).singleElement().asString().contains("photo.txt", "binary");
    }

    @Test
    void shouldRefuseAFileInAnUnknownEncodingWithItsLine() throws Exception {
        final Path file = Files.write(dir.resolve("big5.txt"), PAGE.getBytes(Charset.forName("Big5")));

        assertThat(read(file).problems()).singleElement().asString().contains("big5.txt", "unknown encoding", "line 3");
    }

    @Test
    void shouldRefuseAHugeFileWithoutLoadingIt() throws Exception {
        final Path file = dir.resolve("huge.txt");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(ArticleInputs.DEFAULT_MAX_BYTES + 1);
        }

        assertThat(read(file).problems()).singleElement().asString().contains("huge.txt", "100.0 MB", "not read");
    }

    @Test
    void shouldRefuseAPageWithNoRecognisableArticle() throws Exception {
        final Path file = Files.writeString(dir.resolve("ads.txt"), "\n\n广告\n\n招商热线\n\n", StandardCharsets.UTF_8);

        assertThat(read(file).problems()).singleElement().asString().contains("ads.txt", "no article");
    }

    @Test
    void shouldRefuseAMissingFileByName() {
        assertThat(read(dir.resolve("missing.txt")).problems())
                .singleElement()
                .asString()
                .contains("missing.txt");
    }
}
