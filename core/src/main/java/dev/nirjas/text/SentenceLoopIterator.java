package dev.nirjas.text;

import com.ibm.icu.text.BreakIterator;
import java.text.CharacterIterator;

/**
 * {@link SentenceBreakLoop}'s boundaries as an ICU {@link BreakIterator}, so that ICU's abbreviation
 * filter ({@code FilteredBreakIteratorBuilder}) can wrap it exactly as it wraps ICU's own sentence
 * iterator: the suppression of breaks after "ড." and the like stays ICU's code.
 *
 * <p>Forward iteration ({@link #first()}, {@link #next()}) is what the segmenter and the filter
 * use; the other moves are plain walks from the start. A text given as {@link StringCharacters}
 * is read as it is, any other is copied. Not thread-safe, as no break iterator is.
 */
final class SentenceLoopIterator extends BreakIterator {
  private CharacterIterator characters = new StringCharacters("");
  private String text = "";
  private int current;

  @Override
  public void setText(CharacterIterator newText) {
    characters = newText;
    text = newText instanceof StringCharacters s ? s.string() : copy(newText);
    current = 0;
  }

  /** The chars of any other iterator, read by index: first()/next() would take a U+FFFF in the text for DONE. */
  private static String copy(CharacterIterator it) {
    char[] chars = new char[it.getEndIndex() - it.getBeginIndex()];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = it.setIndex(it.getBeginIndex() + i);
    }
    it.setIndex(it.getBeginIndex());
    return new String(chars);
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
    return current = SentenceBreakLoop.next(text, current);
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
    for (int b = 0; b < target; b = SentenceBreakLoop.next(text, b)) {
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
    for (int b = 0; b < offset; b = SentenceBreakLoop.next(text, b)) {
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
      b = SentenceBreakLoop.next(text, b);
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
