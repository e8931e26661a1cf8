package dev.nirjas.entity;

import dev.nirjas.MentionType;
import dev.nirjas.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
 * <p>Thread-safe: the model is loaded once and shared; {@code NameFinderME} is not thread-safe, so
 * each thread gets its own, as in OpenNLP's {@code ThreadSafeNameFinderME}. The per-thread finders
 * live in a {@link ThreadLocal}: they are light (the model is not copied), but with many
 * long-lived threads (an application server's pool) they add up; a thread done with this finder
 * releases its copy with {@link #close()}, which affects only the calling thread.
 */
public final class OpenNlpNameFinder implements NameFinder, AutoCloseable {
  /** The bundled model, beside this class. */
  static final String MODEL_RESOURCE = "bn-names.bin";

  private final TokenNameFinderModel model;
  private final ThreadLocal<NameFinderME> finders;

  /**
   * Loads a model (an OpenNLP {@code TokenNameFinderModel} trained by {@code NameModelTraining}).
   * The stream is read to its end and not closed.
   *
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
    this.model = model;
    this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
  }

  /** The finder with the bundled model, loaded once, on first use, and shared. */
  public static OpenNlpNameFinder standard() {
    return Standard.FINDER;
  }

  private static final class Standard {
    static final OpenNlpNameFinder FINDER = load();

    private static OpenNlpNameFinder load() {
      try (InputStream in = OpenNlpNameFinder.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + MODEL_RESOURCE + " next to " + OpenNlpNameFinder.class.getName());
        }
        return new OpenNlpNameFinder(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled name-finder model", e);
      }
    }
  }

  @Override
  public List<NameSpan> find(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    String[] forms = new String[tokens.size()];
    for (int i = 0; i < forms.length; i++) {
      forms[i] = tokens.get(i).form();
    }
    NameFinderME finder = finders.get();
    finder.clearAdaptiveData();
    Span[] spans = finder.find(forms);
    List<NameSpan> names = new ArrayList<>(spans.length);
    for (Span s : spans) {
      MentionType type = typeOf(s.getType());
      if (type != null) {
        names.add(new NameSpan(s.getStart(), s.getEnd(), type, s.getProb()));
      }
    }
    return names;
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
    return model;
  }

  /** Releases the calling thread's finder; the next call from this thread makes a new one. */
  @Override
  public void close() {
    finders.remove();
  }
}
