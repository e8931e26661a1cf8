package dev.nirjas.cli;

import com.ibm.icu.util.VersionInfo;
import dev.nirjas.json.AnnotationJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code nirjas} command. */
@Command(
    name = "nirjas",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Extracts numbers, dates, times and amounts of money from Bengali text.") // subcommands: tree()
public final class Main implements Runnable {
  /** Exit code: a usage error. */
  static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command line and exits with its code (README, "The command line").
   *
   * @param args the command line: a subcommand ({@code extract}, {@code view}) and its options
   */
  public static void main(String[] args) {
    ExtractCommand.catchSignals = true; // a process of its own: a signal stops the run between records
    if (args.length > 0 && (args[0].equals("extract") || args[0].equals("view"))) {
      StagePrefetch.start(Main.class.getClassLoader());
    }
    System.exit(run(args));
  }

  /**
   * Runs the command line and returns its exit code. {@code extract}, the command of every batch
   * run, is parsed by a command line of its own, named as the subcommand is: the whole tree (this
   * command, {@code extract}, {@code view}, {@code help}) cost picocli 15–30 ms more of a start's
   * CPU to read from the annotations, for the same parse, the same messages and the same help.
   */
  static int run(String... args) {
    CommandLine cl;
    if (args.length > 0 && args[0].equals("extract")) {
      cl = new CommandLine(new ExtractCommand().spec);
      cl.setCommandName("nirjas extract");
      args = java.util.Arrays.copyOfRange(args, 1, args.length);
    } else {
      cl = tree();
    }
    cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : 1);
    cl.getCommandSpec().exitCodeOnInvalidInput(USAGE);
    return cl.execute(args);
  }

  /**
   * The whole command tree, its subcommands in the order its help lists them: {@code extract}
   * (whose options are described in code, {@link ExtractCommand}), {@code view}, {@code help}.
   */
  private static CommandLine tree() {
    CommandLine tree = new CommandLine(new Main());
    tree.addSubcommand("extract", new CommandLine(new ExtractCommand().spec));
    tree.addSubcommand("view", new CommandLine(new ViewCommand()));
    tree.addSubcommand("help", new CommandLine(new CommandLine.HelpCommand()));
    return tree;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'nirjas extract FILE'");
  }

  /** Reads the version that Maven wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {
        "nirjas " + p.getProperty("version", "unknown"),
        "output contract " + AnnotationJson.CONTRACT_VERSION,
        "ICU " + VersionInfo.ICU_VERSION,
        "Lucene " + org.apache.lucene.util.Version.LATEST,
        "Java " + Runtime.version()
      };
    }
  }
}
