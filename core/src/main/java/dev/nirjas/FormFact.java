package dev.nirjas;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A fact about a word form — its lexicon entry, its word class, whether a table may have a phrase
 * starting with it — computed once per distinct form and kept with the form, so that a stage asking
 * it of every token pays the lookup once per word of the vocabulary rather than once per occurrence.
 *
 * <p>Why: every extractor stage asks its lexicon about every token, and running text repeats its
 * words (Zipf): most of the tokens of a document are forms seen before. Tokens made by the
 * segmenter share one {@link Vocabulary} entry per form and kind (the segmenter derives the kind
 * from the form, so in effect per form), and the entry keeps the facts asked of it (see
 * {@link Vocabulary} for how many forms it keeps). A token made with {@link Token}'s public
 * constructor keeps its own facts.
 *
 * <p>The function must be pure: the same form always gives the same value (null allowed). The value
 * is read by many threads, so it must be immutable (or safely published, e.g. a record, a String,
 * an enum, an immutable list). Declare a fact once per lexicon, in a {@code static final} field or
 * in the lexicon's constructor, not per call or per document: each fact takes one of a few slots
 * of every entry, and facts that share a slot only cost recomputation, never a wrong value.
 *
 * <p>Null is the cheapest value to read: an entry records in a bit that it has none of the fact
 * (of the first {@link #SLOTS} facts made, each with a bit), and a stage asking the fact of every
 * token then reads only the entry, not its slots. A fact whose usual value is one constant does
 * better to give null for it and let the caller read null as that constant.
 *
 * <pre>{@code
 * static final FormFact<Entry> ENTRY = FormFact.of(LEXICON::lookup);
 * Entry e = ENTRY.get(token);
 * }</pre>
 *
 * @param <T> the fact's type
 */
public final class FormFact<T> {
  /** Slots per form; a power of two. */
  static final int SLOTS = 32;
  private static final AtomicInteger NEXT_SLOT = new AtomicInteger();

  final int slot;
  /**
   * This fact's bit in a form's record of the facts it has none of ({@link Lexeme}); 0 for a fact
   * made after the first {@link #SLOTS}, whose null is kept in its slot like any value.
   */
  final int bit;
  /** This fact's null value, shared by every form that has none. */
  final Lexeme.Known absent = new Lexeme.Known(this, null);
  private final Function<? super Token, ? extends T> compute;

  private FormFact(Function<? super Token, ? extends T> compute) {
    this(compute, NEXT_SLOT.getAndIncrement());
  }

  /**
   * The {@code n}th fact made (counting from 0): its slot and bit; tests choose {@code n}. A bit
   * does not say which fact owns it, so such a fact must never share a vocabulary with the fact
   * that {@code n} names: tests give it a vocabulary of its own.
   */
  FormFact(Function<? super Token, ? extends T> compute, int n) {
    this.compute = Objects.requireNonNull(compute, "compute");
    this.slot = n & (SLOTS - 1);
    this.bit = n >= 0 && n < SLOTS ? 1 << n : 0;
  }

  /**
   * A fact computed by {@code compute} from a token's form.
   *
   * @param compute a pure function of the form (null results allowed)
   * @param <T> the fact's type
   * @return the fact
   */
  public static <T> FormFact<T> of(Function<String, ? extends T> compute) {
    Objects.requireNonNull(compute, "compute");
    return new FormFact<>(token -> compute.apply(token.form()));
  }

  /**
   * A fact computed from a token's form and {@link TokenKind kind}, which its vocabulary entry
   * holds together (the segmenter derives the kind from the form alone), from the first token of
   * the entry that asks; never from its offsets.
   *
   * @param compute a pure function of the token's form and kind (null results allowed)
   * @param <T> the fact's type
   * @return the fact
   */
  public static <T> FormFact<T> ofToken(Function<? super Token, ? extends T> compute) {
    return new FormFact<>(compute);
  }

  /**
   * {@return this fact about the token's form, computed on the form's first query and kept}
   *
   * @param token any token
   */
  public T get(Token token) {
    Lexeme l = token.lexeme();
    // most facts of most forms: none, kept in a bit of the form's entry
    return (l.absent & bit) != 0 ? null : l.fact(this, token);
  }

  T compute(Token token) {
    return compute.apply(token);
  }
}
