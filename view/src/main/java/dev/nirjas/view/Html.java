package dev.nirjas.view;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * HTML built so that nothing from the input can become markup: every text and every attribute
 * value goes through {@link #escape}, and tag and attribute names must be plain ASCII words (SVG has viewBox)
 * (they come from this package's code, never from the input). The only way to add markup is
 * another {@code Html} (built the same way) or a resource of this package ({@link #resource}).
 */
final class Html {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");

  private final StringBuilder out = new StringBuilder();

  /**
   * The one escaping function: {@code & < > " '} become character references. Enough for text
   * and for double- or single-quoted attribute values alike, so one function serves both.
   */
  static String escape(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (r != null && b == null) {
        b = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (b != null) {
        if (r != null) {
          b.append(r);
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }

  /**
   * A resource of this package (the style sheet, the script) to be placed inside {@code <tag>}:
   * refused if it could close that element early.
   */
  static Html resource(String content, String tag) {
    if (content.toLowerCase(Locale.ROOT).contains("</" + tag)) {
      throw new IllegalStateException("a " + tag + " resource must not contain </" + tag);
    }
    Html h = new Html();
    h.out.append(content);
    return h;
  }

  /**
   * Opens an element. {@code attributes} are name, value pairs; a null value leaves the attribute
   * out, an empty one writes a bare attribute ({@code open}).
   */
  Html open(String tag, String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    out.append('<').append(name(tag));
    for (int i = 0; i < attributes.length; i += 2) {
      String value = attributes[i + 1];
      if (value == null) {
        continue;
      }
      out.append(' ').append(name(attributes[i]));
      if (!value.isEmpty()) {
        out.append("=\"").append(escape(value)).append('"');
      }
    }
    out.append('>');
    return this;
  }

  /** Closes an element opened with {@link #open}. */
  Html close(String tag) {
    out.append("</").append(name(tag)).append('>');
    return this;
  }

  /** Text, escaped. */
  Html text(String s) {
    out.append(escape(s));
    return this;
  }

  /** Escaped text from a range of {@code s}. */
  Html text(String s, int start, int end) {
    return text(s.substring(start, end));
  }

  /** An element holding only text. */
  Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** Another fragment built by this class. */
  Html append(Html other) {
    out.append(other.out);
    return this;
  }

  /** A line break in the source, to keep the page readable when viewed as source. */
  Html newline() {
    out.append('\n');
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private static String name(String n) {
    if (!NAME.matcher(n).matches()) {
      throw new IllegalArgumentException("not a tag or attribute name: " + n);
    }
    return n;
  }
}
