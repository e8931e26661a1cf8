package dev.nirjas.cli;

import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.Pipeline;
import dev.nirjas.view.HtmlView;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nirjas view}: annotates one document and writes it as a self-contained HTML page. Its
 * input options are extract's, for one document; its own are where the page goes.
 */
@Command(
    name = "view",
    mixinStandardHelpOptions = true,
    description = {
      "Annotates one Bengali document and writes it as one self-contained HTML page: the text with "
          + "its mentions highlighted, the events on a timeline, a summary.",
      "Reads standard input when no FILE is given. Writes the page to standard output unless "
          + "--output or --open is given."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the page was written",
      "1:the document could not be read or annotated",
      "2:usage error",
      "3:the page could not be written"
    })
final class ViewCommand implements Callable<Integer> {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int OUTPUT_FAILED = 3;

  /** How the input holds the document. */
  enum Format {
    /** The file is the document; its id is the file name. */
    text,
    /** The file's one line is {"id", "text", "date", "currency"}, as extract reads it. */
    jsonl
  }

  @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (the file is the document) or jsonl (one line {\"id\",\"text\",\"date\",\"currency\"}). "
          + "Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE.html", description = "Write the page here.")
  Path output;

  @Option(names = "--open", description = "Open the page in the default browser (written to a "
      + "temporary file unless --output names one).")
  boolean open;

  @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
      description = "The date the document was written: anchors relative dates (গত বছর).")
  LocalDate referenceDate;

  @Option(names = "--default-currency", paramLabel = "CODE",
      description = "What bare টাকা means, an ISO 4217 code: INR for text from West Bengal. Default: BDT.")
  String defaultCurrency;

  @Option(names = "--explain", description = "Name each mention's rule in its tooltip.")
  boolean explain;

  @Option(names = "--max-chars", paramLabel = "N", defaultValue = "10000000",
      description = "Longest document accepted, in chars. Default: ${DEFAULT-VALUE}.")
  int maxChars;

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "The document; standard input when none.")
  Path file;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (maxChars < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-chars must be at least 1");
    }
    if (referenceDate != null && (referenceDate.getYear() < 1 || referenceDate.getYear() > 9999)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--reference-date must be a date in the years 1-9999");
    }
    if (defaultCurrency != null && !Document.isCurrencyCode(defaultCurrency)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--default-currency must be an ISO 4217 code such as INR");
    }
    String name = file == null ? "stdin" : file.getFileName() == null ? file.toString() : file.getFileName().toString();
    Document doc;
    try {
      doc = read(name);
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("nirjas: " + name + ": " + ExtractCommand.describe(e));
      return FAILED;
    }
    String page;
    try (Pipeline pipeline = Pipeline.standard()) {
      Annotation a = pipeline.annotate(doc);
      page = HtmlView.render(a, explain);
    } catch (RuntimeException | StackOverflowError e) {
      System.err.println("nirjas: " + name + " could not be processed: " + ExtractCommand.describe(e));
      return FAILED;
    }
    Path target = output;
    try {
      if (target == null && open) {
        target = Files.createTempFile("nirjas-view-", ".html");
      }
      if (target == null) {
        OutputStream out = System.out;
        out.write(page.getBytes(StandardCharsets.UTF_8));
        out.flush();
        if (System.out.checkError()) {
          throw new IOException("standard output is closed");
        }
      } else {
        Files.writeString(target, page, StandardCharsets.UTF_8);
      }
    } catch (IOException | SecurityException e) {
      System.err.println("nirjas: cannot write the page" + (target == null ? "" : " to " + target) + ": "
          + ExtractCommand.describe(e));
      return OUTPUT_FAILED;
    }
    if (open) {
      System.err.println("nirjas: opening " + target.toAbsolutePath().toUri());
      Browser.open(target);
    }
    return OK;
  }

  private Document read(String name) throws IOException {
    byte[] bytes;
    if (file == null) {
      bytes = readAll(System.in);
    } else {
      try (InputStream in = Files.newInputStream(file)) {
        bytes = readAll(in);
      }
    }
    String text = Inputs.utf8(bytes, bytes.length);
    if (text == null) {
      throw new IllegalArgumentException("invalid UTF-8 in the input");
    }
    Document doc;
    if (format == Format.jsonl) {
      List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
      if (lines.size() != 1) {
        throw new IllegalArgumentException("view shows one document: expected one jsonl record, found " + lines.size());
      }
      doc = JsonlRecord.parse(lines.get(0), name, referenceDate, defaultCurrency).document();
    } else {
      doc = new Document(name, text, referenceDate, defaultCurrency);
    }
    if (doc.text().length() > maxChars) {
      throw new IllegalArgumentException("document longer than --max-chars " + maxChars);
    }
    return doc;
  }

  private byte[] readAll(InputStream in) throws IOException {
    // a UTF-8 char takes at most 4 bytes, and JSON may escape one as six
    long cap = (long) maxChars * (format == Format.jsonl ? 6 : 4) + 1024;
    byte[] bytes = in.readNBytes((int) Math.min(cap + 1, Integer.MAX_VALUE - 16));
    if (bytes.length > cap) {
      throw new IllegalArgumentException("document longer than --max-chars " + maxChars);
    }
    return bytes;
  }

  /** Opens a file in the desktop's browser; says so on standard error when it cannot. */
  static final class Browser {
    private Browser() {}

    static void open(Path page) {
      String uri = page.toAbsolutePath().toUri().toString();
      // the desktop's own opener rather than java.awt.Desktop, which needs AWT and on Linux a
      // GNOME library to do what xdg-open does
      try {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("mac") ? List.of("open", uri)
            : os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", uri)
            : List.of("xdg-open", uri);
        new ProcessBuilder(command).inheritIO().start();
      } catch (IOException | SecurityException e) {
        System.err.println("nirjas: could not open a browser (" + ExtractCommand.describe(e) + "); the page is " + uri);
      }
    }
  }
}
