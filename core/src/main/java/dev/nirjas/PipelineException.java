package dev.nirjas;

/** A pipeline that cannot be built, or a stage that failed on a document. */
public final class PipelineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * With a message.
   *
   * @param message what went wrong, naming the stage or document
   */
  public PipelineException(String message) {
    super(message);
  }

  /**
   * With a message and its cause.
   *
   * @param message what went wrong, naming the stage or document
   * @param cause the stage's own exception
   */
  public PipelineException(String message, Throwable cause) {
    super(message, cause);
  }
}
