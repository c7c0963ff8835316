package io.newsalert.streams.classify;

import io.newsalert.schemas.Article;
import io.newsalert.schemas.Evidence;
import io.newsalert.schemas.Field;
import io.newsalert.schemas.TopicScore;
import java.util.ArrayList;
import java.util.List;

/** A first classifier: weighted phrase counts, headline words counting three times. Replaced by the segmenting one. */
public final class KeywordClassifier implements Classifier {

    private static final double HEADLINE_FACTOR = 3.0;

    private final Taxonomy taxonomy;

    public KeywordClassifier(final Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @Override
    public Classification classify(final Article article) {
        final List<String> topics = new ArrayList<>();
        final List<TopicScore> scores = new ArrayList<>();
        final String headline = article.getHeadline() == null ? "" : article.getHeadline();
        for (final Taxonomy.TopicDefinition topic : taxonomy.topics()) {
            double score = 0;
            final List<Evidence> evidence = new ArrayList<>();
            for (final Taxonomy.Term term : topic.terms()) {
                final int inHeadline = count(headline, term.text());
                final int inBody = count(article.getBody(), term.text());
                if (inHeadline > 0) {
                    evidence.add(new Evidence(term.text(), Field.HEADLINE, inHeadline, term.weight() * HEADLINE_FACTOR));
                }
                if (inBody > 0) {
                    evidence.add(new Evidence(term.text(), Field.BODY, inBody, term.weight()));
                }
                score += term.weight() * (HEADLINE_FACTOR * inHeadline + Math.min(inBody, 3));
            }
            scores.add(new TopicScore(topic.name(), score, evidence));
            if (score >= topic.threshold()) {
                topics.add(topic.name());
            }
        }
        return new Classification(topics, scores);
    }

    @Override
    public String version() {
        return "keyword-1";
    }

    private static int count(final String text, final String term) {
        int n = 0;
        for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length())) {
            n++;
        }
        return n;
    }
}
