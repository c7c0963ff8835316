package io.newsalert.streams.extract.eval;

import io.newsalert.streams.extract.eval.ClosureFields.Field;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of {@link ClosureEvaluation}: per-field and overall precision, recall and F1, the segments exactly
 * right, and every error as a line ({@code dt-010 wrong start: predicted 2022-06-07, gold 2022-06-08 (民航街)}).
 */
public record EvaluationReport(
        int articles,
        int goldSegments,
        int predictedSegments,
        int exactSegments,
        Map<Field, Score> fields,
        List<String> errors) {

    public EvaluationReport {
        fields = Map.copyOf(fields);
        errors = List.copyOf(errors);
    }

    /** Micro-averaged over the seven fields. */
    public Score overall() {
        int predicted = 0;
        int gold = 0;
        int correct = 0;
        for (final Score s : fields.values()) {
            predicted += s.predicted();
            gold += s.gold();
            correct += s.correct();
        }
        return new Score(predicted, gold, correct);
    }

    /** The report as printed by {@code newsalert eval closures}. */
    public String format() {
        final StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "articles %d, gold segments %d, predicted segments %d, exactly right %d%n",
                articles,
                goldSegments,
                predictedSegments,
                exactSegments));
        out.append(String.format(
                Locale.ROOT,
                "%-8s %9s %9s %9s %6s %6s %6s%n",
                "field",
                "precision",
                "recall",
                "f1",
                "pred",
                "gold",
                "right"));
        for (final Field f : Field.values()) {
            line(out, f.name().toLowerCase(Locale.ROOT), fields.get(f));
        }
        line(out, "overall", overall());
        if (!errors.isEmpty()) {
            out.append("errors by kind:");
            byKind().forEach((kind, n) ->
                    out.append(' ').append(kind).append(' ').append(n).append(';'));
            out.append(System.lineSeparator());
            out.append(String.format(Locale.ROOT, "errors (%d):%n", errors.size()));
            errors.forEach(e -> out.append("  ").append(e).append(System.lineSeparator()));
        }
        return out.toString();
    }

    /** Error counts by kind: {@code missed segment}, {@code spurious segment}, {@code wrong start}… */
    public Map<String, Integer> byKind() {
        final Map<String, Integer> kinds = new TreeMap<>();
        for (final String e : errors) {
            final String rest = e.substring(e.indexOf(' ') + 1);
            final int colon = rest.indexOf(':');
            kinds.merge(colon < 0 ? rest : rest.substring(0, colon), 1, Integer::sum);
        }
        return kinds;
    }

    private static void line(final StringBuilder out, final String name, final Score s) {
        out.append(String.format(
                Locale.ROOT,
                "%-8s %9.3f %9.3f %9.3f %6d %6d %6d%n",
                name,
                s.precision(),
                s.recall(),
                s.f1(),
                s.predicted(),
                s.gold(),
                s.correct()));
    }

    /** Counts of non-blank field values: predicted, labelled, and predicted values equal to their match's label. */
    public record Score(int predicted, int gold, int correct) {

        public double precision() {
            return predicted == 0 ? (gold == 0 ? 1.0 : 0.0) : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 1.0 : (double) correct / gold;
        }

        public double f1() {
            final double p = precision();
            final double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
    }
}
