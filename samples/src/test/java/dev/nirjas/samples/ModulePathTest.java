package dev.nirjas.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs the sample on the module path, as a modular application would: no class path, no
 * {@code --add-modules}. Before Nirjas had module descriptors this failed in
 * {@code Pipeline.standard()} with NoClassDefFoundError: org/apache/lucene/analysis/CharFilter.
 */
class ModulePathTest {

  /** This test JVM's class path without the test tooling: Nirjas's modules and their dependencies. */
  private static String modulePath() {
    List<String> keep = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String e = entry.replace('\\', '/');
      boolean tooling = e.contains("/test-classes") || e.contains("/junit") || e.contains("/opentest4j")
          || e.contains("/apiguardian") || e.contains("/assertj") || e.contains("/byte-buddy")
          || e.contains("surefire")
          // the command line is an application for the class path (picocli, jackson-databind)
          || e.contains("/cli/target/") || e.contains("/picocli") || e.contains("/jackson-databind")
          || e.contains("/jackson-annotations");
      if (!tooling) {
        keep.add(entry);
      }
    }
    return String.join(File.pathSeparator, keep);
  }

  private static String run(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out;
    try (var in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  @Test
  void theSampleRunsOnTheModulePath() throws Exception {
    String out = run("-Dstdout.encoding=UTF-8", "--module-path", modulePath(),
        "--module", "dev.nirjas.samples/dev.nirjas.samples.ExtractSample", "texts/budget-news.txt");
    List<String> mentionLines = out.lines().filter(l -> l.startsWith("MONEY") || l.startsWith("DATE"))
        .map(l -> l.replaceAll(" +", " ")).collect(Collectors.toList());
    // The first sentence's amount and the second's date (spans keep their case endings): found by stages of the extractors module,
    // which the module system resolved only because core declares `uses dev.nirjas.Stage`.
    assertThat(mentionLines).contains(
        "MONEY সাত লাখ ৯৭ হাজার কোটি টাকার 7970000000000 BDT",
        "DATE ৬ জুন ২০২৪ তারিখে 2024-06-06");
  }

  @Test
  void aPluginModuleProvidesItsStage() throws Exception {
    Path text = Files.createTempFile("phone", ".txt");
    try {
      Files.writeString(text, "যোগাযোগ: ০১৭১১-১২৩৪৫৬।");
      String out = run("-Dstdout.encoding=UTF-8", "--module-path", modulePath(),
          "--module", "dev.nirjas.samples/dev.nirjas.samples.ExtractSample", text.toString());
      assertThat(out.lines().map(l -> l.replaceAll(" +", " ")))
          .contains("phone.BD_PHONE ০১৭১১-১২৩৪৫৬ +8801711123456");
    } finally {
      Files.delete(text);
    }
  }

  @Test
  void theOpenNlpNameFinderRunsOnTheModulePath() throws Exception {
    // OpenNLP is an automatic module that logs through SLF4J; extractors requires org.slf4j so
    // that the module system resolves it (without: NoClassDefFoundError: org/slf4j/LoggerFactory).
    String out = run("-Dstdout.encoding=UTF-8", "--module-path", modulePath(),
        "--module", "dev.nirjas.samples/dev.nirjas.samples.NamesSample",
        "প্রধানমন্ত্রী শেখ হাসিনা ঢাকায় এসেছেন।");
    assertThat(out.lines()).contains("PERSON শেখ হাসিনা", "LOCATION ঢাকায়");
  }

  @Test
  void everyModuleHasItsName() throws Exception {
    String out = run("--module-path", modulePath(), "--list-modules");
    assertThat(out).contains("dev.nirjas.core", "dev.nirjas.extractors", "dev.nirjas.json",
        "dev.nirjas.samples", "com.example.phone");
  }
}
