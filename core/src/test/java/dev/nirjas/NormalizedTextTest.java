package dev.nirjas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The offset map back to the original text, copied ({@code mapped}) or kept ({@code wrapping}). */
class NormalizedTextTest {
  // "'''চীন''' ও" normalized to "চীন ও": the bold markers are gone, each char maps to itself
  private static final String ORIGINAL = "'''চীন''' ও";
  private static final String TEXT = "চীন ও";
  private static final int[] STARTS = {3, 4, 5, 9, 10};
  private static final int[] ENDS = {4, 5, 6, 10, 11};

  @Test
  void aWrappedMapReadsOnlyTheTextsLengthOfLongerArrays() {
    int[] starts = {3, 4, 5, 9, 10, -1, -1}; // the normalizer's arrays, longer than its output
    int[] ends = {4, 5, 6, 10, 11, -1, -1};
    NormalizedText wrapped = NormalizedText.wrapping(ORIGINAL, TEXT, starts, ends);
    NormalizedText copied = NormalizedText.mapped(ORIGINAL, TEXT, STARTS, ENDS);
    int[][] rows = {
      // normalized start, end → original start, end
      {0, 3, 3, 6}, // চীন, without the markers on either side
      {4, 5, 10, 11}, // ও
      {0, 5, 3, 11},
      {5, 5, 11, 11}, // the end
      {2, 2, 5, 5}, // an empty span
    };
    for (int[] r : rows) {
      Span expected = new Span(r[2], r[3]);
      assertThat(wrapped.toOriginal(r[0], r[1])).as("%d-%d", r[0], r[1]).isEqualTo(expected);
      assertThat(copied.toOriginal(r[0], r[1])).as("%d-%d", r[0], r[1]).isEqualTo(expected);
    }
    assertThat(wrapped.toOriginal(5)).isEqualTo(ORIGINAL.length());
  }

  @Test
  void aMapThatDoesNotCoverTheTextIsRefused() {
    assertThatThrownBy(() -> NormalizedText.wrapping(ORIGINAL, TEXT, new int[4], new int[5]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NormalizedText.mapped(ORIGINAL, TEXT, new int[6], new int[6]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
