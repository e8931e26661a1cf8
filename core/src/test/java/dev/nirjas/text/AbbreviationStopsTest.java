package dev.nirjas.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The breaks ICU's abbreviation filter suppresses, asked one at a time ({@link AbbreviationStops}),
 * and the loop's sentence iterator under it against ICU's sentence iterator under ICU's filter.
 */
class AbbreviationStopsTest {
  private static final List<String> LIST = List.of("ড.", "মো.", "খ্রি.", "Mr.", "e.g.");

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiterString = " → ", quoteCharacter = '"', textBlock = """
      # text, ^ where the break is asked → suppressed
      ড. ^ইউনূস এলেন → true
      ৩২৬ খ্রি. ^পূর্বে → true
      ডা. মো. ^করিম → true
      # a multi-part entry guards the break inside it, after its first part, not the one after it
      e.g. ^The first → false
      তিনি এলেন। ^আমরা → false
      এটি শেষ. ^পরের বাক্য → false
      তিনি এলেন? ^হ্যাঁ → false
      # ICU reads back over one space only: after two, the abbreviation is not seen
      "Mr.  ^Smith" → false
      "Mr. ^Smith" → true
      # ICU matches the abbreviation's chars, whatever comes before them
      আড. ^পরে → true
      g. ^the → false
      """)
  void suppressesTheBreaksAfterAnAbbreviation(String marked, boolean suppressed) {
    int at = marked.indexOf('^');
    String text = marked.substring(0, at) + marked.substring(at + 1);
    AbbreviationStops stops = new AbbreviationStops(LIST);
    stops.setText(new StringCharacters(text));
    assertThat(stops.suppresses(text, at)).isEqualTo(suppressed);
  }

  @Test
  void theLoopsSentencesAreIcusUnderEveryAbbreviationOfTheList() {
    Segmenter segmenter = new Segmenter();
    List<String> abbreviations = new ArrayList<>();
    for (String[] row : Resources.table(Segmenter.class, "abbreviations.txt")) {
      abbreviations.add(row[0].strip());
    }
    assertThat(abbreviations).hasSizeGreaterThan(40);
    String[] contexts = {"%s রহমান এলেন। তারপর", "সে %s Smith came. Then", "কথা%s পরে", "(%s) পরে।", "%s  দুই ফাঁক",
        "%s\u00A0রহমান", "%s\nপরে", "শেষ %s", "%s। পরে", "১৯৭১ %s ২০২৪"};
    for (String a : abbreviations) {
      for (String context : contexts) {
        String text = String.format(context, a);
        BreakIterator loop = segmenter.loopSentenceIterator();
        loop.setText(new StringCharacters(text));
        BreakIterator icu = segmenter.sentenceIterator();
        icu.setText(text);
        assertThat(boundaries(loop)).as(text).isEqualTo(boundaries(icu));
      }
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "He saw e. Then it ended. Fine.", "Use e. g. Then more.", "তিনি ড. এলেন। ড.ক এলেন. তারপর।",
      "e.g. The list. e. g The end."})
  void anEntryWithAStopInsideButNotAtItsEndIsAskedWhereIcuAsks(String text) {
    // no entry ends in a stop: only the guard for an entry's first part makes the stop a char to ask at
    List<String> list = List.of("e.g", "ড.ক");
    AbbreviationStops stops = new AbbreviationStops(list);
    stops.setText(new StringCharacters(text));
    com.ibm.icu.util.ULocale bn = new com.ibm.icu.util.ULocale("bn");
    BreakIterator raw = BreakIterator.getSentenceInstance(bn);
    raw.setText(text);
    com.ibm.icu.text.FilteredBreakIteratorBuilder b = com.ibm.icu.text.FilteredBreakIteratorBuilder.getEmptyInstance();
    list.forEach(b::suppressBreakAfter);
    BreakIterator filtered = b.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(bn));
    filtered.setText(text);
    List<Integer> kept = boundaries(filtered);
    int asked = 0;
    for (int n : boundaries(raw)) {
      if (n > 0 && n < text.length()) {
        assertThat(stops.suppresses(text, n)).as("%s at %d", text, n).isEqualTo(!kept.contains(n));
        asked++;
      }
    }
    assertThat(asked).isPositive();
  }

  @Test
  void anEmptyAbbreviationIsRefused() {
    assertThatThrownBy(() -> new AbbreviationStops(List.of("ড.", "")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
  }

  private static List<Integer> boundaries(BreakIterator bi) {
    List<Integer> out = new ArrayList<>();
    for (int b = bi.first(); b != BreakIterator.DONE; b = bi.next()) {
      out.add(b);
    }
    return out;
  }
}
