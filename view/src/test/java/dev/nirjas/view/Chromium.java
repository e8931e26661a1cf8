package dev.nirjas.view;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Headless Chromium, run once per page: a fresh profile and fresh XDG config and cache folders
 * each time, so that no run sees another's state, and the flags that keep it from reaching the
 * network or needing a sandbox (CI runs as root) or a GPU.
 */
final class Chromium {
  private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
  private static final long TIMEOUT_SECONDS = 120;

  private final Path executable;
  private final Path work;

  private Chromium(Path executable, Path work) {
    this.executable = executable;
    this.work = work;
  }

  /** The browser named by NIRJAS_CHROMIUM, or the first of the usual names on the PATH; else null. */
  static Chromium find(Path work) {
    String named = System.getenv("NIRJAS_CHROMIUM");
    if (named != null && !named.isBlank()) {
      return Files.isExecutable(Path.of(named)) ? new Chromium(Path.of(named), work) : null;
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : NAMES) {
      for (String dir : path.split(File.pathSeparator)) {
        Path p = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isExecutable(p)) {
          return new Chromium(p, work);
        }
      }
    }
    return null;
  }

  Path executable() {
    return executable;
  }

  /** The DOM after the page's scripts ran; {@code query} (may be empty) is added to its URL. */
  String dumpDom(Path page, String query) throws IOException, InterruptedException {
    return run(List.of("--dump-dom", page.toUri() + query));
  }

  /** A PNG of the top {@code width} × {@code height} pixels of the page, {@code query} added to its URL. */
  void screenshot(Path page, String query, Path png, int width, int height) throws IOException, InterruptedException {
    Files.deleteIfExists(png);
    run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
        "--hide-scrollbars", "--force-device-scale-factor=1", page.toUri() + query));
    if (!Files.isRegularFile(png)) {
      throw new IOException("chromium wrote no screenshot to " + png);
    }
  }

  private String run(List<String> args) throws IOException, InterruptedException {
    Files.createDirectories(work);
    Path home = Files.createTempDirectory(work, "chromium-");
    try {
      List<String> command = new ArrayList<>(List.of(executable.toString(),
          "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
          "--disable-dev-shm-usage", "--user-data-dir=" + home.resolve("profile")));
      command.addAll(args);
      ProcessBuilder pb = new ProcessBuilder(command);
      Map<String, String> env = pb.environment();
      env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
      env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
      env.put("HOME", home.toString());
      Path out = home.resolve("stdout");
      Path err = home.resolve("stderr");
      pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      Process p = pb.start();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        throw new IOException("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
      }
      String stdout = Files.readString(out, StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        throw new IOException("chromium exited with " + p.exitValue() + ": "
            + Files.readString(err, StandardCharsets.UTF_8));
      }
      return stdout;
    } finally {
      try (Stream<Path> files = Files.walk(home)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
