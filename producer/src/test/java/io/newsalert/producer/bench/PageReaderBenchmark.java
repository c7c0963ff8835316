package io.newsalert.producer.bench;

import io.newsalert.producer.page.PageInfo;
import io.newsalert.producer.page.PageReader;
import io.newsalert.producer.page.PageReaders;
import io.newsalert.producer.page.PageResult;
import io.newsalert.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How many pages per second the standard page reader reads, one thread, on the labelled pages. Throughput is in
 * pages per second; multiply by the page's size (printed at setup) for bytes per second. Run it with
 * {@code scripts/bench-page-reader.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx512m", "-Dfile.encoding=UTF-8"})
public class PageReaderBenchmark {

    @Param({"taiyuan-daily-2022-05-25-p2.txt", "dev-page-01.txt"})
    public String page;

    private final PageReader reader = PageReaders.standard();
    private String text;
    private PageInfo info;

    @Setup
    public void load() throws IOException {
        final byte[] bytes = Files.readAllBytes(Corpus.file(page));
        text = new String(bytes, StandardCharsets.UTF_8);
        info = new PageInfo(page, LocalDate.of(2022, 5, 25), null);
        System.out.printf("%n# page %s: %d bytes of UTF-8, %d characters%n", page, bytes.length, text.length());
    }

    @Benchmark
    public PageResult readPage() {
        return reader.read(text, info);
    }
}
