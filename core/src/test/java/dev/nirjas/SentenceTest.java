package dev.nirjas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A sentence with its text given, and one that reads it from the document's text when asked. */
class SentenceTest {
  private static final String TEXT = "চীন ও বেলজিয়াম। দুই দেশ।";

  @Test
  void readsItsTextFromTheDocumentOnceAsked() {
    Sentence s = Sentence.of(new Span(17, 25), 4, 7, false, TEXT);
    assertThat(s.text()).isEqualTo("দুই দেশ।");
    assertThat(s.text()).isSameAs(s.text());
    assertThat(s.span()).isEqualTo(new Span(17, 25));
    assertThat(s.start()).isEqualTo(17);
    assertThat(s.end()).isEqualTo(25);
    assertThat(Sentence.of(17, 25, 4, 7, false, TEXT)).isEqualTo(s).hasSameHashCodeAs(s);
    assertThat(s.firstToken()).isEqualTo(4);
    assertThat(s.endToken()).isEqualTo(7);
    assertThat(s.heading()).isFalse();
  }

  /** Its chars copied where asked, before its text is made and after, read or given alike. */
  @Test
  void copiesItsCharsWithoutMakingItsText() {
    Sentence lazy = Sentence.of(new Span(17, 25), 4, 7, false, TEXT);
    Sentence given = new Sentence(new Span(0, 2), 0, 1, false, "zz"); // a text of its own
    char[] dst = "..........".toCharArray();
    lazy.getChars(dst, 1);
    assertThat(new String(dst)).isEqualTo(".দুই দেশ।.");
    lazy.text();
    dst = "..........".toCharArray();
    lazy.getChars(dst, 0);
    assertThat(new String(dst)).isEqualTo("দুই দেশ।..");
    given.getChars(dst, 8);
    assertThat(new String(dst)).isEqualTo("দুই দেশ।zz");
    assertThatThrownBy(() -> lazy.getChars(new char[7], 0)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void equalsASentenceWithTheSameComponentsHoweverMade() {
    Sentence lazy = Sentence.of(new Span(0, 16), 0, 4, false, TEXT);
    Sentence given = new Sentence(new Span(0, 16), 0, 4, false, "চীন ও বেলজিয়াম।");
    assertThat(lazy).isEqualTo(given).hasSameHashCodeAs(given);
    assertThat(given).isEqualTo(lazy);
    assertThat(lazy).isNotEqualTo(new Sentence(new Span(0, 16), 0, 4, true, "চীন ও বেলজিয়াম।"));
    assertThat(lazy).isNotEqualTo(Sentence.of(new Span(0, 16), 0, 3, false, TEXT));
    assertThat(lazy.toString()).isEqualTo(
        "Sentence[span=" + new Span(0, 16) + ", firstToken=0, endToken=4, heading=false, text=চীন ও বেলজিয়াম।]");
  }

  @Test
  void refusesWhatCannotBeASentence() {
    assertThatThrownBy(() -> Sentence.of(new Span(17, 40), 0, 1, false, TEXT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
    assertThatThrownBy(() -> new Sentence(new Span(0, 3), 0, 1, false, "চীন ও"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chars for");
    assertThatThrownBy(() -> Sentence.of(new Span(0, 3), 2, 1, false, TEXT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token range");
    assertThatThrownBy(() -> Sentence.of(17, 40, 0, 1, false, TEXT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
    assertThatThrownBy(() -> Sentence.of(-1, 3, 0, 1, false, TEXT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid span");
    assertThatThrownBy(() -> Sentence.of(5, 3, 0, 1, false, TEXT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid span");
    assertThatThrownBy(() -> Sentence.of(new Span(0, 3), 0, 1, false, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Sentence.of(null, 0, 1, false, TEXT)).isInstanceOf(NullPointerException.class)
        .hasMessage("span");
    assertThatThrownBy(() -> new Sentence(new Span(0, 3), 0, 1, false, null)).isInstanceOf(NullPointerException.class);
  }
}
