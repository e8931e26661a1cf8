package dev.nirjas.bench;

import java.util.Locale;

/**
 * The command-line options of {@link CorpusRunner}.
 *
 * @param warmup passes over the corpus before measuring
 * @param passes measured passes; the report takes the median
 * @param limitDocs use only the first documents, 0 for all
 * @param limitBytes stop taking documents once this many UTF-8 bytes are taken, 0 for all
 * @param scaling whether to run the document-size scaling check
 * @param help whether to print the usage and stop
 */
public record RunnerOptions(int warmup, int passes, int limitDocs, long limitBytes,
    boolean scaling, boolean help) {

  /** The usage text. */
  public static final String USAGE = String.join("\n",
      "Usage: bench/run [options]",
      "       java -cp bench/target/benchmarks.jar dev.nirjas.bench.CorpusRunner [options]",
      "",
      "Pushes the corpus through Lucene's BengaliAnalyzer, every prefix of the standard Nirjas",
      "pipeline and the full pipeline, interleaved in one JVM, and prints Markdown tables:",
      "throughput and stage shares, ns/char by document size, bytes allocated per document.",
      "",
      "Options:",
      "  --warmup N        warm-up passes before measuring (default " + RunnerOptions.DEFAULT_WARMUP + ")",
      "  --passes N        measured passes; the median is reported (default 7)",
      "  --limit-docs N    use only the first N documents (default: all)",
      "  --limit-bytes N   stop taking documents after N UTF-8 bytes; K = 10^3, M = 10^6 (default: all)",
      "  --no-scaling      skip the 1 KB / 100 KB / 10 MB document-size check",
      "  -h, --help        print this text",
      "",
      "Corpus: ../shared/corpus/bnwiki-2018.jsonl next to the project root if present, else",
      "samples/texts/*.txt. The root is found from the working directory, or -Dnirjas.root=DIR.",
      "Progress goes to standard error; the report, to standard output.");

  /**
   * Parses the arguments of a tool's {@code main}; on a wrong argument, prints why and
   * {@code usage} to standard error and exits with status 2.
   *
   * @param tool the tool's name, for the message
   * @param usage the tool's usage text
   */
  static RunnerOptions parseOrExit(String tool, String usage, String... args) {
    return parseOrExit(tool, usage, DEFAULT_WARMUP, args);
  }

  /** {@link #parseOrExit(String, String, String...)} with another default number of warm-up passes. */
  static RunnerOptions parseOrExit(String tool, String usage, int defaultWarmup, String... args) {
    try {
      return parse(defaultWarmup, args);
    } catch (IllegalArgumentException e) {
      System.err.println(tool + ": " + e.getMessage());
      System.err.println(usage);
      System.exit(2);
      throw e; // not reached
    }
  }

  /**
   * Parses the arguments.
   *
   * @throws IllegalArgumentException with a message for the user if an argument is wrong
   */
  public static RunnerOptions parse(String... args) {
    return parse(DEFAULT_WARMUP, args);
  }

  /**
   * The corpus runner's warm-up, passes of each of its pipelines and Lucene: the full pipeline
   * reaches its steady pass only after ~20 passes over 5 MB (400 ms at the 10th, 270 ms from the
   * 24th: C2 still compiling the time and entity stages). One build's full pipeline in this runner
   * over 5 MB: 258 and 266 ms a pass after 3, 240–245 after 20 (2026-12-05, docs/PERFORMANCE.md).
   */
  static final int DEFAULT_WARMUP = 20;

  /**
   * Parses the arguments, {@code --warmup} defaulting to {@code defaultWarmup}.
   *
   * @throws IllegalArgumentException with a message for the user if an argument is wrong
   */
  static RunnerOptions parse(int defaultWarmup, String... args) {
    // Passes are ~1 s each: seven measured give a median that one noisy pass cannot move.
    int warmup = defaultWarmup;
    int passes = 7;
    int limitDocs = 0;
    long limitBytes = 0;
    boolean scaling = true;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-h", "--help" -> {
          return new RunnerOptions(warmup, passes, limitDocs, limitBytes, scaling, true);
        }
        case "--no-scaling" -> scaling = false;
        case "--warmup" -> warmup = (int) count(a, value(args, ++i, a), 0);
        case "--passes" -> passes = (int) count(a, value(args, ++i, a), 1);
        case "--limit-docs" -> limitDocs = (int) count(a, value(args, ++i, a), 1);
        case "--limit-bytes" -> limitBytes = size(a, value(args, ++i, a));
        default -> throw new IllegalArgumentException("unknown option: " + a);
      }
    }
    return new RunnerOptions(warmup, passes, limitDocs, limitBytes, scaling, false);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static long count(String option, String v, long min) {
    long n;
    try {
      n = Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + ": not a number: " + v);
    }
    if (n < min || n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(option + " must be at least " + min + ": " + v);
    }
    return n;
  }

  private static long size(String option, String v) {
    String s = v.toUpperCase(Locale.ROOT);
    long unit = 1;
    if (s.endsWith("K")) {
      unit = 1_000;
    } else if (s.endsWith("M")) {
      unit = 1_000_000;
    }
    String digits = unit == 1 ? s : s.substring(0, s.length() - 1);
    try {
      long n = Long.parseLong(digits) * unit;
      if (n < 1) {
        throw new IllegalArgumentException(option + " must be positive: " + v);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + ": not a size: " + v);
    }
  }
}
