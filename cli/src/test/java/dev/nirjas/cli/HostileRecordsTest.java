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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Odd records from the hostile-input campaign of issue 12, each read as the contract says. */
class HostileRecordsTest {

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
  void loneSurrogatesComeBackAsTheyCameIn() throws IOException {
    String lines = String.join("\n",
        "{\"id\":\"a\\ud800\",\"text\":\"\\ud800 ১৯৭১ সালে\"}",
        "{\"id\":\"b\\udfff\",\"text\":\"x\",\"date\":\"\\udc00\"}",
        "{\"id\":\"c\",\"text\":\"শেষ \\udbff\\udfff ও \\udfff\\udbff।\"}",
        "{\"id\":\"d\",\"title\":\"\\ud800 শিরোনাম\",\"text\":\"এক\"}") + "\n";
    Run r = run("--input-format", "jsonl", file("s.jsonl", lines).toString());
    String raw = new String(r.output(), StandardCharsets.UTF_8);
    assertThat(raw).doesNotContain("?").contains("\\uD800");
    assertThat(r.records()).extracting(n -> n.get("id").asString()).containsExactly("a\uD800", "b\uDFFF", "c", "d");
    JsonNode first = r.records().get(0);
    assertThat(first.get("sentences").get(0).get("text").asString()).isEqualTo("\uD800 ১৯৭১ সালে");
    assertThat(first.get("mentions").get(0).get("text").asString()).isEqualTo("১৯৭১ সালে");
    assertThat(r.records().get(1).get("error").asString()).contains("\uDC00");
    String third = "শেষ \uDBFF\uDFFF ও \uDFFF\uDBFF।";
    assertThat(r.records().get(2).get("sentences").get(0).get("text").asString()).isEqualTo(third);
    // a record's other fields are copied under "meta" as written, a lone surrogate as its escape
    assertThat(r.records().get(3).get("meta").get("title").asString()).isEqualTo("\uD800 শিরোনাম");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "lines", "jsonl"})
  void aByteOrderMarkOpensAFileInEveryFormat(String format) throws IOException {
    String body = format.equals("jsonl") ? "{\"id\":\"1\",\"text\":\"১৯৭১ সালে\"}\n{\"id\":\"2\",\"text\":\"শেষ\"}\n"
        : "১৯৭১ সালে\nশেষ\n";
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = body.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(text, 0, all, 3, text.length);
    Run r = run("--input-format", format, file("bom.txt", all).toString());
    assertThat(r.code()).as("%s", r.records()).isZero();
    assertThat(r.records()).allMatch(n -> !n.has("error"));
    assertThat(r.records().get(0).get("mentions").get(0).get("type").asString()).isEqualTo("DATE");
  }

  @Test
  void aNumericIdIsEchoedAsWritten() throws IOException {
    String lines = String.join("\n",
        "{\"id\":1E2,\"text\":\"এক\"}",
        "{\"id\":12345678901234567890123.5,\"text\":\"এক\"}",
        "{\"id\":1e400,\"text\":\"এক\"}",
        "{\"id\":-0.0,\"text\":\"এক\"}",
        "{\"id\":7,\"text\":\"এক\"}",
        "{\"id\":1E2,\"text\":5}") + "\n";
    Run r = run("--input-format", "jsonl", file("ids.jsonl", lines).toString());
    assertThat(r.records()).extracting(n -> n.get("id").asString())
        .containsExactly("1E2", "12345678901234567890123.5", "1e400", "-0.0", "7", "1E2");
    assertThat(r.records().get(5).get("error").asString()).contains("\"text\" must be a string");
  }

  @Test
  void duplicateKeysAreAnErrorRecord() throws IOException {
    String lines = String.join("\n",
        "{\"id\":\"a\",\"text\":\"এক\",\"text\":\"দুই\"}",
        "{\"id\":\"b\",\"id\":\"c\",\"text\":\"এক\"}",
        "{\"id\":\"d\",\"text\":\"এক\",\"meta\":{\"x\":1,\"x\":2}}",
        "{\"id\":\"e\",\"text\":\"এক\"}") + "\n";
    Run r = run("--input-format", "jsonl", file("dup.jsonl", lines).toString());
    assertThat(r.records()).hasSize(4);
    assertThat(r.records()).extracting(n -> n.has("error")).containsExactly(true, true, true, false);
    assertThat(r.records().get(0).get("error").asString()).contains("duplicate key").contains("text");
    assertThat(r.records().get(1).get("error").asString()).contains("duplicate key").contains("id");
    assertThat(r.code()).isEqualTo(1);
  }

  @Test
  void noCurrencyAndTestingCodesAreNotCurrencies() throws IOException {
    Path text = file("t.txt", "৫০০ টাকা");
    assertThat(run("--default-currency", "XXX", text.toString()).code()).isEqualTo(2);
    assertThat(run("--default-currency", "XTS", text.toString()).code()).isEqualTo(2);
    Path in = file("c.jsonl", "{\"id\":\"a\",\"text\":\"৫০০ টাকা\",\"currency\":\"XXX\"}\n");
    Run r = run("--input-format", "jsonl", in.toString());
    assertThat(r.records().get(0).get("error").asString()).contains("ISO 4217");
    assertThat(run("--default-currency", "XAU", text.toString()).code()).isZero();
  }

  @Test
  void aFullDiskReportsNoRecordWritten() throws IOException {
    Path full = Path.of("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "needs /dev/full (Linux)");
    Path in = file("in.txt", "এক।\nদুই।\n");
    Console r = CliRun.console(InputStream.nullInputStream(), "extract",
        "--input-format", "lines", "--output", full.toString(), in.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("cannot write the output (0 of 2 records written)");
  }
}
