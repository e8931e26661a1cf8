package dev.nirjas.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page template read from a resource, with {@code {{name}}} slots that only {@link Html}
 * fragments can fill: text from the input reaches the page escaped, whichever slot it goes to.
 */
final class Template {
  private static final Pattern SLOT = Pattern.compile("\\{\\{([a-z]+)}}");

  private final String source;
  private final Set<String> slots = new LinkedHashSet<>();

  Template(String source) {
    this.source = source;
    Matcher m = SLOT.matcher(source);
    while (m.find()) {
      slots.add(m.group(1));
    }
  }

  /** Reads a resource of this package as UTF-8. */
  static String resource(String name) {
    try (InputStream in = Template.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource dev/nirjas/view/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The page with every slot filled.
   *
   * @throws IllegalArgumentException if a slot has no value or a value has no slot, so that a
   *     renamed slot cannot silently leave a hole in the page
   */
  String fill(Map<String, Html> values) {
    if (!slots.equals(values.keySet())) {
      throw new IllegalArgumentException("template slots " + slots + " but values for " + values.keySet());
    }
    Matcher m = SLOT.matcher(source);
    StringBuilder b = new StringBuilder(source.length() * 4);
    int last = 0;
    while (m.find()) {
      b.append(source, last, m.start()).append(values.get(m.group(1)));
      last = m.end();
    }
    return b.append(source, last, source.length()).toString();
  }
}
