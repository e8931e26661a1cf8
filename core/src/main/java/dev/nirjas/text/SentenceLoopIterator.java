package dev.nirjas.text;

import com.ibm.icu.text.BreakIterator;
import java.text.CharacterIterator;

/**
 * {@link SentenceBreakLoop}'s boundaries as an ICU {@link BreakIterator}, without the breaks after
 * abbreviations that {@link AbbreviationStops} (ICU's filter, asked where it may suppress one)
 * takes away: the same boundaries as ICU's sentence iterator under that filter.
 *
 * <p>Forward iteration ({@link #first()}, {@link #next()}) is what the segmenter uses; the other
 * moves are plain walks from the start. The loop reads the text's chars from an array: the
 * segmenter's own ({@link #setText(String, char[])}), or a copy. Not thread-safe, as no break
 * iterator is.
 */
final class SentenceLoopIterator extends BreakIterator {
  private final AbbreviationStops stops;
  private CharacterIterator characters = new StringCharacters("");
  private String text = "";
  private char[] chars = {};
  private int length;
  private int current;

  /** An iterator whose breaks after {@code stops}' abbreviations are suppressed. */
  SentenceLoopIterator(AbbreviationStops stops) {
    this.stops = stops;
  }

  @Override
  public void setText(CharacterIterator newText) {
    if (newText instanceof StringCharacters s) {
      setText(newText, s.string(), s.string().toCharArray());
    } else {
      char[] c = copy(newText);
      String t = new String(c);
      setText(new StringCharacters(t), t, c);
    }
  }

  /**
   * Sets the text, its chars given as an array (which may be longer): the segmenter's, which holds
   * them already.
   *
   * @param text the text
   * @param chars its chars from index 0; read, never written, and not to change while the iterator reads them
   */
  void setText(String text, char[] chars) {
    setText(new StringCharacters(text), text, chars);
  }

  private void setText(CharacterIterator newText, String text, char[] chars) {
    characters = newText;
    this.text = text;
    this.chars = chars;
    this.length = text.length();
    stops.setText(newText); // the loop's chars
    current = 0;
  }

  /** The first boundary after {@code b} that no abbreviation suppresses; the text's length if none. */
  private int after(int b) {
    int n = SentenceBreakLoop.next(chars, length, b);
    while (n < length && stops.suppresses(text, n)) {
      n = SentenceBreakLoop.next(chars, length, n);
    }
    return n;
  }

  /** The chars of any other iterator, read by index: first()/next() would take a U+FFFF in the text for DONE. */
  private static char[] copy(CharacterIterator it) {
    char[] chars = new char[it.getEndIndex() - it.getBeginIndex()];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = it.setIndex(it.getBeginIndex() + i);
    }
    it.setIndex(it.getBeginIndex());
    return chars;
  }

  @Override
  public CharacterIterator getText() {
    return characters;
  }

  @Override
  public int first() {
    return current = 0;
  }

  @Override
  public int last() {
    return current = text.length();
  }

  @Override
  public int current() {
    return current;
  }

  @Override
  public int next() {
    if (current >= text.length()) {
      return DONE;
    }
    return current = after(current);
  }

  @Override
  public int next(int n) {
    int result = current;
    for (; n > 0 && result != DONE; n--) {
      result = next();
    }
    for (; n < 0 && result != DONE; n++) {
      result = previous();
    }
    return result;
  }

  @Override
  public int previous() {
    if (current == 0) {
      return DONE;
    }
    int target = current;
    int before = 0;
    for (int b = 0; b < target; b = after(b)) {
      before = b;
    }
    return current = before;
  }

  @Override
  public int following(int offset) {
    checkOffset(offset);
    first();
    while (current <= offset && current < text.length()) {
      next();
    }
    return current > offset ? current : DONE;
  }

  @Override
  public int preceding(int offset) {
    checkOffset(offset);
    int before = 0;
    for (int b = 0; b < offset; b = after(b)) {
      before = b;
    }
    if (offset == 0) {
      current = 0;
      return DONE;
    }
    return current = before;
  }

  @Override
  public boolean isBoundary(int offset) {
    checkOffset(offset);
    int b = 0;
    while (b < offset) {
      b = after(b);
    }
    current = b;
    return b == offset;
  }

  private void checkOffset(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IllegalArgumentException("offset out of bounds: " + offset);
    }
  }
}
