package dev.nirjas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.cli.CliRun.Run;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The batch features of {@code extract}: threads, inputs, gzip, fail-fast, the summary. */
class BatchTest {
  @TempDir Path dir;

  @Test
  void fourThreadsWriteTheBytesOfOneOverTwoThousandMixedRecords() throws IOException {
    List<TestRecords.Line> lines = TestRecords.mixed(2000, 16);
    Path in = CliRun.file(dir, "mixed.jsonl", TestRecords.join(lines));
    Run one = CliRun.extract(dir, "--input-format=jsonl", "--threads=1", in.toString());
    Run four = CliRun.extract(dir, "--input-format=jsonl", "--threads=4", in.toString());
    assertThat(four.output()).isEqualTo(one.output());
    assertThat(four.records()).hasSize(2000);
    // each record where its line was, an error record exactly where the line was bad
    for (int i = 0; i < lines.size(); i++) {
      assertThat(four.records().get(i).has("error")).as("line %d: %s", i + 1, lines.get(i).json())
          .isEqualTo(lines.get(i).bad());
    }
    long bad = lines.stream().filter(TestRecords.Line::bad).count();
    assertThat(four.code()).isEqualTo(1);
    assertThat(four.err()).contains(String.format(java.util.Locale.ROOT,
        "2,000 records in, 2,000 out: %,d documents, %,d error records", 2000 - bad, bad));
  }

  @Test
  void theSummaryCountsMentionsAndEventsByType() throws IOException {
    // hand-checked: a DATE (২০০২ সালে) and a MONEY (৫০০ টাকা); then a line that is no JSON
    Path in = CliRun.file(dir, "two.jsonl", "{\"id\":\"a\",\"text\":\"২০০২ সালে দাম ছিল ৫০০ টাকা।\"}\n{x\n");
    Run r = CliRun.extract(dir, "--input-format=jsonl", in.toString());
    assertThat(r.err()).contains("nirjas: 2 records in, 2 out: 1 documents, 1 error records")
        .contains("nirjas: mentions 2: DATE 1, MONEY 1")
        .contains("nirjas: events 0")
        .containsPattern("MB in [0-9.]+ s: [0-9.]+ MB/s on \\d+ threads?")
        .contains("1 of 2 records are errors");
    assertThat(CliRun.extract(dir, "--quiet", "--input-format=jsonl", in.toString()).err()).isEmpty();
  }

  @Test
  void failFastStopsAfterTheFirstErrorRecord() throws IOException {
    Path in = CliRun.file(dir, "in.jsonl", String.join("\n",
        "{\"id\":\"a\",\"text\":\"এক।\"}", "{\"id\":\"b\"}", "{\"id\":\"c\",\"text\":\"তিন।\"}") + "\n");
    Run r = CliRun.extract(dir, "--input-format=jsonl", "--fail-fast", "--threads=2", in.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.records()).extracting(n -> n.get("id").asString()).containsExactly("a", "b");
    assertThat(r.err()).contains("stopped at the first error record (--fail-fast): in.jsonl:2, id \"b\": missing \"text\"");
  }

  @Test
  void aDirectoryIsReadRecursivelyInPathOrderAndTheGlobPicksTheFiles() throws IOException {
    CliRun.file(dir, "in/b.jsonl", "{\"id\":\"b1\",\"text\":\"এক।\"}\n");
    CliRun.file(dir, "in/a/z.jsonl", "{\"id\":\"z1\",\"text\":\"এক।\"}\n{\"id\":\"z2\",\"text\":\"দুই।\"}\n");
    CliRun.file(dir, "in/a/notes.txt", "not a record\n");
    CliRun.file(dir, "in/c/d/e.jsonl", "{\"text\":\"তিন।\"}\n");
    Run r = CliRun.extract(dir, "--input-format=jsonl", "--glob=*.jsonl", dir.resolve("in").toString());
    assertThat(r.code()).isZero();
    // a/z.jsonl, b.jsonl, c/d/e.jsonl: ordered by path under the directory; a record without an id
    // gets file:line
    assertThat(r.records()).extracting(n -> n.get("id").asString())
        .containsExactly("z1", "z2", "b1", "e.jsonl:1");
    Run byPath = CliRun.extract(dir, "--input-format=jsonl", "--glob=a/*.jsonl", dir.resolve("in").toString());
    assertThat(byPath.records()).extracting(n -> n.get("id").asString()).containsExactly("z1", "z2");
    Run all = CliRun.extract(dir, "--input-format=lines", dir.resolve("in").toString());
    assertThat(all.records()).hasSize(5); // notes.txt too: no glob, every file
  }

  @Test
  void gzipInAndOutByExtensionRoundTrips() throws IOException {
    String text = TestRecords.join(TestRecords.mixed(60, 3));
    int half = text.indexOf('\n', text.length() / 2) + 1;
    ByteArrayOutputStream twoMembers = new ByteArrayOutputStream();
    for (String part : List.of(text.substring(0, half), text.substring(half))) {
      twoMembers.write(gzip(part.getBytes(StandardCharsets.UTF_8)));
    }
    Path plainIn = CliRun.file(dir, "in.jsonl", text);
    Path gzIn = CliRun.file(dir, "in.jsonl.gz", twoMembers.toByteArray());
    Path gzOut = dir.resolve("out.jsonl.gz");
    Run plain = CliRun.extract(dir, "--input-format=jsonl", plainIn.toString());
    Run zipped = CliRun.run(gzOut, InputStream.nullInputStream(), "extract", "--input-format=jsonl",
        "--output=" + gzOut, gzIn.toString());
    assertThat(zipped.code()).isEqualTo(plain.code());
    assertThat(gunzip(zipped.output())).isEqualTo(plain.output());
  }

  @Test
  void everyMemberOfAGzipStreamIsReadEvenWhenNothingIsBufferedBetweenThem() throws IOException {
    byte[] a = gzip("প্রথম\n".getBytes(StandardCharsets.UTF_8));
    byte[] b = gzip("দ্বিতীয়\n".getBytes(StandardCharsets.UTF_8));
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    // a pipe: bytes come one read at a time and available() says nothing is waiting
    InputStream pipe = new InputStream() {
      private int at;

      @Override
      public int read() {
        return at < both.length ? both[at++] & 0xff : -1;
      }

      @Override
      public int read(byte[] buf, int off, int len) {
        if (at == both.length) {
          return -1;
        }
        buf[off] = both[at++];
        return 1;
      }

      @Override
      public int available() {
        return 0;
      }
    };
    try (InputStream in = Inputs.decompressed(pipe)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("প্রথম\nদ্বিতীয়\n");
    }
  }

  @Test
  void standardInputIsReadWhenNoFileIsGiven() throws IOException {
    Path out = dir.resolve("out.jsonl");
    Run r = CliRun.run(out, new ByteArrayInputStream("এক।\nদুই।\n".getBytes(StandardCharsets.UTF_8)),
        "extract", "--input-format=lines", "--output=" + out);
    assertThat(r.records()).extracting(n -> n.get("id").asString()).containsExactly("1", "2");
  }

  @Test
  void usageErrorsOfTheBatchOptionsExitTwo() throws IOException {
    Path in = CliRun.file(dir, "in.txt", "এক।");
    assertThat(CliRun.run(dir.resolve("x"), InputStream.nullInputStream(), "extract", "--resume", in.toString()).code())
        .isEqualTo(2);
    assertThat(CliRun.extract(dir, "--threads=0", in.toString()).code()).isEqualTo(2);
    assertThat(CliRun.extract(dir, "--format=parquet", in.toString()).code()).isEqualTo(2);
    assertThat(CliRun.extract(dir, "--format=csv", "--pretty", in.toString()).code()).isEqualTo(2);
    assertThat(CliRun.extract(dir, "--resume", "--pretty", in.toString()).code()).isEqualTo(2);
  }

  @Test
  void noProgressBarWhenStandardErrorIsNoTerminal() throws IOException {
    // under the test runner standard error is a pipe
    assertThat(Progress.stderrIsTerminal()).isFalse();
    Path in = CliRun.file(dir, "in.txt", TestRecords.sentenceLines(50));
    Run r = CliRun.extract(dir, "--input-format=lines", in.toString());
    assertThat(r.err()).doesNotContain("\r").doesNotContain("docs");
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (OutputStream z = new GZIPOutputStream(b)) {
      z.write(bytes);
    }
    return b.toByteArray();
  }

  static byte[] gunzip(byte[] bytes) throws IOException {
    try (InputStream in = Inputs.decompressed(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    }
  }

  static List<String> ids(List<JsonNode> records) {
    return records.stream().map(n -> n.get("id").asString()).toList();
  }
}
