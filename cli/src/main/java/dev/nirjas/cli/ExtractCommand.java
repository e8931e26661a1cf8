package dev.nirjas.cli;

import dev.nirjas.Pipeline;
import dev.nirjas.PipelineException;
import dev.nirjas.json.AnnotationJson;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nirjas extract}: annotates documents and writes one JSON object per document. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Annotates Bengali documents and writes JSON Lines, one object per document, in input order.",
      "Reads standard input when no FILE is given. A record that cannot be processed becomes "
          + "{\"id\":…,\"error\":…} and the run goes on."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every document was annotated",
      "1:some documents or files gave error records",
      "2:usage error",
      "3:the output could not be written (closed early, disk full)"
    })
final class ExtractCommand implements Callable<Integer> {
  static final int OK = 0;
  static final int SOME_ERRORS = 1;
  static final int OUTPUT_FAILED = 3;

  /** How input files are cut into documents. */
  enum Format {
    /** Each file is one document; its id is the file name. */
    text,
    /** Each line is one document; its id is the 1-based line number. */
    lines,
    /** Each line is a JSON object with "id", "text" and optional "date" (YYYY-MM-DD). */
    jsonl
  }

  @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (a file is a document), lines (a line is a document) or jsonl "
          + "(a line is {\"id\",\"text\",\"date\"}). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the JSON Lines here instead of standard output.")
  Path output;

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

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Input files (gzip read as such); "
      + "standard input when none, or for -.")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    if (maxChars < 1) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(this), "--max-chars must be at least 1");
    }
    if (referenceDate != null && (referenceDate.getYear() < 1 || referenceDate.getYear() > 9999)) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(this), "--reference-date must be a date in the years 1-9999");
    }
    if (defaultCurrency != null && !dev.nirjas.Document.isCurrencyCode(defaultCurrency)) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(this), "--default-currency must be an ISO 4217 code such as INR");
    }
    Pipeline pipeline;
    try {
      pipeline = Pipeline.standard(stageArgs == null ? Map.of() : stageArgs);
    } catch (PipelineException e) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), e.getMessage());
    }
    OutputStream raw;
    try {
      raw = output == null ? new FileOutputStream(FileDescriptor.out) : Files.newOutputStream(output);
    } catch (IOException | SecurityException e) {
      System.err.println("nirjas: cannot open the output " + output + ": " + describe(e));
      return OUTPUT_FAILED;
    }
    CountingStream counted = new CountingStream(raw);
    Writer out = new OutputStreamWriter(new BufferedOutputStream(counted, 1 << 16), StandardCharsets.UTF_8);
    Batch batch = new Batch(pipeline, new AnnotationJson.Options(explain, !noSentenceText, pretty),
        maxChars, out, defaultCurrency, counted::count);
    try (pipeline) {
      if (files == null || files.isEmpty()) {
        try {
          read(batch, Inputs.decompressed(System.in), "stdin", false);
        } catch (Batch.OutputFailure e) {
          throw e;
        } catch (IOException e) {
          System.err.println("nirjas: error reading standard input: " + describe(e));
          batch.error("stdin", "error reading standard input: " + describe(e));
        }
      } else {
        boolean several = files.size() > 1;
        Map<Path, String> ids = Inputs.ids(files);
        for (Path file : files) {
          String id = ids.get(file);
          InputStream in;
          try {
            in = Inputs.decompressed(Inputs.isStdin(file) ? System.in : Files.newInputStream(file));
          } catch (IOException | SecurityException e) {
            System.err.println("nirjas: cannot read " + file + ": " + describe(e));
            batch.error(id, "cannot read file " + file + ": " + describe(e));
            continue;
          }
          try (in) {
            read(batch, in, id, several);
          } catch (Batch.OutputFailure e) {
            throw e;
          } catch (IOException e) {
            System.err.println("nirjas: error reading " + file + ": " + describe(e));
            batch.error(id, "error reading file " + file + ": " + describe(e));
          }
        }
      }
      out.flush();
    } catch (Batch.OutputFailure | IOException e) {
      Throwable cause = e instanceof Batch.OutputFailure f ? f.getCause() : e;
      // A reader that stopped early (| head -1) is no error to report: the exit code says it.
      if (output == null && Inputs.isClosedPipe(cause)) {
        return OUTPUT_FAILED;
      }
      System.err.println("nirjas: cannot write the output (" + batch.delivered() + " of " + batch.written()
          + " records written): " + describe(cause));
      return OUTPUT_FAILED;
    } finally {
      try {
        out.close();
      } catch (IOException ignored) {
        // already reported, or nothing more to say
      }
    }
    if (batch.errors() > 0) {
      System.err.println("nirjas: " + batch.errors() + " of " + batch.written() + " records are errors");
      return SOME_ERRORS;
    }
    return OK;
  }

  private void read(Batch batch, InputStream in, String name, boolean several) throws IOException {
    switch (format) {
      case text -> batch.text(name, in, referenceDate);
      case lines -> batch.lines(several ? name + ":" : "", in, referenceDate);
      case jsonl -> batch.jsonl(several ? name + ":" : "", in, referenceDate);
    }
  }

  /** Counts the bytes the destination took, so that a failure can say how many records got out. */
  private static final class CountingStream extends FilterOutputStream {
    private long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    long count() {
      return count;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }

  static String describe(Throwable e) {
    String m = e.getMessage();
    String kind = e.getClass().getSimpleName();
    return m == null ? kind : kind + ": " + m;
  }
}
