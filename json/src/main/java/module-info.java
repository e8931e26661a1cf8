/** The JSON output contract of Nirjas, on Jackson 3's streaming {@code jackson-core}. */
module dev.nirjas.json {
  requires transitive dev.nirjas.core;
  requires tools.jackson.core;

  exports dev.nirjas.json;
}
