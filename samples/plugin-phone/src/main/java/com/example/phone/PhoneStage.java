package com.example.phone;

import dev.nirjas.Analysis;
import dev.nirjas.GenericMention;
import dev.nirjas.Layer;
import dev.nirjas.MentionType;
import dev.nirjas.Span;
import dev.nirjas.Stage;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Bangladeshi mobile numbers (০১৭১১-১২৩৪৫৬, +880 1711 123456, in Bengali or ASCII digits) as
 * {@link PhoneMention}s, and web addresses as {@code phone.URL} mentions.
 *
 * <p>It runs after the number stage and takes over the NUMBER mentions inside a phone number
 * (the number grammar reads a lone digit group such as "১২৩৪৫৬" as a number). Setting:
 * {@code urls=false} leaves web addresses out.
 */
public final class PhoneStage implements Stage {
  private static final String D = "[0-9০-৯]";
  // +880 or 880 or 0, then 1, the operator digit (3-9) and eight more; a space or hyphen may
  // follow the country code and the fifth digit, as numbers are written in print.
  private static final Pattern MOBILE = Pattern.compile(
      "(?<![0-9০-৯])(?:(?:\\+|00)?(?:880|৮৮০)[ -]?)?(?:0|০)?((?:1|১)" + D + "{3})[ -]?(" + D + "{6})(?![0-9০-৯])");
  // Stops at white space and at the danda; trailing punctuation is trimmed below.
  private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s।<>\"]+");
  private static final Map<Character, String> OPERATORS = Map.of(
      '3', "Grameenphone", '7', "Grameenphone", '4', "Banglalink", '9', "Banglalink",
      '8', "Robi", '6', "Airtel", '5', "Teletalk");

  private final boolean urls;

  /** The stage as ServiceLoader makes it: phone numbers and URLs. */
  public PhoneStage() {
    this(true);
  }

  private PhoneStage(boolean urls) {
    this.urls = urls;
  }

  @Override
  public String name() {
    return "phone";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.NUMBERS);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.of("phone"));
  }

  @Override
  public Set<MentionType> replaces() {
    return Set.of(MentionType.NUMBER, MentionType.NUMBER_RANGE);
  }

  /** Takes {@code urls} ({@code true} or {@code false}). */
  @Override
  public Stage configure(Map<String, String> args) {
    for (String key : args.keySet()) {
      if (!key.equals("urls")) {
        throw new IllegalArgumentException("unknown setting '" + key + "' of stage 'phone'; it takes: urls");
      }
    }
    String v = args.getOrDefault("urls", "true");
    if (!v.equals("true") && !v.equals("false")) {
      throw new IllegalArgumentException("urls is true or false, not " + v);
    }
    return new PhoneStage(Boolean.parseBoolean(v));
  }

  @Override
  public void process(Analysis analysis) {
    String text = analysis.document().text();
    Matcher m = MOBILE.matcher(text);
    while (m.find()) {
      String national = ascii(m.group(1) + m.group(2));
      String operator = OPERATORS.get(national.charAt(1));
      if (operator != null) {
        analysis.add(new PhoneMention(new Span(m.start(), m.end()), m.group(), "+880" + national, operator));
      }
    }
    if (urls) {
      Matcher u = URL.matcher(text);
      while (u.find()) {
        int end = u.end();
        while (end > u.start() && ".,;:)!?'".indexOf(text.charAt(end - 1)) >= 0) {
          end--;
        }
        String url = text.substring(u.start(), end);
        analysis.add(new GenericMention("phone.URL", new Span(u.start(), end), url,
            url.startsWith("www.") ? "http://" + url : url, false, Map.of(), "phone.url"));
      }
    }
  }

  /** Bengali digits as ASCII ones. */
  private static String ascii(String digits) {
    StringBuilder b = new StringBuilder(digits.length());
    for (int i = 0; i < digits.length(); i++) {
      b.append((char) ('0' + Character.digit(digits.charAt(i), 10)));
    }
    return b.toString();
  }
}
