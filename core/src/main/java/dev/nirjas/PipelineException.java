package dev.nirjas;

/** A pipeline that cannot be built, or a stage that failed on a document. */
public final class PipelineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a message. */
  public PipelineException(String message) {
    super(message);
  }

  /** With a message and its cause. */
  public PipelineException(String message, Throwable cause) {
    super(message, cause);
  }
}
