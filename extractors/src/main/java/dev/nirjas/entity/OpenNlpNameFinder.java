package dev.nirjas.entity;

import dev.nirjas.MentionType;
import dev.nirjas.Token;
import dev.nirjas.TokenKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * A {@link NameFinder} backed by an OpenNLP perceptron name finder ({@link NameFinderME}) trained
 * on Bengali news (docs/ENTITIES.md, "The name-finder model").
 *
 * <p>The model reads the tokens' normalized forms ({@link Token#form()}), as the pipeline's ICU
 * segmenter produced them, through the features of {@link BengaliNameFeatures}. Its types
 * {@code per}, {@code loc} and {@code org} become PERSON, LOCATION and ORGANIZATION; anything else
 * it might report is dropped (times are the time stage's). Each call sees one sentence alone: the
 * finder's adaptive data is cleared before every call, so a result never depends on which
 * sentences the same thread read before.
 *
 * <p>A name's probability is OpenNLP's, averaged over its tokens. From a perceptron these are
 * normalized scores that rank well but are not calibrated (0.22 to 0.35 on the test split; the
 * precision each cut-off gives is in docs/ENTITIES.md).
 *
 * <p>A perceptron model (the bundled one) is decoded by {@link NameDecoder}, which finds the names
 * OpenNLP's {@code NameFinderME} finds at the same beam, with the same probabilities to within
 * rounding, at a fraction of the cost; any other model by {@code NameFinderME} itself. The beam is
 * the model's unless {@link #withBeam} gives another (the entity stage decodes greedily).
 *
 * <p>Thread-safe: the model is loaded once and shared; feature generators (and {@code
 * NameFinderME}) are not thread-safe, so each thread gets its own, as in OpenNLP's {@code
 * ThreadSafeNameFinderME}. They live in {@link ThreadLocal}s: light (the model is not copied), but
 * with many long-lived threads (an application server's pool) they add up; a thread done with this
 * finder releases its copies with {@link #close()}, which affects only the calling thread.
 */
public final class OpenNlpNameFinder implements NameFinder, AutoCloseable {
  /** The bundled model, beside this class. */
  static final String MODEL_RESOURCE = "bn-names.bin";

  /** The OpenNLP model, read when first asked for: a finder made from its tables may never need it. */
  private final Supplier<TokenNameFinderModel> model;
  private final boolean fromTables;
  /** The fast decoder, or null for a model it does not take: then OpenNLP's own, per thread. */
  private final NameDecoder decoder;
  private final ThreadLocal<NameFinderME> finders;
  /** The finders {@link #withBeam} made from this one, kept so that each is made once. */
  private final Map<Integer, OpenNlpNameFinder> byBeam = new ConcurrentHashMap<>();

  /**
   * Loads a model (an OpenNLP {@code TokenNameFinderModel} trained by {@code NameModelTraining}).
   * The stream is read to its end and not closed.
   *
   * @param model the model's bytes, as {@code TokenNameFinderModel} writes them
   * @throws IOException if the stream cannot be read or is not a name-finder model
   */
  public OpenNlpNameFinder(InputStream model) throws IOException {
    this(load(model));
  }

  /** Reads a model through OpenNLP (its feature generators allowed first). */
  static TokenNameFinderModel load(InputStream model) throws IOException {
    Objects.requireNonNull(model, "model");
    allowFeatureGenerators();
    return new TokenNameFinderModel(model);
  }

  /**
   * Lets OpenNLP build this package's feature generators. OpenNLP 2.5 instantiates only classes of
   * packages it was told to trust, and a model's feature descriptor names
   * {@code BengaliNameFeatures$Factory}: call before a model is trained or loaded. JVM-wide;
   * registering twice is harmless.
   */
  static void allowFeatureGenerators() {
    ExtensionLoader.registerAllowedPackage(OpenNlpNameFinder.class.getPackageName());
  }

  OpenNlpNameFinder(TokenNameFinderModel model) {
    this(model, NameDecoder.of(model));
  }

  /**
   * @param decoder the decoder for the model, or null for OpenNLP's {@code NameFinderME} (the tests
   *     that prove the two agree)
   */
  OpenNlpNameFinder(TokenNameFinderModel model, NameDecoder decoder) {
    this(() -> model, decoder, false);
  }

  /**
   * @param model gives the OpenNLP model, read (if at all) when first asked for
   * @param fromTables whether the decoder was made from the build's tables ({@link NameModelTables})
   */
  private OpenNlpNameFinder(Supplier<TokenNameFinderModel> model, NameDecoder decoder, boolean fromTables) {
    this.model = model;
    this.decoder = decoder;
    this.fromTables = fromTables;
    this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model.get()));
  }

  /** {@return the finder with the bundled model, loaded once, on first use, and shared} */
  public static OpenNlpNameFinder standard() {
    return Standard.FINDER;
  }

  private static final class Standard {
    static final OpenNlpNameFinder FINDER = load();

    private static OpenNlpNameFinder load() {
      allowFeatureGenerators(); // as when the model itself is read: a caller's NameFinderME may count on it
      try (InputStream tables = OpenNlpNameFinder.class.getResourceAsStream(NameModelTables.tablesName(MODEL_RESOURCE))) {
        return bundled(MadeFrom.resource(OpenNlpNameFinder.class, MODEL_RESOURCE), OpenNlpNameFinder::bundledBytes, tables);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled name-finder model", e);
      }
    }
  }

  /** The bundled model read through OpenNLP, once, when something first asks for it. */
  private static final class BundledModel {
    static final TokenNameFinderModel MODEL = read();

    private static TokenNameFinderModel read() {
      try {
        return load(new ByteArrayInputStream(bundledBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled name-finder model", e);
      }
    }
  }

  /** {@return the bundled model file's bytes} */
  private static byte[] bundledBytes() {
    try (InputStream in = OpenNlpNameFinder.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + MODEL_RESOURCE + " next to " + OpenNlpNameFinder.class.getName());
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled name-finder model", e);
    }
  }

  /**
   * The finder of the bundled model {@code model}: decoding from {@code tables} when they are the
   * tables of those very bytes and make a decoder (then OpenNLP reads the model only if it is asked
   * for); else from the model itself.
   *
   * @param model the bundled model file's bytes
   * @param tables the tables the build wrote beside it, or null
   * @throws IOException if the model itself must be read and cannot be
   */
  static OpenNlpNameFinder bundled(byte[] model, InputStream tables) throws IOException {
    return bundled(MadeFrom.bytes(model), () -> model, tables);
  }

  /**
   * As above, the model known by {@code model} (the tables' header names the bytes they were made
   * from) and read through {@code modelBytes} only when the tables are not taken.
   */
  private static OpenNlpNameFinder bundled(MadeFrom model, Supplier<byte[]> modelBytes, InputStream tables)
      throws IOException {
    NameModelTables t = null;
    try {
      t = tables == null ? null : NameModelTables.read(tables, model);
    } catch (IOException | RuntimeException e) {
      // damaged tables: the model itself says the same, only slower
    }
    if (t != null) {
      try {
        return new OpenNlpNameFinder(() -> BundledModel.MODEL, NameDecoder.of(t, true, t.beam), true);
      } catch (RuntimeException e) {
        // tables that pass every check and still do not make a decoder: read the model
      }
    }
    TokenNameFinderModel m = load(new ByteArrayInputStream(modelBytes.get()));
    return new OpenNlpNameFinder(() -> m, NameDecoder.of(m), false);
  }

  /** {@return whether this finder decodes from the build's tables rather than the model it read} */
  boolean fromTables() {
    return fromTables;
  }

  /**
   * The same model decoded with a beam of {@code beam} hypotheses instead of the one the model was
   * trained with (its manifest's {@code BeamSize}, 3 for the bundled model). A beam of 1 (greedy
   * decoding, the pipeline's default: {@link EntityStage#DEFAULT_BEAM}) finds nearly the same names
   * at about half the cost; docs/ENTITIES.md has both scores. Each beam's finder is made once and
   * shares this one's tables and the weights it keeps per word form.
   *
   * @param beam how many hypotheses the search keeps at each token, at least 1
   * @return a finder with this model and that beam (this one when the beam is its own)
   * @throws IllegalArgumentException if {@code beam} is below 1
   * @throws UnsupportedOperationException if the model is not a perceptron's, which only OpenNLP's
   *     {@code NameFinderME} decodes, at the model's own beam
   */
  public OpenNlpNameFinder withBeam(int beam) {
    if (beam < 1) {
      throw new IllegalArgumentException("beam must be at least 1: " + beam);
    }
    if (decoder == null) {
      throw new UnsupportedOperationException("only a perceptron model's decoder takes another beam");
    }
    if (beam == decoder.beam()) {
      return this;
    }
    return byBeam.computeIfAbsent(beam, b -> new OpenNlpNameFinder(model, decoder.withBeam(b), fromTables));
  }

  /** {@return whether {@link #withBeam} takes another beam: the model is a perceptron's} */
  public boolean takesBeam() {
    return decoder != null;
  }

  /** {@return the beam the finder decodes with} */
  public int beam() {
    if (decoder != null) {
      return decoder.beam();
    }
    return NameDecoder.modelBeam(model.get());
  }

  /** A sentence longer than this is read in pieces, cut at punctuation where it can be. */
  static final int PIECE = 512;

  @Override
  public List<NameSpan> find(List<Token> tokens) {
    List<NameSpan> names = new ArrayList<>();
    int from = 0;
    while (from < tokens.size()) {
      int to = pieceEnd(tokens, from);
      find(tokens, from, to, names);
      from = to;
    }
    return names;
  }

  /**
   * Where the piece starting at {@code from} ends: the whole rest when it is short; else after the
   * first punctuation mark past {@link #PIECE} tokens, or at twice that. The beam search's work and
   * memory stay bounded however long a "sentence" is (a page without a danda, a run of brackets).
   */
  private static int pieceEnd(List<Token> tokens, int from) {
    int n = tokens.size();
    if (n - from <= 2 * PIECE) {
      return n;
    }
    for (int i = from + PIECE; i < from + 2 * PIECE; i++) {
      if (tokens.get(i).kind() == TokenKind.PUNCTUATION) {
        return i + 1;
      }
    }
    return from + 2 * PIECE;
  }

  private void find(List<Token> tokens, int from, int to, List<NameSpan> names) {
    boolean words = false;
    for (int i = from; i < to && !words; i++) {
      words = tokens.get(i).kind() == TokenKind.WORD;
    }
    if (!words) {
      return; // no word, no name: brackets, digits, symbols
    }
    Span[] spans;
    if (decoder != null) {
      spans = decoder.find(tokens, from, to);
    } else {
      String[] forms = new String[to - from];
      for (int i = 0; i < forms.length; i++) {
        forms[i] = tokens.get(from + i).form();
      }
      NameFinderME finder = finders.get();
      finder.clearAdaptiveData();
      spans = finder.find(forms);
    }
    for (Span s : spans) {
      MentionType type = typeOf(s.getType());
      if (type != null) {
        names.add(new NameSpan(from + s.getStart(), from + s.getEnd(), type, s.getProb()));
      }
    }
  }

  /** The mention type of a model type; null for a type Nirjas does not take from the model. */
  static MentionType typeOf(String modelType) {
    if (modelType == null) {
      return null;
    }
    return switch (modelType) {
      case "per" -> MentionType.PERSON;
      case "loc" -> MentionType.LOCATION;
      case "org" -> MentionType.ORGANIZATION;
      default -> null;
    };
  }

  /** The model type the training data gives a mention type (the inverse of {@link #typeOf}). */
  static String modelType(MentionType type) {
    return switch (type) {
      case PERSON -> "per";
      case LOCATION -> "loc";
      case ORGANIZATION -> "org";
      default -> throw new IllegalArgumentException("not an entity type: " + type);
    };
  }

  /** The model, for the trainer's report. */
  TokenNameFinderModel model() {
    return model.get();
  }

  /** Releases the calling thread's finder; the next call from this thread makes a new one. */
  @Override
  public void close() {
    finders.remove();
    if (decoder != null) {
      decoder.release();
    }
  }
}
