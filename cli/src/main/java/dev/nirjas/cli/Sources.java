package dev.nirjas.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The inputs named on the command line, expanded: a directory stands for the files under it
 * (recursively, those that match the glob, in the order of their paths, so that two runs over the
 * same tree read the records in the same order and {@code --resume} finds its place), "-" and no
 * argument at all for standard input.
 */
final class Sources {
  private Sources() {}

  /**
   * @param args the FILE arguments as given (none: standard input)
   * @param glob a glob over a found file's path relative to its directory ({@code *.jsonl} matches
   *     by name at any depth, {@code 2018/*.jsonl} by path); null for every file
   * @throws UncheckedIOException when a directory cannot be walked
   */
  static List<Source> expand(List<Path> args, String glob) {
    if (args == null || args.isEmpty()) {
      return List.of(Source.stdin());
    }
    List<Path> files = new ArrayList<>();
    for (Path arg : args) {
      if (!Inputs.isStdin(arg) && Files.isDirectory(arg)) {
        files.addAll(under(arg, glob));
      } else {
        files.add(arg); // a file, "-", or a path that is missing: an error record when opened
      }
    }
    return named(files);
  }

  private static List<Path> under(Path dir, String glob) {
    PathMatcher byPath = glob == null ? p -> true : FileSystems.getDefault().getPathMatcher("glob:" + glob);
    boolean nameOnly = glob != null && !glob.contains("/");
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> byPath.matches(nameOnly ? p.getFileName() : dir.relativize(p)))
          .sorted(Comparator.comparing(p -> dir.relativize(p).toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + ExtractCommand.describe(e), e);
    }
  }

  /**
   * Gives each file its id: its name, or the path as given when another file of the list has the
   * same name (a/report.txt and b/report.txt), so that ids stay distinct.
   */
  private static List<Source> named(List<Path> files) {
    Map<String, Integer> names = new HashMap<>();
    for (Path f : files) {
      names.merge(name(f), 1, Integer::sum);
    }
    List<Source> sources = new ArrayList<>();
    for (Path f : files) {
      if (Inputs.isStdin(f)) {
        sources.add(Source.stdin());
      } else {
        sources.add(new Source(f, names.get(name(f)) > 1 ? f.toString() : name(f), size(f)));
      }
    }
    return sources;
  }

  private static String name(Path f) {
    return f.getFileName() == null ? f.toString() : f.getFileName().toString();
  }

  private static long size(Path f) {
    try {
      return Files.isRegularFile(f) ? Files.size(f) : -1;
    } catch (IOException | SecurityException e) {
      return -1;
    }
  }
}
