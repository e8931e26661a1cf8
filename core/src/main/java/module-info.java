/**
 * Nirjas core: the text model ({@code dev.nirjas}), Bengali normalization and segmentation
 * ({@code dev.nirjas.text}), the {@link dev.nirjas.Pipeline} and the {@link dev.nirjas.Stage}
 * service that extractor modules provide.
 */
module dev.nirjas.core {
  requires com.ibm.icu;
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;

  exports dev.nirjas;
  exports dev.nirjas.text;

  uses dev.nirjas.Stage;

  provides dev.nirjas.Stage with
      dev.nirjas.text.NormalizationStage,
      dev.nirjas.text.SegmentationStage;
}
