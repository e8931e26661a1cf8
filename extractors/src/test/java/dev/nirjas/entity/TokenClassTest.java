package dev.nirjas.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import org.junit.jupiter.api.Test;

/**
 * The token class the name model reads ({@code wc,nc=}, {@code powf=}) is OpenNLP's, whether it
 * takes the Bengali shortcut or asks OpenNLP: each char of the Bengali block alone, forms as news
 * and Wikipedia write them, mixed and random strings.
 */
class TokenClassTest {
  @Test
  void formsAsWrittenGetOpenNlpsClass() {
    String[][] rows = {
        // form, OpenNLP's class
        {"বাংলাদেশের", "jah"}, // OpenNLP's hiragana class: its test lets Bengali chars through
        {"য়ুক্তরাষ্ট্র", "jah"}, // য + nukta typed as two chars
        {"বিশ্ব\u200Cব্যাংক", "jah"}, // a zero-width non-joiner: OpenNLP's own pass, the same class
        {"৳", "jah"},
        {"২০১৮", "4d"},
        {"১৯৭১-এর", "4d"}, // four digits first, whatever follows
        {"১৫", "2d"},
        {"৬.৪", "2d"},
        {"২০২৩-২৪", "dd"},
        {"৫১,৭৬৪", "dc"},
        {"১/০৫", "ds"},
        {"৩য়", "an"},
        {"৳৫০", "2d"},
        {"China", "ic"},
        {"UN", "ac"},
        {"A", "sc"},
        {"U.", "cp"},
        {"bd", "lc"},
        {"iPhone", "other"},
        {"।", "other"}, // the danda is the Devanagari block's
        {"(", "other"},
    };
    for (String[] row : rows) {
      assertThat(FormWeights.tokenClass(row[0])).as(row[0]).isEqualTo(row[1]);
      assertThat(FeatureGeneratorUtil.tokenFeature(row[0])).as("OpenNLP, " + row[0]).isEqualTo(row[1]);
    }
  }

  @Test
  void everyCharOfTheBengaliBlockAloneAndInPairs() {
    for (char c = '\u0980'; c <= '\u09FF'; c++) {
      String one = String.valueOf(c);
      assertThat(FormWeights.tokenClass(one)).as("U+%04X", (int) c).isEqualTo(FeatureGeneratorUtil.tokenFeature(one));
      for (char d = '\u0980'; d <= '\u09FF'; d++) {
        String two = one + d;
        assertThat(FormWeights.tokenClass(two)).as("U+%04X U+%04X", (int) c, (int) d)
            .isEqualTo(FeatureGeneratorUtil.tokenFeature(two));
      }
    }
  }

  @Test
  void randomStringsGetOpenNlpsClass() {
    Random random = new Random(5);
    String chars = "কখগচটতদনবমযরলশসহািীুেৈোৌ্ংঃঁ়৳০১২৩৯aZ9-/,.।\u200C\u200D ";
    for (int round = 0; round < 50_000; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(7); i >= 0; i--) {
        b.append(chars.charAt(random.nextInt(chars.length())));
      }
      String s = b.toString();
      assertThat(FormWeights.tokenClass(s)).as(s).isEqualTo(FeatureGeneratorUtil.tokenFeature(s));
    }
  }
}
