package dev.nirjas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Layers are equal by name (their equals and hashCode are written by hand, not the record's). */
class LayerTest {
  @Test
  void layersOfOneNameAreEqualAndHashAlike() {
    assertThat(Layer.of("tokens")).isEqualTo(Layer.TOKENS).hasSameHashCodeAs(Layer.TOKENS);
    assertThat(Layer.of("phones")).isEqualTo(Layer.of("phones"));
    assertThat(Set.of(Layer.TOKENS, Layer.SENTENCES)).contains(Layer.of("sentences")).doesNotContain(Layer.of("Sentences"));
  }

  @Test
  void layersOfOtherNamesAndOtherThingsAreNot() {
    assertThat(Layer.of("tokens")).isNotEqualTo(Layer.SENTENCES).isNotEqualTo("tokens").isNotEqualTo(null);
    assertThat(Layer.MONEY.toString()).isEqualTo("money");
    assertThatThrownBy(() -> Layer.of(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
