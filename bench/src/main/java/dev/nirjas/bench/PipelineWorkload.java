package dev.nirjas.bench;

import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.Pipeline;

/** A Nirjas {@link Pipeline} (all of it, or a prefix of its stages) annotating each document. */
public final class PipelineWorkload implements Workload {
  private final String label;
  private final Pipeline pipeline;

  /** A workload named {@code label} that runs {@code pipeline}. */
  public PipelineWorkload(String label, Pipeline pipeline) {
    this.label = label;
    this.pipeline = pipeline;
  }

  @Override
  public String label() {
    return label;
  }

  /** The pipeline being measured. */
  public Pipeline pipeline() {
    return pipeline;
  }

  @Override
  public long process(Document document) {
    Annotation a = pipeline.annotate(document);
    return a.tokens().size();
  }
}
