package dev.nirjas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An immutable sequence of {@link Stage}s that turns a {@link Document} into an {@link Annotation}.
 *
 * <p>A built pipeline is thread-safe: one instance serves any number of threads at once. It is
 * {@link AutoCloseable}: {@link #close()} releases what its stages hold (models, thread pools).
 *
 * <pre>{@code
 * Pipeline nirjas = Pipeline.standard();
 * Annotation a = nirjas.annotate(Document.of("1", "১৯৭১ সালের ২৫ অক্টোবর ..."));
 * for (Mention m : a.mentions()) System.out.println(m.type() + " " + m.text() + " " + m.value());
 * }</pre>
 */
public final class Pipeline implements AutoCloseable {
  private final List<Stage> stages;
  /**
   * Each stage's {@link Stage#replaces()}, asked once when the pipeline is built: a stage's
   * declaration, like its layers, and a set made per call was an allocation per stage and document.
   */
  private final List<Set<MentionType>> replaces;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
    List<Set<MentionType>> r = new ArrayList<>();
    for (Stage s : this.stages) {
      Set<MentionType> types = s.replaces();
      if (types == null || types.stream().anyMatch(Objects::isNull)) { // contains(null) throws for Set.of
        throw new PipelineException("stage '" + s.name() + "' replaces " + types + ": not a set of mention types");
      }
      r.add(types.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(types)));
    }
    this.replaces = List.copyOf(r);
  }

  /** {@return a builder for a pipeline of stages in the order given} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The full pipeline: every stage on the class path (registered through {@link ServiceLoader} in
   * {@code META-INF/services/dev.nirjas.Stage}), each placed after the stages it requires. The
   * standard stages load their lexicons and models once per class loader, so a second pipeline is
   * cheap.
   *
   * @return the pipeline of every stage found, in an order that meets their requirements
   * @throws PipelineException if some stage requires a layer no stage provides
   */
  public static Pipeline standard() {
    return standard(Pipeline.class.getClassLoader());
  }

  /**
   * As {@link #standard()}, looking for stages with {@code loader}.
   *
   * @param loader the class loader whose {@code META-INF/services} lists the stages (a plug-in's
   *     loader, say)
   * @return the pipeline of every stage found
   * @throws PipelineException if some stage requires a layer no stage provides
   */
  public static Pipeline standard(ClassLoader loader) {
    return standard(loader, Map.of());
  }

  /**
   * As {@link #standard()}, with settings for the stages by name: {@code "money.currency" -> "INR"}
   * gives the stage named {@code money} the setting {@code currency=INR} through
   * {@link Stage#configure(Map)}.
   *
   * @param stageArgs settings as {@code stage.key -> value}
   * @return the pipeline of every stage found, those named configured
   * @throws PipelineException if a key names no stage found, is not of the form
   *     {@code stage.key}, or the stage rejects it
   */
  public static Pipeline standard(Map<String, String> stageArgs) {
    return standard(Pipeline.class.getClassLoader(), stageArgs);
  }

  /**
   * As {@link #standard(Map)}, looking for stages with {@code loader}.
   *
   * @param loader the class loader whose {@code META-INF/services} lists the stages
   * @param stageArgs settings as {@code stage.key -> value}
   * @return the pipeline of every stage found, those named configured
   * @throws PipelineException if a key names no stage found, is not of the form
   *     {@code stage.key}, or the stage rejects it
   */
  public static Pipeline standard(ClassLoader loader, Map<String, String> stageArgs) {
    Map<String, Map<String, String>> byStage = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : stageArgs.entrySet()) {
      int dot = e.getKey().indexOf('.');
      if (dot <= 0 || dot == e.getKey().length() - 1) {
        throw new PipelineException("a stage setting is named stage.key (money.currency), not '"
            + e.getKey() + "'");
      }
      byStage.computeIfAbsent(e.getKey().substring(0, dot), k -> new LinkedHashMap<>())
          .put(e.getKey().substring(dot + 1), Objects.requireNonNull(e.getValue(), e.getKey()));
    }
    List<Stage> found = new ArrayList<>();
    for (Stage s : ServiceLoader.load(Stage.class, loader)) {
      Map<String, String> args = byStage.remove(s.name());
      try {
        found.add(args == null ? s : s.configure(args));
      } catch (IllegalArgumentException e) {
        throw new PipelineException("stage '" + s.name() + "': " + e.getMessage(), e);
      }
    }
    if (!byStage.isEmpty()) {
      throw new PipelineException("settings for stages not found: " + new TreeSet<>(byStage.keySet())
          + "; the stages are " + found.stream().map(Stage::name).sorted().toList());
    }
    return builder().addAll(order(found)).build();
  }

  /** Orders stages so each comes after those providing what it requires; ties by name. */
  static List<Stage> order(List<Stage> stages) {
    List<Stage> pending = new ArrayList<>(stages);
    pending.sort(Comparator.comparing(Stage::name));
    List<Stage> ordered = new ArrayList<>();
    Set<Layer> provided = new HashSet<>();
    while (!pending.isEmpty()) {
      Stage next = null;
      for (Stage s : pending) {
        if (provided.containsAll(s.requires())) {
          next = s;
          break;
        }
      }
      if (next == null) {
        Stage s = pending.get(0);
        throw new PipelineException("stage '" + s.name() + "' requires " + missing(s, provided)
            + ", which no stage provides");
      }
      pending.remove(next);
      ordered.add(next);
      provided.addAll(next.provides());
    }
    return ordered;
  }

  private static String missing(Stage s, Set<Layer> provided) {
    return s.requires().stream().filter(l -> !provided.contains(l)).map(Layer::name).sorted()
        .collect(Collectors.joining(", "));
  }

  /** {@return the stages, in the order they run} */
  public List<Stage> stages() {
    return stages;
  }

  /**
   * Annotates a text with no id and no reference date.
   *
   * @param text the original text
   * @return its annotation
   * @throws PipelineException if a stage fails
   */
  public Annotation annotate(String text) {
    return annotate(Document.of("", text));
  }

  /**
   * Runs every stage over one document.
   *
   * @param document the text with its id, reference date and currency
   * @return the document's sentences, tokens, mentions and events
   * @throws PipelineException if a stage fails; the message names the stage and the document
   */
  public Annotation annotate(Document document) {
    Analysis analysis = new Analysis(document);
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      analysis.enterStage(i, replaces.get(i));
      try {
        stage.process(analysis);
      } catch (RuntimeException | StackOverflowError e) {
        throw new PipelineException("stage '" + stage.name() + "' failed on document '"
            + document.id() + "': " + e, e);
      }
    }
    return analysis.toAnnotation();
  }

  /**
   * Annotates a stream of documents: the annotations in the same order. A parallel stream is
   * annotated in parallel and keeps its encounter order for ordered terminal operations
   * ({@code forEachOrdered}, {@code toList}, its iterator).
   *
   * @param documents the documents, sequential or parallel
   * @return the annotations, lazily: a document is annotated when its result is consumed
   */
  public Stream<Annotation> annotateAll(Stream<Document> documents) {
    return documents.map(this::annotate);
  }

  /**
   * Annotates documents on {@code threads} threads of its own, giving the annotations in input
   * order, with at most {@code 2 × threads} documents in flight (so an input of any length is read
   * as the results are consumed). Close the stream (try-with-resources) to stop its threads early.
   *
   * <pre>{@code
   * try (Stream<Annotation> out = nirjas.annotateAll(documents, 4)) {
   *   out.forEach(a -> write(a));
   * }
   * }</pre>
   *
   * @param documents the documents, read on the consumer's thread as results are taken
   * @param threads how many threads annotate at once
   * @return the annotations in input order; a stage's failure is thrown where its document's
   *     annotation would be read
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public Stream<Annotation> annotateAll(Iterator<Document> documents, int threads) {
    return processAll(documents, threads, 2 * threads, this::annotate);
  }

  /**
   * As {@link #annotateAll(Iterator, int)}, for work around each document that should run on the
   * same threads: {@code work} turns one input into one result (a batch job reads a record into a
   * {@link Document}, calls {@link #annotate(Document)}, and writes the annotation as text), and the
   * results come in input order. The inputs are taken from their iterator on the thread that reads
   * the stream, at most {@code window} ahead of it. A {@link RuntimeException} from {@code work} is
   * rethrown when its result is read; work that must go on past a bad input turns the failure into
   * a result of its own. Close the stream to stop its threads early.
   *
   * <p>The window is what bounds memory (its inputs and their results), and what keeps the threads
   * busy: results leave in input order, so while one long document is annotated the other threads
   * go on only until the window is full. Where documents differ much in length (an encyclopedia's
   * articles: 0.6 kB to 264 kB) a window of a few dozen per thread keeps them busy.
   *
   * @param inputs what to work on, read as the results are consumed
   * @param threads how many threads run {@code work} at once
   * @param window how many inputs may be taken and not yet consumed as results; at least
   *     {@code threads}
   * @param work what to do with one input, on one of those threads; called concurrently
   * @param <T> the type of an input
   * @param <R> the type of a result
   * @return the results, one per input, in input order
   * @throws IllegalArgumentException if {@code threads} is less than 1 or {@code window} less
   *     than {@code threads}
   */
  public <T, R> Stream<R> processAll(Iterator<T> inputs, int threads, int window,
      Function<? super T, ? extends R> work) {
    OrderedWork<T, R> ordered = new OrderedWork<>(inputs, threads, window, work);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(ordered,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(ordered::close);
  }

  /**
   * Closes every stage, the last first; the pipeline must not be used after. A stage's failure to
   * close does not stop the others from closing; the first is rethrown after.
   *
   * <p>What a stage keeps per thread can be dropped only on the thread that closes: segmentation
   * drops the calling thread's ICU break iterators and its run of tokens (with the room its
   * tokens are made in, up to 256 KB), and the copies other threads made go when those threads end
   * or, once the pipeline is unreachable, lazily with their stale thread locals
   * ({@link dev.nirjas.text.Segmenter#release()}); normalization drops the calling thread's buffer
   * of text, up to 128 KB, and money its amount index's arrays, up to 320 KB, which other threads
   * keep (emptied) until they end ({@link dev.nirjas.text.TextNormalizer#release()},
   * {@code MoneyStage.close()}). Close on the thread that annotated, or let a pool's threads end,
   * to leave nothing behind.
   */
  @Override
  public void close() {
    RuntimeException first = null;
    for (int i = stages.size() - 1; i >= 0; i--) {
      try {
        stages.get(i).close();
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /** Composes a pipeline; checks at {@link #build()} that every requirement is met in order. */
  public static final class Builder {
    private final List<Stage> stages = new ArrayList<>();

    private Builder() {}

    /**
     * Appends a stage.
     *
     * @param stage the next stage to run
     * @return this builder
     */
    public Builder add(Stage stage) {
      stages.add(Objects.requireNonNull(stage, "stage"));
      return this;
    }

    /**
     * Appends stages in order.
     *
     * @param more the next stages to run, in order
     * @return this builder
     */
    public Builder addAll(List<? extends Stage> more) {
      more.forEach(this::add);
      return this;
    }

    /**
     * Builds the pipeline.
     *
     * @return a pipeline of the stages added, in that order
     * @throws PipelineException if a stage requires a layer no earlier stage provides, or two
     *     stages provide the same layer
     */
    public Pipeline build() {
      Set<Layer> provided = new HashSet<>();
      for (Stage s : stages) {
        if (!provided.containsAll(s.requires())) {
          throw new PipelineException("stage '" + s.name() + "' requires " + missing(s, provided)
              + ", which no earlier stage provides");
        }
        for (Layer l : s.provides()) {
          if (!provided.add(l)) {
            throw new PipelineException("stage '" + s.name() + "' provides " + l
                + ", which an earlier stage already provides");
          }
        }
      }
      return new Pipeline(stages);
    }
  }
}
