package dev.nirjas.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One local[2] Spark session for all the Spark tests of this JVM: starting one takes seconds, and
 * Spark stops it when the JVM exits.
 */
final class LocalSpark {
  private LocalSpark() {}

  private static final class Holder {
    static final SparkSession SESSION = SparkSession.builder().master("local[2]").appName("nirjas-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
  }

  static SparkSession session() {
    return Holder.SESSION;
  }
}
