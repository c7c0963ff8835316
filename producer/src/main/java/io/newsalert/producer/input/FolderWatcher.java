package io.newsalert.producer.input;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches folders for page and article files that appear or change, and hands each one over once it has stopped
 * growing (its size and modification time are the same on two looks in a row), so that a file still being copied
 * is not read half-written. Runs until closed or interrupted.
 */
public final class FolderWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);
    private static final long POLL_MILLIS = 250;

    private record Seen(long size, FileTime modified) {}

    private final WatchService watch;
    private final Consumer<Path> onFile;
    private final Map<Path, Seen> settling = new HashMap<>();
    private final Map<Path, Seen> handled = new HashMap<>();

    /** Watches {@code folders}; {@code onFile} receives each new or changed file, on the thread that runs it. */
    public FolderWatcher(final List<Path> folders, final Consumer<Path> onFile) throws IOException {
        this.watch = FileSystems.getDefault().newWatchService();
        this.onFile = onFile;
        for (final Path folder : folders) {
            folder.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        }
    }

    /** Marks files already read, so that they are handed over again only when they change. */
    public void alreadyRead(final List<Path> files) {
        files.forEach(f -> look(f).ifPresent(seen -> handled.put(f, seen)));
    }

    /** Watches until {@link #close()} is called or the thread is interrupted. */
    public void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                final WatchKey key = watch.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (key != null) {
                    final Path folder = (Path) key.watchable();
                    for (final WatchEvent<?> event : key.pollEvents()) {
                        if (event.context() instanceof Path name) {
                            final Path file = folder.resolve(name);
                            if (ArticleInputs.isPageFile(file)) {
                                settling.putIfAbsent(file, new Seen(-1, null));
                            }
                        }
                    }
                    key.reset();
                }
                handOverSettled();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            LOG.debug("The folder watch was closed.");
        }
    }

    private void handOverSettled() {
        for (final Path file : List.copyOf(settling.keySet())) {
            final var now = look(file);
            if (now.isEmpty()) {
                settling.remove(file);
            } else if (now.get().equals(settling.get(file))) {
                settling.remove(file);
                if (!now.get().equals(handled.get(file))) {
                    handled.put(file, now.get());
                    onFile.accept(file);
                }
            } else {
                settling.put(file, now.get());
            }
        }
    }

    private static Optional<Seen> look(final Path file) {
        try {
            return Files.isRegularFile(file)
                    ? Optional.of(new Seen(Files.size(file), Files.getLastModifiedTime(file)))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        watch.close();
    }
}
