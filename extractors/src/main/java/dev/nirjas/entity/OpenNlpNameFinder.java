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
  private final LazyModel model;
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

  private static TokenNameFinderModel load(InputStream model) throws IOException {
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
    this(new LazyModel(model, null), decoder);
  }

  private OpenNlpNameFinder(LazyModel model, NameDecoder decoder) {
    this.model = model;
    this.decoder = decoder;
    this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model.get()));
  }

  /**
   * A model given, or read on first use (once, whichever thread asks first) from its bytes, or with
   * none from the bundled resource.
   */
  private static final class LazyModel {
    private volatile TokenNameFinderModel model;
    private final byte[] bytes;

    LazyModel(TokenNameFinderModel model, byte[] bytes) {
      this.model = model;
      this.bytes = bytes;
    }

    TokenNameFinderModel get() {
      TokenNameFinderModel m = model;
      if (m == null) {
        synchronized (this) {
          m = model;
          if (m == null) {
            try (InputStream in = bytes != null ? new ByteArrayInputStream(bytes)
                : OpenNlpNameFinder.class.getResourceAsStream(MODEL_RESOURCE)) {
              m = load(Objects.requireNonNull(in, MODEL_RESOURCE));
            } catch (IOException e) {
              throw new UncheckedIOException("cannot read the bundled name-finder model", e);
            }
            model = m;
          }
        }
      }
      return m;
    }
  }

  /** {@return the finder with the bundled model, loaded once, on first use, and shared} */
  public static OpenNlpNameFinder standard() {
    return Standard.FINDER;
  }

  private static final class Standard {
    /** Whether {@link #FINDER} decodes from the build's tables (set while it is made). */
    static boolean fromTables;
    static final OpenNlpNameFinder FINDER = load();

    private static OpenNlpNameFinder load() {
      byte[] bytes;
      try (InputStream in = OpenNlpNameFinder.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + MODEL_RESOURCE + " next to " + OpenNlpNameFinder.class.getName());
        }
        bytes = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled name-finder model", e);
      }
      NameModelTables tables = tablesOf(bytes);
      if (tables != null) {
        try {
          // the model's bytes are read again if ever its OpenNLP form is asked for
          OpenNlpNameFinder finder = new OpenNlpNameFinder(new LazyModel(null, null), NameDecoder.of(tables, true, tables.beam));
          fromTables = true;
          return finder;
        } catch (RuntimeException e) {
          // tables that pass every check and still do not make a decoder: read the model
        }
      }
      try {
        return new OpenNlpNameFinder(new ByteArrayInputStream(bytes));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled name-finder model", e);
      }
    }

    /**
     * The tables the build wrote beside the model ({@link NameModelTables}), when they are there and
     * were made from these very bytes; else null, and the model is read through OpenNLP.
     */
    private static NameModelTables tablesOf(byte[] model) {
      try (InputStream in = OpenNlpNameFinder.class.getResourceAsStream(NameModelTables.tablesName(MODEL_RESOURCE))) {
        return in == null ? null : NameModelTables.read(in, model);
      } catch (IOException | RuntimeException e) {
        return null; // damaged tables: the model itself says the same, only slower
      }
    }
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
    return byBeam.computeIfAbsent(beam, b -> new OpenNlpNameFinder(model, decoder.withBeam(b)));
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
    String[] forms = new String[to - from];
    for (int i = 0; i < forms.length; i++) {
      forms[i] = tokens.get(from + i).form();
    }
    Span[] spans;
    if (decoder != null) {
      spans = decoder.find(forms, tokens, from);
    } else {
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

  /** {@return whether {@link #standard()} decodes from the build's tables rather than the model} */
  static boolean standardFromTables() {
    standard();
    return Standard.fromTables;
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
