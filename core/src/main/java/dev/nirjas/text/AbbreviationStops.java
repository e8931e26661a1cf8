package dev.nirjas.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import java.text.CharacterIterator;
import java.util.List;

/**
 * The abbreviations after which a full stop ends no sentence (ড. মো. খ্রি.), asked one break at a
 * time. ICU's own filter ({@code FilteredBreakIteratorBuilder}) decides, wrapped around an iterator
 * that calls every offset a boundary, so that its {@link BreakIterator#isBoundary(int)} says whether
 * it suppresses a break there.
 *
 * <p>Why not wrap the sentence iterator itself, as {@link Segmenter} does ICU's: the filter then
 * copies the text's iterator and walks its trie back from every break (a fifth of the segmentation
 * stage's time), and nearly every break of Bengali text follows a danda, which ends no
 * abbreviation. So the filter is asked only where the last char before the break that is not white
 * space ends some abbreviation: a condition every suppression meets, whatever white space ICU reads
 * back over.
 *
 * <p>Not thread-safe (the filter keeps its text): one per thread, as for any break iterator.
 */
final class AbbreviationStops {
  /** The last char of each abbreviation, each once, and the stop when an entry has one inside. */
  private final String lastChars;
  private final BreakIterator filter;

  AbbreviationStops(List<String> abbreviations) {
    StringBuilder last = new StringBuilder();
    FilteredBreakIteratorBuilder b = FilteredBreakIteratorBuilder.getEmptyInstance();
    for (String a : abbreviations) {
      if (a.isEmpty()) {
        throw new IllegalArgumentException("an empty abbreviation");
      }
      b.suppressBreakAfter(a);
      char c = a.charAt(a.length() - 1);
      if (last.indexOf(String.valueOf(c)) < 0) {
        last.append(c);
      }
      if (a.indexOf('.') >= 0 && last.indexOf(".") < 0) {
        last.append('.'); // ICU guards the break after an entry's first part too, up to its first stop
      }
    }
    this.lastChars = last.toString();
    this.filter = b.wrapIteratorWithFilter(new EveryOffset());
  }

  /** Sets the text the breaks are asked of. */
  void setText(CharacterIterator text) {
    filter.setText(text);
  }

  /**
   * {@return whether the break at {@code n} is one ICU's filter suppresses}
   *
   * @param text the text last {@link #setText set}, as a string
   * @param n a break inside it: {@code 0 < n < text.length()}
   */
  boolean suppresses(String text, int n) {
    int p = n - 1;
    while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
      p--;
    }
    return p >= 0 && lastChars.indexOf(text.charAt(p)) >= 0 && !filter.isBoundary(n);
  }

  /** Every offset a boundary: what the filter's {@code isBoundary} asks of the iterator it wraps. */
  private static final class EveryOffset extends BreakIterator {
    private CharacterIterator text = new StringCharacters("");

    @Override
    public boolean isBoundary(int offset) {
      return true;
    }

    @Override
    public CharacterIterator getText() {
      return text;
    }

    @Override
    public void setText(CharacterIterator newText) {
      text = newText;
    }

    @Override
    public int first() {
      throw unsupported();
    }

    @Override
    public int last() {
      throw unsupported();
    }

    @Override
    public int next(int n) {
      throw unsupported();
    }

    @Override
    public int next() {
      throw unsupported();
    }

    @Override
    public int previous() {
      throw unsupported();
    }

    @Override
    public int following(int offset) {
      throw unsupported();
    }

    @Override
    public int current() {
      throw unsupported();
    }

    private static UnsupportedOperationException unsupported() {
      return new UnsupportedOperationException("only isBoundary is asked of this iterator");
    }
  }
}
