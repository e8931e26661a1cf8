package dev.nirjas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The offset map back to the original text: given char by char ({@code mapped}, {@code wrapping}) or run by run ({@code Builder}). */
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
  void offsetsOutsideAChangedTextAreRefused() {
    NormalizedText nt = NormalizedText.mapped(ORIGINAL, TEXT, STARTS, ENDS);
    assertThatThrownBy(() -> nt.toOriginal(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> nt.toOriginal(6)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> nt.toOriginal(2, 9)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> nt.toOriginalEnd(-1, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(nt.toOriginal(5)).isEqualTo(ORIGINAL.length()); // the end itself is in
  }

  @Test
  void aMapThatDoesNotCoverTheTextIsRefused() {
    assertThatThrownBy(() -> NormalizedText.wrapping(ORIGINAL, TEXT, new int[4], new int[5]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NormalizedText.mapped(ORIGINAL, TEXT, new int[6], new int[6]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBuiltMapReadsAsTheSameMapGivenCharByChar() {
    NormalizedText built = new NormalizedText.Builder(ORIGINAL).copied(3, 3).copied(9, 2).build(TEXT);
    NormalizedText copied = NormalizedText.mapped(ORIGINAL, TEXT, STARTS, ENDS);
    for (int start = 0; start <= TEXT.length(); start++) {
      assertThat(built.toOriginal(start)).isEqualTo(copied.toOriginal(start));
      for (int end = start; end <= TEXT.length(); end++) {
        assertThat(built.toOriginal(start, end)).as("%d-%d", start, end).isEqualTo(copied.toOriginal(start, end));
      }
    }
  }

  @Test
  void aComposedLetterSpansBothCharsItWasTypedAs() {
    // "কয়েক" typed with য + ় (5 chars), normalized with য় as one char (4)
    String original = "ক\u09AF\u09BCেক";
    String text = "ক\u09DFেক";
    NormalizedText nt = new NormalizedText.Builder(original).copied(0, 1).replaced(1, 3, 1).copied(3, 2).build(text);
    int[][] rows = {
      // normalized start, end → original start, end
      {0, 1, 0, 1}, // ক
      {1, 2, 1, 3}, // য় ← য + ়
      {2, 3, 3, 4}, // ে
      {3, 4, 4, 5}, // ক
      {1, 3, 1, 4},
      {0, 4, 0, 5}, // the word
      {2, 2, 3, 3}, // empty, after the composed letter
    };
    for (int[] r : rows) {
      assertThat(nt.toOriginal(r[0], r[1])).as("%d-%d", r[0], r[1]).isEqualTo(new Span(r[2], r[3]));
    }
    assertThat(nt.toOriginal(4)).isEqualTo(5);
  }

  @Test
  void aCharMadeFromNothingHasAnEmptySource() {
    // a joiner inserted between two runs of marks: it comes from no original char
    String original = "ক\u09CD\u09CD";
    String text = "ক\u09CD\u034F\u09CD";
    NormalizedText nt = new NormalizedText.Builder(original).copied(0, 2).replaced(2, 2, 1).copied(2, 1).build(text);
    assertThat(nt.toOriginal(2, 3)).isEqualTo(new Span(2, 2));
    assertThat(nt.toOriginal(1, 3)).isEqualTo(new Span(1, 2)); // the mark before it, not the one after
    assertThat(nt.toOriginal(2, 4)).isEqualTo(new Span(2, 3));
  }

  @Test
  void aBuilderRefusesSourcesThatGoBackOrOutAndAMapOfAnotherLength() {
    NormalizedText.Builder b = new NormalizedText.Builder("কখগ").copied(1, 2);
    assertThatThrownBy(() -> b.copied(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.replaced(2, 4, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.replaced(3, 2, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.copied(2, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.build("কখগ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(b.build("খগ").toOriginal(0, 2)).isEqualTo(new Span(1, 3));
  }

  /** Random maps, the arrays themselves the expected answer: kept as runs, they read the same. */
  @Test
  void anyMapGivenCharByCharReadsBackAsItsArrays() {
    java.util.Random r = new java.util.Random(7);
    for (int n = 0; n < 2_000; n++) {
      int length = r.nextInt(40);
      int[] starts = new int[length];
      int[] ends = new int[length];
      int at = r.nextInt(3);
      for (int k = 0; k < length; k++) {
        switch (r.nextInt(6)) {
          case 0 -> at += r.nextInt(4); // chars deleted before this one
          case 1 -> { } // the same source as the char before, or
          default -> at += k == 0 ? 0 : 1; // the next char, one to one (most)
        }
        starts[k] = at;
        int width = r.nextInt(5) == 0 ? r.nextInt(4) : 1; // made from nothing, one, or several
        ends[k] = at + width;
      }
      int originalLength = length == 0 ? at : ends[length - 1] + r.nextInt(3);
      for (int k = 0; k < length; k++) {
        originalLength = Math.max(originalLength, ends[k]);
      }
      String original = "ক".repeat(originalLength);
      String text = "খ".repeat(length);
      NormalizedText nt = NormalizedText.mapped(original, text, starts, ends);
      for (int a = 0; a < length; a++) {
        assertThat(nt.toOriginal(a)).isEqualTo(starts[a]);
        for (int b = a + 1; b <= length; b++) {
          assertThat(nt.toOriginal(a, b)).as("%s %s: %d-%d", java.util.Arrays.toString(starts),
              java.util.Arrays.toString(ends), a, b).isEqualTo(new Span(starts[a], Math.max(starts[a], ends[b - 1])));
        }
      }
      assertThat(nt.toOriginal(length)).isEqualTo(originalLength);
    }
  }

  @Test
  void mapsBuiltInOneRoomReadAsTheirSources() {
    // one room for map after map, as the normalizer's thread keeps it: each text, read after the
    // room was written again, gives each char's source as the test wrote it down, not as a builder
    // without a room reads it (one char for one goes in as a replacement and comes out as a copy)
    java.util.Random r = new java.util.Random(11);
    int[] room = new int[3];
    List<NormalizedText> built = new java.util.ArrayList<>();
    List<int[]> startsOf = new java.util.ArrayList<>();
    List<int[]> endsOf = new java.util.ArrayList<>();
    for (int n = 0; n < 300; n++) {
      int length = 1 + r.nextInt(60);
      String original = "ক".repeat(3 * length);
      NormalizedText.Builder inRoom = new NormalizedText.Builder(original, room);
      int[] starts = new int[length];
      int[] ends = new int[length];
      int at = 0;
      for (int k = 0; k < length; k++) {
        at = k == 0 ? 0 : at + r.nextInt(3); // 0: the same source again; 1: one to one; 2: a char skipped
        if (r.nextBoolean()) {
          inRoom.copied(at, 1);
          starts[k] = at;
          ends[k] = at + 1;
        } else {
          int width = r.nextInt(3); // from nothing, one char (the same as a copy) or two
          inRoom.replaced(at, at + width, 1);
          starts[k] = at;
          ends[k] = at + width;
        }
      }
      room = inRoom.room();
      built.add(inRoom.build("খ".repeat(length)));
      startsOf.add(starts);
      endsOf.add(ends);
    }
    for (int n = 0; n < built.size(); n++) {
      NormalizedText nt = built.get(n);
      int[] starts = startsOf.get(n);
      int[] ends = endsOf.get(n);
      for (int a = 0; a < starts.length; a++) {
        assertThat(nt.toOriginal(a)).as("map %d: %d", n, a).isEqualTo(starts[a]);
        for (int b = a + 1; b <= starts.length; b++) {
          assertThat(nt.toOriginal(a, b)).as("map %d: %d-%d", n, a, b)
              .isEqualTo(new Span(starts[a], Math.max(starts[a], ends[b - 1])));
        }
      }
    }
    assertThat(room.length).isGreaterThan(3); // it grew, and the builders went on in the larger one
  }

  @Test
  void onlyABuilderMadeWithARoomGivesItBack() {
    assertThatThrownBy(() -> new NormalizedText.Builder("চীন").room()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new NormalizedText.Builder("চীন", null)).isInstanceOf(NullPointerException.class);
  }
}
