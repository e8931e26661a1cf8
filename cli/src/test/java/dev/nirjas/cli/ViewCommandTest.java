package dev.nirjas.cli;

import dev.nirjas.cli.CliRun.Console;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nirjas view}: one document in, one page out, with extract's input options. */
class ViewCommandTest {
  @TempDir Path dir;

  private Console run(String... args) {
    return CliRun.console(InputStream.nullInputStream(), args);
  }

  private Path file(String name, String content) throws IOException {
    return CliRun.file(dir, name, content);
  }

  @Test
  void writesThePageToTheOutputFile() throws IOException {
    Path in = file("news.txt", "২০০২ সালে বাণিজ্যের পরিমাণ ছিল ৪.৮৯৮ বিলিয়ন মার্কিন ডলার।");
    Path page = dir.resolve("news.html");
    Console r = run("view", "--output", page.toString(), in.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>news.txt · Nirjas</title>")
        .contains("class=\"m t-DATE\"").contains("class=\"m t-MONEY\"").doesNotContain("rule: time");
  }

  @Test
  void writesToStandardOutputWithoutOutputAndTakesExtractsInputOptions() throws IOException {
    Path in = file("wb.jsonl", "{\"id\": \"kolkata\", \"text\": \"ইলিশের দাম কেজিপ্রতি ১২০০ টাকা। গত বছর দাম কম ছিল।\", \"currency\": \"INR\"}\n");
    Console r = run("view", "--input-format", "jsonl", "--reference-date", "2024-05-15", "--explain", in.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("<title>kolkata · Nirjas</title>")
        .contains("১২০০ INR · 1,200 Indian rupees") // the record's currency
        .contains("২০২৩ · 2023") // গত বছর against the reference date
        .contains("rule: money.");
  }

  @Test
  void refusesWhatExtractRefuses() throws IOException {
    Path in = file("a.txt", "একটি বাক্য।");
    assertThat(run("view", "--default-currency", "TAKA", in.toString()).code()).isEqualTo(2);
    assertThat(run("view", "--max-chars", "0", in.toString()).code()).isEqualTo(2);
    assertThat(run("view", in.toString(), in.toString()).code()).isEqualTo(2);
    Console tooLong = run("view", "--max-chars", "3", in.toString());
    assertThat(tooLong.code()).isEqualTo(1);
    assertThat(tooLong.err()).contains("longer than --max-chars 3");
    Console missing = run("view", dir.resolve("missing.txt").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("missing.txt");
    Console twoRecords = run("view", "--input-format", "jsonl", file("two.jsonl", "{\"text\": \"ক\"}\n{\"text\": \"খ\"}\n").toString());
    assertThat(twoRecords.code()).isEqualTo(1);
    assertThat(twoRecords.err()).contains("expected one jsonl record, found 2");
  }

  @Test
  void cannotWriteThePageIsExitCodeThree() throws IOException {
    Path in = file("a.txt", "একটি বাক্য।");
    Console r = run("view", "--output", dir.resolve("no-such-dir").resolve("x.html").toString(), in.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("cannot write the page");
  }
}
