package dev.nirjas.cli;

import dev.nirjas.cli.CliRun.Console;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The options that make the command's output readable and its input forgiving. */
class CliOptionsTest {
  // "২০০২ সালে" is a DATE, "৫০০ টাকা" MONEY; the second sentence has no mention.
  private static final String TEXT = "২০০২ সালে দাম ছিল ৫০০ টাকা। শেষ বাক্য।";

  @TempDir Path dir;

  private Console run(InputStream stdin, String... args) {
    return CliRun.console(stdin, args);
  }

  /** Runs extract writing to a file (standard output is a file descriptor, not System.out). */
  private Console extract(InputStream stdin, String... args) throws IOException {
    Path out = dir.resolve("out.json");
    Files.deleteIfExists(out);
    List<String> all = new ArrayList<>(List.of("extract", "--output=" + out));
    all.addAll(List.of(args));
    Console r = run(stdin, all.toArray(String[]::new));
    return new Console(r.code(), Files.exists(out) ? Files.readString(out) : "", r.err());
  }

  private Console extract(String... args) throws IOException {
    return extract(InputStream.nullInputStream(), args);
  }

  private Path file(String name, String content) throws IOException {
    return CliRun.file(dir, name, content);
  }

  /**
   * {@code extract} is parsed by a command line of its own (Main.run): its help is the one the
   * whole tree gives ({@code help extract}), and its usage errors name it as the tree does.
   */
  @Test
  void extractAloneReadsAsTheSubcommandOfTheTree() {
    Console alone = CliRun.console(InputStream.nullInputStream(), "extract", "--help");
    Console tree = CliRun.console(InputStream.nullInputStream(), "help", "extract");
    assertThat(alone.code()).isZero();
    assertThat(alone.out()).startsWith("Usage: nirjas extract [").isEqualTo(tree.out());
    Console bad = CliRun.console(InputStream.nullInputStream(), "extract", "--bogus");
    assertThat(bad.code()).isEqualTo(Main.USAGE);
    assertThat(bad.err()).startsWith("Unknown option: '--bogus'").contains("Usage: nirjas extract [");
  }

  /**
   * extract's options, described in code (ExtractCommand.spec), as its help lists them: each
   * line as picocli wrote it when they were read from annotations.
   */
  @Test
  void extractHelpListsEveryOptionAsTheAnnotationsDid() {
    String help = CliRun.console(InputStream.nullInputStream(), "extract", "--help").out();
    String[] lines = {
        "Usage: nirjas extract [-hqV] [--explain] [--fail-fast] [--no-sentences]",
        "                      [--stage-arg=STAGE.KEY=VALUE]... [FILE...]",
        "      [FILE...]         Input files or directories (gzip read as such, by its",
        "      --default-currency=CODE",
        "      --format=FORMAT   jsonl (the output contract) or csv (one row per mention",
        "                          and per event argument, RFC 4180). Default: jsonl.",
        "  -h, --help            Show this help message and exit.",
        "                          Default: text.",
        "      --max-chars=N     Longest document accepted, in chars; a longer one gets",
        "                          an error record. Default: 10000000.",
        "      --no-sentences, --no-sentence-text",
        "  -o, --output=FILE     Write here instead of standard output; gzip when FILE",
        "  -q, --quiet           No progress bar and no summary.",
        "      --reference-date=YYYY-MM-DD",
        "      --threads=N       Threads that annotate (the output is the same on any",
        "  -V, --version         Print version information and exit.",
        "Exit codes:",
        "  130   stopped by SIGINT or SIGTERM; the output holds whole records (go on",
    };
    List<String> helpLines = help.lines().toList();
    for (String line : lines) {
      assertThat(helpLines).as(line).contains(line);
    }
    assertThat(helpLines.indexOf("  -h, --help            Show this help message and exit."))
        .isLessThan(helpLines.indexOf("  -V, --version         Print version information and exit."));
  }

  /** The options' values reach the run: each of these is refused by the check that reads it. */
  @Test
  void extractOptionsReachTheRun() throws IOException {
    String[][] rows = {
        // arguments → a usage error's message
        {"--threads=0", "--threads must be at least 1"},
        {"--max-chars=0", "--max-chars must be at least 1"},
        {"--reference-date=0000-01-01", "--reference-date must be a date in the years 1-9999"},
        {"--default-currency=ABC", "--default-currency must be an ISO 4217 code"},
        {"--pretty --format=csv", "--pretty is for JSON, not --format csv"},
        {"--threads=x", "Invalid value for option '--threads': 'x' is not an int"},
        {"--input-format=xml", "Invalid value for option '--input-format'"},
    };
    for (String[] row : rows) {
      Console r = extract(row[0].split(" "));
      assertThat(r.code()).as(row[0]).isEqualTo(Main.USAGE);
      assertThat(r.err()).as(row[0]).contains(row[1]);
    }
  }

  @Test
  void noSentencesKeepsSpansAndLeavesTextsOut() throws IOException {
    Path in = file("a.txt", TEXT);
    JsonNode full = extract(in.toString()).records().get(0);
    Console r = extract("--no-sentences", in.toString());
    JsonNode slim = r.records().get(0);
    assertThat(slim.get("sentences")).hasSize(2);
    assertThat(slim.get("sentences").get(1).has("text")).isFalse();
    assertThat(slim.get("sentences").get(1).get("start").asInt()).isEqualTo(full.get("sentences").get(1).get("start").asInt());
    assertThat(slim.get("mentions")).isEqualTo(full.get("mentions"));
  }

  @Test
  void prettyIndentsEachObjectAndTheyFollowOneAnother() throws IOException {
    Console r = extract("--pretty", "--input-format=lines", file("two.txt", TEXT + "\n" + TEXT + "\n").toString());
    assertThat(r.out()).startsWith("{\n  \"id\" : \"1\",\n");
    assertThat(r.records()).extracting(n -> n.get("id").asString()).containsExactly("1", "2");
  }

  @Test
  void jsonlFieldsBeyondTheDocumentsAreCarriedUnderMeta() throws IOException {
    Path in = file("in.jsonl", String.join("\n",
        "{\"id\":\"a\",\"title\":\"বাজেট\",\"text\":\"" + TEXT + "\",\"url\":\"https://example.com/1\",\"tags\":[\"x\",2],\"date\":\"2024-01-01\"}",
        "{\"id\":\"b\",\"text\":\"" + TEXT + "\",\"currency\":\"INR\"}"));
    List<JsonNode> records = extract("--input-format=jsonl", in.toString()).records();
    assertThat(records.get(0).get("meta").toString())
        .isEqualTo("{\"title\":\"বাজেট\",\"url\":\"https://example.com/1\",\"tags\":[\"x\",2]}");
    assertThat(records.get(1).has("meta")).isFalse();
  }

  /**
   * A byte-order mark opens a file, not a record: before the first line it is skipped, before
   * another it makes that line malformed JSON; a line of white space alone is an empty line.
   */
  @Test
  void aByteOrderMarkOpensTheFileOnly() throws IOException {
    Path in = file("bom.jsonl", String.join("\n",
        "\uFEFF{\"id\":\"a\",\"text\":\"" + TEXT + "\"}",
        "\uFEFF{\"id\":\"b\",\"text\":\"" + TEXT + "\"}",
        " \t\u2003",
        "{\"id\":\"d\",\"text\":\"শেষ।\"}"));
    List<JsonNode> records = extract("--input-format=jsonl", in.toString()).records();
    assertThat(records).extracting(n -> n.get("id").asString()).containsExactly("a", "2", "3", "d"); // a line without an id: its number
    assertThat(records.get(0).get("mentions")).hasSize(2);
    assertThat(records.get(1).get("error").asString()).startsWith("malformed JSON");
    assertThat(records.get(2).get("error").asString()).isEqualTo("empty line where a JSON object was expected");
    assertThat(records.get(3).has("error")).isFalse();
  }

  @Test
  void aDashReadsStandardInput() throws IOException {
    Path named = file("named.txt", "প্রথম।");
    Console r = extract(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)), named.toString(), "-");
    assertThat(r.records()).extracting(n -> n.get("id").asString()).containsExactly("named.txt", "stdin");
    assertThat(r.records().get(1).get("mentions")).hasSize(2);
  }

  @Test
  void filesOfOneNameInTwoFoldersKeepDistinctIds() throws IOException {
    Path a = file("a/report.txt", "এক।");
    Path b = file("b/report.txt", "দুই।");
    Path c = file("c/other.txt", "তিন।");
    Console r = extract(a.toString(), b.toString(), c.toString());
    assertThat(r.records()).extracting(n -> n.get("id").asString())
        .containsExactly(a.toString(), b.toString(), "other.txt");
  }

  @Test
  void aGzipFileIsReadWhateverItsName() throws IOException {
    Path in = dir.resolve("news.txt");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(in))) {
      o.write((TEXT + "\n" + TEXT + "\n").getBytes(StandardCharsets.UTF_8));
    }
    Console r = extract("--input-format=lines", in.toString());
    assertThat(r.code()).isZero();
    assertThat(r.records()).hasSize(2);
    assertThat(r.records().get(0).get("mentions")).hasSize(2);
  }

  @Test
  void stageArgsConfigureStagesByName() throws IOException {
    Path in = file("a.txt", TEXT);
    assertThat(extract(in.toString()).records().get(0).get("mentions").get(1).get("currency").asString())
        .isEqualTo("BDT");
    assertThat(extract("--stage-arg", "money.currency=INR", in.toString()).records().get(0)
        .get("mentions").get(1).get("currency").asString()).isEqualTo("INR");

    Console misspelt = extract("--stage-arg", "money.currncy=INR", in.toString());
    assertThat(misspelt.code()).isEqualTo(2);
    assertThat(misspelt.err()).contains("unknown setting 'currncy'");
    Console noStage = extract("--stage-arg", "mony.currency=INR", in.toString());
    assertThat(noStage.code()).isEqualTo(2);
    assertThat(noStage.err()).contains("[mony]");
  }

  @Test
  void versionNamesTheLibrariesAndTheContract() {
    Console r = run(InputStream.nullInputStream(), "--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("output contract 3").containsPattern("ICU \\d+\\.")
        .containsPattern("Lucene 9\\.");
  }

  @Test
  void aClosedPipeEndsQuietly() throws Exception {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      many.append(TEXT).append('\n');
    }
    Path in = file("many.txt", many.toString());
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "extract", "--input-format=lines", in.toString())
        .redirectError(err.toFile()).start();
    try (var out = p.getInputStream()) {
      while (out.read() != '\n') {
        // the first record, as `| head -1` reads it
      }
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(ExtractCommand.OUTPUT_FAILED);
    assertThat(Files.readString(err)).isEmpty();
  }

}
