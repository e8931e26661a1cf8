package dev.nirjas.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The name model's tables, written at build time ({@code bn-names.tables}), against the model they
 * were made from: the same outcomes, the same weights to the bit, the same names found; and taken
 * only for that model's bytes.
 */
class NameModelTablesTest {
  private static byte[] modelBytes;
  private static TokenNameFinderModel model;
  private static NameModelTables built;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = OpenNlpNameFinder.class.getResourceAsStream(OpenNlpNameFinder.MODEL_RESOURCE)) {
      modelBytes = in.readAllBytes();
    }
    model = OpenNlpNameFinder.standard().model();
    try (InputStream in = OpenNlpNameFinder.class.getResourceAsStream(NameModelTables.tablesName(OpenNlpNameFinder.MODEL_RESOURCE))) {
      assertThat(in).as("the build writes bn-names.tables (extractors' process-classes)").isNotNull();
      built = NameModelTables.read(in);
    }
  }

  @Test
  void theBuildsTablesAreTheBundledModels() {
    assertThat(built.madeFrom(modelBytes)).isTrue();
    byte[] other = modelBytes.clone();
    other[other.length / 2] ^= 1;
    assertThat(built.madeFrom(other)).isFalse();
    assertThat(built.madeFrom(java.util.Arrays.copyOf(modelBytes, modelBytes.length + 1))).isFalse();
    assertThat(built.beam).isEqualTo(NameDecoder.modelBeam(model)).isEqualTo(3);
  }

  @Test
  void everyWeightIsTheModelsToTheBit() {
    Object[] data = ((PerceptronModel) model.getArtifact("nameFinder.model")).getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    assertThat(built.outcomes).containsExactly((String[]) data[2]);
    assertThat(built.predicates.keySet()).isEqualTo(pmap.keySet()).hasSizeGreaterThan(30_000);
    long weights = 0;
    for (Map.Entry<String, Context> e : pmap.entrySet()) {
      Context mine = built.predicates.get(e.getKey());
      assertThat(mine.getOutcomes()).as(e.getKey()).containsExactly(e.getValue().getOutcomes());
      double[] expected = e.getValue().getParameters();
      double[] actual = mine.getParameters();
      assertThat(actual).hasSameSizeAs(expected);
      for (int i = 0; i < expected.length; i++) {
        assertThat(Double.doubleToRawLongBits(actual[i])).as(e.getKey()).isEqualTo(Double.doubleToRawLongBits(expected[i]));
      }
      weights += expected.length;
    }
    assertThat(weights).isGreaterThan(30_000);
  }

  @Test
  void writtenAndReadBackTheyAreTheSame() throws IOException {
    NameModelTables made = NameModelTables.of(model, modelBytes);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    made.write(out);
    NameModelTables again = NameModelTables.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(again.madeFrom(modelBytes)).isTrue();
    assertThat(again.outcomes).containsExactly(made.outcomes);
    assertThat(again.predicates.keySet()).isEqualTo(made.predicates.keySet());
    ByteArrayOutputStream twice = new ByteArrayOutputStream();
    again.write(twice);
    assertThat(twice.toByteArray()).isEqualTo(out.toByteArray());
  }

  @Test
  void aDecoderOfTheTablesFindsWhatOneOfTheModelFinds() {
    List<String[]> sample = NerSample.sentenceForms();
    for (int beam : new int[] {1, 3}) {
      NameDecoder fromTables = NameDecoder.of(built, true, beam);
      NameDecoder fromModel = NameDecoder.of(model, true, beam);
      int names = 0;
      for (String[] forms : sample) {
        List<String> expected = describe(fromModel.find(forms));
        assertThat(describe(fromTables.find(forms))).as(String.join(" ", forms)).isEqualTo(expected);
        names += expected.size();
      }
      assertThat(names).isGreaterThan(200);
    }
  }

  /** Each span with its probability's bits, so equal means equal to the last bit. */
  private static List<String> describe(Span[] spans) {
    List<String> out = new ArrayList<>();
    for (Span s : spans) {
      out.add(s.getStart() + ".." + s.getEnd() + " " + s.getType() + " " + Long.toHexString(Double.doubleToRawLongBits(s.getProb())));
    }
    return out;
  }

  @Test
  void somethingElseIsNotReadAsTables() throws IOException {
    assertThatThrownBy(() -> NameModelTables.read(new ByteArrayInputStream(new byte[] {0, 0, 0, 2})))
        .isInstanceOf(IOException.class).hasMessageContaining("format");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    built.write(out);
    byte[] longer = java.util.Arrays.copyOf(out.toByteArray(), out.size() + 3);
    assertThatThrownBy(() -> NameModelTables.read(new ByteArrayInputStream(longer)))
        .isInstanceOf(IOException.class).hasMessageContaining("3 bytes after the tables");
    ByteArrayOutputStream bad = new ByteArrayOutputStream();
    DataOutputStream d = new DataOutputStream(bad);
    d.writeInt(1);
    d.writeInt(10);
    d.writeLong(0);
    d.writeInt(3);
    d.writeInt(1);
    d.writeUTF("other");
    d.writeInt(1);
    d.writeUTF("w=x");
    d.writeShort(1);
    d.writeShort(5); // outcome 5 of 1
    d.writeLong(0);
    assertThatThrownBy(() -> NameModelTables.read(new ByteArrayInputStream(bad.toByteArray())))
        .isInstanceOf(IOException.class).hasMessageContaining("scores outcome 5 of 1");
  }
}
