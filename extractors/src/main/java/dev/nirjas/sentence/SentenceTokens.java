package dev.nirjas.sentence;

import dev.nirjas.Analysis;
import dev.nirjas.Sentence;
import dev.nirjas.Token;
import java.util.List;
import java.util.Objects;

/**
 * One sentence's tokens as a list that a stage moves from sentence to sentence: what
 * {@link Analysis#tokensOf} gives, without a new view each sentence (one a sentence was about
 * 0.5 bytes per input byte, the largest share the numbers stage allocated). A stage reads one
 * sentence at a time, and its readers drop the list before the next: the list is only valid
 * until the next {@link #reset}.
 *
 * <p>Not thread-safe: one per document being processed.
 */
public final class SentenceTokens extends SentenceWindow<Token> {

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
    show(tokens, sentence.firstToken(), sentence.endToken() - sentence.firstToken());
    return this;
  }
}
