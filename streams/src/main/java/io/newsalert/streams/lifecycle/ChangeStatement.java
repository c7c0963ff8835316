package io.newsalert.streams.lifecycle;

import java.time.LocalDate;

/**
 * A sentence of an article that changes a closure announced earlier: it extends it to a new end date, or calls it
 * off (ends it early, cancels it, lifts it).
 *
 * @param kind     what the sentence does
 * @param sentence the sentence, used to tell which known closure it speaks of
 * @param date     for {@link Kind#EXTEND} the new last day; for {@link Kind#CALL_OFF} the first day the road is
 *                 open again, when the sentence gives one (null otherwise)
 */
public record ChangeStatement(Kind kind, String sentence, LocalDate date) {

    /** What a change statement does to the closure it names. */
    public enum Kind {
        /** The closure lasts longer: {@code 延长至…}, {@code 延期至…}, {@code 顺延至…}. */
        EXTEND,
        /** The closure is called off or ends early: {@code 取消}, {@code 提前恢复通行}, {@code 提前结束}, {@code 解除封闭}. */
        CALL_OFF
    }
}
