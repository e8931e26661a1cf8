package dev.nirjas.json;

import dev.nirjas.Annotation;
import dev.nirjas.Argument;
import dev.nirjas.CustomMention;
import dev.nirjas.Document;
import dev.nirjas.EntityMention;
import dev.nirjas.Event;
import dev.nirjas.GenericMention;
import dev.nirjas.GrammaticalCase;
import dev.nirjas.Mention;
import dev.nirjas.MentionType;
import dev.nirjas.MoneyMention;
import dev.nirjas.NumberMention;
import dev.nirjas.Sentence;
import dev.nirjas.Span;
import dev.nirjas.TimeMention;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * The JSON output contract: one object per document, as described in the project's
 * {@code docs/ARCHITECTURE.md}.
 *
 * <pre>{@code
 * {"id":"1","sentences":[{"start":0,"end":57,"text":"…"}],
 *  "mentions":[{"type":"DATE","start":0,"end":21,"text":"১৯৭১ সালের ২৫ অক্টোবর","value":"1971-10-25"}],
 *  "events":[]}
 * }</pre>
 *
 * <p>With {@code explain}, each mention also carries its {@code rule}, and the mentions that later
 * stages subsumed are listed under {@code parts}. Thread-safe.
 */
public final class AnnotationJson {
  /** The version of the output contract this class writes (README, "The output contract"). */
  public static final int CONTRACT_VERSION = 3;

  // Streaming only (jackson-core, no databind): see JsonValues for why. The caller's writer stays
  // open (Jackson closes it with the generator by default), so one writer takes many documents.
  // Surrogates leave as escapes (see SurrogateEscapes). To bytes, Jackson 3 escapes each surrogate
  // itself, on its fast path, once it no longer combines pairs into 4-byte chars; to chars it has no
  // such option, and custom escapes do it, at a call per non-ASCII char (written to bytes through
  // them, a tenth of the command line's time on Bengali text).
  private static final JsonFactory TO_BYTES = JsonFactory.builder()
      .disable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  private static final JsonFactory TO_CHARS = JsonFactory.builder()
      .characterEscapes(new SurrogateEscapes()).disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new DefaultPrettyPrinter();
    }
  };

  /**
   * Escapes surrogates as {@code \\uD800}, as Jackson escapes them to bytes: a lone one (which Java strings allow and JSON escapes
   * carry) written raw would reach a UTF-8 encoder that replaces it with '?', and the output text
   * would no longer be the input's. A paired one is escaped too: the generator sees one char at a
   * time, and the escaped pair reads back as the same char.
   */
  private static final class SurrogateEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int[] ASCII = CharacterEscapes.standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ASCII;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch >= Character.MIN_SURROGATE && ch <= Character.MAX_SURROGATE
          ? new SerializedString(surrogateEscape((char) ch)) : null;
    }
  }

  private AnnotationJson() {}

  /**
   * How an annotation is written.
   *
   * @param explain add each mention's {@code rule} and the subsumed {@code parts}
   * @param sentenceText give each sentence its {@code text} (without it, sentences keep their
   *     spans and the output is about half as long)
   * @param pretty indent the object over several lines, for a person to read
   */
  public record Options(boolean explain, boolean sentenceText, boolean pretty) {
    /** One line, sentence texts included, no explanation: the contract's default form. */
    public static final Options DEFAULT = new Options(false, true, false);
  }

  /**
   * {@return the annotation as one line of JSON, sentence texts included}
   *
   * @param a the annotation
   * @param explain add each mention's {@code rule} and the subsumed {@code parts}
   */
  public static String write(Annotation a, boolean explain) {
    return write(a, new Options(explain, true, false));
  }

  /**
   * {@return the annotation as JSON written with {@code options}}
   *
   * @param a the annotation
   * @param options what to include and whether to indent
   */
  public static String write(Annotation a, Options options) {
    StringWriter w = new StringWriter(256 + a.text().length() / 4);
    write(a, options, null, w);
    return w.toString();
  }

  /**
   * Writes the annotation as one JSON object (no line break) to {@code out}; does not close it.
   *
   * @param a the annotation
   * @param explain add each mention's {@code rule} and the subsumed {@code parts}
   * @param out where to write: a file's or a socket's writer, say
   * @throws JacksonException if writing to {@code out} fails (Jackson 3 wraps the
   *     {@code IOException} in an unchecked exception)
   */
  public static void write(Annotation a, boolean explain, Writer out) {
    write(a, new Options(explain, true, false), null, out);
  }

  /**
   * Writes the annotation as one JSON object (no line break after it) to {@code out}; does not
   * close it.
   *
   * @param a the annotation
   * @param options what to include and whether to indent
   * @param meta a JSON object to write under {@code "meta"} after the id, as given (the fields of
   *     an input record that the annotation does not use: a title, a URL); null for none
   * @param out where to write
   * @throws JacksonException if writing to {@code out} fails
   */
  public static void write(Annotation a, Options options, String meta, Writer out) {
    try (JsonGenerator g = options.pretty() ? TO_CHARS.createGenerator(PRETTY, out)
        : TO_CHARS.createGenerator(out)) {
      write(a, options, meta, g, new TextValues(false));
    }
  }

  /**
   * As {@link #write(Annotation, Options, String, Writer)}, as UTF-8 bytes: the same text, encoded
   * as it is written rather than after (no string of the whole object is made). Does not close
   * {@code out}.
   *
   * @param a the annotation
   * @param options what to include and whether to indent
   * @param meta a JSON object to write under {@code "meta"}, as given; null for none
   * @param out where to write the bytes
   * @throws JacksonException if writing to {@code out} fails
   */
  public static void write(Annotation a, Options options, String meta, OutputStream out) {
    try (JsonGenerator g = options.pretty() ? TO_BYTES.createGenerator(PRETTY, out)
        : TO_BYTES.createGenerator(out)) {
      write(a, options, meta, g, new TextValues(true));
    }
  }

  private static void write(Annotation a, Options options, String meta, JsonGenerator g, TextValues texts) {
    boolean explain = options.explain();
    g.writeStartObject();
    g.writeStringProperty("id", a.document().id());
    if (meta != null) {
      g.writeName("meta");
      g.writeRawValue(escapeSurrogates(meta));
    }
    g.writeName("sentences");
    g.writeStartArray();
    for (Sentence s : a.sentences()) {
      g.writeStartObject();
      number(g, START, s.start());
      number(g, END, s.end());
      if (options.sentenceText()) {
        g.writeName(TEXT);
        texts.write(g, s);
      }
      if (s.heading()) {
        g.writeBooleanProperty("heading", true);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeName("mentions");
    writeMentions(g, a.mentions(), explain, texts);
    g.writeName("events");
    g.writeStartArray();
    for (Event e : a.events()) {
      writeEvent(g, e, texts);
    }
    g.writeEndArray();
    if (explain && !a.parts().isEmpty()) {
      g.writeName("parts");
      writeMentions(g, a.parts(), true, texts);
    }
    g.writeEndObject();
  }

  /**
   * {@return the JSON text with every surrogate char as a {@code \\uXXXX} escape} Raw text goes
   * past the generator's escapes, so a lone surrogate in it would reach the UTF-8 encoder (which
   * writes '?', or fails); in valid JSON a surrogate can only be inside a string, where its escape
   * reads back as the same char.
   */
  private static String escapeSurrogates(String json) {
    int i = 0;
    int n = json.length();
    while (i < n && !Character.isSurrogate(json.charAt(i))) {
      i++;
    }
    if (i == n) {
      return json;
    }
    StringBuilder b = new StringBuilder(n + 16).append(json, 0, i);
    for (; i < n; i++) {
      char c = json.charAt(i);
      if (Character.isSurrogate(c)) {
        b.append(surrogateEscape(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * {@return a surrogate's JSON escape, {@code \\uD800} … {@code \\uDFFF}} Upper-case hex, as
   * Jackson writes every escape.
   */
  private static String surrogateEscape(char c) {
    return "\\u" + Integer.toHexString(c).toUpperCase(Locale.ROOT);
  }

  /**
   * {@return the error record for a document that could not be processed:
   * {@code {"id":…,"error":…}}} A batch writes it in the document's place and goes on.
   *
   * @param id the document's id; null when the input record had none
   * @param message what went wrong
   */
  public static String error(String id, String message) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = TO_CHARS.createGenerator(w)) {
      g.writeStartObject();
      if (id == null) {
        g.writeNullProperty("id");
      } else {
        g.writeStringProperty("id", id);
      }
      g.writeStringProperty("error", message);
      g.writeEndObject();
    }
    return w.toString();
  }

  private static void writeMentions(JsonGenerator g, List<Mention> mentions, boolean explain, TextValues texts) {
    g.writeStartArray();
    for (Mention m : mentions) {
      g.writeStartObject();
      string(g, TYPE, m.typeName());
      number(g, START, m.span().start());
      number(g, END, m.span().end());
      g.writeName(TEXT);
      texts.write(g, m.text());
      String value = m.value();
      if (value != null) {
        string(g, VALUE, value);
      }
      if (m instanceof MoneyMention money) {
        g.writeStringProperty("amount", NumberMention.plain(money.amount()));
        g.writeStringProperty("currency", money.currencyCode());
        if (money.upper() != null) {
          g.writeStringProperty("max", NumberMention.plain(money.upper()));
        }
        optional(g, "per", money.per());
        optional(g, "note", money.note());
      } else if (m instanceof TimeMention t) {
        optional(g, "offset", t.offset());
        optional(g, "anchor", t.anchor());
        optional(g, "calendar", t.calendar());
        optional(g, "original", t.original());
        optional(g, "freq", t.freq());
      } else if (m instanceof NumberMention n) {
        optional(g, "unit", n.unit());
      } else if (m instanceof EntityMention e) {
        optional(g, "code", e.code());
        if (e.grammaticalCase() != GrammaticalCase.NOMINATIVE) {
          g.writeStringProperty("case", e.grammaticalCase().name().toLowerCase(Locale.ROOT));
        }
        optional(g, "title", e.title());
        optional(g, "affiliation", e.affiliation());
      } else if (m instanceof CustomMention c) {
        for (Map.Entry<String, String> attribute : c.attributes().entrySet()) {
          optional(g, attribute.getKey(), attribute.getValue());
        }
      }
      if (m.approx()) {
        g.writeBooleanProperty("approx", true);
      }
      if (explain) {
        string(g, RULE, m.rule());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeEvent(JsonGenerator g, Event e, TextValues texts) {
    g.writeStartObject();
    string(g, TYPE, e.type());
    number(g, START, e.trigger().start());
    number(g, END, e.trigger().end());
    g.writeName(TEXT);
    texts.write(g, e.text());
    number(g, SENTENCE, e.sentence());
    optional(g, "cameo", e.cameo());
    if (e.negated()) {
      g.writeBooleanProperty("negated", true);
    }
    optional(g, "modality", e.modality());
    g.writeName("arguments");
    g.writeStartObject();
    for (Map.Entry<String, List<Argument>> role : e.arguments().entrySet()) {
      g.writeName(role.getKey());
      List<Argument> args = role.getValue();
      boolean list = args.size() != 1 || "parties".equals(role.getKey());
      if (list) {
        g.writeStartArray();
      }
      for (Argument arg : args) {
        g.writeStartObject();
        number(g, START, arg.span().start());
        number(g, END, arg.span().end());
        g.writeName(TEXT);
        texts.write(g, arg.text());
        optional(g, "value", arg.value());
        optional(g, "code", arg.code());
        optional(g, "title", arg.title());
        optional(g, "affiliation", arg.affiliation());
        optional(g, "resolved", arg.resolved());
        g.writeEndObject();
      }
      if (list) {
        g.writeEndArray();
      }
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  // The names written most, encoded once: a name given as a String is checked and encoded at
  // each property (a sixth of the time a mention's or sentence's properties took under C1).
  private static final SerializedString START = new SerializedString("start");
  private static final SerializedString END = new SerializedString("end");
  private static final SerializedString TEXT = new SerializedString("text");
  private static final SerializedString TYPE = new SerializedString("type");
  private static final SerializedString VALUE = new SerializedString("value");
  private static final SerializedString RULE = new SerializedString("rule");
  private static final SerializedString SENTENCE = new SerializedString("sentence");

  private static void string(JsonGenerator g, SerializableString name, String value) {
    g.writeName(name);
    g.writeString(value);
  }

  private static void number(JsonGenerator g, SerializableString name, int value) {
    g.writeName(name);
    g.writeNumber(value);
  }

  private static void optional(JsonGenerator g, String name, String value) {
    if (value != null) {
      g.writeStringProperty(name, value);
    }
  }

  /**
   * Reads one output object back, for consumers and round-trip tests. Tokens are not part of the
   * contract and come back empty; a mention without {@code rule} gets the rule {@code "?"}.
   *
   * @param json one object as {@link #write} produced it
   * @param document the document it was produced from (its id must match)
   * @return the annotation the object describes, with no tokens
   * @throws IllegalArgumentException if the JSON is not of the contract's form
   */
  public static Annotation read(String json, Document document) {
    Map<String, Object> root;
    try {
      root = object(JsonValues.parse(TO_CHARS, json));
    } catch (JacksonException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    } catch (ClassCastException e) {
      throw new IllegalArgumentException("not a JSON object: " + json, e);
    }
    if (!document.id().equals(root.get("id"))) {
      throw new IllegalArgumentException("id " + root.get("id") + " is not " + document.id());
    }
    if (root.containsKey("error")) {
      throw new IllegalArgumentException("an error record: " + root.get("error"));
    }
    try {
      return readAnnotation(root, document);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not of the contract's form: " + e.getMessage(), e);
    }
  }

  private static Annotation readAnnotation(Map<String, Object> root, Document document) {
    List<Sentence> sentences = new ArrayList<>();
    for (Object o : array(root, "sentences")) {
      Map<String, Object> s = object(o);
      Span span = span(s);
      sentences.add(new Sentence(span, 0, 0, bool(s, "heading"), span.of(document.text())));
    }
    List<Mention> mentions = readMentions(array(root, "mentions"));
    List<Event> events = new ArrayList<>();
    for (Object o : array(root, "events")) {
      Map<String, Object> e = object(o);
      Map<String, List<Argument>> args = new LinkedHashMap<>();
      Object roles = e.get("arguments");
      for (Map.Entry<String, Object> role : (roles == null ? Map.<String, Object>of() : object(roles)).entrySet()) {
        List<Argument> list = new ArrayList<>();
        Object v = role.getValue();
        for (Object ao : v instanceof List<?> several ? several : List.of(v)) {
          Map<String, Object> a = object(ao);
          list.add(new Argument(span(a), string(a, "text"), string(a, "value"),
              string(a, "code"), string(a, "title"),
              string(a, "affiliation"), string(a, "resolved")));
        }
        args.put(role.getKey(), list);
      }
      events.add(new Event(string(e, "type"), span(e), string(e, "text"),
          (Integer) e.get("sentence"), args, string(e, "cameo"),
          bool(e, "negated"), string(e, "modality")));
    }
    return new Annotation(document, sentences, List.of(), mentions, events,
        readMentions(array(root, "parts")));
  }

  private static List<Mention> readMentions(List<Object> array) {
    List<Mention> out = new ArrayList<>();
    for (Object o : array) {
      Map<String, Object> m = object(o);
      Span span = span(m);
      String text = string(m, "text");
      String value = string(m, "value");
      boolean approx = bool(m, "approx");
      String rule = m.containsKey("rule") ? string(m, "rule") : "?";
      String typeName = string(m, "type");
      if (CustomMention.TYPE_NAME.matcher(typeName).matches()) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, Object> field : m.entrySet()) {
          if (!CustomMention.RESERVED.contains(field.getKey())) {
            attributes.put(field.getKey(), (String) field.getValue());
          }
        }
        out.add(new GenericMention(typeName, span, text, value, approx, attributes, rule));
        continue;
      }
      MentionType type = MentionType.valueOf(typeName);
      out.add(switch (type) {
        case NUMBER, ORDINAL, PERCENT -> new NumberMention(type, span, text, new BigDecimal(value),
            null, approx, rule);
        case NUMBER_RANGE -> {
          String[] ends = value.split("/", 2);
          yield new NumberMention(type, span, text, new BigDecimal(ends[0]),
              new BigDecimal(ends[1]), string(m, "unit"), approx, rule);
        }
        case DATE, DATE_RANGE, DURATION, SET, TIME -> new TimeMention(type, span, text, value,
            string(m, "offset"), string(m, "anchor"),
            string(m, "calendar"), string(m, "original"), string(m, "freq"), approx, rule);
        case MONEY -> new MoneyMention(span, text, new BigDecimal(string(m, "amount")),
            m.containsKey("max") ? new BigDecimal(string(m, "max")) : null,
            string(m, "currency"), string(m, "per"),
            approx, string(m, "note"), rule);
        case PERSON, LOCATION, ORGANIZATION -> new EntityMention(type, span, text, value,
            string(m, "code"),
            GrammaticalCase.valueOf(m.containsKey("case") ? string(m, "case").toUpperCase(Locale.ROOT) : "NOMINATIVE"),
            string(m, "title"), string(m, "affiliation"), rule);
        case CUSTOM -> throw new IllegalArgumentException("CUSTOM is not a type name of the contract");
      });
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> array(Map<String, Object> object, String name) {
    Object value = object.get(name);
    return value == null ? List.of() : (List<Object>) value;
  }

  /** A string property, or null when absent. */
  private static String string(Map<String, Object> object, String name) {
    return (String) object.get(name);
  }

  private static boolean bool(Map<String, Object> object, String name) {
    return Boolean.TRUE.equals(object.get(name));
  }

  private static Span span(Map<String, Object> n) {
    if (!(n.get("start") instanceof Integer start) || !(n.get("end") instanceof Integer end)) {
      throw new IllegalArgumentException("no start/end: " + n);
    }
    return new Span(start, end);
  }
}
