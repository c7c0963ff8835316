package io.newsalert.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: lists the roles and tools. */
@Command(
        name = "newsalert",
        mixinStandardHelpOptions = true,
        version = "newsalert 0.1.0",
        description = "Turns a city newspaper's pages into topic feeds, traffic-closure events and pushed alerts, "
                + "through Kafka.",
        subcommands = {
            DemoCommand.class,
            ServeCommand.class,
            ProduceCommand.class,
            StreamsCommand.class,
            AlertsCommand.class,
            ParseCommand.class,
            ClassifyCommand.class,
            ClosuresCommand.class,
            TrainTopicsCommand.class,
            SubscribeCommand.class,
            EvalCommand.class,
            CommandLine.HelpCommand.class
        })
public final class NewsalertCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private CleanErrors.Verbose verbose;

    /** The command line with every subcommand, shared by {@code main} and the tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new NewsalertCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new CleanErrors());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
