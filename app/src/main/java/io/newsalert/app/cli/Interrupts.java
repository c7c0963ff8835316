package io.newsalert.app.cli;

/**
 * Makes Ctrl-C (SIGINT) stop the long-running commands even when whatever started the JVM ignored that signal: a
 * shell starting a command in the background, a CI runner or a process supervisor hands the signal down ignored, and
 * the JVM then installs no handler of its own, so the shutdown hooks that close the roles and remove the demo's
 * broker folder would never run.
 */
final class Interrupts {

    /** The exit status of a process stopped by SIGINT (128 + 2). */
    static final int STATUS = 130;

    private Interrupts() {}

    /** From now on SIGINT exits the JVM with {@link #STATUS}, running its shutdown hooks. */
    static void exitOnSigint() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> System.exit(STATUS));
        } catch (IllegalArgumentException e) {
            // This platform has no SIGINT (or the JVM runs with -Xrs); Ctrl-C is then the platform's business.
        }
    }
}
