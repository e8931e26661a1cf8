package dev.nirjas;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One step of a {@link Pipeline}: reads the layers earlier stages produced and adds its own.
 *
 * <p>A stage declares what it requires and provides, so that a pipeline in the wrong order is
 * refused when it is built rather than failing when it runs. A stage instance is shared by all the
 * threads that use its pipeline: it must be immutable (or otherwise thread-safe) once constructed,
 * with all per-document state kept in the {@link Analysis}. Expensive set-up (lexicons, automata,
 * models) belongs in the constructor, done once.
 *
 * <p>Stages are found by {@link Pipeline#standard()} through {@link java.util.ServiceLoader}: a jar
 * lists its stages in {@code META-INF/services/dev.nirjas.Stage} (and, as a named module,
 * {@code provides dev.nirjas.Stage with ...}); such a stage needs a public no-argument constructor,
 * and takes its settings by name through {@link #configure(Map)}.
 *
 * <p>A stage that holds a resource (a model, a thread pool) releases it in {@link #close()}, which
 * {@link Pipeline#close()} calls.
 */
public interface Stage extends AutoCloseable {

  /**
   * {@return a short, stable name ("numbers")} Messages and benchmarks show it, and stage settings
   * are addressed by it ({@code numbers.key}).
   */
  String name();

  /** {@return the layers that must exist before this stage runs} */
  Set<Layer> requires();

  /** {@return the layers this stage adds} */
  Set<Layer> provides();

  /**
   * {@return the mention types this stage may take over} A mention the stage adds may overlap
   * mentions of earlier stages only if every one of them is of these types; it then replaces them
   * (a DATE takes the NUMBERs inside it, kept as parts for explanation). Otherwise the new mention
   * is refused, so an earlier stage's reading can never be lost to a later stage by accident. By
   * default none: the stage adds mentions only where the text is still free. Asked once, when a
   * pipeline is built, like the layers.
   */
  default Set<MentionType> replaces() {
    return Set.of();
  }

  /**
   * This stage with named settings, as a stage found by {@link java.util.ServiceLoader} gets them
   * ({@code --stage-arg money.currency=INR} on the command line gives the money stage
   * {@code {currency=INR}}). Like Lucene's analysis factories, a stage rejects any key it does not
   * know, so a misspelt setting fails instead of being ignored. By default a stage takes none.
   *
   * @param args the settings, by name; empty for the defaults
   * @return a stage with those settings (this stage itself when {@code args} is empty)
   * @throws IllegalArgumentException if a key is unknown or a value is invalid
   */
  default Stage configure(Map<String, String> args) {
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("stage '" + name() + "' takes no settings, not "
          + new TreeSet<>(args.keySet()));
    }
    return this;
  }

  /**
   * Rejects a setting {@link #configure} does not take, with the message every stage gives ("unknown
   * setting 'x' of stage 'money'; it takes: currency"): the first check of a stage's own
   * {@code configure}.
   *
   * @param stage the stage's name
   * @param args the settings given
   * @param known the keys the stage takes
   * @throws IllegalArgumentException naming the first unknown key
   */
  static void requireKnownSettings(String stage, Map<String, String> args, String... known) {
    Set<String> keys = Set.of(known);
    for (String key : args.keySet()) {
      if (!keys.contains(key)) {
        throw new IllegalArgumentException("unknown setting '" + key + "' of stage '" + stage
            + "'; it takes: " + String.join(", ", known));
      }
    }
  }

  /** Releases what the stage holds; nothing by default. Never throws a checked exception. */
  @Override
  default void close() {}

  /**
   * Adds this stage's annotations to one document's analysis.
   *
   * @param analysis the document's analysis so far; this stage adds to it
   */
  void process(Analysis analysis);
}
