package dev.nirjas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tables the build writes are ICU's own, and a table ICU did not make is not read. */
class BmpTableTest {

  @Test
  void theBuildsTablesAreWhatIcuGives() {
    // the build writes them at process-classes, before the tests run
    assertThat(BmpTable.saved(BmpTable.WORD_BREAK, 65536)).isEqualTo(WordBreakTable.computed());
    assertThat(BmpTable.saved(BmpTable.SENTENCE_BREAK, 65536)).isEqualTo(SentenceBreakTable.computed());
    assertThat(BmpTable.saved(BmpTable.NFC_PROPERTIES, 65536)).isEqualTo(TextNormalizer.NfcProperties.computed());
    byte[] low = TextNormalizer.NfcProperties.LOW; // ICU's, but for the chars the fast check reads its own way
    for (int high = 0; high < TextNormalizer.NfcProperties.LOW_END >>> 8; high++) {
      byte[] icu = TextNormalizer.NfcProperties.computed(high);
      for (int c = high << 8; c < (high + 1) << 8; c++) {
        int expected = c < 0x300 || c == 0x964 || c == 0x965 || c == 0x9BE || c == 0x9D7 ? 0
            : c == 0x9C7 ? TextNormalizer.NfcProperties.E_SIGN : icu[c & 0xFF] & 0xFF;
        assertThat(low[c] & 0xFF).as("U+%04X", c).isEqualTo(expected);
      }
    }
    // what the table's own values rest on: া and ৗ a "maybe", ে a starter, য় ড় ঢ় a "no"
    byte[] bengali = TextNormalizer.NfcProperties.computed(0x09);
    assertThat(bengali[0xBE] & 0xFF).isEqualTo(TextNormalizer.NfcProperties.MAYBE);
    assertThat(bengali[0xD7] & 0xFF).isEqualTo(TextNormalizer.NfcProperties.MAYBE);
    assertThat(bengali[0xC7] & 0xFF).isZero();
    for (int c : new int[] {0xDC, 0xDD, 0xDF}) {
      assertThat(bengali[c] & 0xFF).isEqualTo(TextNormalizer.NfcProperties.NOT_SURE);
    }
    for (int c = 0; c < 0x300; c++) {
      assertThat(TextNormalizer.NfcProperties.computed(c >>> 8)[c & 0xFF]).as("U+%04X", c).isZero();
    }
    for (char c : "কা\u09BC\u20AC\u0301\u0627\uAC00".toCharArray()) {
      assertThat(TextNormalizer.NfcProperties.of(c)).isEqualTo(TextNormalizer.NfcProperties.computed(c >>> 8)[c & 0xFF] & 0xFF);
    }
  }

  @Test
  void aTableOfAnotherLengthOrNoneIsNotRead() {
    assertThat(BmpTable.saved(BmpTable.NFC_PROPERTIES, 256)).isNull();
    assertThat(BmpTable.saved(BmpTable.WORD_BREAK, 65537)).isNull();
    assertThat(BmpTable.saved("no-such.table", 256)).isNull();
  }

  @Test
  void aTableIsWrittenWithTheIcuVersionThatMadeIt(@TempDir Path classes) throws Exception {
    IcuSnapshot.writeTable(classes, BmpTable.class, "t.table", new byte[] {1, 2, 3});
    byte[] file = Files.readAllBytes(classes.resolve("dev/nirjas/text/t.table"));
    String version = com.ibm.icu.util.VersionInfo.ICU_VERSION.toString();
    assertThat(new String(file, 2, version.length(), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo(version);
    assertThat(file).endsWith(0, 0, 0, 3, 1, 2, 3); // the length, then the bytes
  }
}
