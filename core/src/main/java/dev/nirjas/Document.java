package dev.nirjas;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One input text to annotate.
 *
 * @param id caller's identifier, echoed in the output; never null
 * @param text the original text; every reported span points into it; never null
 * @param referenceDate the date the text was written, if known: it anchors relative expressions
 *     such as "গত বছর" (last year); may be null
 */
public record Document(String id, String text, LocalDate referenceDate) {

  /** Rejects a null id or text. */
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  /** A document without a reference date. */
  public static Document of(String id, String text) {
    return new Document(id, text, null);
  }

  /** The reference date, if the caller gave one. */
  public Optional<LocalDate> reference() {
    return Optional.ofNullable(referenceDate);
  }
}
