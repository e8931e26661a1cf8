package dev.nirjas;

import java.util.List;
import java.util.Objects;

/**
 * The result of running a {@link Pipeline} over a {@link Document}. Immutable.
 *
 * @param document the input
 * @param sentences sentences and headings, in text order
 * @param tokens tokens, in text order
 * @param mentions mentions, ordered by start offset, never overlapping
 * @param events events, in the order found
 * @param parts mentions that a later stage subsumed (the NUMBER inside a DATE), for explanation
 */
public record Annotation(
    Document document, List<Sentence> sentences, List<Token> tokens, List<Mention> mentions,
    List<Event> events, List<Mention> parts) {

  /** Copies the lists. */
  public Annotation {
    Objects.requireNonNull(document, "document");
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    mentions = List.copyOf(mentions);
    events = List.copyOf(events);
    parts = List.copyOf(parts);
  }

  /** The original text. */
  public String text() {
    return document.text();
  }

  /** The mentions of one type, in text order. */
  public List<Mention> mentions(MentionType type) {
    return mentions.stream().filter(m -> m.type() == type).toList();
  }
}
