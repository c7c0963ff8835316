package io.newsalert.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Where the process's CPU went between two moments: the whole process (JIT compiler and GC included) and the Java
 * threads grouped by name (digits and ids folded, so a pool counts as one), since on a small machine the pipeline is
 * bound by CPU rather than by waiting. Threads that ended in between are missing from the groups, not from the total.
 */
final class CpuUse {

    private final long processNanos;
    private final long gcMillis;
    private final Map<Long, Long> threadNanos;
    private final Map<Long, String> names;
    private final Map<String, Long> vmNanos;

    private CpuUse(
            final long processNanos,
            final long gcMillis,
            final Map<Long, Long> threadNanos,
            final Map<Long, String> names,
            final Map<String, Long> vmNanos) {
        this.processNanos = processNanos;
        this.gcMillis = gcMillis;
        this.threadNanos = threadNanos;
        this.names = names;
        this.vmNanos = vmNanos;
    }

    static CpuUse now() {
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        final Map<Long, Long> cpu = new HashMap<>();
        final Map<Long, String> names = new HashMap<>();
        for (final ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null) {
                cpu.put(t.getThreadId(), Math.max(0, threads.getThreadCpuTime(t.getThreadId())));
                names.put(t.getThreadId(), group(t.getThreadName()));
            }
        }
        final long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        final long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(b -> Math.max(0, b.getCollectionTime()))
                .sum();
        return new CpuUse(process, gc, cpu, names, vmThreads());
    }

    /**
     * The JVM's own threads (compilers, collectors), which the thread bean does not list, from {@code /proc}: their
     * names say what they are, and user plus system ticks are their CPU. Empty where there is no {@code /proc}.
     */
    private static Map<String, Long> vmThreads() {
        final Map<String, Long> byThread = new HashMap<>();
        final long nanosPerTick = 10_000_000L; // USER_HZ is 100 on Linux
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    final String stat = Files.readString(task.resolve("stat"));
                    final String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    final String kind = name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")
                            ? "JIT"
                            : name.startsWith("GC Thread") || name.startsWith("G1 ") ? "GC" : null;
                    if (kind != null) {
                        final String[] f =
                                stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        // Fields 14 and 15 of stat (utime, stime) are 12 and 13 after the name.
                        byThread.put(
                                kind + " " + task.getFileName(),
                                (Long.parseLong(f[11]) + Long.parseLong(f[12])) * nanosPerTick);
                    }
                } catch (IOException | RuntimeException e) {
                    // A thread that ended while being read.
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return byThread;
    }

    /** The JIT compilers' share of the process's CPU since {@code start}. */
    double jitShare(final CpuUse start) {
        final long process = processNanos - start.processNanos;
        return process <= 0 ? 0 : vmSeconds(start, "JIT") * 1e9 / process;
    }

    /**
     * The CPU of the JVM's threads of one kind since {@code start}: compiler threads come and go, so each counts from
     * where it was then (or from nothing, if it started since); one that ended in between is missing.
     */
    private double vmSeconds(final CpuUse start, final String kind) {
        return vmNanos.entrySet().stream()
                        .filter(e -> e.getKey().startsWith(kind + " "))
                        .mapToLong(e -> e.getValue() - start.vmNanos.getOrDefault(e.getKey(), 0L))
                        .sum()
                / 1e9;
    }

    /** One line: the process's CPU seconds since {@code start}, then the largest thread groups. */
    String since(final CpuUse start, final int groups) {
        final Map<String, Long> byGroup = new HashMap<>();
        threadNanos.forEach(
                (id, nanos) -> byGroup.merge(names.get(id), nanos - start.threadNanos.getOrDefault(id, 0L), Long::sum));
        final long javaThreads =
                byGroup.values().stream().mapToLong(Long::longValue).sum();
        final long process = processNanos - start.processNanos;
        return String.format(
                        Locale.ROOT,
                        "CPU: %.1f s in all, %.1f s outside the Java threads (JIT compilers %.1f, GC threads %.1f; "
                                + "collections took %.1f s); ",
                        process / 1e9,
                        (process - javaThreads) / 1e9,
                        vmSeconds(start, "JIT"),
                        vmSeconds(start, "GC"),
                        (gcMillis - start.gcMillis) / 1e3)
                + byGroup.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .limit(groups)
                        .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue() / 1e9))
                        .collect(Collectors.joining(", "));
    }

    /**
     * The embedded broker's requests so far by type, with the time its request handlers spent on them (count x mean
     * local time): what the clients of the pipeline ask of the broker, and what it costs.
     */
    static String brokerRequests(final int types) throws Exception {
        final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        final Map<String, double[]> byType = new HashMap<>();
        for (final ObjectName n :
                server.queryNames(new ObjectName("kafka.network:type=RequestMetrics,name=LocalTimeMs,*"), null)) {
            final String request = n.getKeyProperty("request");
            final long count = ((Number) server.getAttribute(n, "Count")).longValue();
            final double mean = ((Number) server.getAttribute(n, "Mean")).doubleValue();
            final double[] sum = byType.computeIfAbsent(request, k -> new double[2]);
            sum[0] += count;
            sum[1] += count * mean;
        }
        return "broker requests (count, handler s): "
                + byType.entrySet().stream()
                        .sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]))
                        .limit(types)
                        .map(e -> String.format(
                                Locale.ROOT, "%s %.0f %.1f", e.getKey(), e.getValue()[0], e.getValue()[1] / 1000))
                        .collect(Collectors.joining(", "));
    }

    private static String group(final String name) {
        return name.replaceAll("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", "")
                .replaceAll("\\d+", "N")
                .replaceAll("kafka-producer-network-thread \\| .*", "kafka-producer-network-thread");
    }
}
