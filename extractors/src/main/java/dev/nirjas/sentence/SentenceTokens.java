package dev.nirjas.sentence;

import dev.nirjas.Analysis;
import dev.nirjas.Sentence;
import dev.nirjas.Token;
import java.util.List;

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
  /** An empty list, moved to a sentence by {@link #reset}. */
  public SentenceTokens() {
    super(new Token[16]);
  }

  /**
   * {@return this list, now the tokens of {@code sentence}}
   *
   * @param analysis the analysis the sentence belongs to
   * @param sentence one of its sentences
   * @throws IndexOutOfBoundsException if the sentence's token range is not in the analysis's tokens
   */
  public SentenceTokens reset(Analysis analysis, Sentence sentence) {
    int size = sentence.endToken() - sentence.firstToken();
    analysis.copyTokens(sentence.firstToken(), sentence.endToken(), room(Math.max(size, 0)));
    shown(size);
    return this;
  }

  /**
   * {@return the array this list reads from: its tokens at [0, {@link #size()}), then whatever an
   * earlier sentence left} For the module's readers that keep a sentence's tokens in an array
   * (they read them many times over): they read this one rather than copy it, until the next
   * {@link #reset}, and never write it.
   */
  public Token[] array() {
    return room(0);
  }

  /**
   * {@return {@code room} holding {@code tokens} from its start, or a longer array made for them
   * when room is short} For a reader given a list that is not a window.
   */
  public static Token[] copy(List<Token> tokens, Token[] room) {
    int n = tokens.size();
    Token[] to = room.length < n ? new Token[Math.max(n, 2 * room.length)] : room;
    for (int i = 0; i < n; i++) {
      to[i] = tokens.get(i);
    }
    return to;
  }
}
