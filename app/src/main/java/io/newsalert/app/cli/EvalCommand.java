package io.newsalert.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Groups the evaluation commands that score parser, classifier and extractor against labelled data. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Scores the parser, classifier or closure extractor against labelled files.",
        subcommands = {EvalParseCommand.class, EvalClassifyCommand.class, EvalClosuresCommand.class})
public final class EvalCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
