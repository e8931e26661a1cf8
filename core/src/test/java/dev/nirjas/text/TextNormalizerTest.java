package dev.nirjas.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.NormalizedText;
import dev.nirjas.Pipeline;
import dev.nirjas.Span;
import dev.nirjas.Token;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {
  private static final TextNormalizer NORMALIZER = new TextNormalizer();
  private static final Segmenter SEGMENTER = new Segmenter();

  private static String unescape(String s) {
    return Resources.unescape(s);
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiterString = " → ", quoteCharacter = '"', textBlock = """
      # input (\\u escapes) → expected canonical form → what
      বেলজি\\u09AF\\u09BCাম → বেলজি\\u09DFাম → decomposed য় composed
      বেলজি\\u09DFাম → বেলজি\\u09DFাম → precomposed য় kept
      প\\u09A1\\u09BCা → প\\u09DCা → decomposed ড় composed
      প\\u09DCা → প\\u09DCা → precomposed ড় (NFC decomposes, rules recompose)
      আ\\u09A2\\u09BC → আ\\u09DD → decomposed ঢ় composed
      উ\\u09A4\\u09CD\\u200Dসব → উ\\u09CEসব → khanda ta typed with ZWJ
      উ\\u09CEসব → উ\\u09CEসব → khanda ta kept
      র\\u200D\\u09CDযাব → র\\u09CDযাব → ZWJ dropped
      ক\\u200Cখ → কখ → ZWNJ dropped
      ক\\u09C7\\u09BE → ক\\u09CB → NFC: e + aa sign = o sign
      এক\\u00A0দুই → এক দুই → no-break space
      এক\\u2009দুই → এক দুই → thin space
      এক\\u00ADদুই → একদুই → soft hyphen
      \\uFEFFশুরু → শুরু → byte order mark
      এলেন| → এলেন\\u0964 → bar as danda
      এলেন\\u09F7 → এলেন\\u0964 → old danda
      '''চীন''' → চীন → wiki bold
      ''চীন'' → চীন → wiki italic
      == ইতিহাস == → \\u2029\\u2029 ইতিহাস \\u2029\\u2029 → heading marker
      a = b → a = b → a lone equals sign stays
      """)
  void canonicalForm(String input, String expected, String what) {
    assertThat(NORMALIZER.normalize(unescape(input)).text()).isEqualTo(unescape(expected));
  }

  @Test
  void precomposedAndDecomposedNuktaGiveOneFormAndKey() {
    String[][] pairs = {
      {"বেলজি\u09AF\u09BCামের", "বেলজি\u09DFামের"},
      {"প\u09A1\u09BCা", "প\u09DCা"},
      {"আ\u09A2\u09BC", "আ\u09DD"},
      {"প্রা\u09AF\u09BC", "প্রা\u09DF"},
    };
    for (String[] pair : pairs) {
      Token a = SEGMENTER.tokenize(NORMALIZER.normalize(pair[0])).get(0);
      Token b = SEGMENTER.tokenize(NORMALIZER.normalize(pair[1])).get(0);
      assertThat(a.form()).isEqualTo(b.form());
      assertThat(a.key()).isEqualTo(b.key());
      assertThat(a.span()).isEqualTo(new Span(0, pair[0].length()));
      assertThat(b.span()).isEqualTo(new Span(0, pair[1].length()));
    }
  }

  @Test
  void theSharedNormalizerIsOneInstanceAndNormalizesAsANewOne() {
    String text = "'''চীন'''–বেলজি\u09AF\u09BCাম সম্পর্ক";

    assertThat(TextNormalizer.standard()).isSameAs(TextNormalizer.standard());
    assertThat(TextNormalizer.standard().normalize(text).text()).isEqualTo(NORMALIZER.normalize(text).text())
        .isEqualTo("চীন–বেলজি\u09DFাম সম্পর্ক");
  }

  @Test
  void keysAreLooseAcrossCaseEndings() {
    assertThat(MatchingKey.of("চীনের")).isEqualTo(MatchingKey.of("চীন"));
    assertThat(MatchingKey.of("বেলজিয়ামে")).isEqualTo(MatchingKey.of("বেলজিয়াম"));
  }

  @Test
  void offsetsPointIntoTheOriginal() {
    String text = "'''চীন'''–বেলজি\u09AF\u09BCাম সম্পর্ক";
    NormalizedText nt = NORMALIZER.normalize(text);
    assertThat(nt.text()).isEqualTo("চীন–বেলজি\u09DFাম সম্পর্ক");
    List<Token> tokens = SEGMENTER.tokenize(nt);
    assertThat(tokens).extracting(t -> t.surface(text))
        .containsExactly("চীন", "–", "বেলজি\u09AF\u09BCাম", "সম্পর্ক");
    assertThat(tokens.get(0).span()).isEqualTo(new Span(3, 6));
  }

  /** Texts longer and shorter than the thread's buffer, one after another: none sees another's chars. */
  @Test
  void textsOfAnyLengthInTurnNormalizeAsAlone() {
    String piece = "'''চীন''' ও বেলজি\u09AF\u09BCাম। "; // bold markers deleted, য় composed
    String expected = "চীন ও বেলজি\u09DFাম। ";
    for (int copies : new int[] {4_000, 1, 300, 2, 20_000, 7, 1_000}) { // 100 K chars and more, then short
      String text = piece.repeat(copies);
      NormalizedText nt = NORMALIZER.normalize(text);
      assertThat(nt.text()).as("%d copies", copies).isEqualTo(expected.repeat(copies));
      int last = nt.text().length() - expected.length(); // the last copy's চীন comes from the last piece's
      assertThat(nt.toOriginal(last, last + 3)).isEqualTo(new Span(text.length() - piece.length() + 3,
          text.length() - piece.length() + 6));
    }
  }

  @Test
  void closingThePipelineDropsTheCallingThreadsBufferOnly() throws Exception {
    Pipeline pipeline = Pipeline.builder().add(new NormalizationStage()).build();
    pipeline.annotate("চীন ও বেলজি\u09AF\u09BCাম"); // য + ় composed: a map built in the thread's room
    assertThat(TextNormalizer.threadBuffer()).isNotNull();
    assertThat(TextNormalizer.threadRuns()).isNotNull();
    java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      other.submit(() -> pipeline.annotate("এক দুই")).get();
      pipeline.close();
      assertThat(TextNormalizer.threadBuffer()).isNull();
      assertThat(TextNormalizer.threadRuns()).isNull();
      assertThat(other.submit(TextNormalizer::threadBuffer).get()).isNotNull(); // Java reaches no other thread's
    } finally {
      other.shutdownNow();
    }
    assertThat(NORMALIZER.normalize("বেলজি\u09AF\u09BCাম").text()).isEqualTo("বেলজি\u09DFাম"); // and it makes a new one
  }

  @ParameterizedTest(name = "{0}: rules alone {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # text (\\u escapes)          | the rules suffice
      বেলজি\\u09DFাম               | true
      \\u09DC\\u09DD\\u09DF          | true
      \\u09DF\\u09BC                | true
      \\u09DF\\u09CD                | true
      \\u09DF\\u0334                | false
      ক\\u09C7\\u09BE               | false
      e\\u0301                     | false
      """)
  void typedNuktaLettersNeedNoNfc(String text, boolean suffice) {
    String t = unescape(text.strip());
    assertThat(TextNormalizer.rulesSuffice(t)).isEqualTo(suffice);
    assertThat(TextNormalizer.surelyNfc(t)).isFalse(); // none of them is NFC
  }

  /**
   * Where the rules suffice, they give what NFC and the rules give, offsets too: the same text with
   * a char after it that only NFC handles (" \u0344", which NFC splits) takes the NFC path, and its
   * first chars must map as the text's own do.
   */
  @Test
  void whereTheRulesSufficeNfcChangesNothing() {
    com.ibm.icu.text.Normalizer2 nfc = com.ibm.icu.text.Normalizer2.getNFCInstance();
    String[] pieces = {"ক", "য", "ড", "\u09DF", "\u09DC", "\u09DD", "\u09BC", "\u09CD", "া", "\u09C7", "\u0334",
      "\u0301", "\u0316", "'''", " ", "\u200D", "e"};
    java.util.Random r = new java.util.Random(31);
    int fast = 0;
    for (int n = 0; n < 30_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(10); k > 0; k--) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      String text = b.toString();
      if (!TextNormalizer.rulesSuffice(text) || TextNormalizer.surelyNfc(text)) {
        continue;
      }
      fast++;
      NormalizedText alone = NORMALIZER.normalize(text);
      NormalizedText viaNfc = NORMALIZER.normalize(text + " \u0344");
      String what = text.chars().mapToObj(Integer::toHexString).toList().toString();
      assertThat(alone.text()).as(what).isEqualTo(NORMALIZER.normalize(nfc.normalize(text)).text());
      assertThat(viaNfc.text()).as(what).startsWith(alone.text());
      for (int k = 0; k < alone.text().length(); k++) {
        assertThat(alone.toOriginal(k, k + 1)).as("%s at %d", what, k).isEqualTo(viaNfc.toOriginal(k, k + 1));
      }
    }
    assertThat(fast).isGreaterThan(3_000);
  }

  @Test
  void untouchedTextIsNotCopied() {
    NormalizedText nt = NORMALIZER.normalize("চীন এবং বেলজিয়াম");
    assertThat(nt.isIdentity()).isFalse(); // decomposed nukta gets composed
    assertThat(NORMALIZER.normalize("চীন এবং ভারত").isIdentity()).isTrue();
  }

  @org.junit.jupiter.api.Test
  void theFastNfcCheckNeverSaysNfcWhereIcuDisagrees() {
    com.ibm.icu.text.Normalizer2 nfc = com.ibm.icu.text.Normalizer2.getNFCInstance();
    java.util.Random r = new java.util.Random(17);
    int sure = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(8); k > 0; k--) {
        b.append(r.nextInt(10) == 0 ? (char) r.nextInt(0x3000) : (char) (0x0980 + r.nextInt(0x80)));
      }
      if (TextNormalizer.surelyNfc(b)) {
        sure++;
        assertThat(nfc.isNormalized(b)).as("%s", b.chars().mapToObj(Integer::toHexString).toList()).isTrue();
      }
    }
    assertThat(sure).isGreaterThan(50_000); // the fast path does its job on Bengali text
    assertThat(TextNormalizer.surelyNfc("চীন এবং বেলজি\u09AF\u09BCাম ১৯৭১।")).isTrue();
    assertThat(TextNormalizer.surelyNfc("বেলজি\u09DFাম")).isFalse();
    assertThat(TextNormalizer.surelyNfc("ক\u09C7\u09BE")).isFalse();
  }

  @org.junit.jupiter.api.Test
  void theFastNfcCheckSaysWhatIcuSaysOfEveryPairOfBengaliChars() {
    // both ways: the fast check is sure of every pair ICU finds NFC, so Bengali text reaches ICU
    // only where it must (ো typed as ে + া, a virama before a nukta, য় as one char)
    com.ibm.icu.text.Normalizer2 nfc = com.ibm.icu.text.Normalizer2.getNFCInstance();
    String others = " aZ।॥,.(\u200C\u200D\u00A0";
    StringBuilder chars = new StringBuilder(others);
    for (char c = '\u0980'; c < '\u0A00'; c++) {
      chars.append(c);
    }
    int sure = 0;
    for (int i = 0; i < chars.length(); i++) {
      for (int j = 0; j < chars.length(); j++) {
        String pair = "" + chars.charAt(i) + chars.charAt(j);
        boolean fast = TextNormalizer.surelyNfc(pair);
        assertThat(fast).as("U+%04X U+%04X", (int) pair.charAt(0), (int) pair.charAt(1))
            .isEqualTo(nfc.isNormalized(pair));
        sure += fast ? 1 : 0;
      }
    }
    assertThat(sure).isGreaterThan(15_000);
  }

  @org.junit.jupiter.api.Test
  void theFastNfcCheckAgreesWithIcuOverTheWholeBmp() {
    com.ibm.icu.text.Normalizer2 nfc = com.ibm.icu.text.Normalizer2.getNFCInstance();
    java.util.Random r = new java.util.Random(29);
    // marks and letters that compose or reorder, in several scripts, among random BMP chars
    String tricky = "\u0301\u0316\u0327\u0345\u093C\u094D\u09BC\u09CD\u09BE\u09C7\u09D7\u0627\u0653\u0654"
        + "\u1100\u1161\u11A8\u3099\u304B\u0B47\u0B3E\u0BC6\u0BBE\u0CC6\u0CD5\u0D46\u0D3E\u1025\u102E\u00E9e";
    int sure = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(8); k > 0; k--) {
        int pick = r.nextInt(3);
        b.append(pick == 0 ? (char) r.nextInt(0x10000) : pick == 1 ? tricky.charAt(r.nextInt(tricky.length()))
            : (char) (0x0600 + r.nextInt(0x100))); // Arabic, as Bengali Wikipedia quotes it
      }
      if (TextNormalizer.surelyNfc(b)) {
        sure++;
        assertThat(nfc.isNormalized(b)).as("%s", b.chars().mapToObj(Integer::toHexString).toList()).isTrue();
      }
    }
    assertThat(sure).isGreaterThan(20_000);
    assertThat(TextNormalizer.surelyNfc("চীনের রাজধানী বেইজিং (\u0628\u0643\u064A\u0646) ১৯৭১")).isTrue();
    assertThat(TextNormalizer.surelyNfc("Ω α β γ — Ελλάδα")).isTrue();
    assertThat(TextNormalizer.surelyNfc("e\u0301")).isFalse(); // NFC composes é
    assertThat(TextNormalizer.surelyNfc("\u0627\u0653")).isFalse(); // and آ
    assertThat(TextNormalizer.surelyNfc("a\u0316\u0315")).isTrue(); // classes 220 then 232: in order
    assertThat(TextNormalizer.surelyNfc("a\u0315\u0316")).isFalse(); // 232 then 220: not
    assertThat(TextNormalizer.surelyNfc("ক\u09CD\u093C")).isFalse(); // a virama (9) before a Devanagari nukta (7)
    assertThat(TextNormalizer.surelyNfc("a\u0316\u0301")).isFalse(); // a "maybe" (it composes with some letters): ICU decides
    assertThat(TextNormalizer.surelyNfc("\uD83D\uDE00")).isFalse(); // a surrogate pair: ICU decides
  }

  /** The piecewise NFC is ICU's NFC wherever no run of marks is longer than UAX #15 allows. */
  @Test
  void piecewiseNfcIsIcusNfcAndItsMapIsOrdered() {
    com.ibm.icu.text.Normalizer2 nfc = com.ibm.icu.text.Normalizer2.getNFCInstance();
    String[] pieces = {"ক", "া", "\u09C7", "\u09D7", "\u09BC", "\u09CD", "য", "\u09DF", "\u0301", "\u0316",
      "e", "\u0344", "\u1100", "\u1161", "\u11A8", "\u00C5", "\u212B", "\u200D", "'''", " ", "\uD800", "\uD83D\uDE00"};
    java.util.Random r = new java.util.Random(12);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(12); k > 0; k--) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      String text = b.toString();
      NormalizedText nt = NORMALIZER.normalize(text);
      assertThat(nt.text()).as("%s", text.chars().mapToObj(Integer::toHexString).toList())
          .isEqualTo(NORMALIZER.normalize(nfc.normalize(text)).text());
      int previousStart = 0;
      int previousEnd = 0;
      for (int k = 0; k < nt.text().length(); k++) {
        Span span = nt.toOriginal(k, k + 1);
        assertThat(span.start()).isGreaterThanOrEqualTo(previousStart);
        assertThat(span.end()).isGreaterThanOrEqualTo(Math.max(previousEnd, span.start())).isLessThanOrEqualTo(text.length());
        previousStart = span.start();
        previousEnd = span.end();
      }
    }
  }

  /**
   * A text that goes through NFC for one char (a decomposed é) keeps its Bengali pieces that ICU
   * calls "maybe" (া after a consonant) as they are, each char mapped to itself.
   */
  @Test
  void piecesNfcKeepsAreCopiedCharForChar() {
    String text = "আমার কাকা cafe\u0301 খান।";
    NormalizedText nt = NORMALIZER.normalize(text);
    assertThat(nt.text()).isEqualTo("আমার কাকা caf\u00E9 খান।");
    int kaka = text.indexOf("কাকা");
    for (int k = kaka; k < kaka + 4; k++) {
      assertThat(nt.toOriginal(k, k + 1)).isEqualTo(new Span(k, k + 1));
    }
    int e = nt.text().indexOf('\u00E9');
    assertThat(nt.toOriginal(e, e + 1)).isEqualTo(new Span(e, e + 2)); // é from e and the acute
    int khan = nt.text().indexOf("খান");
    assertThat(nt.toOriginal(khan, khan + 3)).isEqualTo(new Span(khan + 1, khan + 4));
  }

  /**
   * ICU's quick check says "maybe" of a mark that may compose with the char before it; where it
   * does not (madda above a beh, an acute on a rho), the text is NFC already and comes back as it
   * is, unmapped; where it does (madda above an alef: آ; an acute on an alpha), NFC composes it.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      ঢাকা ب\u0653 ও   | ঢাকা ب\u0653 ও   | 0
      চীন ρ\u0301 ১৯৭১ | চীন ρ\u0301 ১৯৭১ | 0
      ঢাকা ا\u0653 ও   | ঢাকা \u0622 ও    | 5
      চীন α\u0301 ১৯৭১ | চীন \u03AC ১৯৭১  | 4
      """)
  void aMaybeThatComposesNothingLeavesTheTextAsItIs(String text, String expected, int composedAt) {
    NormalizedText nt = NORMALIZER.normalize(text);
    assertThat(nt.text()).isEqualTo(expected);
    if (expected.equals(text)) {
      assertThat(nt.text()).isSameAs(text);
      assertThat(nt.toOriginal(0, text.length())).isEqualTo(new Span(0, text.length()));
    } else {
      assertThat(nt.toOriginal(composedAt, composedAt + 1)).isEqualTo(new Span(composedAt, composedAt + 2));
      assertThat(nt.toOriginal(composedAt + 1, composedAt + 2)).isEqualTo(new Span(composedAt + 2, composedAt + 3));
    }
  }

  /** After 30 combining marks in a row a grapheme joiner starts a new run, from no original char. */
  @Test
  void longRunsOfMarksAreCutAsUax15Says() {
    String text = "ক" + "\u09CD\u09BC".repeat(40) + " খ";
    NormalizedText nt = NORMALIZER.normalize(text);
    String t = nt.text();
    assertThat(t.chars().filter(c -> c == 0x034F).count()).isEqualTo(2); // 80 marks: runs of 30, 30, 20
    assertThat(t.indexOf('\u034F')).isEqualTo(31);
    assertThat(t).endsWith(" খ");
    String firstRun = t.substring(1, 31);
    assertThat(firstRun).isEqualTo("\u09BC".repeat(15) + "\u09CD".repeat(15)); // nukta (7) before virama (9)
    assertThat(nt.toOriginal(31, 32)).isEqualTo(new Span(31, 31));
    assertThat(nt.toOriginal(0, t.length())).isEqualTo(new Span(0, text.length()));
  }
}
