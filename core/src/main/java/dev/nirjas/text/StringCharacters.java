package dev.nirjas.text;

import java.text.CharacterIterator;

/**
 * A {@link CharacterIterator} over a string that gives the string back ({@link #string()}), so that
 * {@link SentenceLoopIterator} reads the text ICU's filter hands it without copying it char by char
 * (the JDK's {@code StringCharacterIterator} keeps its string to itself).
 */
final class StringCharacters implements CharacterIterator {
  private final String text;
  private int index;

  StringCharacters(String text) {
    this.text = text;
  }

  /** {@return the whole string} */
  String string() {
    return text;
  }

  @Override
  public char first() {
    index = 0;
    return current();
  }

  @Override
  public char last() {
    index = text.isEmpty() ? 0 : text.length() - 1;
    return current();
  }

  @Override
  public char current() {
    return index < text.length() ? text.charAt(index) : DONE;
  }

  @Override
  public char next() {
    if (index < text.length()) {
      index++;
    }
    return current();
  }

  @Override
  public char previous() {
    if (index == 0) {
      return DONE;
    }
    index--;
    return current();
  }

  @Override
  public char setIndex(int position) {
    if (position < 0 || position > text.length()) {
      throw new IllegalArgumentException("invalid position " + position);
    }
    index = position;
    return current();
  }

  @Override
  public int getBeginIndex() {
    return 0;
  }

  @Override
  public int getEndIndex() {
    return text.length();
  }

  @Override
  public int getIndex() {
    return index;
  }

  @Override
  public StringCharacters clone() {
    try {
      return (StringCharacters) super.clone();
    } catch (CloneNotSupportedException e) {
      throw new AssertionError(e);
    }
  }
}
