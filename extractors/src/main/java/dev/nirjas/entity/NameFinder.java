package dev.nirjas.entity;

import dev.nirjas.Token;
import java.util.List;

/**
 * Finds the names in one sentence's tokens: a small tool interface with the model behind it (as
 * OpenNLP's {@code TokenNameFinder}), so the entity stage does not care whether a statistical
 * model, a list or a user's own finder does the work.
 *
 * <p>Implementations are thread-safe: one instance serves every thread of a pipeline.
 */
public interface NameFinder {

  /**
   * The names among {@code tokens}, in text order, never overlapping.
   *
   * @param tokens the tokens of one sentence, in text order
   * @return the names, as ranges of {@code tokens}
   */
  List<NameSpan> find(List<Token> tokens);
}
