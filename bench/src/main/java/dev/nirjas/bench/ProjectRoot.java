package dev.nirjas.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Locates the Nirjas project directory, so that benchmarks find the corpus whether they are started
 * from the root, from {@code bench/} or from a JMH fork.
 */
public final class ProjectRoot {
  /** System property that names the project root explicitly. */
  public static final String PROPERTY = "nirjas.root";

  private ProjectRoot() {}

  /**
   * The directory named by {@code -Dnirjas.root}, else the nearest directory at or above the working
   * directory that holds both the {@code nirjas} launcher and a {@code pom.xml}.
   *
   * @throws IllegalStateException if neither gives a directory
   */
  public static Path find() {
    String given = System.getProperty(PROPERTY);
    if (given != null && !given.isBlank()) {
      Path p = Paths.get(given).toAbsolutePath().normalize();
      if (!Files.isDirectory(p)) {
        throw new IllegalStateException("-D" + PROPERTY + "=" + given + " is not a directory");
      }
      return p;
    }
    Path start = Paths.get("").toAbsolutePath().normalize();
    for (Path p = start; p != null; p = p.getParent()) {
      if (isRoot(p)) {
        return p;
      }
    }
    throw new IllegalStateException("no Nirjas project root at or above " + start
        + "; run from the project or pass -D" + PROPERTY + "=DIR");
  }

  static boolean isRoot(Path dir) {
    return Files.isRegularFile(dir.resolve("nirjas")) && Files.isRegularFile(dir.resolve("pom.xml"));
  }
}
