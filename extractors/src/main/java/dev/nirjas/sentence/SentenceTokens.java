package dev.nirjas.sentence;

import dev.nirjas.Analysis;
import dev.nirjas.Sentence;
import dev.nirjas.Token;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * One sentence's tokens as a list that a stage moves from sentence to sentence: what
 * {@link Analysis#tokensOf} gives, without a new view each sentence (one a sentence was about
 * 0.5 bytes per input byte, the largest share the numbers stage allocated). A stage reads one
 * sentence at a time, and its readers drop the list before the next: the list is only valid
 * until the next {@link #reset}.
 *
 * <p>Not thread-safe: one per document being processed.
 */
public final class SentenceTokens extends AbstractList<Token> implements RandomAccess {
  private List<Token> all = List.of();
  private int from;
  private int size;

  /**
   * {@return this list, now the tokens of {@code sentence}}
   *
   * @param analysis the analysis the sentence belongs to
   * @param sentence one of its sentences
   * @throws IndexOutOfBoundsException if the sentence's token range is not in the analysis's tokens
   */
  public SentenceTokens reset(Analysis analysis, Sentence sentence) {
    List<Token> tokens = analysis.tokens();
    Objects.checkFromToIndex(sentence.firstToken(), sentence.endToken(), tokens.size());
    this.all = tokens;
    this.from = sentence.firstToken();
    this.size = sentence.endToken() - sentence.firstToken();
    return this;
  }

  @Override
  public Token get(int index) {
    return all.get(from + Objects.checkIndex(index, size));
  }

  @Override
  public int size() {
    return size;
  }
}
