package io.newsalert.producer.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatcherTest {

    @TempDir
    Path dir;

    @Test
    void shouldHandOverAPageThatAppearsInTheFolder() throws Exception {
        final BlockingQueue<Path> seen = new LinkedBlockingQueue<>();
        try (FolderWatcher watcher = new FolderWatcher(List.of(dir), seen::add)) {
            final Thread thread = new Thread(watcher::run, "folder-watcher-test");
            thread.start();
            final Path page =
                    Files.writeString(dir.resolve("new-page.txt"), "本报讯 3月7日，晋源区启动植树月活动。", StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("notes.md"), "不是版面", StandardCharsets.UTF_8);

            assertThat(seen.poll(20, TimeUnit.SECONDS)).isEqualTo(page);
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(5));
        }
        assertThat(seen).isEmpty();
    }
}
