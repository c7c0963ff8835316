package io.newsalert.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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

    private CpuUse(
            final long processNanos,
            final long gcMillis,
            final Map<Long, Long> threadNanos,
            final Map<Long, String> names) {
        this.processNanos = processNanos;
        this.gcMillis = gcMillis;
        this.threadNanos = threadNanos;
        this.names = names;
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
        return new CpuUse(process, gc, cpu, names);
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
                        "CPU: %.1f s in all, %.1f s outside the Java threads (JIT, GC; collections took %.1f s); ",
                        process / 1e9,
                        (process - javaThreads) / 1e9,
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
