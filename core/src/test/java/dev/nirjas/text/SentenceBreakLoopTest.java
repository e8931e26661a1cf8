package dev.nirjas.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.nirjas.NormalizedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The differential check of {@link SentenceBreakLoop}: its boundaries must be those of ICU's
 * {@code bn} sentence iterator, and {@link Segmenter#segment} must give exactly the tokens and
 * sentences of ICU's iterators alone ({@link Segmenter#segmentWithIcu}), on hand-written rows, the
 * project's texts, every BMP char in a few contexts and random strings. {@link SegmenterCorpusTest}
 * does the same on the Wikipedia corpus when it is there.
 */
class SentenceBreakLoopTest {
  private static final TextNormalizer NORMALIZER = new TextNormalizer();
  private static final Segmenter SEGMENTER = new Segmenter();
  private static final BreakIterator ICU = BreakIterator.getSentenceInstance(new ULocale("bn"));

  /** ICU's raw sentence boundaries of {@code text}, after the first. */
  static List<Integer> icuBoundaries(String text) {
    ICU.setText(text);
    List<Integer> out = new ArrayList<>();
    ICU.first();
    for (int b = ICU.next(); b != BreakIterator.DONE; b = ICU.next()) {
      out.add(b);
    }
    return out;
  }

  static List<Integer> loopBoundaries(String text) {
    List<Integer> out = new ArrayList<>();
    char[] chars = text.toCharArray();
    for (int b = 0; b < text.length(); ) {
      b = SentenceBreakLoop.next(chars, chars.length, b);
      out.add(b);
    }
    return out;
  }

  /** Asserts the loop's boundaries are ICU's (when it handles the text) and the segments agree, normalized and raw. */
  static void assertSameSentences(String text) {
    if (SentenceBreakLoop.handles(text.toCharArray(), text.length())) {
      assertThat(loopBoundaries(text)).as("boundaries of [%s]", text).isEqualTo(icuBoundaries(text));
    }
    for (NormalizedText nt : List.of(NORMALIZER.normalize(text), NormalizedText.identity(text))) {
      Segmenter.Segments got = SEGMENTER.segment(nt);
      Segmenter.Segments want = SEGMENTER.segmentWithIcu(nt);
      assertThat(got.tokens()).as("tokens of [%s]", text).isEqualTo(want.tokens());
      assertThat(got.sentences()).as("sentences of [%s]", text).isEqualTo(want.sentences());
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiterString = " → ", quoteCharacter = '`', textBlock = """
      # rows of SegmenterTest, and the rules of UAX #29 one by one
      তিনি এলেন। আমরা গেলাম।তারা এল? হ্যাঁ! অবশ্যই॥ শেষ৷
      বাণিজ্য ছিল ৪.৮৯৮ বিলিয়ন ডলার। বৃদ্ধি 3.5 শতাংশ। শেষ.পরে
      ড. মুহম্মদ ইউনূস এলেন। ডা. রহমান ও মো. করিম এলেন। ৩২৬ খ্রি. পূর্বে। e.g. this, i.e. that. Dr. Who
      শুরু।\\u2029\\u2029ইতিহাস\\u2029\\u2029১৯৭১ সালে শুরু।
      প্রথম লাইন\\nদ্বিতীয় লাইন\\r\\nতৃতীয়\\rচতুর্থ\\u0085পঞ্চম\\u2028ষষ্ঠ
      .bd (.বিডি) সংকেত। ম্যাংগোনিউজ২৪.কম নামে। .ডিই, .ইউকে ও .ইইউ। পরের।
      বইটি (4th ed. সংস্করণ)। শব্দটি ...প্রাচীন। এটি শেষ. পরের। (এটি শেষ. পরের বাক্য) ।।
      He said "Stop." Then left. "Why?" she asked. (Yes.) No! U.S. policy. etc. and so. e.g. Foo
      1. First 2. Second a.b.c. Done. 3.14. Next (see p. 5). ok.) Next.\\tTab. 'Quote.' Next
      তিনি বললেন, "আমি যাব।" তারপর গেলেন। ‘কেন?’ সে জিজ্ঞেস করল। [১] শেষ।) পরের
      ক।\\u09BE খ।\\u200C গ. \\u0301Z. x.\\u0301Y a.\\u00ADb A.\\u2029\\u0301.B
      end. 123 end. - lower end. , x end.; y end.: z end.— w end.» x end.) X end.\\u00A0Y
      """)
  void sentencesAreIcus(String text) {
    assertSameSentences(BreakInputs.unescape(text));
  }

  @Test
  void theProjectsTextsAreSegmentedAsIcuDoes() throws IOException {
    for (Path f : BreakInputs.projectTexts()) {
      assertSameSentences(Files.readString(f, StandardCharsets.UTF_8));
    }
  }

  /** Every BMP char after and before a terminator, a letter, a space: the table's classes against ICU's rules. */
  @Test
  void everyBmpCharInContext() {
    String[][] contexts = {
      {"a.", "b"}, {"a. ", "b"}, {"A.", "B"}, {"ক। ", "খ"}, {"a.", " b"}, {"a.", "1"}, {"x", ". a"},
      {"a. ", ""}, {"ক?", ")"}, {"\n", ".B"}, {"A", ".B"}, {"a.\"", " b"},
    };
    BreakInputs.everyBmpCharIn(contexts, false, (c, text) -> {
      List<Integer> got = loopBoundaries(text);
      List<Integer> want = icuBoundaries(text);
      if (!got.equals(want)) {
        assertThat(got).as("U+%04X in [%s]", c, text).isEqualTo(want);
      }
    });
  }

  /** Random strings over chars of every sentence-break class and the abbreviations. */
  @Test
  void randomStringsAreSegmentedAsIcuDoes() {
    String[] pieces = {
      "ক", "খ", "ড", "া", "্", "\u09BC", "৫", "1", "a", "b", "Z", "Q", " ", " ", ".", ".", "।", "॥", "?", "!",
      "\"", "'", ")", "(", "]", "”", "’", "»", ",", ";", ":", "-", "—", "\n", "\r", "\u2029", "\u2028",
      "\u0085", "\t", "\u00A0", "\u000B", "\u0301", "\u200C", "\u00AD", "\uFEFF", "ড.", "ডা.", "মো.", "খ্রি.",
      "e.g.", "i.e.", "Dr.", "Mr.", "etc.", "U.S.", "...", "\u2024", "\uFE52", "\uFF0E", "\u3002", "\u055C",
      "\u0964", "\u203C", "\u2047", "\u061F", "α", "Ω", "ǅ", "ß", "ª", "\u02B0", "ⅰ", "Ⅰ", "क", "١", "中", "😀",
    };
    BreakInputs.randomStrings(20261204, 30_000, 20, pieces, 0, (c, text) -> assertSameSentences(text));
  }
}
