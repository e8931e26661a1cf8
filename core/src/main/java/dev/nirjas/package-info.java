/**
 * Nirjas's text model and pipeline: {@link dev.nirjas.Document} in, {@link dev.nirjas.Annotation}
 * out, through the {@link dev.nirjas.Stage}s of a {@link dev.nirjas.Pipeline}.
 */
package dev.nirjas;
