package dev.nirjas.samples;

import dev.nirjas.Annotation;
import dev.nirjas.EntityMention;
import dev.nirjas.Pipeline;
import dev.nirjas.Stage;
import dev.nirjas.entity.EntityLexicon;
import dev.nirjas.entity.EntityStage;
import dev.nirjas.entity.OpenNlpNameFinder;
import java.util.List;

/**
 * Embeds Nirjas with the statistical name finder (OpenNLP) behind the entity stage, and prints the
 * names found in the text given as arguments.
 */
public final class NamesSample {
  private NamesSample() {}

  /** Annotates the arguments, joined by spaces, and prints each name with its type. */
  public static void main(String[] args) {
    List<Stage> stages = Pipeline.standard().stages().stream()
        .map(s -> s instanceof EntityStage
            ? new EntityStage(EntityLexicon.standard(), OpenNlpNameFinder.standard()) : s)
        .toList();
    try (Pipeline nirjas = Pipeline.builder().addAll(stages).build()) {
      Annotation a = nirjas.annotate(String.join(" ", args));
      for (EntityMention e : a.mentions(EntityMention.class)) {
        System.out.println(e.type() + " " + e.text());
      }
    }
  }
}
