package io.newsalert.producer.page;

import java.time.LocalDate;

/**
 * What is known about a page before it is read.
 *
 * @param name        the file name or other label, used in messages and in article ids
 * @param editionDate the edition date, or null to infer it from the page
 * @param source      the paper's name, or null
 */
public record PageInfo(String name, LocalDate editionDate, String source) {}
