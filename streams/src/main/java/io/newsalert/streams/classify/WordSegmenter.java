package io.newsalert.streams.classify;

import java.util.List;

/** Splits Chinese text into words; the classifier matches its vocabulary on whole words, never on substrings. */
@FunctionalInterface
public interface WordSegmenter {

    List<String> words(String text);
}
