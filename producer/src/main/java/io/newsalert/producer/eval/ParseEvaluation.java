package io.newsalert.producer.eval;

import io.newsalert.producer.page.PageResult;
import io.newsalert.schemas.Article;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Scores a page reading against its gold: for each gold article, whether the reader found it with the right
 * headline (or an accepted alternative), kicker, subtitle, byline, opening and closing characters, the mended
 * column breaks, and nothing foreign (captions, banners, labels, other articles' headings) in its body; and which
 * articles the reader made up. Whitespace is ignored when comparing text, as the gold's note says.
 */
public final class ParseEvaluation {

    private static final int MIN_FOREIGN = 3;

    private ParseEvaluation() {}

    /**
     * The verdict on one gold article.
     *
     * @param gold     the gold article
     * @param found    the article the reader made of it, or null when it found none
     * @param problems what is wrong; empty when the article came out right
     */
    public record Verdict(GoldPage.GoldArticle gold, Article found, List<String> problems) {

        public Verdict {
            problems = List.copyOf(problems);
        }

        public boolean right() {
            return problems.isEmpty();
        }
    }

    /**
     * The whole score.
     *
     * @param verdicts one per gold article, in gold order
     * @param spurious articles the reader found that match no gold article
     */
    public record Report(List<Verdict> verdicts, List<Article> spurious) {

        public Report {
            verdicts = List.copyOf(verdicts);
            spurious = List.copyOf(spurious);
        }

        public long right() {
            return verdicts.stream().filter(Verdict::right).count();
        }

        public int total() {
            return verdicts.size();
        }

        /** The report as printed by {@code newsalert eval parse}: one line per article, then the totals. */
        public String render() {
            final StringBuilder out = new StringBuilder();
            for (final Verdict v : verdicts) {
                out.append(v.right() ? "ok    " : "WRONG ")
                        .append(v.gold().label())
                        .append('\n');
                v.problems().forEach(p -> out.append("        ").append(p).append('\n'));
            }
            for (final Article a : spurious) {
                out.append("SPURIOUS ")
                        .append(
                                a.getHeadline() != null
                                        ? a.getHeadline()
                                        : "(no headline) "
                                                + a.getBody()
                                                        .substring(
                                                                0,
                                                                Math.min(
                                                                        20,
                                                                        a.getBody()
                                                                                .length())))
                        .append('\n');
            }
            out.append("spurious articles: ").append(spurious.size()).append('\n');
            out.append("articles fully right: ")
                    .append(right())
                    .append('/')
                    .append(total())
                    .append('\n');
            return out.toString();
        }
    }

    /** Scores {@code result} against {@code gold}. */
    public static Report evaluate(final PageResult result, final GoldPage gold) {
        final List<Article> unmatched = new ArrayList<>(result.articles());
        final List<Verdict> verdicts = new ArrayList<>();
        for (final GoldPage.GoldArticle g : gold.articles()) {
            final Article found = match(g, unmatched);
            if (found == null) {
                verdicts.add(new Verdict(g, null, List.of("not found")));
            } else {
                unmatched.remove(found);
                verdicts.add(new Verdict(g, found, problems(g, found, foreign(gold, g))));
            }
        }
        return new Report(verdicts, unmatched);
    }

    private static Article match(final GoldPage.GoldArticle gold, final List<Article> candidates) {
        for (final Article a : candidates) {
            if (gold.headline() != null && headlineAccepted(gold, a.getHeadline())) {
                return a;
            }
        }
        for (final Article a : candidates) {
            if (gold.firstChars() != null && squash(a.getBody()).startsWith(squash(gold.firstChars()))) {
                return a;
            }
        }
        return null;
    }

    private static boolean headlineAccepted(final GoldPage.GoldArticle gold, final String headline) {
        if (gold.headline() == null || headline == null) {
            return gold.headline() == null && headline == null;
        }
        final String found = spaced(headline);
        return found.equals(spaced(gold.headline()))
                || gold.altHeadlines().stream().map(ParseEvaluation::spaced).anyMatch(found::equals);
    }

    private static List<String> problems(final GoldPage.GoldArticle g, final Article a, final Set<String> foreign) {
        final List<String> problems = new ArrayList<>();
        if (!headlineAccepted(g, a.getHeadline())) {
            problems.add(differs("headline", g.headline(), a.getHeadline()));
        }
        if (!Objects.equals(spaced(g.kicker()), spaced(a.getKicker()))) {
            problems.add(differs("kicker", g.kicker(), a.getKicker()));
        }
        if (!Objects.equals(spaced(g.subtitle()), spaced(a.getSubtitle()))) {
            problems.add(differs("subtitle", g.subtitle(), a.getSubtitle()));
        }
        if (!g.byline().equals(a.getByline())) {
            problems.add(differs("byline", g.byline(), a.getByline()));
        }
        final String body = squash(a.getBody());
        if (g.firstChars() != null && !body.startsWith(squash(g.firstChars()))) {
            problems.add(differs("first characters", g.firstChars(), head(a.getBody())));
        }
        if (g.lastChars() != null && !body.endsWith(squash(g.lastChars()))) {
            problems.add(differs("last characters", g.lastChars(), tail(a.getBody())));
        }
        g.bodyContains().stream()
                .filter(join -> !body.contains(squash(join)))
                .forEach(join -> problems.add("body lacks the join '" + join + "'"));
        foreign.stream().filter(body::contains).forEach(f -> problems.add("body holds foreign text '" + f + "'"));
        if ("from_previous_page".equals(g.continued()) && !a.getContinuedFromPreviousPage()) {
            problems.add("not flagged as continued from the previous page");
        }
        if ("to_next_page".equals(g.continued()) && !a.getContinuesOnNextPage()) {
            problems.add("not flagged as continuing on the next page");
        }
        return problems;
    }

    /** Text that must not appear in {@code own}'s body: captions, banners, labels, other articles' headings. */
    private static Set<String> foreign(final GoldPage gold, final GoldPage.GoldArticle own) {
        final Set<String> foreign = new HashSet<>();
        gold.captions().forEach(foreign::add);
        gold.banners().forEach(foreign::add);
        gold.sectionLabels().forEach(foreign::add);
        for (final GoldPage.GoldArticle other : gold.articles()) {
            if (other != own) {
                foreign.add(other.headline());
                foreign.add(other.kicker());
                foreign.add(other.subtitle());
            }
        }
        foreign.remove(null);
        final Set<String> squashed = new HashSet<>();
        foreign.stream()
                .map(ParseEvaluation::squash)
                .filter(f -> f.length() >= MIN_FOREIGN)
                .forEach(squashed::add);
        return squashed;
    }

    private static String differs(final String what, final Object expected, final Object got) {
        return what + ": expected " + expected + ", got " + got;
    }

    private static String head(final String body) {
        return body.substring(0, Math.min(20, body.length()));
    }

    private static String tail(final String body) {
        return body.substring(Math.max(0, body.length() - 20));
    }

    private static String squash(final String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u3000]+", "");
    }

    private static String spaced(final String text) {
        return text == null ? null : text.replaceAll("[\\s\\u3000]+", " ").strip();
    }
}
