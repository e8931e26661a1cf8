package dev.nirjas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code ./nirjas} launcher's choice of JIT by the input's size, read from the java command it
 * prints under {@code NIRJAS_SHOW_JAVA=1} (which builds and runs nothing). The large files are
 * sparse: {@code du --apparent-size} counts their length, the disk holds next to nothing.
 */
class LauncherTest {
  private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
  private static final Path LAUNCHER = Path.of("..", "nirjas").toAbsolutePath().normalize();

  @TempDir
  static Path dir;

  @BeforeAll
  static void files() throws IOException {
    Files.writeString(dir.resolve("small.jsonl"), "{\"text\":\"চীন\"}\n", StandardCharsets.UTF_8);
    sparse(dir.resolve("big.jsonl"), 600);
    sparse(dir.resolve("mid.jsonl"), 300);
    sparse(dir.resolve("packed.jsonl.gz"), 150);
    Files.createDirectories(dir.resolve("tree/deeper"));
    sparse(dir.resolve("tree/deeper/part.jsonl"), 300);
    sparse(dir.resolve("tree/other.jsonl"), 300);
  }

  private static void sparse(Path file, int mb) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(mb * 1024L * 1024L);
    }
  }

  @ParameterizedTest(name = "extract {0} ({1}) → C1 only: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # arguments after `extract`           | NIRJAS_C2_FROM_MB | C1 only
      small.jsonl                             |                   | true
      big.jsonl                               |                   | false
      mid.jsonl                               |                   | true
      mid.jsonl mid.jsonl                     |                   | false
      packed.jsonl.gz                         |                   | false
      tree                                    |                   | false
      tree/other.jsonl                        |                   | true
      small.jsonl -o big.jsonl                |                   | true
      small.jsonl --output big.jsonl          |                   | true
      --input-format jsonl big.jsonl          |                   | false
      -                                       |                   | true
      no-such-file.jsonl                      |                   | true
      small.jsonl                             | 0                 | false
      mid.jsonl                               | 200               | false
      big.jsonl                               | 1000              | true
      """)
  void choosesTheJitByTheInputsSize(String arguments, String c2FromMb, boolean c1Only) throws Exception {
    List<String> args = new ArrayList<>(List.of("extract"));
    args.addAll(List.of(arguments.split(" ")));
    Run run = launch(args, c2FromMb);
    assertThat(run.exit).as(run.err).isZero();
    assertThat(run.out).startsWith("java ").contains("-jar ").endsWith(" " + String.join(" ", args));
    assertThat(run.out.contains(C1_ONLY)).as(run.out).isEqualTo(c1Only);
    assertThat(run.out.contains("-XX:Tier3BackEdgeThreshold=6000")).isEqualTo(c1Only);
  }

  @Test
  void refusesAThresholdThatIsNotANumber() throws Exception {
    Run run = launch(List.of("extract", "small.jsonl"), "half");
    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).contains("NIRJAS_C2_FROM_MB must be a whole number of MB, not 'half'");
    assertThat(run.out).isEmpty();
  }

  private record Run(int exit, String out, String err) {}

  private static Run launch(List<String> args, String c2FromMb) throws Exception {
    assumeTrue(Files.isRegularFile(LAUNCHER), "the launcher next to the module");
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")) && Files.isExecutable(Path.of("/usr/bin/du")),
        "a POSIX shell and GNU du");
    List<String> command = new ArrayList<>(List.of("/bin/sh", LAUNCHER.toString()));
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().put("NIRJAS_SHOW_JAVA", "1");
    pb.environment().remove("NIRJAS_JAVA_OPTS");
    if (c2FromMb == null) {
      pb.environment().remove("NIRJAS_C2_FROM_MB");
    } else {
      pb.environment().put("NIRJAS_C2_FROM_MB", c2FromMb);
    }
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8).strip(),
        new String(err, StandardCharsets.UTF_8));
  }
}
