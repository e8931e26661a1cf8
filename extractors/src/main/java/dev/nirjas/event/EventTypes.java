package dev.nirjas.event;

import dev.nirjas.text.Resources;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the event types on the class path. Every jar may hold a {@code META-INF/nirjas/event-types.list}
 * naming its type files, one resource path a line; so a user adds a type by adding a file and a
 * line, or a jar with both, without code.
 *
 * <p>A type file is tab-separated, {@code #} for comments, with the rows {@code type NAME},
 * {@code cameo CODE}, {@code roles ROLE…}, {@code requires ROLE…} and one
 * {@code trigger WORD VERBS} per trigger (VERBS: light-verb lemmas separated by {@code |}, or
 * {@code -}). Anything else is an error, reported with the file's name when the types are loaded.
 */
public final class EventTypes {
  /** Where each jar lists its event type files. */
  public static final String INDEX = "META-INF/nirjas/event-types.list";

  private EventTypes() {}

  /**
   * The event types listed in every {@link #INDEX} that {@code loader} finds, in the order of the
   * lists; a type name given twice is an error.
   *
   * @param loader the class loader whose jars' lists to read
   * @return the types, immutable
   * @throws UncheckedIOException if a list cannot be read
   * @throws IllegalStateException if a list names a missing file or a file is malformed
   */
  public static List<EventType> load(ClassLoader loader) {
    Map<String, EventType> types = new LinkedHashMap<>();
    try {
      for (URL index : Collections.list(loader.getResources(INDEX))) {
        for (String path : lines(index.openStream())) {
          EventType t = parse(path, loader);
          if (types.putIfAbsent(t.name(), t) != null) {
            throw new IllegalStateException("event type " + t.name() + " is defined twice (" + path + ")");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + INDEX, e);
    }
    return List.copyOf(types.values());
  }

  private static List<String> lines(InputStream in) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    }
    return out;
  }

  static EventType parse(String path, ClassLoader loader) {
    List<String[]> rows;
    try {
      rows = Resources.table(loader, path); // one lookup of the file, which says when it is missing
    } catch (IllegalStateException e) {
      throw new IllegalStateException(INDEX + " names a missing file: " + path, e);
    } catch (IllegalArgumentException e) { // a malformed escape: the reader's message names file and line
      throw new IllegalStateException(e.getMessage(), e);
    }
    String name = null;
    String cameo = null;
    List<String> roles = List.of();
    Set<String> required = Set.of();
    List<EventType.Trigger> triggers = new ArrayList<>();
    try {
      for (String[] row : rows) {
        List<String> rest = Arrays.asList(row).subList(1, row.length);
        switch (row[0]) {
          case "type" -> name = one(row);
          case "cameo" -> cameo = one(row);
          case "roles" -> roles = List.copyOf(rest);
          case "requires" -> required = new HashSet<>(rest);
          case "trigger" -> {
            if (row.length != 3) {
              throw new IllegalArgumentException("a trigger row is: trigger, word, verbs (or -)");
            }
            triggers.add(new EventType.Trigger(row[1],
                "-".equals(row[2]) ? Set.of() : Set.of(row[2].split("\\|"))));
          }
          default -> throw new IllegalArgumentException("unknown row '" + row[0] + "'");
        }
      }
      if (name == null) {
        throw new IllegalArgumentException("no type row");
      }
      return new EventType(name, cameo, roles, required, triggers);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(path + ": " + e.getMessage(), e);
    }
  }

  private static String one(String[] row) {
    if (row.length != 2) {
      throw new IllegalArgumentException("'" + row[0] + "' takes one value");
    }
    return row[1];
  }
}
