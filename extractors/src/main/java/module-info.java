/**
 * The mention stages of Nirjas: numbers, times, money, entities and events, provided to
 * {@link dev.nirjas.Pipeline#standard()} as {@link dev.nirjas.Stage} services.
 */
module dev.nirjas.extractors {
  requires transitive dev.nirjas.core;
  requires com.ibm.icu;
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  // OpenNLP's name finder: an automatic module (its jar's Automatic-Module-Name).
  requires org.apache.opennlp.tools;
  // OpenNLP logs through SLF4J, but an automatic module declares no requires: without this the
  // module system leaves org.slf4j out and OpenNlpNameFinder fails with NoClassDefFoundError.
  requires org.slf4j;

  exports dev.nirjas.number;
  exports dev.nirjas.time;
  exports dev.nirjas.money;
  exports dev.nirjas.entity;
  exports dev.nirjas.event;

  // The lexicons are resources beside the classes that read them; core's Resources opens them
  // through Class.getResourceAsStream, which a named module allows only into open packages.
  opens dev.nirjas.number to dev.nirjas.core;
  opens dev.nirjas.time to dev.nirjas.core;
  opens dev.nirjas.money to dev.nirjas.core;
  opens dev.nirjas.entity to dev.nirjas.core;
  opens dev.nirjas.event to dev.nirjas.core;
  // The event type files are found by ClassLoader.getResource, through the names listed in
  // META-INF/nirjas/event-types.list (so another jar can add types); a class loader sees a named
  // module's resource only in a package opened to everyone. A jar adding types opens its own.
  opens dev.nirjas.event.types;

  provides dev.nirjas.Stage with
      dev.nirjas.number.NumberStage,
      dev.nirjas.time.TimeStage,
      dev.nirjas.money.MoneyStage,
      dev.nirjas.entity.EntityStage,
      dev.nirjas.event.EventStage;
}
