package dev.nirjas;

import java.util.Arrays;
import java.util.Objects;

/**
 * The canonical form of a document's text together with the way back to the original.
 *
 * <p>Stages read {@link #text()} (NFC, nukta letters composed, markup residue removed) and report
 * spans in the original text through {@link #toOriginal(int, int)}.
 */
public final class NormalizedText {
  private final String original;
  private final String text;
  /**
   * The offset map as runs of normalized chars, three ints a run: where it begins in the text, then
   * {@code from, to}. A copied run ({@code to == COPIED}): char {@code at + k} comes from original
   * char {@code from + k}. A replaced run: each of its chars comes from original {@code [from, to)}.
   * Null when the text is the original char for char. Runs rather than two ints a char: a document
   * with a nukta letter typed as two chars every sixty has a map of a few hundred ints, not two
   * arrays the length of its text (those were a tenth of what the pipeline allocated). Lucene's
   * {@code BaseCharFilter} keeps a sparse map too, but of one offset per position: it cannot say
   * that a composed char comes from two, so a span's end would take in markup deleted after it.
   * The builder checks what lookups rely on: sources never go back, and a char's source never ends
   * before it begins, so the source of {@code [start, end)} ends where char {@code end - 1}'s does.
   */
  private final int[] runs;
  private final int runCount;
  private static final int COPIED = -1;

  private NormalizedText(String original, String text, int[] runs, int runCount) {
    this.original = original;
    this.text = text;
    this.runs = runs;
    this.runCount = runCount;
  }

  /**
   * {@return a text that normalization left unchanged, its offsets the original's}
   *
   * @param original the original text
   */
  public static NormalizedText identity(String original) {
    return new NormalizedText(Objects.requireNonNull(original), original, null, 0);
  }

  /**
   * A normalized text with its offset map given char by char.
   *
   * @param original the original text
   * @param text the normalized text
   * @param starts for each char {@code i} of {@code text}, the original offset where its source
   *     begins; non-decreasing
   * @param ends for each char {@code i} of {@code text}, the original offset where its source ends
   *     ({@code ends[i] > starts[i]}, except for a char that comes from no original char); chars
   *     that normalization deleted after it are not part of its source
   * @return the normalized text; it keeps no reference to the arrays
   * @throws IllegalArgumentException if an array's length is not the normalized text's, or an
   *     entry is outside the original, an end before its start, or a start before the one before it
   */
  public static NormalizedText mapped(String original, String text, int[] starts, int[] ends) {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(text, "text");
    if (starts.length != text.length() || ends.length != text.length()) {
      throw new IllegalArgumentException("offset map does not cover the text");
    }
    return fromArrays(original, text, starts, ends);
  }

  /**
   * As {@link #mapped}, for arrays that may be longer than the text (a normalizer's buffers): the
   * entries past the text's length are never read.
   *
   * @param original the original text
   * @param text the normalized text
   * @param starts as in {@link #mapped}, at least as long as {@code text}
   * @param ends as in {@link #mapped}, at least as long as {@code text}
   * @return the normalized text; it keeps no reference to the arrays
   * @throws IllegalArgumentException if an array is shorter than the normalized text, or as
   *     {@link #mapped}
   */
  public static NormalizedText wrapping(String original, String text, int[] starts, int[] ends) {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(text, "text");
    if (starts.length < text.length() || ends.length < text.length()) {
      throw new IllegalArgumentException("offset map does not cover the text");
    }
    return fromArrays(original, text, starts, ends);
  }

  private static NormalizedText fromArrays(String original, String text, int[] starts, int[] ends) {
    Builder b = new Builder(original);
    for (int i = 0; i < text.length(); i++) {
      if (ends[i] == starts[i] + 1) {
        b.copied(starts[i], 1);
      } else {
        b.replaced(starts[i], ends[i], 1);
      }
    }
    return b.build(text);
  }

  /**
   * Makes a normalized text's offset map run by run, in the order a normalizer writes its output:
   * chars copied one to one from the original, and chars that come from a range of it (a letter
   * composed from two, a rule's replacement). A run that continues the one before joins it. Not
   * thread-safe; one builder makes one text.
   *
   * <pre>{@code
   * // "'''চীন''' ও" normalized to "চীন ও": the bold markers deleted
   * NormalizedText nt = new NormalizedText.Builder(original).copied(3, 3).copied(9, 2).build("চীন ও");
   * }</pre>
   */
  public static final class Builder {
    private final String original;
    private int[] runs;
    /** Whether {@link #runs} is a caller's room, which {@link #build} copies the map out of. */
    private final boolean borrowed;
    private int count;
    private int length; // normalized chars mapped so far

    /**
     * A builder for a text normalized from {@code original}.
     *
     * @param original the original text
     */
    public Builder(String original) {
      this.original = Objects.requireNonNull(original, "original");
      this.runs = new int[3 * 8];
      this.borrowed = false;
    }

    /**
     * A builder that maps into {@code room} while it builds, for a caller that builds map after map
     * on one thread: {@link #build} copies the map out, no longer than it is, so the room serves
     * the next builder and the text keeps no slack. Why: a map grown by doubling was a tenth of
     * what normalization allocated.
     *
     * @param original the original text
     * @param room an array to write the map into (its contents are overwritten); when the map
     *     outgrows it, the builder goes on in arrays of its own
     */
    public Builder(String original, int[] room) {
      this.original = Objects.requireNonNull(original, "original");
      this.runs = Objects.requireNonNull(room, "room").length >= 3 ? room : new int[3 * 8];
      this.borrowed = true;
    }

    /**
     * {@return the array the map is in now, to serve the next builder}: a larger one than the room
     * once the map outgrew it. Only for a builder made with a room: another's array becomes its
     * text's map at {@link #build}.
     *
     * @throws IllegalStateException if the builder was made without a room
     */
    public int[] room() {
      if (!borrowed) {
        throw new IllegalStateException("a builder made without a room has none to give");
      }
      return runs;
    }

    /**
     * The next {@code length} normalized chars are original chars {@code [from, from + length)},
     * one to one.
     *
     * @param from where they begin in the original
     * @param length how many
     * @return this builder
     * @throws IllegalArgumentException if the range is outside the original, or begins before the
     *     source of the chars mapped before
     */
    public Builder copied(int from, int length) {
      check(from, from + length, length);
      if (length == 0) {
        return this;
      }
      int last = 3 * (count - 1);
      if (count > 0 && runs[last + 2] == COPIED && runs[last + 1] + (this.length - runs[last]) == from) {
        this.length += length; // continues the copied run before
      } else {
        add(from, COPIED, length);
      }
      return this;
    }

    /**
     * The next {@code length} normalized chars each come from original chars {@code [from, to)}:
     * a composed letter, a rule's replacement, or ({@code from == to}) a char made from nothing.
     *
     * @param from where their source begins in the original
     * @param to where it ends
     * @param length how many normalized chars
     * @return this builder
     * @throws IllegalArgumentException if the range is reversed or outside the original, or begins
     *     before the source of the chars mapped before
     */
    public Builder replaced(int from, int to, int length) {
      check(from, to, length);
      if (length == 0) {
        return this;
      }
      if (length == 1 && to == from + 1) {
        return copied(from, 1); // one char for one (a no-break space for a space): the same map
      }
      int last = 3 * (count - 1);
      if (count > 0 && runs[last + 1] == from && runs[last + 2] == to) {
        this.length += length; // more chars from the same source
      } else {
        add(from, to, length);
      }
      return this;
    }

    private void check(int from, int to, int length) {
      if (length < 0 || from < 0 || to < from || to > original.length()) {
        throw new IllegalArgumentException("bad source [" + from + ", " + to + ") for " + length
            + " chars of an original of " + original.length());
      }
      if (length > 0 && count > 0 && from < lastStart()) {
        throw new IllegalArgumentException("sources go back: " + from + " after " + lastStart());
      }
    }

    /** Where the source of the last char mapped begins. */
    private int lastStart() {
      int last = 3 * (count - 1);
      return runs[last + 2] == COPIED ? runs[last + 1] + (length - 1 - runs[last]) : runs[last + 1];
    }

    private void add(int from, int to, int length) {
      if (3 * count + 3 > runs.length) {
        runs = Arrays.copyOf(runs, runs.length * 2);
      }
      runs[3 * count] = this.length;
      runs[3 * count + 1] = from;
      runs[3 * count + 2] = to;
      count++;
      this.length += length;
    }

    /**
     * {@return the normalized text with the map built}
     *
     * @param text the normalized text: as many chars as were mapped
     * @throws IllegalArgumentException if the map does not cover the text exactly
     */
    public NormalizedText build(String text) {
      if (text.length() != length) {
        throw new IllegalArgumentException("offset map covers " + length + " chars, the text has " + text.length());
      }
      return new NormalizedText(original, text, borrowed ? Arrays.copyOf(runs, 3 * count) : runs, count);
    }
  }

  /** {@return the original text} */
  public String original() {
    return original;
  }

  /** {@return the canonical text that stages read} */
  public String text() {
    return text;
  }

  /** {@return whether normalization changed nothing} */
  public boolean isIdentity() {
    return runs == null;
  }

  /**
   * The run last found: the segmenter asks for its tokens' offsets in text order, so the next
   * lookup is nearly always in that run or the one after it. A hint only: read and written without
   * synchronization (an int is never torn, and any value is checked before use), so a text shared
   * between threads stays correct.
   */
  private int hint;

  /** The run holding normalized char {@code i}: the last that begins at or before it, as an index into {@code runs}. */
  private int runOf(int i) {
    int h = hint;
    if (h < runCount && runs[3 * h] <= i) {
      if (h + 1 == runCount || runs[3 * h + 3] > i) {
        return 3 * h;
      }
      if (h + 2 == runCount || runs[3 * h + 6] > i) {
        hint = h + 1;
        return 3 * h + 3;
      }
    }
    int lo = 0;
    int hi = runCount - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (runs[3 * mid] <= i) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    hint = lo;
    return 3 * lo;
  }

  private int startOf(int i) {
    int r = runOf(i);
    return runs[r + 2] == COPIED ? runs[r + 1] + (i - runs[r]) : runs[r + 1];
  }

  private int endOf(int i) {
    int r = runOf(i);
    return runs[r + 2] == COPIED ? runs[r + 1] + (i - runs[r]) + 1 : runs[r + 2];
  }

  /**
   * {@return the original offset where a normalized char comes from} At the end of the text, the
   * original's length.
   *
   * @param offset an offset into {@link #text()}, at most its length
   * @throws IndexOutOfBoundsException if the offset is negative or past the text's end (a text
   *     normalization changed; an unchanged one maps every offset to itself)
   */
  public int toOriginal(int offset) {
    if (runs == null) {
      return offset;
    }
    Objects.checkIndex(offset, text.length() + 1);
    return offset < text.length() ? startOf(offset) : original.length();
  }

  /**
   * {@return the original offset where the source of normalized char {@code end - 1} ends} That is
   * after its last letter however that was typed (ো as ে + া, য় as য + ়), before any joiner,
   * direction mark or markup that normalization deleted after it. For an empty range, where char
   * {@code start} begins.
   *
   * @param start where the normalized range begins
   * @param end where the normalized range ends, exclusive
   * @throws IndexOutOfBoundsException if the range is not within the text (as {@link #toOriginal(int)})
   */
  public int toOriginalEnd(int start, int end) {
    if (runs == null) {
      return end;
    }
    if (end <= start) {
      return toOriginal(start);
    }
    Objects.checkFromToIndex(start, end, text.length());
    return endOf(end - 1); // never before startOf(start): sources only go forward (see runs)
  }

  /**
   * {@return the original span of the normalized range {@code [start, end)}} It begins where char
   * {@code start} came from and ends where the source of char {@code end - 1} ends, so markup
   * deleted right after the range stays outside it.
   *
   * @param start where the normalized range begins
   * @param end where the normalized range ends, exclusive
   * @throws IndexOutOfBoundsException if the range is not within the text (as {@link #toOriginal(int)})
   */
  public Span toOriginal(int start, int end) {
    if (runs == null) {
      return new Span(start, end);
    }
    if (end <= start) {
      int at = toOriginal(start);
      return new Span(at, at);
    }
    return new Span(toOriginal(start), toOriginalEnd(start, end));
  }
}
