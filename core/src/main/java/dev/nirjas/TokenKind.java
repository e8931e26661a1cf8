package dev.nirjas;

/** What a token is made of. */
public enum TokenKind {
  /** Letters (Bengali or other scripts), possibly with marks. */
  WORD,
  /** Digits only (Bengali or ASCII), possibly with a decimal point or group separators. */
  NUMBER,
  /** Digits and letters in one word: "২৫শে", "৪র্থ", "COVID19". */
  ALPHANUMERIC,
  /** Punctuation: danda, comma, brackets, dashes, quotes. */
  PUNCTUATION,
  /** Anything else: currency signs, math symbols, emoji. */
  SYMBOL
}
