package dev.nirjas.bench;

import dev.nirjas.Pipeline;
import dev.nirjas.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * The prefixes of a pipeline: its first stage, its first two, and so on. Stages come ordered by
 * what they require, so every prefix is a valid pipeline, and the time a stage adds is the
 * difference between its prefix and the one before.
 */
public final class StagePrefixes {
  private StagePrefixes() {}

  /** The stage names of {@code pipeline}, in running order. */
  public static List<String> names(Pipeline pipeline) {
    List<String> names = new ArrayList<>();
    for (Stage s : pipeline.stages()) {
      names.add(s.name());
    }
    return names;
  }

  /** Every prefix of {@code pipeline}, shortest first; the last one has all its stages. */
  public static List<Pipeline> all(Pipeline pipeline) {
    List<Stage> stages = pipeline.stages();
    List<Pipeline> prefixes = new ArrayList<>();
    for (int n = 1; n <= stages.size(); n++) {
      prefixes.add(Pipeline.builder().addAll(stages.subList(0, n)).build());
    }
    return prefixes;
  }

  /**
   * The prefix of {@code pipeline} that ends with the stage named {@code stage}.
   *
   * @throws IllegalArgumentException if the pipeline has no such stage
   */
  public static Pipeline upTo(Pipeline pipeline, String stage) {
    List<String> names = names(pipeline);
    int i = names.indexOf(stage);
    if (i < 0) {
      throw new IllegalArgumentException("no stage '" + stage + "' on the class path; stages: "
          + String.join(", ", names));
    }
    return Pipeline.builder().addAll(pipeline.stages().subList(0, i + 1)).build();
  }
}
