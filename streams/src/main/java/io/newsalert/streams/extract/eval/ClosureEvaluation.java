package io.newsalert.streams.extract.eval;

import io.newsalert.streams.extract.ClosureExtractor;
import io.newsalert.streams.extract.eval.ClosureFields.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Scores a closure extractor field by field against labelled articles.
 *
 * <p><b>Matching.</b> Within each article, every predicted closure may match at most one gold closure. Pairs that
 * agree on the road, or on a non-blank {@code from}, are candidates; they are taken greedily by the number of the
 * seven fields on which they agree (two blanks agree), ties in text order. Unmatched gold closures are missed
 * segments; unmatched predictions are spurious ones.
 *
 * <p><b>Scores.</b> Each non-blank field value is one item. For a field, precision is the predicted values that
 * equal the matched gold value over all predicted (non-blank) values, recall is those correct values over all gold
 * (non-blank) values; the overall figures sum the seven fields (micro-average). A segment is exactly right when
 * its match agrees on all seven fields, blanks included.
 */
public final class ClosureEvaluation {

    private ClosureEvaluation() {}

    public static EvaluationReport score(final List<LabelledArticle> articles, final ClosureExtractor extractor) {
        final Map<Field, int[]> counts = new EnumMap<>(Field.class);
        for (final Field f : Field.values()) {
            counts.put(f, new int[3]);
        }
        final List<String> errors = new ArrayList<>();
        int exact = 0;
        int goldSegments = 0;
        int predictedSegments = 0;
        for (final LabelledArticle labelled : articles) {
            final List<ClosureFields> predicted = extractor.extract(labelled.article()).stream()
                    .map(ClosureFields::of)
                    .toList();
            final List<ClosureFields> gold = labelled.gold();
            goldSegments += gold.size();
            predictedSegments += predicted.size();
            predicted.forEach(p -> count(counts, p, 0));
            gold.forEach(g -> count(counts, g, 1));
            final int[] match = match(predicted, gold);
            final boolean[] predictedUsed = new boolean[predicted.size()];
            final String id = labelled.article().getId();
            for (int g = 0; g < gold.size(); g++) {
                if (match[g] < 0) {
                    errors.add(id + " missed segment: " + gold.get(g));
                    continue;
                }
                predictedUsed[match[g]] = true;
                final ClosureFields p = predicted.get(match[g]);
                if (p.agreement(gold.get(g)) == Field.values().length) {
                    exact++;
                }
                for (final Field f : Field.values()) {
                    final Object pv = p.get(f);
                    if (pv != null && pv.equals(gold.get(g).get(f))) {
                        counts.get(f)[2]++;
                    } else if (!Objects.equals(pv, gold.get(g).get(f))) {
                        errors.add(id + " wrong " + f.name().toLowerCase(Locale.ROOT) + ": predicted " + pv + ", gold "
                                + gold.get(g).get(f) + " (" + gold.get(g).road() + ")");
                    }
                }
            }
            for (int p = 0; p < predicted.size(); p++) {
                if (!predictedUsed[p]) {
                    errors.add(id + " spurious segment: " + predicted.get(p));
                }
            }
        }
        final Map<Field, EvaluationReport.Score> fields = new EnumMap<>(Field.class);
        counts.forEach((f, c) -> fields.put(f, new EvaluationReport.Score(c[0], c[1], c[2])));
        return new EvaluationReport(articles.size(), goldSegments, predictedSegments, exact, fields, errors);
    }

    private static void count(final Map<Field, int[]> counts, final ClosureFields c, final int slot) {
        for (final Field f : Field.values()) {
            if (c.get(f) != null) {
                counts.get(f)[slot]++;
            }
        }
    }

    /** For each gold closure, the index of its predicted match, or -1. */
    static int[] match(final List<ClosureFields> predicted, final List<ClosureFields> gold) {
        final List<int[]> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                final ClosureFields gf = gold.get(g);
                final ClosureFields pf = predicted.get(p);
                if (Objects.equals(gf.road(), pf.road())
                        || gf.from() != null && gf.from().equals(pf.from())) {
                    pairs.add(new int[] {g, p, gf.agreement(pf)});
                }
            }
        }
        pairs.sort(Comparator.<int[]>comparingInt(a -> -a[2])
                .thenComparingInt(a -> a[0])
                .thenComparingInt(a -> a[1]));
        final int[] match = new int[gold.size()];
        Arrays.fill(match, -1);
        final boolean[] used = new boolean[predicted.size()];
        for (final int[] pair : pairs) {
            if (match[pair[0]] < 0 && !used[pair[1]]) {
                match[pair[0]] = pair[1];
                used[pair[1]] = true;
            }
        }
        return match;
    }
}
