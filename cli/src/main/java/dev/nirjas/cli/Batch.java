package dev.nirjas.cli;

import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.Pipeline;
import dev.nirjas.json.AnnotationJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.LongSupplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns input records into output lines: one JSON object per record, in order, an error record for
 * a record that cannot be processed. Counts in = counts out.
 */
final class Batch {
  /** Duplicate keys are an error: last-wins would silently drop a record's other text or id. */
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final Pipeline pipeline;
  private final AnnotationJson.Options options;
  private final int maxChars;
  private final Writer out;
  private final String currency;
  private final LongSupplier reached;
  private long written;
  private long errors;
  private long bytes; // UTF-8 bytes of the records emitted so far, line ends included
  private final ArrayDeque<Long> pendingEnds = new ArrayDeque<>(); // emitted, not yet known to be out
  private long delivered;

  /** Writing the output failed: the run stops. */
  static final class OutputFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputFailure(IOException cause) {
      super(cause);
    }
  }

  Batch(Pipeline pipeline, boolean explain, int maxChars, Writer out) {
    this(pipeline, explain, maxChars, out, null);
  }

  /** @param currency what bare টাকা means in these documents (null: the pipeline's default) */
  Batch(Pipeline pipeline, boolean explain, int maxChars, Writer out, String currency) {
    this(pipeline, new AnnotationJson.Options(explain, true, false), maxChars, out, currency, null);
  }

  /**
   * @param options how each record is written
   * @param currency what bare টাকা means in these documents (null: the pipeline's default)
   * @param reached how many bytes of UTF-8 the destination has taken so far (under the buffers of
   *     {@code out}), or null when every record written counts as delivered
   */
  Batch(Pipeline pipeline, AnnotationJson.Options options, int maxChars, Writer out, String currency,
      LongSupplier reached) {
    this.pipeline = pipeline;
    this.options = options;
    this.maxChars = maxChars;
    this.out = out;
    this.currency = currency;
    this.reached = reached;
  }

  /** Records handed to the output. */
  long written() {
    return written;
  }

  /**
   * Records that reached the destination whole: fewer than {@link #written()} while the buffers
   * hold some, and what to report when writing fails (a full disk takes none of a small run).
   */
  long delivered() {
    if (reached == null) {
      return written;
    }
    long at = reached.getAsLong();
    while (!pendingEnds.isEmpty() && pendingEnds.peekFirst() <= at) {
      pendingEnds.pollFirst();
      delivered++;
    }
    return delivered;
  }

  long errors() {
    return errors;
  }

  /** The whole stream is one document. */
  void text(String id, InputStream in, LocalDate date) throws IOException {
    LineReader r = new LineReader(in, maxBytes(), false);
    LineReader.Line whole = r.next();
    if (whole == null) {
      annotate(new Document(id, "", date, currency));
    } else if (whole.tooLong()) {
      error(id, "document longer than --max-chars " + maxChars);
    } else {
      String text = decode(whole.bytes(), whole.length());
      if (text == null) {
        error(id, "invalid UTF-8 in the input");
      } else {
        annotate(new Document(id, text, date, currency));
      }
    }
  }

  /** Each line is a document, numbered from 1. */
  void lines(String prefix, InputStream in, LocalDate date) throws IOException {
    LineReader r = new LineReader(in, maxBytes(), true);
    long number = 0;
    for (LineReader.Line line; (line = r.next()) != null; ) {
      String id = prefix + (++number);
      if (line.tooLong()) {
        error(id, "line longer than --max-chars " + maxChars);
        continue;
      }
      String text = decode(line.bytes(), line.length());
      if (text == null) {
        error(id, "invalid UTF-8 in line " + number);
      } else {
        annotate(new Document(id, text, date, currency));
      }
    }
  }

  /** Each line is a JSON object {"id", "text", "date"}. */
  void jsonl(String prefix, InputStream in, LocalDate date) throws IOException {
    // JSON may escape every char as backslash-u-XXXX: six bytes a char
    LineReader r = new LineReader(in, (long) maxChars * 6 + 1024, true);
    long number = 0;
    for (LineReader.Line line; (line = r.next()) != null; ) {
      String fallbackId = prefix + (++number);
      if (line.tooLong()) {
        error(fallbackId, "line longer than --max-chars " + maxChars);
        continue;
      }
      String json = decode(line.bytes(), line.length());
      if (json == null) {
        error(fallbackId, "invalid UTF-8 in line " + number);
        continue;
      }
      if (number == 1 && !json.isEmpty() && json.charAt(0) == '\uFEFF') {
        json = json.substring(1); // a byte-order mark opens the file, not the record
      }
      if (json.isBlank()) {
        error(fallbackId, "empty line where a JSON object was expected");
        continue;
      }
      Document doc;
      try {
        doc = parseRecord(json, fallbackId, date, currency);
      } catch (IllegalArgumentException e) {
        error(idOf(json, fallbackId), e.getMessage());
        continue;
      }
      if (doc.text().length() > maxChars) {
        error(doc.id(), "text longer than --max-chars " + maxChars);
      } else {
        annotate(doc, meta(json));
      }
    }
  }

  static Document parseRecord(String json, String fallbackId, LocalDate date, String currency) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (StreamReadException e) {
      String m = e.getOriginalMessage();
      throw new IllegalArgumentException(m.startsWith("Duplicate") ? "duplicate key: " + m : "malformed JSON: " + m);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("a record must be a JSON object");
    }
    JsonNode id = node.get("id");
    String docId = id == null || id.isNull() ? fallbackId
        : id.isString() ? id.asString() : id.isNumber() ? numberText(json) : null;
    if (docId == null) {
      throw new IllegalArgumentException("\"id\" must be a string or a number");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isString()) {
      throw new IllegalArgumentException(text == null ? "missing \"text\"" : "\"text\" must be a string");
    }
    LocalDate docDate = date;
    JsonNode d = node.get("date");
    if (d != null && !d.isNull()) {
      try {
        docDate = LocalDate.parse(d.asString());
        if (docDate.getYear() < 1 || docDate.getYear() > 9999) {
          throw new DateTimeParseException("year out of 1-9999", d.asString(), 0);
        }
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("\"date\" must be YYYY-MM-DD, not " + d);
      }
    }
    String docCurrency = currency;
    JsonNode c = node.get("currency");
    if (c != null && !c.isNull()) {
      if (!c.isString() || !Document.isCurrencyCode(c.asString())) {
        throw new IllegalArgumentException("\"currency\" must be an ISO 4217 code such as INR, not " + c);
      }
      docCurrency = c.asString();
    }
    return new Document(docId, text.asString(), docDate, docCurrency);
  }

  /** The fields that the document does not take (a title, a URL), as a JSON object; else null. */
  static String meta(String json) {
    JsonNode node = MAPPER.readTree(json);
    if (!(node instanceof ObjectNode object)) {
      return null;
    }
    ObjectNode rest = object.deepCopy();
    rest.remove(List.of("id", "text", "date", "currency"));
    return rest.isEmpty() ? null : MAPPER.writeValueAsString(rest);
  }

  private static String idOf(String json, String fallback) {
    try {
      JsonNode id = MAPPER.readTree(json).get("id");
      if (id != null && id.isString()) {
        return id.asString();
      }
      if (id != null && id.isNumber()) {
        return numberText(json);
      }
    } catch (JacksonException | NullPointerException e) {
      // malformed: the line number stands in
    }
    return fallback;
  }

  /**
   * The JSON text of a record's numeric {@code "id"}, exactly as written: the tree keeps only a
   * double (1E2 would come back as "100.0", 1e400 as "Infinity").
   */
  static String numberText(String json) {
    try (JsonParser p = MAPPER.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("id") && value.isNumeric()) {
          return p.getString();
        }
        p.skipChildren();
      }
    }
    return null;
  }

  void annotate(Document doc) {
    annotate(doc, null);
  }

  private void annotate(Document doc, String meta) {
    if (doc.text().length() > maxChars) {
      error(doc.id(), "document longer than --max-chars " + maxChars);
      return;
    }
    String record;
    try {
      Annotation a = pipeline.annotate(doc);
      StringWriter w = new StringWriter(256 + doc.text().length() / 2);
      AnnotationJson.write(a, options, meta, w);
      record = w.toString();
    } catch (RuntimeException | StackOverflowError e) {
      error(doc.id(), "could not be processed: " + ExtractCommand.describe(e));
      return;
    }
    emit(record);
  }

  void error(String id, String message) {
    errors++;
    emit(AnnotationJson.error(id, message));
  }

  private void emit(String record) {
    try {
      out.write(record);
      out.write('\n');
    } catch (IOException e) {
      throw new OutputFailure(e);
    }
    written++;
    if (reached != null) {
      bytes += utf8Length(record) + 1;
      pendingEnds.addLast(bytes);
      delivered(); // keeps the queue to what the buffers hold
    }
  }

  /** The UTF-8 length of a record (its surrogates come in pairs: the JSON writer escapes lone ones). */
  private static long utf8Length(String s) {
    long n = 0;
    for (int i = 0, len = s.length(); i < len; i++) {
      char c = s.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }
    return n;
  }

  private long maxBytes() {
    return (long) maxChars * 4; // a UTF-8 char takes at most 4 bytes
  }

  private static String decode(byte[] bytes, int length) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return d.decode(ByteBuffer.wrap(bytes, 0, length)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Reads byte lines (or the whole stream), never holding more than a cap in memory. */
  static final class LineReader {
    private final InputStream in;
    private final long max;
    private final boolean byLine;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;

    record Line(byte[] bytes, int length, boolean tooLong) {}

    LineReader(InputStream in, long max, boolean byLine) {
      this.in = in;
      this.max = max;
      this.byLine = byLine;
    }

    /** The next line without its line end ({@code \n} or {@code \r\n}), or null at the end. */
    Line next() throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      long size = 0;
      boolean any = false;
      while (true) {
        if (pos == lim) {
          if (eof || (lim = in.read(buf)) < 0) {
            eof = true;
            lim = pos = 0;
            if (!any) {
              return null;
            }
            return finish(line, size);
          }
          pos = 0;
        }
        any = true;
        int start = pos;
        int end = lim;
        if (byLine) {
          while (pos < lim && buf[pos] != '\n') {
            pos++;
          }
          end = pos;
        } else {
          pos = lim;
        }
        size += end - start;
        if (size <= max) {
          line.write(buf, start, end - start);
        }
        if (byLine && pos < lim) {
          pos++; // the '\n'
          return finish(line, size);
        }
      }
    }

    private Line finish(ByteArrayOutputStream line, long size) {
      if (size > max) {
        return new Line(new byte[0], 0, true);
      }
      byte[] b = line.toByteArray();
      int n = b.length;
      if (byLine && n > 0 && b[n - 1] == '\r') {
        n--;
      }
      return new Line(b, n, false);
    }
  }
}
