package dev.nirjas.text;

import dev.nirjas.Analysis;
import dev.nirjas.Layer;
import dev.nirjas.Stage;
import java.util.Set;

/** The stage that finds sentences and tokens: {@link Segmenter}. */
public final class SegmentationStage implements Stage {
  private final Segmenter segmenter = new Segmenter();

  @Override
  public String name() {
    return "segmentation";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.NORMALIZED_TEXT);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.TOKENS, Layer.SENTENCES);
  }

  @Override
  public void process(Analysis analysis) {
    Segmenter.Segments s = segmenter.segment(analysis.normalized());
    analysis.setTokens(s.tokens());
    analysis.setSentences(s.sentences());
  }

  /**
   * Drops the calling thread's ICU break iterators ({@link Segmenter#release()}, which says what
   * becomes of other threads' copies).
   */
  @Override
  public void close() {
    segmenter.release();
  }

  Segmenter segmenter() {
    return segmenter;
  }
}
