package dev.nirjas.json;

import dev.nirjas.Annotation;
import dev.nirjas.Argument;
import dev.nirjas.Document;
import dev.nirjas.EntityMention;
import dev.nirjas.Event;
import dev.nirjas.GrammaticalCase;
import dev.nirjas.Mention;
import dev.nirjas.MentionType;
import dev.nirjas.MoneyMention;
import dev.nirjas.NumberMention;
import dev.nirjas.Sentence;
import dev.nirjas.Span;
import dev.nirjas.TimeMention;
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
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

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
  private static final ObjectMapper MAPPER = JsonMapper.builder(
      JsonFactory.builder().characterEscapes(new SurrogateEscapes()).build()).build();

  /**
   * Escapes surrogates as {@code \\ud800}: a lone one (which Java strings allow and JSON escapes
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
          ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
  }

  private AnnotationJson() {}

  /** The annotation as one line of JSON. */
  public static String write(Annotation a, boolean explain) {
    StringWriter w = new StringWriter(256 + a.text().length() / 4);
    write(a, explain, w);
    return w.toString();
  }

  /** Writes the annotation as one JSON object (no line break) to {@code out}; does not close it. */
  public static void write(Annotation a, boolean explain, Writer out) {
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringProperty("id", a.document().id());
      g.writeName("sentences");
      g.writeStartArray();
      for (Sentence s : a.sentences()) {
        g.writeStartObject();
        g.writeNumberProperty("start", s.span().start());
        g.writeNumberProperty("end", s.span().end());
        g.writeStringProperty("text", s.span().of(a.text()));
        if (s.heading()) {
          g.writeBooleanProperty("heading", true);
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeName("mentions");
      writeMentions(g, a.mentions(), explain);
      g.writeName("events");
      g.writeStartArray();
      for (Event e : a.events()) {
        writeEvent(g, e);
      }
      g.writeEndArray();
      if (explain && !a.parts().isEmpty()) {
        g.writeName("parts");
        writeMentions(g, a.parts(), true);
      }
      g.writeEndObject();
    }
  }

  /** The error record for a document that could not be processed: {@code {"id":…,"error":…}}. */
  public static String error(String id, String message) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = MAPPER.createGenerator(w)) {
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

  private static void writeMentions(JsonGenerator g, List<Mention> mentions, boolean explain) {
    g.writeStartArray();
    for (Mention m : mentions) {
      g.writeStartObject();
      g.writeStringProperty("type", m.type().name());
      g.writeNumberProperty("start", m.span().start());
      g.writeNumberProperty("end", m.span().end());
      g.writeStringProperty("text", m.text());
      String value = m.value();
      if (value != null) {
        g.writeStringProperty("value", value);
      }
      if (m instanceof MoneyMention money) {
        g.writeStringProperty("amount", NumberMention.plain(money.amount()));
        g.writeStringProperty("currency", money.currency());
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
      } else if (m instanceof EntityMention e) {
        optional(g, "code", e.code());
        if (e.grammaticalCase() != GrammaticalCase.NOMINATIVE) {
          g.writeStringProperty("case", e.grammaticalCase().name().toLowerCase(Locale.ROOT));
        }
        optional(g, "title", e.title());
        optional(g, "affiliation", e.affiliation());
      }
      if (m.approx()) {
        g.writeBooleanProperty("approx", true);
      }
      if (explain) {
        g.writeStringProperty("rule", m.rule());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeEvent(JsonGenerator g, Event e) {
    g.writeStartObject();
    g.writeStringProperty("type", e.type());
    g.writeNumberProperty("start", e.trigger().start());
    g.writeNumberProperty("end", e.trigger().end());
    g.writeStringProperty("text", e.text());
    g.writeNumberProperty("sentence", e.sentence());
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
        g.writeNumberProperty("start", arg.span().start());
        g.writeNumberProperty("end", arg.span().end());
        g.writeStringProperty("text", arg.text());
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
   * @throws IllegalArgumentException if the JSON is not of the contract's form
   */
  public static Annotation read(String json, Document document) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (!document.id().equals(root.path("id").asString(null))) {
      throw new IllegalArgumentException("id " + root.path("id") + " is not " + document.id());
    }
    if (root.has("error")) {
      throw new IllegalArgumentException("an error record: " + root.path("error").asString());
    }
    try {
      return readAnnotation(root, document);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not of the contract's form: " + e.getMessage(), e);
    }
  }

  private static Annotation readAnnotation(JsonNode root, Document document) {
    List<Sentence> sentences = new ArrayList<>();
    for (JsonNode s : root.path("sentences")) {
      sentences.add(new Sentence(span(s), 0, 0, s.path("heading").asBoolean(false)));
    }
    List<Mention> mentions = readMentions(root.path("mentions"));
    List<Event> events = new ArrayList<>();
    for (JsonNode e : root.path("events")) {
      Map<String, List<Argument>> args = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> role : e.path("arguments").properties()) {
        List<Argument> list = new ArrayList<>();
        JsonNode v = role.getValue();
        for (JsonNode a : v.isArray() ? v : List.of(v)) {
          list.add(new Argument(span(a), a.path("text").asString(), a.path("value").asString(null),
              a.path("code").asString(null), a.path("title").asString(null),
              a.path("affiliation").asString(null), a.path("resolved").asString(null)));
        }
        args.put(role.getKey(), list);
      }
      events.add(new Event(e.path("type").asString(), span(e), e.path("text").asString(),
          e.path("sentence").asInt(), args, e.path("cameo").asString(null),
          e.path("negated").asBoolean(false), e.path("modality").asString(null)));
    }
    return new Annotation(document, sentences, List.of(), mentions, events,
        readMentions(root.path("parts")));
  }

  private static List<Mention> readMentions(JsonNode array) {
    List<Mention> out = new ArrayList<>();
    for (JsonNode m : array) {
      MentionType type = MentionType.valueOf(m.path("type").asString());
      Span span = span(m);
      String text = m.path("text").asString();
      String value = m.path("value").asString(null);
      boolean approx = m.path("approx").asBoolean(false);
      String rule = m.path("rule").asString("?");
      out.add(switch (type) {
        case NUMBER, ORDINAL, PERCENT -> new NumberMention(type, span, text, new BigDecimal(value),
            null, approx, rule);
        case NUMBER_RANGE -> {
          String[] ends = value.split("/", 2);
          yield new NumberMention(type, span, text, new BigDecimal(ends[0]),
              new BigDecimal(ends[1]), approx, rule);
        }
        case DATE, DATE_RANGE, DURATION, SET, TIME -> new TimeMention(type, span, text, value,
            m.path("offset").asString(null), m.path("anchor").asString(null),
            m.path("calendar").asString(null), m.path("original").asString(null), approx, rule);
        case MONEY -> new MoneyMention(span, text, new BigDecimal(m.path("amount").asString()),
            m.has("max") ? new BigDecimal(m.path("max").asString()) : null,
            m.path("currency").asString(), m.path("per").asString(null),
            approx, m.path("note").asString(null), rule);
        case PERSON, LOCATION, ORGANIZATION -> new EntityMention(type, span, text, value,
            m.path("code").asString(null),
            GrammaticalCase.valueOf(m.path("case").asString("nominative").toUpperCase(Locale.ROOT)),
            m.path("title").asString(null), m.path("affiliation").asString(null), rule);
      });
    }
    return out;
  }

  private static Span span(JsonNode n) {
    if (!n.path("start").isInt() || !n.path("end").isInt()) {
      throw new IllegalArgumentException("no start/end: " + n);
    }
    return new Span(n.path("start").asInt(), n.path("end").asInt());
  }
}
