package io.newsalert.streams.classify;

import io.newsalert.schemas.TopicScore;
import java.util.List;

/**
 * The topics an article was given (in taxonomy order) and the score and evidence of every topic considered.
 */
public record Classification(List<String> topics, List<TopicScore> scores) {

    public Classification {
        topics = List.copyOf(topics);
        scores = List.copyOf(scores);
    }
}
