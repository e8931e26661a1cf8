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

  /**
   * Copies the lists, and checks the contract's promises: mentions ordered by start, apart from
   * one another, and inside the text.
   *
   * @param document the input
   * @param sentences sentences and headings, in text order
   * @param tokens tokens, in text order
   * @param mentions mentions, ordered by start offset, never overlapping
   * @param events events, in the order found
   * @param parts mentions that a later stage subsumed, for explanation
   * @throws IllegalArgumentException if the mentions break them
   */
  public Annotation {
    Objects.requireNonNull(document, "document");
    sentences = FrozenList.copyOf(sentences);
    tokens = FrozenList.copyOf(tokens);
    mentions = List.copyOf(mentions);
    events = List.copyOf(events);
    parts = List.copyOf(parts);
    int previousEnd = 0;
    for (Mention m : mentions) {
      if (m.span().start() < previousEnd || m.span().end() > document.text().length()) {
        throw new IllegalArgumentException("mentions overlap, are out of order or outside the text at " + m);
      }
      previousEnd = m.span().end();
    }
  }

  /** {@return the original text, which every span points into} */
  public String text() {
    return document.text();
  }

  /**
   * {@return the mentions of one class, in text order, typed} {@code a.mentions(MoneyMention.class)}
   * gives each amount with its {@link MoneyMention#amount()} and {@link MoneyMention#currency()}.
   *
   * @param <T> the mention class
   * @param kind the mention class: a record such as {@link TimeMention}, or {@link Mention} for all
   */
  public <T extends Mention> List<T> mentions(Class<T> kind) {
    return mentions.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /**
   * {@return the mentions of one type, in text order}
   *
   * @param type the type, {@link MentionType#DATE} say
   */
  public List<Mention> mentions(MentionType type) {
    return mentions.stream().filter(m -> m.type() == type).toList();
  }
}
