package dev.nirjas.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.Token;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Phrases found at a token, with a glued ending on the last word; and where none may start. */
class PhraseTableTest {
  private static final TextNormalizer NORMALIZER = new TextNormalizer();
  private static final Segmenter SEGMENTER = new Segmenter();
  // The table takes canonical forms, as the stages' lists give them (lexiconForm: য় composed).
  private static final PhraseTable<String> TABLE = PhraseTable.<String>builder(Set.of(
          canonical("ের"), canonical("র"), canonical("য়"), canonical("ে")))
      .add(canonical("মার্কিন ডলার"), "USD")
      .add(canonical("ডলার"), "DOLLAR")
      .add(canonical("টাকা"), "BDT")
      .add(canonical("দক্ষিণ-পূর্ব এশিয়া"), "SEA")
      .build();

  private static String canonical(String s) {
    return NORMALIZER.lexiconForm(s);
  }

  private static List<Token> tokens(String text) {
    return SEGMENTER.tokenize(NORMALIZER.normalize(text));
  }

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      মার্কিন ডলার দাম          | USD    | মার্কিন ডলার        | 2 |
      মার্কিন ডলারের দাম        | USD    | মার্কিন ডলার        | 2 | ের
      ডলারের দাম               | DOLLAR | ডলার              | 1 | ের
      টাকায় কেনা               | BDT    | টাকা              | 1 | য়
      দক্ষিণ-পূর্ব এশিয়ার দেশ    | SEA    | দক্ষিণ-পূর্ব এশিয়া   | 4 | র
      মার্কিন নাগরিক           | -      | -                 | 0 |
      টাকাটা                  | -      | -                 | 0 |
      রুপি                    | -      | -                 | 0 |
      """)
  void findsTheLongestPhraseAtTheFirstToken(String text, String value, String phrase, int end, String ending) {
    PhraseTable.Match<String> m = TABLE.match(tokens(text), 0, tokens(text).size());
    if (value == null) {
      assertThat(m).isNull();
    } else {
      assertThat(m).isEqualTo(new PhraseTable.Match<>(value, canonical(phrase), end, ending == null ? "" : canonical(ending)));
    }
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      মার্কিন   | true
      ডলার     | true
      ডলারের   | true
      টাকায়    | true
      দক্ষিণ    | true
      পূর্ব     | false
      এশিয়া    | false
      নাগরিক   | false
      টাকাটা   | false
      """)
  void saysWhereNoPhraseMayStart(String form, boolean may) {
    String f = canonical(form);
    assertThat(TABLE.mayStartWith(f)).isEqualTo(may);
    if (!may) {
      assertThat(TABLE.match(tokens(form + " কিছু"), 0, 2)).isNull();
    }
  }

  /** A phrase's words, as the segmenter's tokens: split at white space, a hyphen a word of its own. */
  @ParameterizedTest(name = "[{0}] → {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # phrase                    | words, joined by /
      মার্কিন ডলার                  | মার্কিন/ডলার
      "  মার্কিন   ডলার  "          | মার্কিন/ডলার
      দক্ষিণ-পূর্ব এশিয়া            | দক্ষিণ/-/পূর্ব/এশিয়া
      " দক্ষিণ-পূর্ব  এশিয়া "        | দক্ষিণ/-/পূর্ব/এশিয়া
      জি-২০                        | জি/-/২০
      -                           | -
      a--b                        | a/-/-/b
      " - "                       | -
      টাকা                        | টাকা
      "   "                       | ""
      """)
  void splitsAPhraseIntoTheSegmentersWords(String phrase, String words) {
    assertThat(PhraseTable.splitWords(phrase)).containsExactly(words.split("/", -1));
  }

  @Test
  void splitsAtAsciiWhiteSpaceOnly() {
    assertThat(PhraseTable.splitWords("এক\tদুই\r\nতিন")).containsExactly("এক", "দুই", "তিন");
    assertThat(PhraseTable.splitWords("x\u000By\fz")).containsExactly("x", "y", "z");
    assertThat(PhraseTable.splitWords("")).containsExactly("");
    assertThat(PhraseTable.splitWords("এক\u00A0দুই")).containsExactly("এক\u00A0দুই"); // no-break space joins
    assertThat(PhraseTable.splitWords("এক\u2009দুই")).containsExactly("এক\u2009দুই");
    assertThat(PhraseTable.splitWords("\u2003এক দুই\u2003")).containsExactly("এক", "দুই"); // strip() takes it at the ends
  }

  /** The phrase splitter against what it replaced: strip, then split at runs of the regex's \\s. */
  @Test
  void phrasesSplitAtWhiteSpaceAsTheRegexDid() {
    java.util.regex.Pattern spaces = java.util.regex.Pattern.compile("\\s+");
    java.util.Random random = new java.util.Random(9);
    String chars = "কখ -\t\n\u000B\f\r\u00A0\u2003a";
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        b.append(chars.charAt(random.nextInt(chars.length())));
      }
      String phrase = b.toString();
      String spaced = phrase.indexOf('-') < 0 ? phrase : phrase.replace("-", " - ");
      assertThat(PhraseTable.splitWords(phrase)).as("[" + phrase + "]").containsExactly(spaces.split(spaced.strip()));
    }
    assertThat(PhraseTable.splitWords("ঢাকা  বিশ্ববিদ্যালয়")).containsExactly("ঢাকা", "বিশ্ববিদ্যালয়");
    assertThat(PhraseTable.splitWords("জি-২০")).containsExactly("জি", "-", "২০");
    assertThat(PhraseTable.splitWords("  ")).containsExactly("");
  }
}
