package io.newsalert.streams.classify;

import io.newsalert.schemas.Article;
import io.newsalert.schemas.Evidence;
import io.newsalert.schemas.Field;
import io.newsalert.schemas.TopicScore;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Classifies an article on its words. Each part (headline, kicker, subtitle, body) is segmented into words, clause
 * by clause and only in the clauses that hold a phrase of the vocabulary (the others can yield no hit); each
 * topic's {@link Lexicon} finds its cue words and phrases there; every hit adds
 * {@code weight × field weight × (1 + ln count)}, so a headline word weighs more than a passing mention and a
 * repeated word has diminishing returns. Negative terms (a profile, an inspection tour, an investment figure) speak
 * against a topic. A topic is given when its score reaches the threshold and the topic shows in the headline, kicker
 * or subtitle with at least half the threshold, or else when the body alone reaches the higher body-only threshold,
 * raised in proportion for bodies over 1,000 characters: the subject of an article is in its headline, and a list
 * item deep in a long body does not make the subject. A headline in words the taxonomy does not know, with no term
 * of the topic for or against it, is no evidence either way: then the body decides, with the ordinary threshold
 * (raised the same way for long bodies) and at least three distinct cue terms. A topic that lists actions (封闭,
 * 改线, 招聘) wants one: a bus in the headline is not news for travellers, a rerouted bus is. Without an action the
 * topic needs the body-only score, half the threshold in the headline, and a body that alone reaches the threshold
 * with three distinct cue terms (a fare change told in many travel words); or, under a quiet headline, a body with
 * four distinct cue terms halfway between the threshold and the body-only threshold (a job fair named in words the
 * taxonomy does not know, told in job-seeker words). A headline holding a term against the topic (an award, a
 * profile) marks the genre: then only the body-only score gives the topic. A topic may ask its subject words (not
 * its actions) to reach a minimum score: a stopped elevator or a hotline opened is no travel news, however strong
 * the action word. Thread-safe.
 */
public final class SegmentingClassifier implements Classifier {

    private static final String METHOD = "words-1";
    private static final int MAX_WORDS_PER_TERM = 6;
    /** Body length (characters) above which the body-only threshold grows in proportion. */
    private static final double LONG_BODY = 1000;
    /** Distinct cue terms the body needs to speak for a topic on its own (quiet headline, or no action word). */
    private static final int MIN_BODY_TERMS = 3;

    private final Taxonomy taxonomy;
    private final WordSegmenter segmenter;
    private final List<Lexicon> lexicons;
    private final boolean[] needsAction;
    private final int longestTerm;
    /** Every prefix of every term and ignored phrase: a run of words that is none of them can stop growing. */
    private final Set<String> prefixes;
    /** The clauses worth segmenting: those holding a phrase of the vocabulary. */
    private final VocabularyClauses clauses;

    private final String version;

    public SegmentingClassifier(final Taxonomy taxonomy, final WordSegmenter segmenter) {
        this.taxonomy = taxonomy;
        this.segmenter = segmenter;
        this.lexicons = taxonomy.topics().stream()
                .map(t -> new Lexicon(t.terms(), t.ignore()))
                .toList();
        this.needsAction = new boolean[lexicons.size()];
        for (int i = 0; i < needsAction.length; i++) {
            needsAction[i] = taxonomy.topics().get(i).terms().stream().anyMatch(t -> t.role() == Taxonomy.Role.ACTION);
        }
        this.longestTerm = lexicons.stream().mapToInt(Lexicon::longest).max().orElse(1);
        this.prefixes = new HashSet<>();
        final Set<String> phrases = new HashSet<>();
        for (final Taxonomy.TopicDefinition topic : taxonomy.topics()) {
            topic.terms().forEach(term -> addPrefixes(term.text()));
            topic.ignore().forEach(this::addPrefixes);
            topic.terms().forEach(term -> phrases.add(term.text()));
            phrases.addAll(topic.ignore());
        }
        this.clauses = new VocabularyClauses(phrases);
        this.version = METHOD + "+" + fingerprint(taxonomy);
    }

    @Override
    public Classification classify(final Article article) {
        final List<Map<String, Hit>> hits = new ArrayList<>();
        taxonomy.topics().forEach(t -> hits.add(new LinkedHashMap<>()));
        scan(article.getHeadline(), Taxonomy.Part.HEADLINE, hits);
        scan(article.getKicker(), Taxonomy.Part.KICKER, hits);
        scan(article.getSubtitle(), Taxonomy.Part.SUBTITLE, hits);
        scan(article.getBody(), Taxonomy.Part.BODY, hits);

        final List<String> topics = new ArrayList<>();
        final List<TopicScore> scores = new ArrayList<>();
        for (int i = 0; i < lexicons.size(); i++) {
            final Taxonomy.TopicDefinition topic = taxonomy.topics().get(i);
            final TopicScore score = score(topic, hits.get(i).values());
            scores.add(score);
            if (decide(
                    topic,
                    needsAction[i],
                    hits.get(i).values(),
                    score.getScore(),
                    article.getBody().length())) {
                topics.add(topic.name());
            }
        }
        return new Classification(topics, scores);
    }

    @Override
    public String version() {
        return version;
    }

    private void scan(final String text, final Taxonomy.Part part, final List<Map<String, Hit>> hits) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (final int[] clause : clauses.of(text)) {
            scanWords(segmenter.words(text.substring(clause[0], clause[1])), part, hits);
        }
    }

    private void scanWords(final List<String> words, final Taxonomy.Part part, final List<Map<String, Hit>> hits) {
        final int[] nextFree = new int[lexicons.size()];
        final String[] candidates = new String[MAX_WORDS_PER_TERM];
        final StringBuilder phrase = new StringBuilder(longestTerm + 8);
        for (int i = 0; i < words.size(); i++) {
            phrase.setLength(0);
            int count = 0;
            for (int j = i; j < words.size() && count < MAX_WORDS_PER_TERM; j++) {
                phrase.append(words.get(j));
                final String candidate = phrase.toString();
                if (!prefixes.contains(candidate)) {
                    break;
                }
                candidates[count++] = candidate;
            }
            if (count == 0) {
                continue;
            }
            for (int t = 0; t < lexicons.size(); t++) {
                if (nextFree[t] > i) {
                    continue;
                }
                final Map<String, Hit> topicHits = hits.get(t);
                final int span = lexicons.get(t)
                        .match(
                                candidates,
                                count,
                                term -> topicHits.computeIfAbsent(
                                                term.text() + '\u0000' + part, k -> new Hit(term, part))
                                        .count++);
                nextFree[t] = i + span;
            }
        }
    }

    private void addPrefixes(final String phrase) {
        for (int end = 1; end <= phrase.length(); end++) {
            prefixes.add(phrase.substring(0, end));
        }
    }

    private TopicScore score(final Taxonomy.TopicDefinition topic, final Iterable<Hit> hits) {
        final List<Evidence> evidence = new ArrayList<>();
        double total = 0;
        for (final Hit hit : hits) {
            final double contribution = contribution(hit);
            total += contribution;
            evidence.add(new Evidence(hit.term, Field.valueOf(hit.part.name()), hit.count, round(contribution)));
        }
        evidence.sort(Comparator.comparingDouble((Evidence e) -> -Math.abs(e.getWeight())));
        return new TopicScore(topic.name(), round(total), evidence);
    }

    private boolean decide(
            final Taxonomy.TopicDefinition topic,
            final boolean needsAction,
            final Iterable<Hit> hits,
            final double score,
            final int bodyLength) {
        if (score < topic.threshold()) {
            return false;
        }
        double display = 0;
        boolean shown = false;
        boolean genre = false;
        boolean action = false;
        int bodyTerms = 0;
        double bodyScore = 0;
        double cueScore = 0;
        for (final Hit hit : hits) {
            if (!hit.action && hit.weight > 0) {
                cueScore += contribution(hit);
            }
            if (hit.part != Taxonomy.Part.BODY) {
                shown = true;
                genre |= hit.weight < 0;
                if (hit.weight > 0) {
                    display += contribution(hit);
                }
            } else {
                bodyScore += contribution(hit);
                if (hit.weight > 0) {
                    bodyTerms++;
                }
            }
            action |= hit.action && hit.weight > 0;
        }
        final double lengthFactor = Math.max(1, bodyLength / LONG_BODY);
        final double bodyOnly = topic.bodyOnlyThreshold() * lengthFactor;
        if (cueScore < topic.minSubjectScore()) {
            return false;
        }
        if (needsAction && !action) {
            final boolean quietBody = !shown
                    && bodyTerms >= MIN_BODY_TERMS + 1
                    && score >= (topic.threshold() + topic.bodyOnlyThreshold()) / 2 * lengthFactor;
            return quietBody
                    || display >= topic.threshold() / 2
                            && score >= bodyOnly
                            && bodyScore >= topic.threshold()
                            && bodyTerms >= MIN_BODY_TERMS;
        }
        if (genre) {
            return score >= bodyOnly;
        }
        if (display >= topic.threshold() / 2 || score >= bodyOnly) {
            return true;
        }
        return !shown && bodyTerms >= MIN_BODY_TERMS && score >= topic.threshold() * lengthFactor;
    }

    private double contribution(final Hit hit) {
        return hit.weight * taxonomy.weightOf(hit.part) * (1 + Math.log(hit.count));
    }

    private static double round(final double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String fingerprint(final Taxonomy taxonomy) {
        final StringBuilder canonical = new StringBuilder();
        taxonomy.fieldWeights().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> canonical
                        .append(e.getKey())
                        .append('=')
                        .append(e.getValue())
                        .append(';'));
        for (final Taxonomy.TopicDefinition t : taxonomy.topics()) {
            canonical
                    .append(t.name())
                    .append('|')
                    .append(t.outputTopic())
                    .append('|')
                    .append(t.threshold())
                    .append('|')
                    .append(t.bodyOnlyThreshold())
                    .append('|');
            t.terms()
                    .forEach(term -> canonical
                            .append(term.text())
                            .append(':')
                            .append(term.weight())
                            .append(':')
                            .append(term.role())
                            .append(','));
            t.ignore().forEach(p -> canonical.append('!').append(p).append(','));
            if (t.minSubjectScore() > 0) {
                canonical.append("min=").append(t.minSubjectScore()).append(';');
            }
        }
        final CRC32 crc = new CRC32();
        crc.update(canonical.toString().getBytes(StandardCharsets.UTF_8));
        return String.format(java.util.Locale.ROOT, "%08x", crc.getValue());
    }

    /** How often one term was found in one part of the article. */
    private static final class Hit {
        private final String term;
        private final Taxonomy.Part part;
        private final double weight;
        private final boolean action;
        private int count;

        private Hit(final Taxonomy.Term term, final Taxonomy.Part part) {
            this.term = term.text();
            this.part = part;
            this.weight = term.weight();
            this.action = term.role() == Taxonomy.Role.ACTION;
        }
    }
}
