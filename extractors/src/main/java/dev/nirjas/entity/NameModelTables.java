package dev.nirjas.entity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * What {@link NameDecoder} reads of a perceptron name-finder model — its outcomes, each
 * predicate's outcomes and weights, the beam it was trained with — written at build time beside
 * the model ({@code bn-names.bin} → {@code bn-names.tables}, extractors' {@code process-classes})
 * and read back at start instead of the model. Why: OpenNLP's model reader (its classes loaded and
 * first run, its own structures built, then the decoder's taken from them) cost 80 ms of a fresh
 * JVM's start; these tables, the same values in a flat file, took about a third of that as a map
 * of predicates made entry by entry, and less again as the {@link PredicateTable}'s arrays (format
 * 3: the names' chars, where each name and each predicate's weights end, the weights' outcomes
 * and IEEE bits), which are read in bulk.
 *
 * <p>The tables name the model they were made from by its length and CRC-32, and are taken only
 * for those very bytes, only for a BIO model whose feature descriptor is the bundled one (whose
 * generators {@link BengaliNameFeatures#describedByBundledXml} builds in code); anything else is
 * read through OpenNLP as before. Every weight is written as its IEEE bits, so the decoder sums
 * the same doubles. The file ends with the CRC-32 of all before it; tables that fail it, or any
 * other check, are not taken.
 */
final class NameModelTables {
  /** The tables' file name beside a model named {@code X.bin}: {@code X.tables}. */
  static final String SUFFIX = ".tables";
  private static final int FORMAT = 3;
  /** A beam this wide or wider in a file is taken for damage, not a model's. */
  private static final int MAX_BEAM = 1_000;

  final String[] outcomes;
  final PredicateTable predicates;
  final int beam;
  private final long modelCrc;
  private final int modelLength;

  private NameModelTables(String[] outcomes, PredicateTable predicates, int beam, long modelCrc, int modelLength) {
    this.outcomes = outcomes;
    this.predicates = predicates;
    this.beam = beam;
    this.modelCrc = modelCrc;
    this.modelLength = modelLength;
  }

  /**
   * The tables of a model, or null when {@link NameDecoder} would not take them in its place (not a
   * perceptron, not BIO, not the bundled feature descriptor).
   *
   * @param model the model read from {@code bytes}
   * @param bytes the model file's bytes
   */
  static NameModelTables of(TokenNameFinderModel model, byte[] bytes) {
    MaxentModel weights = model.getArtifact(NameDecoder.WEIGHTS_ENTRY);
    Object descriptor = model.getArtifact(BengaliNameFeatures.DESCRIPTOR_ENTRY);
    if (!(weights instanceof PerceptronModel perceptron)
        || model.getFactory().createSequenceCodec().getClass() != BioCodec.class
        || !(descriptor instanceof byte[] d && BengaliNameFeatures.isBundledDescriptor(d))) {
      return null;
    }
    return new NameModelTables(NameDecoder.outcomesOf(perceptron), PredicateTable.of(NameDecoder.predicatesOf(perceptron)),
        NameDecoder.modelBeam(model), BuildFile.crc(bytes, 0, bytes.length), bytes.length);
  }

  /** {@return whether these are the tables of the model file {@code bytes}} */
  boolean madeFrom(byte[] bytes) {
    return MadeFrom.bytes(bytes).is(modelLength, modelCrc);
  }

  void write(OutputStream out) throws IOException {
    if (outcomes.length > 0xFFFF) {
      throw new IOException(outcomes.length + " outcomes: the tables keep an outcome in 16 bits");
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(body);
    data.writeInt(FORMAT);
    data.writeInt(modelLength);
    data.writeLong(modelCrc);
    data.writeInt(beam);
    data.writeInt(outcomes.length);
    for (String o : outcomes) {
      data.writeUTF(o);
    }
    // The predicate table's arrays as they are: its names are in order, so a model gives the same
    // file on every build.
    int[] scored = predicates.outcomes();
    double[] weights = predicates.weights();
    data.writeInt(predicates.size());
    data.writeInt(predicates.names().chars().length);
    data.writeInt(scored.length);
    predicates.names().write(data);
    for (int e : predicates.weightEnds()) {
      data.writeInt(e);
    }
    for (int o : scored) {
      data.writeShort(o);
    }
    for (double w : weights) {
      data.writeLong(Double.doubleToRawLongBits(w));
    }
    data.flush();
    out.write(BuildFile.seal(body.toByteArray()));
    out.flush();
  }

  /**
   * Reads tables written by {@link #write}.
   *
   * @throws IOException if the stream cannot be read or does not hold such tables, whole
   */
  static NameModelTables read(InputStream in) throws IOException {
    return read(in, (MadeFrom) null);
  }

  /**
   * Reads the tables of the model {@code model}: null when they were made from other bytes (told
   * from their header, before the rest is checked or parsed).
   *
   * @param model the model's bytes; null reads tables of any model
   * @throws IOException if the stream cannot be read or does not hold such tables, whole
   */
  static NameModelTables read(InputStream in, byte[] model) throws IOException {
    return read(in, model == null ? null : MadeFrom.bytes(model));
  }

  /**
   * Reads the tables of the model {@code model} tells: null when they were made from other bytes.
   *
   * @param model whether the tables' model is the one wanted; null reads tables of any model
   * @throws IOException if the stream cannot be read or does not hold such tables, whole
   */
  static NameModelTables read(InputStream in, MadeFrom model) throws IOException {
    byte[] all = in.readAllBytes();
    if (all.length < 4 + 4 + 8 + 4 + 4 + 4 + 8) {
      throw new IOException("name-model tables of " + all.length + " bytes: too short");
    }
    DataInputStream data = new DataInputStream(new ByteArrayInputStream(all, 0, all.length - 8));
    if (data.readInt() != FORMAT) {
      throw new IOException("not name-model tables of format " + FORMAT);
    }
    int modelLength = data.readInt();
    long modelCrc = data.readLong();
    if (model != null && !model.is(modelLength, modelCrc)) {
      return null;
    }
    if (!BuildFile.intact(all)) {
      throw new IOException("name-model tables damaged: their CRC-32 does not match");
    }
    int beam = data.readInt();
    if (beam < 1 || beam >= MAX_BEAM) {
      throw new IOException("name-model tables with a beam of " + beam);
    }
    int count = data.readInt();
    if (count < 1 || count > data.available() / 2) {
      throw new IOException("name-model tables with " + count + " outcomes");
    }
    String[] outcomes = new String[count];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = data.readUTF();
    }
    int n = data.readInt();
    int chars = data.readInt();
    int entries = data.readInt();
    // Each count against the bytes left before anything is made: a name's char takes two bytes, a
    // predicate eight (its name's end, its weights' end) and a weight ten, so damage cannot ask for
    // arrays the file could not fill.
    long needed = 2L * Math.max(chars, 0) + 8L * Math.max(n, 0) + 10L * Math.max(entries, 0);
    if (n >= 0 && chars >= 0 && entries >= 0 && needed < data.available()) {
      throw new IOException((data.available() - needed) + " bytes after the tables");
    }
    if (n < 0 || chars < 0 || entries < 0 || needed != data.available()) {
      throw new IOException("name-model tables with " + n + " predicates, " + chars + " chars of names and "
          + entries + " weights in " + data.available() + " bytes");
    }
    ByteBuffer rest = ByteBuffer.wrap(all, all.length - 8 - data.available(), data.available()); // big-endian, as written
    PredicateTable predicates;
    try {
      StringIndex names = StringIndex.read(rest, n, chars);
      int[] weightEnds = new int[n];
      rest.asIntBuffer().get(weightEnds);
      rest.position(rest.position() + 4 * n);
      int[] scored = new int[entries];
      for (int i = 0; i < entries; i++) {
        scored[i] = rest.getChar(); // unsigned 16 bits
        if (scored[i] >= outcomes.length) {
          throw new IOException("a predicate scores outcome " + scored[i] + " of " + outcomes.length);
        }
      }
      double[] weights = new double[entries];
      rest.asDoubleBuffer().get(weights); // each the double of the IEEE bits written
      predicates = new PredicateTable(names, weightEnds, scored, weights);
    } catch (IllegalArgumentException e) { // names out of order, ends that go back
      throw new IOException("name-model tables: " + e.getMessage(), e);
    }
    return new NameModelTables(outcomes, predicates, beam, modelCrc, modelLength);
  }

  /**
   * The build step: writes the tables of {@code <classes>/dev/nirjas/entity/bn-names.bin} beside
   * it (nothing for a model they would not stand for).
   *
   * @param args the classes directory
   * @throws IOException if the model cannot be read or the tables written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: NameModelTables <classes directory>");
    }
    Path dir = Path.of(args[0]).resolve(NameModelTables.class.getPackageName().replace('.', '/'));
    Path model = dir.resolve(OpenNlpNameFinder.MODEL_RESOURCE);
    byte[] bytes = Files.readAllBytes(model);
    NameModelTables tables = of(OpenNlpNameFinder.load(new ByteArrayInputStream(bytes)), bytes);
    Path out = dir.resolve(tablesName(OpenNlpNameFinder.MODEL_RESOURCE));
    if (tables == null) {
      Files.deleteIfExists(out);
      return;
    }
    try (OutputStream o = Files.newOutputStream(out)) {
      tables.write(o);
    }
  }

  /** {@return the tables' file name for a model's} */
  static String tablesName(String model) {
    return model.replaceFirst("\\.bin$", "") + SUFFIX;
  }
}
