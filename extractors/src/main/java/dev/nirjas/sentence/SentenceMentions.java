package dev.nirjas.sentence;

import dev.nirjas.Mention;
import dev.nirjas.Sentence;
import java.util.List;
import java.util.Objects;

/**
 * The mentions inside one sentence, as {@link dev.nirjas.Analysis#mentionsWithin} gives them,
 * as a list that a stage moves from sentence to sentence in text order: a cursor over the
 * document's mentions, not a new list and a search each sentence (those were a fifth of what
 * the event stage allocated). The list is only valid until the next {@link #reset}.
 *
 * <p>Not thread-safe: one per document being processed.
 */
public final class SentenceMentions extends SentenceWindow<Mention> {
  private final List<Mention> all;
  private int next;
  private int lastEnd;

  /**
   * A cursor over a document's mentions.
   *
   * @param all the mentions, ordered by start offset and never overlapping (as
   *     {@link dev.nirjas.Analysis#mentions()} gives them); not changed while the cursor is used
   */
  public SentenceMentions(List<Mention> all) {
    super(new Mention[8]);
    this.all = Objects.requireNonNull(all, "all");
  }

  /**
   * {@return this list, now the mentions that lie inside {@code sentence}}
   *
   * @param sentence a sentence of the document: asked in text order (some may be left out), the
   *     cursor moves forward; one that starts before the last one ended starts the walk over
   */
  public SentenceMentions reset(Sentence sentence) {
    int start = sentence.start();
    int end = sentence.end();
    if (start < lastEnd) {
      next = 0; // out of order (a stage of another make, sentences that overlap): still right
    }
    lastEnd = end;
    int k = next;
    while (k < all.size() && all.get(k).span().start() < start) {
      k++; // before the sentence, or across its start
    }
    int from = k;
    // Mentions never overlap, so their ends are in order too: those inside the sentence are the
    // ones from here up to the first that ends past it.
    while (k < all.size() && all.get(k).span().start() < end && all.get(k).span().end() <= end) {
      k++;
    }
    show(all, from, k - from);
    next = k;
    return this;
  }
}
