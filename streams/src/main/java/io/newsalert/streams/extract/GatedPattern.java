package io.newsalert.streams.extract;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression tried only where one of its matches can start. The rules' long alternations ({@code
 * 封闭|封道|…}) cost a try of every alternative at every character of every clause, and most characters can start
 * none; the characters a match can start with are worked out once from the expression, and the expression is tried
 * only at those. The matches found are exactly those of {@link Matcher#find()}: the leftmost, with the same groups,
 * lookbehinds seeing the text before. When the first characters cannot be worked out (a class such as {@code
 * \p{IsHan}} or a dot that can start a match, an alternative that can match nothing, flags), every position is
 * tried, as {@link Matcher#find()} does. Immutable and thread-safe; the matchers it gives are not.
 */
final class GatedPattern {

    private final Pattern pattern;
    /** The characters a match can start with, or null when any may. */
    private final BitSet starts;

    private GatedPattern(final Pattern pattern, final BitSet starts) {
        this.pattern = pattern;
        this.starts = starts;
    }

    static GatedPattern compile(final String regex) {
        final Pattern pattern = Pattern.compile(regex);
        return new GatedPattern(pattern, FirstChars.of(regex));
    }

    Pattern pattern() {
        return pattern;
    }

    /** Whether the starting characters are known, so that the gate applies. */
    boolean gated() {
        return starts != null;
    }

    /** Whether some match lies in {@code text}. */
    boolean foundIn(final CharSequence text) {
        return first(text) != null;
    }

    /** A matcher at the first match in {@code text}, or null when there is none. */
    Matcher first(final CharSequence text) {
        final Matcher m = pattern.matcher(text);
        return find(m, text, 0) ? m : null;
    }

    /**
     * Moves {@code m}, a matcher of this pattern over {@code text}, to the first match starting at or after {@code
     * from}; false when there is none. Its start, end and groups are then those {@link Matcher#find(int)} gives.
     */
    boolean find(final Matcher m, final CharSequence text, final int from) {
        if (starts == null) {
            return from <= text.length() && m.find(from);
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int p = from; p < text.length(); p++) {
            if (starts.get(text.charAt(p))) {
                m.region(p, text.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where the search after {@code m}'s match goes on, as {@link Matcher#find()} goes on: at its end, or one further
     * after a match of nothing.
     */
    static int after(final Matcher m) {
        return m.end() == m.start() ? m.end() + 1 : m.end();
    }

    /** Works out the first characters of an expression's matches, or null. */
    private static final class FirstChars {

        /** {@code \s} of {@link Pattern} without flags. */
        private static final String SPACES = " \t\n\u000B\f\r";

        private final String regex;
        private int at;
        /** Set on what this reader does not follow (inline flags): then nothing is known. */
        private boolean failed;

        private FirstChars(final String regex) {
            this.regex = regex;
        }

        static BitSet of(final String regex) {
            final FirstChars parser = new FirstChars(regex);
            final First first = parser.alternation();
            return !parser.failed && parser.at == regex.length() && !first.unknown && !first.nullable
                    ? first.chars
                    : null;
        }

        /** What a part of the expression may start with; nullable when it may match nothing. */
        private static final class First {
            private final BitSet chars = new BitSet();
            private boolean nullable;
            private boolean unknown;

            static First unknown() {
                final First f = new First();
                f.unknown = true;
                return f;
            }

            static First empty() {
                final First f = new First();
                f.nullable = true;
                return f;
            }

            static First of(final char c) {
                final First f = new First();
                f.chars.set(c);
                return f;
            }
        }

        private First alternation() {
            final First all = sequence();
            while (at < regex.length() && regex.charAt(at) == '|') {
                at++;
                final First next = sequence();
                all.chars.or(next.chars);
                all.nullable |= next.nullable;
                all.unknown |= next.unknown;
            }
            return all;
        }

        private First sequence() {
            final First seq = First.empty();
            while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
                final First element = quantified(element());
                if (seq.nullable) {
                    seq.chars.or(element.chars);
                    seq.unknown |= element.unknown;
                    seq.nullable = element.nullable;
                }
            }
            return seq;
        }

        private First quantified(final First element) {
            if (at >= regex.length()) {
                return element;
            }
            final char q = regex.charAt(at);
            if (q == '?' || q == '*') {
                at++;
                element.nullable = true;
            } else if (q == '+') {
                at++;
            } else if (q == '{') {
                final int close = regex.indexOf('}', at);
                if (close < 0) {
                    failed = true;
                    return First.unknown();
                }
                element.nullable |= regex.charAt(at + 1) == '0';
                at = close + 1;
            } else {
                return element;
            }
            if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
                at++;
            }
            return element;
        }

        private First element() {
            final char c = regex.charAt(at++);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return charClass();
                case '\\':
                    return escape();
                case '.':
                    return First.unknown();
                case '^':
                case '$':
                    return First.empty();
                default:
                    failed |= Character.isSurrogate(c);
                    return First.of(c);
            }
        }

        private First group() {
            boolean zeroWidth = false;
            boolean ahead = false;
            if (regex.startsWith("?:", at)) {
                at += 2;
            } else if (regex.startsWith("?=", at)) {
                at += 2;
                ahead = true;
            } else if (regex.startsWith("?!", at)) {
                at += 2;
                zeroWidth = true;
            } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
                at += 3;
                zeroWidth = true;
            } else if (regex.startsWith("?<", at)) {
                at = regex.indexOf('>', at) + 1;
            } else if (regex.startsWith("?", at)) {
                failed = true;
                return First.unknown();
            }
            final First inner = alternation();
            if (at >= regex.length() || regex.charAt(at) != ')') {
                failed = true;
                return First.unknown();
            }
            at++;
            if (ahead) {
                // (?=Y) consumes nothing, but where it holds the next character is one Y can start with: that
                // bounds where a match can start as a consuming element would, even when the match is empty.
                return inner.nullable || inner.unknown ? First.empty() : inner;
            }
            return zeroWidth ? First.empty() : inner;
        }

        private First escape() {
            final char c = regex.charAt(at++);
            switch (c) {
                case 'd':
                    final First digits = new First();
                    digits.chars.set('0', '9' + 1);
                    return digits;
                case 's':
                    final First spaces = new First();
                    SPACES.chars().forEach(spaces.chars::set);
                    return spaces;
                case 'b':
                case 'B':
                case 'A':
                case 'G':
                case 'z':
                case 'Z':
                    return First.empty();
                case 't':
                    return First.of('\t');
                case 'n':
                    return First.of('\n');
                case 'r':
                    return First.of('\r');
                case 'f':
                    return First.of('\f');
                default:
                    if (Character.isLetterOrDigit(c)) {
                        skipBraces(c);
                        return First.unknown();
                    }
                    return First.of(c);
            }
        }

        /** Skips the {@code {…}} after {@code \p} or {@code \P}. */
        private void skipBraces(final char escaped) {
            if ((escaped == 'p' || escaped == 'P') && at < regex.length() && regex.charAt(at) == '{') {
                final int close = regex.indexOf('}', at);
                at = close < 0 ? regex.length() : close + 1;
            }
        }

        private First charClass() {
            final First cls = new First();
            if (at < regex.length() && regex.charAt(at) == '^') {
                cls.unknown = true;
            }
            while (at < regex.length() && regex.charAt(at) != ']') {
                char c = regex.charAt(at++);
                if (c == '[' || c == '&') {
                    cls.unknown = true;
                    continue;
                }
                if (c == '\\') {
                    final char e = regex.charAt(at++);
                    if (e == 'd') {
                        cls.chars.set('0', '9' + 1);
                        continue;
                    }
                    if (e == 's') {
                        SPACES.chars().forEach(cls.chars::set);
                        continue;
                    }
                    if (Character.isLetterOrDigit(e)) {
                        skipBraces(e);
                        cls.unknown = true;
                        continue;
                    }
                    c = e;
                }
                if (at + 1 < regex.length() && regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
                    final char to = regex.charAt(at + 1);
                    at += 2;
                    if (to == '\\' || to < c) {
                        cls.unknown = true;
                    } else {
                        cls.chars.set(c, to + 1);
                    }
                    continue;
                }
                cls.chars.set(c);
            }
            if (at >= regex.length()) {
                failed = true;
                return First.unknown();
            }
            at++;
            return cls;
        }
    }
}
