package dev.nirjas.cli;

import dev.nirjas.cli.CliRun.Console;
import dev.nirjas.cli.CliRun.Run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class ExtractCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  private Run run(String... args) throws IOException {
    return CliRun.extract(dir, args);
  }

  private Path file(String name, byte[] content) throws IOException {
    return CliRun.file(dir, name, content);
  }

  private Path file(String name, String content) throws IOException {
    return CliRun.file(dir, name, content);
  }

  @Test
  void linesFormatGivesOneRecordPerLineInOrder() throws IOException {
    Path in = file("in.txt", "চীন এবং বেলজিয়াম। দুই দেশ।\n\n   \nশেষ\n");
    Run r = run("--input-format", "lines", in.toString());
    assertThat(r.code()).isZero();
    assertThat(r.records()).extracting(n -> n.get("id").asString()).containsExactly("1", "2", "3", "4");
    assertThat(r.records().get(0).get("sentences")).hasSize(2);
    assertThat(r.records().get(0).get("sentences").get(1).get("text").asString()).isEqualTo("দুই দেশ।");
    assertThat(r.records().get(1).get("sentences")).isEmpty();
    assertThat(r.records().get(2).get("mentions")).isEmpty();
  }

  @Test
  void textFormatMakesEachFileADocumentNamedByTheFile() throws IOException {
    Path a = file("a.txt", "প্রথম।\nদ্বিতীয়।");
    Path b = file("b.txt", "");
    Run r = run(a.toString(), b.toString());
    assertThat(r.code()).isZero();
    assertThat(r.records()).extracting(n -> n.get("id").asString()).containsExactly("a.txt", "b.txt");
    assertThat(r.records().get(0).get("sentences")).hasSize(2);
  }

  @Test
  void badJsonlRecordsBecomeErrorRecordsAndTheRunGoesOn() throws IOException {
    String lines = String.join("\n",
        "{\"id\":\"a\",\"text\":\"চীন।\"}",
        "{not json",
        "{\"id\":\"c\"}",
        "{\"id\":\"d\",\"text\":42}",
        "{\"id\":5,\"text\":\"পাঁচ\"}",
        "",
        "[1,2]",
        "{\"id\":\"h\",\"text\":\"x\",\"date\":\"31/12/2024\"}",
        "{\"id\":\"i\",\"text\":\"আজ\",\"date\":\"2024-12-31\"}") + "\n";
    Run r = run("--input-format", "jsonl", file("in.jsonl", lines).toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.records()).hasSize(9);
    assertThat(r.records()).extracting(n -> n.get("id").asString())
        .containsExactly("a", "2", "c", "d", "5", "6", "7", "h", "i");
    assertThat(r.records()).extracting(n -> n.has("error"))
        .containsExactly(false, true, true, true, false, true, true, true, false);
    assertThat(r.records().get(1).get("error").asString()).contains("malformed JSON");
    assertThat(r.records().get(2).get("error").asString()).contains("missing \"text\"");
    assertThat(r.records().get(3).get("error").asString()).contains("must be a string");
    assertThat(r.records().get(7).get("error").asString()).contains("YYYY-MM-DD");
    assertThat(r.err()).contains("6 of 9 records are errors");
  }

  @Test
  void invalidUtf8AndOverlongLinesAreErrorRecords() throws IOException {
    byte[] bad = {'o', 'k', '\n', (byte) 0xC3, (byte) 0x28, '\n', 'x', 'x', 'x', 'x', 'x', 'x', '\n', 'e', 'n', 'd'};
    Run r = run("--input-format", "lines", "--max-chars", "4", file("bad.txt", bad).toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.records()).extracting(n -> n.get("id").asString()).containsExactly("1", "2", "3", "4");
    assertThat(r.records().get(1).get("error").asString()).contains("invalid UTF-8");
    assertThat(r.records().get(2).get("error").asString()).contains("--max-chars");
    assertThat(r.records().get(3).has("error")).isFalse();
  }

  @Test
  void anUnreadableFileAmongSeveralIsAnErrorRecord() throws IOException {
    Path a = file("a.txt", "এক।");
    Path missing = dir.resolve("missing.txt");
    Path c = file("c.txt", "তিন।");
    Run r = run(a.toString(), missing.toString(), c.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.records()).extracting(n -> n.path("id").asString()).containsExactly("a.txt", "missing.txt", "c.txt");
    assertThat(r.records().get(1).get("error").asString()).contains("cannot read file");
    assertThat(r.err()).contains("cannot read " + missing);
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    assertThat(run("--input-format", "xml").code()).isEqualTo(2);
    assertThat(run("--reference-date", "yesterday").code()).isEqualTo(2);
    assertThat(run("--max-chars", "0").code()).isEqualTo(2);
    assertThat(Main.run("frobnicate")).isEqualTo(2);
    assertThat(Main.run("--version")).isZero();
    assertThat(Main.run("extract", "--help")).isZero();
  }

  @Test
  void aHundredMegabyteLineIsAnErrorRecordAndTheNextLineIsRead() throws IOException {
    long big = 100L * 1024 * 1024;
    java.io.InputStream in = new java.io.InputStream() {
      private long served;
      private final byte[] tail = "\nশেষ লাইন।\n".getBytes(StandardCharsets.UTF_8);

      @Override
      public int read() {
        if (served < big) {
          served++;
          return 'a';
        }
        long k = served++ - big;
        return k < tail.length ? tail[(int) k] & 0xff : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (served < big) {
          int n = (int) Math.min(len, big - served);
          java.util.Arrays.fill(b, off, off + n, (byte) 'a');
          served += n;
          return n;
        }
        return super.read(b, off, len);
      }
    };
    java.util.List<Result> results = new java.util.ArrayList<>();
    try (dev.nirjas.Pipeline pipeline = dev.nirjas.Pipeline.standard();
        RecordReader reader = new RecordReader(java.util.List.of(Source.stdin()), ExtractCommand.Format.lines,
            1_000_000, in, System.err)) {
      RecordWork work = new RecordWork(pipeline, ExtractCommand.Format.lines,
          new JsonlFormat(dev.nirjas.json.AnnotationJson.Options.DEFAULT), 1_000_000, null, null);
      reader.forEachRemaining(r -> results.add(work.apply(r)));
    }
    assertThat(results).hasSize(2);
    assertThat(JSON.readTree(results.get(0).output()).get("error").asString()).contains("--max-chars");
    assertThat(JSON.readTree(results.get(1).output()).get("sentences")).hasSize(1);
    assertThat(results).extracting(Result::isError).containsExactly(true, false);
  }

  @Test
  void anOutputThatCannotBeWrittenStopsTheRunWithExitThree() throws IOException {
    Path in = file("in.txt", "এক।\nদুই।\n");
    Path full = Path.of("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "needs /dev/full (Linux)");
    Console r = CliRun.console(InputStream.nullInputStream(), "extract",
        "--input-format", "lines", "--output", full.toString(), in.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("cannot write the output");
  }

  @Test
  void countsInEqualCountsOutOverAMixedBatch() throws IOException {
    StringBuilder b = new StringBuilder();
    java.util.Random r = new java.util.Random(6);
    int n = 2000;
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(5)) {
        case 0 -> b.append("{\"id\":\"").append(i).append("\",\"text\":\"১৯৭১ সালে ৫ কোটি টাকা\"}");
        case 1 -> b.append("{broken");
        case 2 -> b.append("{\"id\":").append(i).append(",\"text\":null}");
        case 3 -> b.append("");
        default -> b.append("{\"text\":\"প্রায় ১০০ জন\"}");
      }
      b.append('\n');
    }
    Run run = run("--input-format", "jsonl", file("mixed.jsonl", b.toString()).toString());
    assertThat(run.records()).hasSize(n);
    assertThat(run.code()).isEqualTo(1);
  }

  @Test
  void theDefaultCurrencyComesFromTheOptionOrTheRecord() throws IOException {
    String lines = String.join("\n",
        "{\"id\":\"bd\",\"text\":\"দাম ৫০০ টাকা।\"}",
        "{\"id\":\"wb\",\"text\":\"দাম ৫০০ টাকা।\",\"currency\":\"INR\"}",
        "{\"id\":\"bad\",\"text\":\"দাম ৫০০ টাকা।\",\"currency\":\"rupee\"}") + "\n";
    Path in = file("c.jsonl", lines);
    Run r = run("--input-format", "jsonl", in.toString());
    assertThat(r.records().get(0).get("mentions").get(0).get("currency").asString()).isEqualTo("BDT");
    assertThat(r.records().get(1).get("mentions").get(0).get("currency").asString()).isEqualTo("INR");
    assertThat(r.records().get(2).get("error").asString()).contains("ISO 4217");
    Run west = run("--input-format", "jsonl", "--default-currency", "INR", in.toString());
    assertThat(west.records().get(0).get("mentions").get(0).get("currency").asString()).isEqualTo("INR");
    assertThat(run("--default-currency", "taka").code()).isEqualTo(2);
    assertThat(run("--default-currency", "ZZZ").code()).isEqualTo(2);
  }

  @Test
  void anOutputThatCannotBeOpenedIsExitThreeWithAMessage() throws IOException {
    Path in = file("in.txt", "এক।");
    Console r = CliRun.console(InputStream.nullInputStream(), "extract",
        "--output", dir.resolve("no/such/dir/out.jsonl").toString(), in.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("cannot open the output").doesNotContain("\tat ");
  }
}
