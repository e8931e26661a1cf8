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
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nirjas extract}: annotates documents and writes one JSON object (or CSV rows) per record. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Annotates Bengali documents and writes JSON Lines, one object per input record, in input "
          + "order (or CSV rows with --format csv), on several threads.",
      "Reads standard input when no FILE is given; a directory stands for the files under it. A "
          + "record that cannot be processed becomes {\"id\":…,\"error\":…} and the run goes on. "
          + "A progress bar shows on standard error when it is a terminal, and a summary at the end."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every document was annotated",
      "1:some records gave error records (--fail-fast: the run stopped at the first)",
      "2:usage error",
      "3:the output could not be written (closed early, disk full)",
      "130:stopped by SIGINT or SIGTERM; the output holds whole records (go on with --resume)"
    })
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

  @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (a file is a document), lines (a line is a document) or jsonl "
          + "(a line is {\"id\",\"text\",\"date\"}). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "jsonl (the output contract) or csv (one row per mention and per event "
          + "argument, RFC 4180). Default: ${DEFAULT-VALUE}.")
  OutputFormat outputFormat;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write here instead of standard output; gzip when FILE ends in .gz.")
  Path output;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads that annotate (the output is the same on any number). Default: the "
          + "number of cores.")
  Integer threads;

  @Option(names = "--glob", paramLabel = "PATTERN",
      description = "Which files under a directory to read: *.jsonl (by name, at any depth) or "
          + "2018/*.jsonl (by path under the directory). Default: every file.")
  String glob;

  @Option(names = "--resume", description = "Skip the records already in the --output file (by "
      + "position: run the same command again) and append the rest.")
  boolean resume;

  @Option(names = "--fail-fast", description = "Stop at the first error record (it is written; exit 1).")
  boolean failFast;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary.")
  boolean quiet;

  @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
      description = "The date the documents were written: anchors relative dates (গত বছর). "
          + "A jsonl record's own \"date\" wins.")
  LocalDate referenceDate;

  @Option(names = "--default-currency", paramLabel = "CODE",
      description = "What bare টাকা means in these documents, an ISO 4217 code: INR for text from "
          + "West Bengal. Default: BDT. A jsonl record's own \"currency\" wins.")
  String defaultCurrency;

  @Option(names = "--explain", description = "Add each mention's rule and the parts later stages subsumed.")
  boolean explain;

  @Option(names = "--max-chars", paramLabel = "N", defaultValue = "10000000",
      description = "Longest document accepted, in chars; a longer one gets an error record. "
          + "Default: ${DEFAULT-VALUE}.")
  int maxChars;

  @Option(names = "--pretty", description = "Indent each JSON object over several lines, for a person "
      + "to read (the objects follow one another; no longer one per line).")
  boolean pretty;

  @Option(names = {"--no-sentences", "--no-sentence-text"},
      description = "Leave the sentences' texts out (their start and end stay): about half the size.")
  boolean noSentenceText;

  @Option(names = "--stage-arg", paramLabel = "STAGE.KEY=VALUE",
      description = "A setting for a stage, by its name: money.currency=INR. Repeatable. An unknown "
          + "stage or key is a usage error.")
  Map<String, String> stageArgs;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Input files or directories (gzip "
      + "read as such, by its first bytes); standard input when none, or for -.")
  List<Path> files;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Whether SIGINT and SIGTERM stop the run between records (the process's own command line). */
  static volatile boolean catchSignals;

  @Override
  public Integer call() {
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
