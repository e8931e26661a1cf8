package dev.nirjas.event;

import dev.nirjas.FormFact;
import dev.nirjas.Token;
import dev.nirjas.text.PhraseTable;
import dev.nirjas.text.Resources;
import dev.nirjas.text.TextNormalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The triggers of every event type, the forms of the light verbs and the words the argument rules
 * read. Built once from the event types ({@link EventTypes}) and this package's resource files;
 * immutable.
 */
final class EventLexicon {

  /** A trigger found in the text: its type and the trigger as listed. */
  record Hit(EventType type, EventType.Trigger trigger) {}

  /** What a verb form says of the event before it. */
  enum VerbForm {
    /** Reported as having happened (past, or the historical present of news). */
    PAST,
    /** Expected, announced, future. */
    PLANNED,
    /** Said not to have happened. */
    NEGATED,
    /** A participle or verbal noun: the finite verb after it decides. */
    NONFINITE
  }

  /** A light-verb form: its lemma and what it says. */
  record Verb(String lemma, VerbForm form) {}

  private final PhraseTable<Hit> triggers;
  private final Map<String, Verb> verbs;
  private final Map<String, String> words;
  /** Each token form's role in words.tsv, looked up once per form. */
  private final FormFact<String> roles;
  /** Each token form's light verb, looked up once per form. */
  private final FormFact<Verb> verbOf;

  EventLexicon(List<EventType> types) {
    TextNormalizer normalizer = TextNormalizer.standard();
    Set<String> endings = new HashSet<>();
    for (String[] row : Resources.table(EventLexicon.class, "trigger-endings.tsv")) {
      String e = normalizer.lexiconForm(row[0]);
      endings.add(e);
      endings.add(e + "ও");
      endings.add(e + "ই");
    }
    endings.add("ও");
    endings.add("ই");
    PhraseTable.Builder<Hit> b = PhraseTable.builder(endings);
    for (EventType type : types) {
      for (EventType.Trigger t : type.triggers()) {
        b.add(normalizer.lexiconForm(t.phrase()), new Hit(type, t));
      }
    }
    this.triggers = b.build();
    Map<String, Verb> v = new HashMap<>();
    for (String[] row : Resources.table(EventLexicon.class, "light-verbs.tsv")) {
      v.putIfAbsent(normalizer.lexiconForm(row[0]),
          new Verb(row[1], VerbForm.valueOf(row[2].toUpperCase(java.util.Locale.ROOT))));
    }
    this.verbs = Map.copyOf(v);
    Map<String, String> w = new HashMap<>();
    for (String[] row : Resources.table(EventLexicon.class, "words.tsv")) {
      w.put(normalizer.lexiconForm(row[0]), row[1]);
    }
    this.words = Map.copyOf(w);
    this.roles = FormFact.of(words::get);
    this.verbOf = FormFact.of(verbs::get);
  }

  /** The trigger starting at token {@code i}, or null. */
  PhraseTable.Match<Hit> triggerAt(List<Token> tokens, int i, int limit) {
    return triggers.match(tokens, i, limit);
  }

  /** The light-verb form {@code form} is, or null. */
  Verb verb(String form) {
    return verbs.get(form);
  }

  /** The light-verb form a token is, or null; looked up once per form. */
  Verb verb(Token token) {
    return verbOf.get(token);
  }

  /** Whether {@code form} has the role {@code role} in words.tsv (pronoun, conjunction, from …). */
  boolean is(String form, String role) {
    return role.equals(words.get(form));
  }

  /** Whether a token's form has the role {@code role} in words.tsv; its role is looked up once per form. */
  boolean is(Token token, String role) {
    return role.equals(roles.get(token));
  }
}
