package dev.nirjas.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nirjas.entity.NerCorpus.TaggedSentence;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.TokenNameFinderModel;
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
  void theStandardFinderDecodesFromTheBuildsTables() throws IOException {
    assertThat(OpenNlpNameFinder.standard().fromTables()).isTrue();
    byte[] onDisk;
    try (InputStream in = OpenNlpNameFinder.class.getResourceAsStream(NameModelTables.tablesName(OpenNlpNameFinder.MODEL_RESOURCE))) {
      onDisk = in.readAllBytes();
    }
    assertThat(onDisk).isEqualTo(written(NameModelTables.of(model, modelBytes)));
    assertThat(NameModelTables.read(new ByteArrayInputStream(onDisk), modelBytes)).isNotNull();
    byte[] other = modelBytes.clone();
    other[0] ^= 1;
    assertThat(NameModelTables.read(new ByteArrayInputStream(onDisk), other)).isNull();
  }

  private static java.util.Set<String> names(PredicateTable table) {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (int i = 0; i < table.size(); i++) {
      names.add(table.name(i));
    }
    return names;
  }

  private static byte[] written(NameModelTables tables) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    tables.write(out);
    return out.toByteArray();
  }

  @Test
  void withoutUsableTablesTheBundledFinderReadsTheModelAndFindsTheSame() throws IOException {
    byte[] good = written(built);
    byte[] damaged = good.clone();
    damaged[good.length / 2] ^= 1;
    byte[] otherModel = modelBytes.clone();
    otherModel[otherModel.length - 1] ^= 1; // a model whose tables these are not (never read as one)
    OpenNlpNameFinder fromTables = OpenNlpNameFinder.bundled(modelBytes, new ByteArrayInputStream(good));
    assertThat(fromTables.fromTables()).isTrue();
    List<OpenNlpNameFinder> fromModel = List.of(
        OpenNlpNameFinder.bundled(modelBytes, null),
        OpenNlpNameFinder.bundled(modelBytes, new ByteArrayInputStream(damaged)),
        OpenNlpNameFinder.bundled(modelBytes, new ByteArrayInputStream(new byte[] {1, 2, 3})));
    assertThat(NameModelTables.read(new ByteArrayInputStream(good), otherModel)).isNull();
    List<TaggedSentence> sample = NerSample.sentences().subList(0, 60);
    for (OpenNlpNameFinder f : fromModel) {
      assertThat(f.fromTables()).isFalse();
      assertThat(f.takesBeam()).isTrue();
      assertThat(f.beam()).isEqualTo(built.beam);
      for (TaggedSentence t : sample) {
        assertThat(f.find(t.tokens())).isEqualTo(fromTables.find(t.tokens()));
      }
    }
  }

  @Test
  void theBuildsTablesAreTheBundledModels() {
    assertThat(built.madeFrom(modelBytes)).isTrue();
    byte[] other = modelBytes.clone();
    other[other.length / 2] ^= 1;
    assertThat(built.madeFrom(other)).isFalse();
    assertThat(built.madeFrom(java.util.Arrays.copyOf(modelBytes, modelBytes.length + 1))).isFalse();
    assertThat(built.beam).isEqualTo(NameDecoder.modelBeam(model));
  }

  @Test
  void everyWeightIsTheModelsToTheBit() {
    Object[] data = ((PerceptronModel) model.getArtifact(NameDecoder.WEIGHTS_ENTRY)).getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    assertThat(built.outcomes).containsExactly((String[]) data[2]);
    assertThat(names(built.predicates)).isEqualTo(pmap.keySet()).hasSizeGreaterThan(30_000);
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
    assertThat(names(again.predicates)).isEqualTo(names(made.predicates));
    ByteArrayOutputStream twice = new ByteArrayOutputStream();
    again.write(twice);
    assertThat(twice.toByteArray()).isEqualTo(out.toByteArray());
  }

  @Test
  void aDecoderOfTheTablesFindsWhatOneOfTheModelFinds() {
    List<String[]> sample = NerSample.sentenceForms();
    for (int beam : new int[] {1, 3}) {
      for (boolean perForm : new boolean[] {true, false}) {
        NameDecoder fromTables = NameDecoder.of(built, perForm, beam);
        NameDecoder fromModel = NameDecoder.of(model, perForm, beam);
        int names = 0;
        for (String[] forms : sample) {
          List<String> expected = NerSample.spans(fromModel.find(forms));
          assertThat(NerSample.spans(fromTables.find(forms))).as(String.join(" ", forms)).isEqualTo(expected);
          names += expected.size();
        }
        assertThat(names).isGreaterThan(200);
      }
    }
  }

  /** Tables with the given body and a trailer that fits it, so that the body's own checks are what refuse it. */
  private static ByteArrayInputStream sealed(byte[] body) {
    return new ByteArrayInputStream(BuildFile.seal(body));
  }

  /** A body: the header, then what {@code rest} writes. */
  private static byte[] body(int beam, IoConsumer<DataOutputStream> rest) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DataOutputStream d = new DataOutputStream(out);
    d.writeInt(3); // the format
    d.writeInt(10); // the model's length
    d.writeLong(0); // its CRC
    d.writeInt(beam);
    rest.accept(d);
    return out.toByteArray();
  }

  private interface IoConsumer<T> {
    void accept(T t) throws IOException;
  }

  @Test
  void damagedOrForeignTablesAreRefused() throws IOException {
    byte[] good = written(built);
    assertThatThrownBy(() -> NameModelTables.read(new ByteArrayInputStream(new byte[] {0, 0, 0, 2})))
        .isInstanceOf(IOException.class).hasMessageContaining("too short");
    byte[] format1 = good.clone();
    format1[3] = 1;
    assertThatThrownBy(() -> NameModelTables.read(new ByteArrayInputStream(format1)))
        .isInstanceOf(IOException.class).hasMessageContaining("format 3");
    byte[] flipped = good.clone();
    flipped[good.length / 2] ^= 1; // a weight's bit
    assertThatThrownBy(() -> NameModelTables.read(new ByteArrayInputStream(flipped)))
        .isInstanceOf(IOException.class).hasMessageContaining("CRC-32");
    byte[] cut = java.util.Arrays.copyOf(good, good.length - 100);
    assertThatThrownBy(() -> NameModelTables.read(new ByteArrayInputStream(cut))).isInstanceOf(IOException.class);
    byte[] longer = java.util.Arrays.copyOf(good, good.length - 8);
    assertThatThrownBy(() -> NameModelTables.read(sealed(java.util.Arrays.copyOf(longer, longer.length + 3))))
        .isInstanceOf(IOException.class).hasMessageContaining("3 bytes after the tables");
  }

  @Test
  void countsAndIndexesOutOfReachAreRefusedBeforeAnythingIsMade() throws IOException {
    assertThatThrownBy(() -> NameModelTables.read(sealed(body(0, d -> {
      d.writeInt(1);
      d.writeUTF("other");
      d.writeInt(0);
    }))))
        .isInstanceOf(IOException.class).hasMessageContaining("a beam of 0");
    assertThatThrownBy(() -> NameModelTables.read(sealed(body(3, d -> {
      d.writeInt(-1);
      d.writeInt(0);
    }))))
        .isInstanceOf(IOException.class).hasMessageContaining("-1 outcomes");
    assertThatThrownBy(() -> NameModelTables.read(sealed(body(3, d -> {
      d.writeInt(Integer.MAX_VALUE);
      d.writeInt(0);
    }))))
        .isInstanceOf(IOException.class).hasMessageContaining(Integer.MAX_VALUE + " outcomes");
    assertThatThrownBy(() -> NameModelTables.read(sealed(body(3, d -> {
      d.writeInt(1);
      d.writeUTF("other");
      d.writeInt(Integer.MAX_VALUE); // predicates
      d.writeInt(0);
      d.writeInt(0);
    })))).isInstanceOf(IOException.class).hasMessageContaining(Integer.MAX_VALUE + " predicates");
    assertThatThrownBy(() -> NameModelTables.read(sealed(body(3, d -> {
      d.writeInt(1);
      d.writeUTF("other");
      d.writeInt(1);
      d.writeInt(-3); // chars of names
      d.writeInt(0);
    })))).isInstanceOf(IOException.class).hasMessageContaining("-3 chars");
    assertThatThrownBy(() -> NameModelTables.read(sealed(body(3, d -> {
      d.writeInt(1);
      d.writeUTF("other");
      d.writeInt(1);
      d.writeInt(3);
      d.writeInt(1 << 28); // weights, more than the bytes left
      d.writeChars("w=x");
      d.writeInt(3);
      d.writeInt(1);
      d.writeShort(0);
      d.writeLong(0);
    })))).isInstanceOf(IOException.class).hasMessageContaining((1 << 28) + " weights in 24 bytes");
    assertThatThrownBy(() -> NameModelTables.read(sealed(body(3, d -> {
      d.writeInt(1);
      d.writeUTF("other");
      d.writeInt(1);
      d.writeInt(3);
      d.writeInt(1);
      d.writeChars("w=x");
      d.writeInt(3);
      d.writeInt(1);
      d.writeShort(5); // outcome 5 of 1
      d.writeLong(0);
    })))).isInstanceOf(IOException.class).hasMessageContaining("scores outcome 5 of 1");
    Object[][] twoPredicates = {
        // the names' chars, where each ends, the message
        {"w=xw=x", new int[] {3, 6}, "'w=x' (1) not after 'w=x'"},
        {"w=yw=x", new int[] {3, 6}, "'w=x' (1) not after 'w=y'"},
        {"w=xw=y", new int[] {4, 3}, "string ends going back"},
    };
    for (Object[] row : twoPredicates) {
      assertThatThrownBy(() -> NameModelTables.read(sealed(body(3, d -> {
        d.writeInt(1);
        d.writeUTF("other");
        d.writeInt(2); // predicates
        d.writeInt(6); // chars of names
        d.writeInt(2); // weights
        d.writeChars((String) row[0]);
        for (int end : (int[]) row[1]) {
          d.writeInt(end);
        }
        d.writeInt(1); // where each predicate's weights end
        d.writeInt(2);
        d.writeShort(0);
        d.writeShort(0);
        d.writeLong(0);
        d.writeLong(0);
      })))).as((String) row[0]).isInstanceOf(IOException.class).hasMessageContaining((String) row[2]);
    }
  }
}
