package dev.nirjas.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IcuSnapshotTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "জানুয়ারি", "a\tb", "line\nbreak\r", "\\u0041 stays", "back\\slash", "#first", "mid#dle", " ", "\u00a0", "nul\u0000"})
  void escapedColumnsReadBackAsWritten(String s) {
    String escaped = IcuSnapshot.escape(s);
    assertThat(escaped).doesNotContain("\t", "\n", "\r").doesNotStartWith("#");
    assertThat(Resources.unescape(escaped)).isEqualTo(s);
  }

  /** A snapshot that is not there is none: the caller asks ICU. */
  @org.junit.jupiter.api.Test
  void aMissingSnapshotIsNone() {
    assertThat(IcuSnapshot.read(IcuSnapshot.class, "no-such-snapshot.tsv")).isNull();
  }
}
