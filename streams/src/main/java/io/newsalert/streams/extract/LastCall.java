package io.newsalert.streams.extract;

import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Remembers, per thread, the last result of a pure function of two arguments. The reading often asks the same
 * question twice in a row: a sentence that is one clause is read for its period as a sentence, then again as a
 * clause. Only the last call is kept, so nothing grows while reading and an article's result does not depend on the
 * articles read before it. Thread-safe.
 *
 * @param <A> the first argument
 * @param <B> the second argument
 * @param <R> the result, which must be immutable
 */
final class LastCall<A, B, R> {

    private final BiFunction<A, B, R> function;
    private final ThreadLocal<Entry<A, B, R>> last = new ThreadLocal<>();

    LastCall(final BiFunction<A, B, R> function) {
        this.function = function;
    }

    /** {@code function(a, b)}, computed again only when the arguments differ from this thread's last call. */
    R apply(final A a, final B b) {
        final Entry<A, B, R> entry = last.get();
        if (entry != null && Objects.equals(entry.a(), a) && Objects.equals(entry.b(), b)) {
            return entry.result();
        }
        final R result = function.apply(a, b);
        last.set(new Entry<>(a, b, result));
        return result;
    }

    private record Entry<A, B, R>(A a, B b, R result) {}
}
