/**
 * The Nirjas pipeline on Apache Spark.
 *
 * <p>{@link dev.nirjas.spark.NirjasTransformer} is a Spark ML {@code Transformer}: it adds a typed
 * struct column (sentences, mentions, events, or an error) to a data frame of texts, fits in an ML
 * {@code Pipeline}, and saves and loads with it. {@link dev.nirjas.spark.ExtractJob} is the
 * {@code spark-submit} job that reads files of texts and writes Parquet or the JSON Lines contract.
 * Each executor JVM builds the pipeline once and shares it between its tasks.
 */
package dev.nirjas.spark;
