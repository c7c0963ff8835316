package io.newsalert.app.cli;

import io.newsalert.app.config.ConfigLoader;
import io.newsalert.app.roles.KafkaReachability;
import java.io.FileNotFoundException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that escapes a command into one or two lines on standard error that name the cause and the
 * fix, and exit status 1. The stack trace is printed only with {@code --verbose}, an option every command inherits.
 */
final class CleanErrors implements CommandLine.IExecutionExceptionHandler {

    /** The {@code --verbose} option, inherited by every subcommand. */
    static final class Verbose {
        @Option(
                names = "--verbose",
                scope = CommandLine.ScopeType.INHERIT,
                description = "On failure, print the stack trace too.")
        boolean verbose;
    }

    @Override
    public int handleExecutionException(final Exception ex, final CommandLine cmd, final ParseResult parsed) {
        final PrintWriter err = cmd.getErr();
        final boolean verbose = verbose(parsed);
        if (verbose) {
            ex.printStackTrace(err);
        }
        final Throwable cause = unwrap(ex);
        err.println(cmd.getCommandSpec().qualifiedName() + ": " + describe(cause));
        if (!verbose && !expected(cause)) {
            err.println("Run it again with --verbose to see where it failed.");
        }
        err.flush();
        return 1;
    }

    private static boolean verbose(final ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(final Throwable t) {
        Throwable c = t;
        while ((c instanceof ExecutionException
                        || c instanceof CompletionException
                        || c instanceof UncheckedIOException)
                && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    /** Causes whose message already says all a user needs. */
    private static boolean expected(final Throwable t) {
        return t instanceof ConfigLoader.ConfigException
                || t instanceof KafkaReachability.UnreachableException
                || t instanceof NoSuchFileException
                || t instanceof FileNotFoundException
                || t instanceof AccessDeniedException
                || t instanceof ConnectException
                || t instanceof UserError;
    }

    static String describe(final Throwable t) {
        if (t instanceof NoSuchFileException e) {
            return "no such file: " + e.getFile() + "; check the path.";
        }
        if (t instanceof FileNotFoundException) {
            return "cannot read " + t.getMessage() + "; check the path.";
        }
        if (t instanceof AccessDeniedException e) {
            return "cannot read " + e.getFile() + ": permission denied.";
        }
        final String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }

    /** A mistake of the user's, whose message names the cause and the fix. */
    static final class UserError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UserError(final String message) {
            super(message);
        }
    }
}
