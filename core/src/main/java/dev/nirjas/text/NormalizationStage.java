package dev.nirjas.text;

import dev.nirjas.Analysis;
import dev.nirjas.Layer;
import dev.nirjas.Stage;
import java.util.Set;

/** The stage that brings the text to canonical form: {@link TextNormalizer}. */
public final class NormalizationStage implements Stage {
  private final TextNormalizer normalizer = TextNormalizer.standard();

  @Override
  public String name() {
    return "normalization";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.NORMALIZED_TEXT);
  }

  @Override
  public void process(Analysis analysis) {
    analysis.setNormalized(normalizer.normalize(analysis.original()));
  }

  /** Drops the calling thread's buffer of text ({@link TextNormalizer#release()}). */
  @Override
  public void close() {
    normalizer.release();
  }
}
