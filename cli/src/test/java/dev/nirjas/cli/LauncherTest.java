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
  private static final long MIB = 1024L * 1024L;

  @TempDir
  static Path dir;

  @BeforeAll
  static void files() throws IOException {
    Files.writeString(dir.resolve("small.jsonl"), "{\"text\":\"চীন\"}\n", StandardCharsets.UTF_8);
    sparse(dir.resolve("big.jsonl"), 600 * MIB);
    sparse(dir.resolve("mid.jsonl"), 300 * MIB);
    sparse(dir.resolve("packed.jsonl.gz"), 150 * MIB);
    sparse(dir.resolve("exactly512.jsonl"), 512 * MIB);
    sparse(dir.resolve("under512.jsonl"), 512 * MIB - 1024);
    Files.createDirectories(dir.resolve("tree/deeper"));
    sparse(dir.resolve("tree/deeper/part.jsonl"), 300 * MIB);
    sparse(dir.resolve("tree/other.jsonl"), 300 * MIB);
    Files.createSymbolicLink(dir.resolve("link.jsonl"), dir.resolve("big.jsonl"));
    // Named like the words and values on a command line: none of them is an input.
    sparse(dir.resolve("extract"), 600 * MIB);
    sparse(dir.resolve("jsonl"), 600 * MIB);
    sparse(dir.resolve("2"), 600 * MIB);
    sparse(dir.resolve("-dash.jsonl"), 600 * MIB);
  }

  private static void sparse(Path file, long bytes) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(bytes);
    }
  }

  @ParameterizedTest(name = "extract {0} ({1}) → C1 only: {2}, loops after {3}")
  @CsvSource(delimiter = '|', textBlock = """
      # arguments after `extract`           | NIRJAS_C2_FROM_MB | C1 only | loops compiled after
      small.jsonl                             |                   | true    | 6000
      big.jsonl                               |                   | false    | 6000
      mid.jsonl                               |                   | true    | 2000
      mid.jsonl mid.jsonl                     |                   | false    | 6000
      exactly512.jsonl                        |                   | false    | 6000
      under512.jsonl                          |                   | true    | 2000
      packed.jsonl.gz                         |                   | false    | 6000
      tree                                    |                   | false    | 6000
      tree/other.jsonl                        |                   | true    | 2000
      link.jsonl                              |                   | false    | 6000
      small.jsonl -o big.jsonl                |                   | true    | 6000
      small.jsonl --output big.jsonl          |                   | true    | 6000
      -o small.jsonl big.jsonl                |                   | false    | 6000
      -qo big.jsonl small.jsonl               |                   | true    | 6000
      --output=big.jsonl small.jsonl          |                   | true    | 6000
      --input-format jsonl small.jsonl        |                   | true    | 6000
      --input-format jsonl big.jsonl          |                   | false    | 6000
      --threads 2 small.jsonl                 |                   | true    | 6000
      -dash.jsonl                             |                   | true    | 6000
      -- -dash.jsonl                          |                   | false    | 6000
      -                                       |                   | true    | 6000
      no-such-file.jsonl                      |                   | true    | 6000
      big.jsonl --threads                     |                   | false    | 6000
      big.jsonl --threads=x                   |                   | false    | 6000
      mid.jsonl --threads 99999999999999999999 |                  | true    | 2000
      small.jsonl                             | 0                 | false    | 6000
      mid.jsonl                               | 200               | false    | 6000
      big.jsonl                               | 1000              | true    | 2000
      """)
  void choosesTheJitByTheInputsSize(String arguments, String c2FromMb, boolean c1Only, int loops) throws Exception {
    List<String> args = new ArrayList<>(List.of("extract"));
    args.addAll(List.of(arguments.split(" ")));
    Run run = launch(args, c2FromMb);
    assertThat(run.exit).as(run.err).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out).startsWith("java ").contains("-jar ").endsWith(" " + String.join(" ", args));
    assertThat(run.out.contains(C1_ONLY)).as(run.out).isEqualTo(c1Only);
    // loops compiled sooner in both modes; sooner still with C1 alone on an input of 1 MiB or more,
    // and there calls too (after 100, not the JVM's 200)
    assertThat(run.out).contains("-XX:Tier3BackEdgeThreshold=" + loops);
    assertThat(run.out.contains("-XX:Tier3InvocationThreshold=100 -XX:Tier3MinInvocationThreshold=50"
        + " -XX:Tier3CompileThreshold=1000")).as(run.out).isEqualTo(loops == 2000);
    assertThat(run.out.contains("InvocationThreshold")).as(run.out).isEqualTo(loops == 2000);
    assertThat(run.out).contains("-XX:-UsePerfData"); // and no hsperfdata file
    // huge pages asked for where the kernel gives them on request, and only there
    assertThat(run.out.contains("-XX:+UseTransparentHugePages")).as(run.out).isEqualTo(hugePagesOnRequest());
    // promotion at once on the short runs C1 serves only
    assertThat(run.out.contains("-XX:MaxTenuringThreshold=0")).as(run.out).isEqualTo(c1Only);
  }

  @Test
  void aCoreLeftToTheCompilerLowersTheLineTo64Mib() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")) && gnuDu(), "a POSIX shell and GNU du");
    int cores = Integer.parseInt(output("nproc"));
    assumeTrue(cores >= 2, "two cores or more");
    sparse(dir.resolve("sixty-four.jsonl"), 64 * MIB);
    sparse(dir.resolve("under64.jsonl"), 64 * MIB - 1024);
    String all = String.valueOf(cores);
    String fewer = String.valueOf(cores - 1);
    // threads → C1 only
    String[][] rows = {
        {"--threads " + fewer + " sixty-four.jsonl", "false"},
        {"--threads=" + fewer + " sixty-four.jsonl", "false"},
        {"--threads " + fewer + " under64.jsonl", "true"},
        {"--threads " + all + " mid.jsonl", "true"},
        {"mid.jsonl", "true"}, // the default: a thread per core
        {"--threads " + all + " big.jsonl", "false"},
    };
    for (String[] row : rows) {
      List<String> args = new ArrayList<>(List.of("extract"));
      args.addAll(List.of(row[0].split(" ")));
      Run run = launch(args, null);
      assertThat(run.exit).as(run.err).isZero();
      assertThat(run.err).isEmpty();
      assertThat(run.out.contains(C1_ONLY)).as(row[0] + ": " + run.out).isEqualTo(Boolean.parseBoolean(row[1]));
    }
  }

  /** Whether this machine's kernel gives transparent huge pages on request (its setting "madvise"). */
  private static boolean hugePagesOnRequest() throws IOException {
    Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
    return Files.isReadable(setting) && Files.readString(setting).contains("[madvise]");
  }

  private static String output(String... command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().remove("OMP_NUM_THREADS"); // as the launcher asks it
    pb.environment().remove("OMP_THREAD_LIMIT");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
    return out;
  }

  @ParameterizedTest(name = "{0}={1} → the parallel collector: {2}, its 160 MB young generation: {3}, promotion at once: {4}")
  @CsvSource(delimiter = '|', textBlock = """
      # variable        | value                                               | collector | -Xmn160m | MaxTenuringThreshold=0
      NIRJAS_JAVA_OPTS  | -XX:+DisableExplicitGC                              | true      | true     | true
      NIRJAS_JAVA_OPTS  | -XX:+UseStringDeduplication -XX:+DisableExplicitGC  | true      | true     | true
      NIRJAS_JAVA_OPTS  | -XX:+UseG1GC                                        | false     | false    | false
      NIRJAS_JAVA_OPTS  | -Xmx512m                                            | true      | false    | true
      NIRJAS_JAVA_OPTS  | -XX:MaxNewSize=64m                                  | true      | false    | true
      JDK_JAVA_OPTIONS  | -XX:+UseSerialGC                                    | false     | false    | false
      JAVA_TOOL_OPTIONS | -XX:+UseZGC -Xmx1g                                  | false     | false    | false
      JAVA_TOOL_OPTIONS | -Dfile.encoding=UTF-8                               | true      | true     | true
      """)
  void aCollectorOrHeapSizeGivenReplacesTheLaunchersOwn(String variable, String value, boolean parallel,
      boolean young, boolean tenure) throws Exception {
    Run run = launch(launcher(), List.of("extract", "small.jsonl"), null, java.util.Map.of(variable, value));
    assertThat(run.exit).as(run.err).isZero();
    assertThat(run.out.contains("-XX:+UseParallelGC")).as(run.out).isEqualTo(parallel);
    assertThat(run.out.contains("-Xmn160m")).as(run.out).isEqualTo(young);
    assertThat(run.out.contains("-XX:MaxTenuringThreshold=0")).as(run.out).isEqualTo(tenure);
  }

  @Test
  void theArchiveIsTakenOnlyForTheJarItWasMadeFor() throws Exception {
    Path root = Files.createDirectories(dir.resolve("checkout"));
    Files.copy(launcher(), root.resolve("nirjas"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Path target = Files.createDirectories(root.resolve("cli/target"));
    Path jar = Files.writeString(target.resolve("nirjas.jar"), "");
    Files.writeString(target.resolve("nirjas.jsa"), "");
    Path madeFor = target.resolve("nirjas.jsa.jar");
    Path linked = Files.createSymbolicLink(dir.resolve("linked-checkout"), root);
    List<String> args = List.of("extract", "small.jsonl");

    Files.writeString(madeFor, jar + "\n");
    assertThat(launch(root.resolve("nirjas"), args, null, java.util.Map.of()).out)
        .contains("-XX:SharedArchiveFile=" + target.resolve("nirjas.jsa"));
    // the same jar reached through a symlink, as the JVM itself would take it
    assertThat(launch(linked.resolve("nirjas"), args, null, java.util.Map.of()).out)
        .contains("-XX:SharedArchiveFile=");
    assertThat(launch(root.resolve("nirjas"), args, null, java.util.Map.of("NIRJAS_CDS", "off")).out)
        .doesNotContain("SharedArchiveFile");
    Files.writeString(madeFor, dir.resolve("elsewhere/cli/target/nirjas.jar") + "\n"); // a moved checkout
    assertThat(launch(root.resolve("nirjas"), args, null, java.util.Map.of()).out).doesNotContain("SharedArchiveFile");
    Files.writeString(madeFor, "");
    assertThat(launch(root.resolve("nirjas"), args, null, java.util.Map.of()).out).doesNotContain("SharedArchiveFile");
  }

  /**
   * A checkout whose jar is not built yet: the launcher builds it first, and the build reads
   * nothing of the standard input, which is the text `extract -` is given (a Maven whose exec steps
   * took it lost the input, or failed on the closed pipe).
   */
  @Test
  void theBuildLeavesTheStandardInputToTheCommand() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")) && gnuDu(), "a POSIX shell and GNU du");
    Path root = Files.createDirectories(dir.resolve("fresh-checkout"));
    Files.copy(launcher(), root.resolve("nirjas"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(root.resolve("pom.xml"), "<project/>");
    // a stand-in for Maven: keeps what it could read of its standard input, "builds" an empty jar
    Path mvnw = Files.writeString(root.resolve("mvnw"),
        "#!/bin/sh\ncat > stdin-seen\nmkdir -p cli/target && : > cli/target/nirjas.jar\n");
    mvnw.toFile().setExecutable(true);
    Path input = Files.writeString(dir.resolve("input.txt"), "চীন ১৯৭১ সালের ২৫ অক্টোবর\n");
    ProcessBuilder pb = new ProcessBuilder("/bin/sh", root.resolve("nirjas").toString(), "extract", "-")
        .directory(dir.toFile()).redirectInput(input.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true);
    pb.environment().remove("NIRJAS_SHOW_JAVA");
    Process p = pb.start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(root.resolve("cli/target/nirjas.jar")).as("the stand-in build ran").exists();
    assertThat(root.resolve("stdin-seen")).exists().isEmptyFile();
  }

  @ParameterizedTest(name = "NIRJAS_C2_FROM_MB={0} is refused")
  @CsvSource({"half", "-1", "1e3", "1234567890"})
  void refusesAThresholdThatIsNotASmallWholeNumber(String value) throws Exception {
    Run run = launch(List.of("extract", "small.jsonl"), value);
    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).contains("NIRJAS_C2_FROM_MB must be a whole number of MB (at most 9 digits), not '" + value + "'");
    assertThat(run.out).isEmpty();
  }

  @Test
  void showsArgumentsAShellWouldSplitInQuotes() throws Exception {
    Run run = launch(List.of("extract", "a b.jsonl", "it's", "x\\cy", "small.jsonl"), null);
    assertThat(run.exit).isZero();
    assertThat(run.out).endsWith(" extract 'a b.jsonl' 'it'\\''s' 'x\\cy' small.jsonl");
  }

  private record Run(int exit, String out, String err) {}

  /** The launcher at the project's root, found upward from the working directory. */
  private static Path launcher() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("nirjas")) && Files.isRegularFile(d.resolve("cli/pom.xml"))) {
        return d.resolve("nirjas");
      }
    }
    throw new AssertionError("no ./nirjas above " + Path.of("").toAbsolutePath());
  }

  private static boolean gnuDu() {
    try {
      Process p = new ProcessBuilder("du", "-sk", "--apparent-size", "/dev/null")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static Run launch(List<String> args, String c2FromMb) throws Exception {
    return launch(launcher(), args, c2FromMb, java.util.Map.of());
  }

  /**
   * @param env variables set for the launcher (JDK_JAVA_OPTIONS, JAVA_TOOL_OPTIONS and
   *     NIRJAS_JAVA_OPTS are removed unless given)
   */
  private static Run launch(Path launcher, List<String> args, String c2FromMb, java.util.Map<String, String> env)
      throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")) && gnuDu(), "a POSIX shell and GNU du");
    List<String> command = new ArrayList<>(List.of("/bin/sh", launcher.toString()));
    command.addAll(args);
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().put("NIRJAS_SHOW_JAVA", "1");
    pb.environment().remove("NIRJAS_JAVA_OPTS");
    pb.environment().remove("JDK_JAVA_OPTIONS");
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.environment().remove("NIRJAS_CDS");
    pb.environment().putAll(env);
    if (c2FromMb == null) {
      pb.environment().remove("NIRJAS_C2_FROM_MB");
    } else {
      pb.environment().put("NIRJAS_C2_FROM_MB", c2FromMb);
    }
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process p = pb.start();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the launcher did not end in 30 s: " + command);
    }
    try {
      return new Run(p.exitValue(), Files.readString(out).strip(), Files.readString(err));
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }
}
