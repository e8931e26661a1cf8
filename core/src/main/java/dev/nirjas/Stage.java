package dev.nirjas;

import java.util.Set;

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
 * lists its stages in {@code META-INF/services/dev.nirjas.Stage}; such a stage needs a public
 * no-argument constructor.
 */
public interface Stage {

  /** A short, stable name for messages and benchmarks ("numbers"). */
  String name();

  /** The layers that must exist before this stage runs. */
  Set<Layer> requires();

  /** The layers this stage adds. */
  Set<Layer> provides();

  /**
   * The mention types this stage may take over. A mention the stage adds may overlap mentions of
   * earlier stages only if every one of them is of these types; it then replaces them (a DATE takes
   * the NUMBERs inside it, kept as parts for explanation). Otherwise the new mention is refused, so
   * an earlier stage's reading can never be lost to a later stage by accident. By default none: the
   * stage adds mentions only where the text is still free.
   */
  default Set<MentionType> replaces() {
    return Set.of();
  }

  /**
   * Adds this stage's annotations to one document's analysis.
   *
   * @param analysis the document's analysis so far; this stage adds to it
   */
  void process(Analysis analysis);
}
