package dev.nirjas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.cli.CliRun.Run;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run stopped midway, by a signal or harder, and {@code --resume}: the output ends as the bytes of
 * a run that was never stopped.
 */
class ResumeTest {
  @TempDir Path dir;

  private Run run(Path out, String... args) throws IOException {
    String[] all = new String[args.length + 3];
    all[0] = "extract";
    all[1] = "--output=" + out;
    all[2] = "--input-format=jsonl";
    System.arraycopy(args, 0, all, 3, args.length);
    return CliRun.run(out, InputStream.nullInputStream(), all);
  }

  private Path input(int n) throws IOException {
    return CliRun.file(dir, "in.jsonl", TestRecords.join(TestRecords.mixed(n, 9)));
  }

  @Test
  void aSignalLeavesWholeLinesAndResumeCompletesTheOutput() throws Exception {
    Path in = CliRun.file(dir, "in.txt", TestRecords.sentenceLines(6_000));
    Path whole = dir.resolve("whole.jsonl");
    Run uninterrupted = CliRun.run(whole, InputStream.nullInputStream(), "extract", "--input-format=lines",
        "--output=" + whole, in.toString());
    assertThat(uninterrupted.code()).isZero();

    Path out = dir.resolve("out.jsonl");
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "extract", "--input-format=lines", "--threads=1", "--output=" + out, in.toString())
        .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!(Files.exists(out) && Files.size(out) > 0) && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(p.isAlive()).as("still running when signalled").isTrue();
    p.destroy(); // SIGTERM
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(StopSignal.EXIT);

    byte[] cut = Files.readAllBytes(out);
    assertThat(cut.length).isLessThan(uninterrupted.output().length);
    assertThat(cut[cut.length - 1]).as("ends with a whole line").isEqualTo((byte) '\n');
    assertThat(uninterrupted.output()).startsWith(cut);
    long lines = new String(cut, StandardCharsets.UTF_8).lines().count();
    assertThat(Files.readString(err)).contains("nirjas: interrupted; " + out + " holds the first "
        + String.format(java.util.Locale.ROOT, "%,d", lines) + " records whole (the last: in.txt:" + lines)
        .contains("--resume");

    Run resumed = CliRun.run(out, InputStream.nullInputStream(), "extract", "--input-format=lines",
        "--output=" + out, "--resume", in.toString());
    assertThat(resumed.code()).isZero();
    assertThat(resumed.err()).contains("resumed after the " + String.format(java.util.Locale.ROOT, "%,d", lines));
    assertThat(resumed.output()).isEqualTo(uninterrupted.output());
  }

  @Test
  void aLineCutInHalfIsDoneAgain() throws IOException {
    Path in = input(300);
    Path out = dir.resolve("out.jsonl");
    byte[] whole = run(out, in.toString()).output();
    for (int cutAt : List.of(1, whole.length / 3, whole.length / 2, whole.length - 1)) {
      Files.write(out, Arrays.copyOf(whole, cutAt)); // a kill -9 midway through a line
      Run resumed = run(out, "--resume", "--threads=2", in.toString());
      assertThat(resumed.output()).as("cut at %d", cutAt).isEqualTo(whole);
    }
    Run again = run(out, "--resume", in.toString()); // nothing left to do
    assertThat(again.output()).isEqualTo(whole);
    assertThat(again.err()).contains("0 records in");
  }

  @Test
  void aGzipOutputCutAnywhereIsCompletedToTheSameText() throws IOException {
    Path in = input(200);
    Path out = dir.resolve("out.jsonl.gz");
    byte[] whole = run(out, in.toString()).output();
    byte[] text = BatchTest.gunzip(whole);
    for (int cutAt : List.of(30, whole.length / 2, whole.length - 4)) {
      Files.write(out, Arrays.copyOf(whole, cutAt)); // a gzip member without its end
      Run resumed = run(out, "--resume", in.toString());
      assertThat(BatchTest.gunzip(resumed.output())).as("cut at %d", cutAt).isEqualTo(text);
    }
  }

  @Test
  void aCsvOutputCutAnywhereIsCompletedToTheSameBytes() throws IOException {
    Path in = input(200);
    Path out = dir.resolve("out.csv");
    byte[] whole = run(out, "--format=csv", in.toString()).output();
    for (int cutAt : List.of(10, whole.length / 3, whole.length / 2, whole.length - 3)) {
      Files.write(out, Arrays.copyOf(whole, cutAt));
      Run resumed = run(out, "--format=csv", "--resume", in.toString());
      assertThat(resumed.output()).as("cut at %d", cutAt).isEqualTo(whole);
    }
  }

  @Test
  void resumeWithOtherInputsIsAUsageErrorAndLeavesTheOutput() throws IOException {
    Path in = input(30);
    Path out = dir.resolve("out.jsonl");
    byte[] whole = run(out, in.toString()).output();
    byte[] half = Arrays.copyOf(whole, whole.length / 2);
    Files.write(out, half);
    StringBuilder others = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      others.append("{\"id\":\"other-").append(i).append("\",\"text\":\"এক।\"}\n");
    }
    Path other = CliRun.file(dir, "other.jsonl", others.toString());
    Run wrong = run(out, "--resume", other.toString());
    assertThat(wrong.code()).isEqualTo(2);
    assertThat(wrong.err()).contains("--resume needs the same inputs");
    long kept = new String(half, StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
    assertThat(wrong.output()).isEqualTo(Arrays.copyOf(whole, (int) indexAfterLine(whole, kept)));
  }

  /** The length of the first {@code lines} lines. */
  private static long indexAfterLine(byte[] bytes, long lines) {
    long seen = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n' && ++seen == lines) {
        return i + 1;
      }
    }
    return 0;
  }

  @Test
  void resumeWithoutAnOutputYetStartsFromTheBeginning() throws IOException {
    Path in = input(20);
    Path out = dir.resolve("fresh.jsonl");
    Run resumed = run(out, "--resume", in.toString());
    assertThat(resumed.records()).hasSize(20);
  }
}
