package dev.nirjas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An immutable sequence of {@link Stage}s that turns a {@link Document} into an {@link Annotation}.
 *
 * <p>A built pipeline is thread-safe: one instance serves any number of threads at once.
 *
 * <pre>{@code
 * Pipeline nirjas = Pipeline.standard();
 * Annotation a = nirjas.annotate(Document.of("1", "১৯৭১ সালের ২৫ অক্টোবর ..."));
 * for (Mention m : a.mentions()) System.out.println(m.type() + " " + m.text() + " " + m.value());
 * }</pre>
 */
public final class Pipeline {
  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  /** A builder for a pipeline of stages in the order given. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The full pipeline: every stage on the class path (registered through {@link ServiceLoader} in
   * {@code META-INF/services/dev.nirjas.Stage}), each placed after the stages it requires.
   *
   * @throws PipelineException if some stage requires a layer no stage provides
   */
  public static Pipeline standard() {
    return standard(Pipeline.class.getClassLoader());
  }

  /** As {@link #standard()}, looking for stages with {@code loader}. */
  public static Pipeline standard(ClassLoader loader) {
    List<Stage> found = new ArrayList<>();
    ServiceLoader.load(Stage.class, loader).forEach(found::add);
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

  /** The stages, in the order they run. */
  public List<Stage> stages() {
    return stages;
  }

  /** Annotates a text with no id and no reference date. */
  public Annotation annotate(String text) {
    return annotate(Document.of("", text));
  }

  /**
   * Runs every stage over one document.
   *
   * @throws PipelineException if a stage fails; the message names the stage and the document
   */
  public Annotation annotate(Document document) {
    Analysis analysis = new Analysis(document);
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      analysis.enterStage(i, stage.replaces());
      try {
        stage.process(analysis);
      } catch (RuntimeException | StackOverflowError e) {
        throw new PipelineException("stage '" + stage.name() + "' failed on document '"
            + document.id() + "': " + e, e);
      }
    }
    return analysis.toAnnotation();
  }

  /** Composes a pipeline; checks at {@link #build()} that every requirement is met in order. */
  public static final class Builder {
    private final List<Stage> stages = new ArrayList<>();

    private Builder() {}

    /** Appends a stage. */
    public Builder add(Stage stage) {
      stages.add(Objects.requireNonNull(stage, "stage"));
      return this;
    }

    /** Appends stages in order. */
    public Builder addAll(List<? extends Stage> more) {
      more.forEach(this::add);
      return this;
    }

    /**
     * Builds the pipeline.
     *
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
