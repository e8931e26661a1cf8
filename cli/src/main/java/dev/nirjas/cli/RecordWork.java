package dev.nirjas.cli;

import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.Event;
import dev.nirjas.Mention;
import dev.nirjas.Pipeline;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * All that is done to one input record, on one of the run's threads: decode it, read it into a
 * document, annotate it, write its output as UTF-8 bytes. Never throws for a bad record: whatever goes wrong
 * becomes its error record, so counts in = counts out. Thread-safe (it holds no state of a run).
 */
final class RecordWork implements Function<RawRecord, Result> {
  private final Pipeline pipeline;
  private final ExtractCommand.Format format;
  private final RecordFormat output;
  private final int maxChars;
  private final LocalDate date;
  private final String currency;

  /**
   * @param date the reference date of every document (a jsonl record's own wins); may be null
   * @param currency what bare টাকা means (a jsonl record's own wins); null for the pipeline's default
   */
  RecordWork(Pipeline pipeline, ExtractCommand.Format format, RecordFormat output, int maxChars,
      LocalDate date, String currency) {
    this.pipeline = pipeline;
    this.format = format;
    this.output = output;
    this.maxChars = maxChars;
    this.date = date;
    this.currency = currency;
  }

  @Override
  public Result apply(RawRecord r) {
    if (r.problem() != null) {
      return error(r, r.id(), r.problem());
    }
    Inputs.Chars text = Inputs.utf8Chars(r.bytes(), r.length());
    if (text == null) {
      return error(r, r.id(), format == ExtractCommand.Format.text ? "invalid UTF-8 in the input"
          : "invalid UTF-8 in line " + r.line());
    }
    if (format != ExtractCommand.Format.jsonl) {
      return annotate(r, new Document(r.id(), text.toString(), date, currency), null);
    }
    // A JSON line is parsed from the decoded chars themselves: it is never made a string. A
    // byte-order mark opens the file, not the record.
    int from = r.line() == 1 && text.length() > 0 && text.array()[0] == '\uFEFF' ? 1 : 0;
    if (text.isBlank(from)) {
      return error(r, r.id(), "empty line where a JSON object was expected");
    }
    JsonlRecord record;
    try {
      record = JsonlRecord.parse(text.array(), from, text.length() - from, r.id(), date, currency);
    } catch (IllegalArgumentException e) {
      return error(r, JsonlRecord.idOf(text.toString(from), r.id()), e.getMessage());
    }
    return annotate(r, record.document(), record.meta());
  }

  private Result annotate(RawRecord r, Document doc, String meta) {
    if (doc.text().length() > maxChars) {
      return error(r, doc.id(), (format == ExtractCommand.Format.jsonl ? "text" : "document")
          + " longer than --max-chars " + maxChars);
    }
    Annotation a;
    byte[] bytes;
    try {
      a = pipeline.annotate(doc);
      bytes = output.document(a, meta, r.position());
    } catch (RuntimeException | StackOverflowError e) {
      return error(r, doc.id(), "could not be processed: " + ExtractCommand.describe(e));
    }
    Map<String, Integer> mentions = new TreeMap<>();
    for (Mention m : a.mentions()) {
      mentions.merge(m.typeName(), 1, Integer::sum);
    }
    Map<String, Integer> events = new TreeMap<>();
    for (Event e : a.events()) {
      events.merge(e.type(), 1, Integer::sum);
    }
    return new Result(r, doc.id(), bytes, null, mentions, events);
  }

  private Result error(RawRecord r, String id, String message) {
    return new Result(r, id, output.error(id, message, r.position()), message,
        Map.of(), Map.of());
  }
}
