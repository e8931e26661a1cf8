package dev.nirjas.cli;

import dev.nirjas.Document;
import dev.nirjas.Pipeline;
import dev.nirjas.PipelineException;
import dev.nirjas.json.AnnotationJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code nirjas extract}: annotates documents and writes one JSON object (or CSV rows) per record.
 *
 * <p>Its options are described in code ({@link #described}), not read from annotations: picocli read
 * annotations by reflection, and the JDK made a proxy class at run time for each annotation type
 * (with ASM, interpreted at the start, then compiled). A one-line run took ~23 ms longer (243
 * against 220 ms; docs/PERFORMANCE.md, stop 41). The help and the messages are the same.
 */
final class ExtractCommand implements Callable<Integer> {
  static final int OK = 0;
  static final int SOME_ERRORS = 1;
  static final int OUTPUT_FAILED = 3;

  /** How input files are cut into records. */
  enum Format {
    /** Each file is one document; its id is the file name. */
    text,
    /** Each line is one document; its id is the 1-based line number. */
    lines,
    /** Each line is a JSON object with "id", "text" and optional "date" (YYYY-MM-DD). */
    jsonl
  }

  /** What the output is written as. */
  enum OutputFormat {
    /** The contract: one JSON object per record. */
    jsonl,
    /** One row per mention and per event argument. */
    csv
  }

  // The options' values, read from the spec when the command runs (bind()).
  Format format;
  OutputFormat outputFormat;
  Path output;
  Integer threads;
  String glob;
  boolean resume;
  boolean failFast;
  boolean quiet;
  LocalDate referenceDate;
  String defaultCurrency;
  boolean explain;
  int maxChars;
  boolean pretty;
  boolean noSentenceText;
  Map<String, String> stageArgs;
  List<Path> files;

  /** The command as picocli parses it and prints its help; its values are this command's. */
  final CommandSpec spec = described(this);

  /** Whether SIGINT and SIGTERM stop the run between records (the process's own command line). */
  static volatile boolean catchSignals;

  /** The command's name, options and help, for picocli; {@code command} is what it runs. */
  private static CommandSpec described(ExtractCommand command) {
    CommandSpec s = CommandSpec.wrapWithoutInspection(command);
    s.name("extract");
    // picocli's standard help options as they are, not its mixin: that one is read from annotations
    s.addOption(OptionSpec.builder("-h", "--help").type(boolean.class).usageHelp(true)
        .description("Show this help message and exit.").build());
    s.addOption(OptionSpec.builder("-V", "--version").type(boolean.class).versionHelp(true)
        .description("Print version information and exit.").build());
    Map<String, String> exitCodes = new LinkedHashMap<>();
    exitCodes.put("0", "every document was annotated");
    exitCodes.put("1", "some records gave error records (--fail-fast: the run stopped at the first)");
    exitCodes.put("2", "usage error");
    exitCodes.put("3", "the output could not be written (closed early, disk full)");
    exitCodes.put("130", "stopped by SIGINT or SIGTERM; the output holds whole records (go on with --resume)");
    s.usageMessage()
        .description(
            "Annotates Bengali documents and writes JSON Lines, one object per input record, in input "
                + "order (or CSV rows with --format csv), on several threads.",
            "Reads standard input when no FILE is given; a directory stands for the files under it. A "
                + "record that cannot be processed becomes {\"id\":…,\"error\":…} and the run goes on. "
                + "A progress bar shows on standard error when it is a terminal, and a summary at the end.")
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(exitCodes);
    s.addOption(valued("--input-format", "FORMAT", Format.class, "text",
        "text (a file is a document), lines (a line is a document) or jsonl "
            + "(a line is {\"id\",\"text\",\"date\"}). Default: ${DEFAULT-VALUE}."));
    s.addOption(valued("--format", "FORMAT", OutputFormat.class, "jsonl",
        "jsonl (the output contract) or csv (one row per mention and per event "
            + "argument, RFC 4180). Default: ${DEFAULT-VALUE}."));
    s.addOption(OptionSpec.builder("-o", "--output").paramLabel("FILE").type(Path.class)
        .description("Write here instead of standard output; gzip when FILE ends in .gz.").build());
    s.addOption(valued("--threads", "N", Integer.class, null,
        "Threads that annotate (the output is the same on any number). Default: the "
            + "number of cores."));
    s.addOption(valued("--glob", "PATTERN", String.class, null,
        "Which files under a directory to read: *.jsonl (by name, at any depth) or "
            + "2018/*.jsonl (by path under the directory). Default: every file."));
    s.addOption(flag("Skip the records already in the --output file (by "
        + "position: run the same command again) and append the rest.", "--resume"));
    s.addOption(flag("Stop at the first error record (it is written; exit 1).", "--fail-fast"));
    s.addOption(flag("No progress bar and no summary.", "-q", "--quiet"));
    s.addOption(valued("--reference-date", "YYYY-MM-DD", LocalDate.class, null,
        "The date the documents were written: anchors relative dates (গত বছর). "
            + "A jsonl record's own \"date\" wins."));
    s.addOption(valued("--default-currency", "CODE", String.class, null,
        "What bare টাকা means in these documents, an ISO 4217 code: INR for text from "
            + "West Bengal. Default: BDT. A jsonl record's own \"currency\" wins."));
    s.addOption(flag("Add each mention's rule and the parts later stages subsumed.", "--explain"));
    s.addOption(valued("--max-chars", "N", int.class, "10000000",
        "Longest document accepted, in chars; a longer one gets an error record. "
            + "Default: ${DEFAULT-VALUE}."));
    s.addOption(flag("Indent each JSON object over several lines, for a person "
        + "to read (the objects follow one another; no longer one per line).", "--pretty"));
    s.addOption(flag("Leave the sentences' texts out (their start and end stay): about half the size.",
        "--no-sentences", "--no-sentence-text"));
    s.addOption(OptionSpec.builder("--stage-arg").paramLabel("STAGE.KEY=VALUE")
        .type(Map.class).auxiliaryTypes(String.class, String.class)
        .description("A setting for a stage, by its name: money.currency=INR. Repeatable. An unknown "
            + "stage or key is a usage error.").build());
    s.addPositional(PositionalParamSpec.builder().paramLabel("FILE").arity("0..*")
        .type(List.class).auxiliaryTypes(Path.class)
        .description("Input files or directories (gzip read as such, by its first bytes); standard "
            + "input when none, or for -.").build());
    return s;
  }

  private static OptionSpec valued(String name, String label, Class<?> type, String defaultValue, String description) {
    return OptionSpec.builder(name).paramLabel(label).type(type).defaultValue(defaultValue)
        .description(description).build();
  }

  private static OptionSpec flag(String description, String... names) {
    return OptionSpec.builder(names).type(boolean.class).description(description).build();
  }

  /** Takes the parsed values into the fields. */
  private void bind() {
    format = value("--input-format");
    outputFormat = value("--format");
    output = value("--output");
    threads = value("--threads");
    glob = value("--glob");
    resume = isSet("--resume");
    failFast = isSet("--fail-fast");
    quiet = isSet("--quiet");
    referenceDate = value("--reference-date");
    defaultCurrency = value("--default-currency");
    explain = isSet("--explain");
    maxChars = value("--max-chars");
    pretty = isSet("--pretty");
    noSentenceText = isSet("--no-sentences");
    stageArgs = value("--stage-arg");
    files = spec.positionalParameters().get(0).getValue();
  }

  private <T> T value(String option) {
    return spec.findOption(option).getValue();
  }

  private boolean isSet(String flag) {
    return Boolean.TRUE.equals(spec.findOption(flag).getValue());
  }

  @Override
  public Integer call() {
    bind();
    checkOptions();
    Pipeline pipeline;
    try {
      pipeline = Pipeline.standard(stageArgs == null ? Map.of() : stageArgs);
    } catch (PipelineException e) {
      throw usage(e.getMessage());
    }
    List<Source> sources;
    try {
      sources = Sources.expand(files, glob);
    } catch (UncheckedIOException e) {
      throw usage(e.getMessage());
    }
    PrintStream err = System.err;
    boolean csv = outputFormat == OutputFormat.csv;
    RecordFormat recordFormat = csv ? new CsvFormat()
        : new JsonlFormat(new AnnotationJson.Options(explain, !noSentenceText, pretty));
    Resume.Point skip = new Resume.Point(0, null);
    if (resume) {
      try {
        skip = Resume.prepare(output, csv, OutputFile.isGzip(output));
      } catch (IOException | UncheckedIOException e) {
        err.println("nirjas: cannot resume from " + output + ": " + describe(e));
        return OUTPUT_FAILED;
      }
    }
    boolean fresh = !resume || !java.nio.file.Files.exists(output) || fileIsEmpty(output);
    OutputStream raw;
    try {
      raw = OutputFile.open(output, resume);
    } catch (IOException | SecurityException e) {
      err.println("nirjas: cannot open the output " + output + ": " + describe(e));
      return OUTPUT_FAILED;
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    RecordWork work = new RecordWork(pipeline, format, recordFormat, maxChars, referenceDate, defaultCurrency);
    Summary summary = new Summary();
    summary.skipped(skip.records());
    RecordSink sink = new RecordSink(raw);
    long start = System.nanoTime();
    Summary.Ending ending;
    try (pipeline;
        RecordReader records = new RecordReader(sources, format, maxChars, System.in, err);
        Progress progress = quiet ? Progress.none() : Progress.onTerminal(records.totalBytes());
        StopSignal stop = catchSignals ? StopSignal.install(err) : StopSignal.none()) {
      if (fresh) {
        sink.preamble(recordFormat.header());
      }
      ending = new BatchRun(pipeline, work, n, failFast).run(records, skip, sink, summary, progress, stop);
      progress.close(); // off the terminal before the output ends: a pipe's reader may print then
      sink.close();
    } catch (BatchRun.NotTheSameInput e) {
      closeQuietly(sink);
      throw usage(e.getMessage());
    } catch (RecordSink.OutputFailure | IOException e) {
      Throwable cause = e instanceof RecordSink.OutputFailure f ? f.getCause() : e;
      try {
        sink.close();
      } catch (IOException ignored) {
        // already failing: the first failure is the one to report
      }
      // A reader that stopped early (| head -1) is no error to report: the exit code says it.
      if (output == null && Inputs.isClosedPipe(cause)) {
        return OUTPUT_FAILED;
      }
      err.println("nirjas: cannot write the output (" + sink.delivered() + " of " + sink.written()
          + " records written): " + describe(cause));
      return OUTPUT_FAILED;
    }
    if (!quiet) {
      summary.print(err, ending, Duration.ofNanos(System.nanoTime() - start), n,
          output == null ? "the output" : output.toString());
    }
    return switch (ending) {
      case INTERRUPTED -> StopSignal.EXIT;
      case FAILED_FAST -> SOME_ERRORS;
      case COMPLETE -> summary.errors() > 0 ? SOME_ERRORS : OK;
    };
  }

  private void checkOptions() {
    if (maxChars < 1) {
      throw usage("--max-chars must be at least 1");
    }
    if (threads != null && threads < 1) {
      throw usage("--threads must be at least 1");
    }
    if (referenceDate != null && (referenceDate.getYear() < 1 || referenceDate.getYear() > 9999)) {
      throw usage("--reference-date must be a date in the years 1-9999");
    }
    if (defaultCurrency != null && !Document.isCurrencyCode(defaultCurrency)) {
      throw usage("--default-currency must be an ISO 4217 code such as INR");
    }
    if (resume && output == null) {
      throw usage("--resume needs --output FILE: the file it goes on writing");
    }
    if (resume && pretty) {
      throw usage("--resume counts records by line: not with --pretty");
    }
    if (pretty && outputFormat == OutputFormat.csv) {
      throw usage("--pretty is for JSON, not --format csv");
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  private static void closeQuietly(RecordSink sink) {
    try {
      sink.close();
    } catch (IOException ignored) {
      // nothing was written; the usage error is what to report
    }
  }

  private static boolean fileIsEmpty(Path p) {
    try {
      return java.nio.file.Files.size(p) == 0;
    } catch (IOException e) {
      return true;
    }
  }

  static String describe(Throwable e) {
    String m = e.getMessage();
    String kind = e.getClass().getSimpleName();
    return m == null ? kind : kind + ": " + m;
  }
}
