package dev.nirjas.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import org.junit.jupiter.api.Test;

/**
 * The bundled model's feature generators made without reading its XML descriptor
 * ({@link BengaliNameFeatures#generatorsOf}) against those OpenNLP builds from the descriptor: the
 * same generators, the same features in the same order for every token of the NER sample, and the
 * descriptor recognized only when it is the very one they mirror.
 */
class BundledFeatureGeneratorsTest {
  private final TokenNameFinderModel model = OpenNlpNameFinder.standard().model();

  @Test
  void theShippedModelsDescriptorIsTheOneMirrored() throws IOException {
    byte[] stored = model.getArtifact(BengaliNameFeatures.DESCRIPTOR_ENTRY);
    byte[] source;
    try (InputStream in = BengaliNameFeatures.class.getResourceAsStream("bn-name-features.xml")) {
      source = in.readAllBytes();
    }
    assertThat(stored).isEqualTo(source);
    long crc = BuildFile.crc(source, 0, source.length);
    assertThat(new long[] {source.length, crc})
        .as("bn-name-features.xml changed: once describedByBundledXml() builds what it describes, set"
            + " BUNDLED_DESCRIPTOR_LENGTH = %d and BUNDLED_DESCRIPTOR_CRC = %dL", source.length, crc)
        .containsExactly(BengaliNameFeatures.BUNDLED_DESCRIPTOR_LENGTH, BengaliNameFeatures.BUNDLED_DESCRIPTOR_CRC);
    assertThat(BengaliNameFeatures.isBundledDescriptor(stored)).isTrue();
    assertThat(BengaliNameFeatures.generatorsOf(model)).isInstanceOf(CachedFeatureGenerator.class);
  }

  @Test
  void anyOtherDescriptorIsNotTakenForTheBundledOne() {
    byte[] stored = model.getArtifact(BengaliNameFeatures.DESCRIPTOR_ENTRY);
    byte[] affixesThree = new String(stored, java.nio.charset.StandardCharsets.UTF_8)
        .replace("<int name=\"affixes\">4</int>", "<int name=\"affixes\">3</int>")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(affixesThree).hasSameSizeAs(stored).isNotEqualTo(stored);
    assertThat(BengaliNameFeatures.isBundledDescriptor(affixesThree)).isFalse();
    assertThat(BengaliNameFeatures.isBundledDescriptor(Arrays.copyOf(stored, stored.length - 1))).isFalse();
    assertThat(BengaliNameFeatures.isBundledDescriptor(new byte[0])).isFalse();
  }

  @Test
  void theGeneratorsAreOpenNlpsInTheirOrder() {
    AdaptiveFeatureGenerator fromXml = model.getFactory().createFeatureGenerators();
    AdaptiveFeatureGenerator made = BengaliNameFeatures.describedByBundledXml();
    assertThat(classes(made)).isEqualTo(classes(fromXml)).containsExactly(
        BengaliNameFeatures.class, BigramNameFeatureGenerator.class, SentenceFeatureGenerator.class);
  }

  private static List<Class<?>> classes(AdaptiveFeatureGenerator g) {
    assertThat(g).isInstanceOf(CachedFeatureGenerator.class);
    AdaptiveFeatureGenerator inner = ((CachedFeatureGenerator) g).getCachedFeatureGenerator();
    assertThat(inner).isInstanceOf(AggregatedFeatureGenerator.class);
    return ((AggregatedFeatureGenerator) inner).getGenerators().stream().<Class<?>>map(Object::getClass).toList();
  }

  @Test
  void everyTokenOfTheSampleGetsTheSameFeaturesInTheSameOrder() {
    AdaptiveFeatureGenerator fromXml = model.getFactory().createFeatureGenerators();
    AdaptiveFeatureGenerator made = BengaliNameFeatures.describedByBundledXml();
    long features = 0;
    for (String[] forms : NerSample.sentenceForms()) {
      String[] previous = new String[forms.length];
      Arrays.fill(previous, "other");
      for (int i = 0; i < forms.length; i++) {
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        fromXml.createFeatures(expected, forms, i, previous);
        made.createFeatures(actual, forms, i, previous);
        assertThat(actual).as("token %d of %s", i, String.join(" ", forms)).isEqualTo(expected);
        features += expected.size();
      }
    }
    assertThat(features).isGreaterThan(50_000);
  }
}
