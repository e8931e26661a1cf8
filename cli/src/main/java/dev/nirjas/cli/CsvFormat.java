package dev.nirjas.cli;

import dev.nirjas.Annotation;
import dev.nirjas.Argument;
import dev.nirjas.Event;
import dev.nirjas.Mention;
import dev.nirjas.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * CSV for a spreadsheet or a data frame: one row per mention and one per event argument (an event
 * without arguments has one row of its own), one per error record; a document with neither
 * mentions nor events has no row. RFC 4180: quoted by Jackson's CSV writer, CRLF line ends, a
 * header row. Thread-safe.
 *
 * <p>Columns: {@code record} (the input record's place in the run, from 1: rows of one record are
 * together, and a gap is a record without rows), {@code id}, {@code kind} ({@code mention},
 * {@code argument}, {@code event}, {@code error}), {@code sentence} (index into the document's
 * sentences), {@code type} (the mention's type, or the event's for its rows), {@code start},
 * {@code end}, {@code text}, {@code value} (of the mention or the argument), then the event's:
 * {@code event} (its index in the document), {@code role}, {@code trigger_start}, {@code trigger_end},
 * {@code trigger}, {@code cameo}, {@code negated}, {@code modality}; last {@code error}.
 */
final class CsvFormat implements RecordFormat {
  /** The columns, in order. */
  static final List<String> COLUMNS = List.of("record", "id", "kind", "sentence", "type", "start", "end",
      "text", "value", "event", "role", "trigger_start", "trigger_end", "trigger", "cameo", "negated",
      "modality", "error");

  private static final CsvSchema SCHEMA;

  static {
    CsvSchema.Builder b = CsvSchema.builder();
    COLUMNS.forEach(b::addColumn);
    SCHEMA = b.build().withLineSeparator("\r\n");
  }

  private static final CsvMapper MAPPER = new CsvMapper();
  private static final ObjectWriter ROWS = MAPPER.writer(SCHEMA.withoutHeader());
  private static final String HEADER = MAPPER.writer(SCHEMA.withHeader()).writeValueAsString(List.of());

  @Override
  public String header() {
    return HEADER;
  }

  @Override
  public byte[] document(Annotation a, String meta, long position) {
    List<String[]> rows = new ArrayList<>();
    String record = Long.toString(position + 1);
    String id = a.document().id();
    List<Sentence> sentences = a.sentences();
    for (Mention m : a.mentions()) {
      String[] row = row(record, id, "mention");
      row[3] = sentenceOf(sentences, m.start());
      row[4] = m.typeName();
      span(row, m.start(), m.end(), m.text(), m.value());
      rows.add(row);
    }
    List<Event> events = a.events();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      if (e.arguments().isEmpty()) {
        rows.add(event(record, id, e, i, "event"));
      }
      for (Map.Entry<String, List<Argument>> role : e.arguments().entrySet()) {
        for (Argument arg : role.getValue()) {
          String[] row = event(record, id, e, i, "argument");
          row[10] = role.getKey();
          span(row, arg.span().start(), arg.span().end(), arg.text(), arg.value());
          rows.add(row);
        }
      }
    }
    return rows.isEmpty() ? new byte[0] : rows(rows);
  }

  /** Rows as CSV in UTF-8, line ends included. */
  byte[] rows(List<String[]> rows) {
    return ROWS.writeValueAsBytes(rows);
  }

  @Override
  public byte[] error(String id, String message, long position) {
    String[] row = row(Long.toString(position + 1), id, "error");
    row[17] = message;
    return ROWS.writeValueAsBytes(List.<String[]>of(row));
  }

  private static String[] row(String record, String id, String kind) {
    String[] row = new String[COLUMNS.size()];
    Arrays.fill(row, "");
    row[0] = record;
    row[1] = id == null ? "" : id;
    row[2] = kind;
    return row;
  }

  private static String[] event(String record, String id, Event e, int index, String kind) {
    String[] row = row(record, id, kind);
    row[3] = Integer.toString(e.sentence());
    row[4] = e.type();
    row[9] = Integer.toString(index);
    row[11] = Integer.toString(e.trigger().start());
    row[12] = Integer.toString(e.trigger().end());
    row[13] = e.text();
    row[14] = e.cameo() == null ? "" : e.cameo();
    row[15] = e.negated() ? "true" : "false";
    row[16] = e.modality() == null ? "" : e.modality();
    return row;
  }

  private static void span(String[] row, int start, int end, String text, String value) {
    row[5] = Integer.toString(start);
    row[6] = Integer.toString(end);
    row[7] = text;
    row[8] = value == null ? "" : value;
  }

  /** The index of the sentence that holds {@code offset} (sentences are in text order). */
  private static String sentenceOf(List<Sentence> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).start() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found < 0 ? "" : Integer.toString(found);
  }
}
