package dev.nirjas.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.Event;
import dev.nirjas.Pipeline;
import dev.nirjas.Stage;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Event types are data: the bundled files, a user's own type in a jar, and what a bad file says. */
class EventTypesTest {

  @Test
  void theBundledTypes() {
    List<EventType> types = EventTypes.load(EventTypesTest.class.getClassLoader());
    assertThat(types).extracting(EventType::name).containsExactlyInAnyOrder("AGREEMENT", "APPOINTMENT",
        "ARREST", "ATTACK", "AWARD", "BIRTH", "DEATH", "DIPLOMATIC_RELATIONS", "DISASTER", "ELECTION",
        "FOUNDING", "MEETING", "PROTEST", "TRADE", "VISIT", "WAR");
    EventType visit = types.stream().filter(t -> t.name().equals("VISIT")).findFirst().orElseThrow();
    assertThat(visit.cameo()).isEqualTo("042");
    assertThat(visit.roles()).containsExactly("agent", "origin", "destination", "date");
  }

  private static ClassLoader jarWith(Path dir, String list, String path, String file) throws IOException {
    Path index = dir.resolve(EventTypes.INDEX);
    Files.createDirectories(index.getParent());
    Files.writeString(index, list, StandardCharsets.UTF_8);
    Path type = dir.resolve(path);
    Files.createDirectories(type.getParent());
    Files.writeString(type, file, StandardCharsets.UTF_8);
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, EventTypesTest.class.getClassLoader());
  }

  @Test
  void aUserAddsATypeWithAFileAndNoCode(@TempDir Path dir) throws IOException {
    ClassLoader loader = jarWith(dir, "acme/inauguration.tsv\n", "acme/inauguration.tsv", """
        # INAUGURATION: a building, bridge or road is opened.
        type\tINAUGURATION
        roles\tagent\tplace\tdate
        trigger\tউদ্বোধন\tকরা|হওয়া
        """);
    List<EventType> types = EventTypes.load(loader);
    assertThat(types).extracting(EventType::name).contains("INAUGURATION", "VISIT");
    List<Stage> stages = new ArrayList<>(Pipeline.standard().stages());
    stages.removeIf(s -> s instanceof EventStage);
    stages.add(new EventStage(types));
    Pipeline p = Pipeline.builder().addAll(stages).build();
    Annotation a = p.annotate(Document.of("1", "প্রধানমন্ত্রী শেখ হাসিনা ২০২২ সালের ২৫ জুন পদ্মা সেতু উদ্বোধন করেন।"));
    assertThat(a.events()).extracting(Event::type).containsExactly("INAUGURATION");
    Event e = a.events().get(0);
    assertThat(e.text()).isEqualTo("উদ্বোধন");
    assertThat(e.argument("agent").text()).isEqualTo("শেখ হাসিনা");
    assertThat(e.argument("date").value()).isEqualTo("2022-06-25");
    assertThat(e.cameo()).isNull();
  }

  @Test
  void aBadFileIsRefusedByName(@TempDir Path dir) throws IOException {
    ClassLoader unknownRole = jarWith(dir.resolve("a"), "x/bad.tsv\n", "x/bad.tsv",
        "type\tBAD\nroles\tagent\tvictim\ntrigger\tহামলা\t-\n");
    assertThatThrownBy(() -> EventTypes.load(unknownRole)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("x/bad.tsv").hasMessageContaining("victim");
    ClassLoader unknownRow = jarWith(dir.resolve("b"), "x/bad.tsv\n", "x/bad.tsv",
        "type\tBAD\ncolour\tred\ntrigger\tহামলা\t-\n");
    assertThatThrownBy(() -> EventTypes.load(unknownRow)).hasMessageContaining("unknown row 'colour'");
    ClassLoader missing = jarWith(dir.resolve("c"), "x/missing.tsv\n", "x/other.tsv", "type\tX\n");
    assertThatThrownBy(() -> EventTypes.load(missing)).hasMessageContaining("missing file: x/missing.tsv");
    ClassLoader twice = jarWith(dir.resolve("d"), "x/visit.tsv\n", "x/visit.tsv",
        "type\tVISIT\nroles\tagent\ntrigger\tসফর\t-\n");
    assertThatThrownBy(() -> EventTypes.load(twice)).hasMessageContaining("VISIT is defined twice");
    ClassLoader badEscape = jarWith(dir.resolve("e"), "x/escape.tsv\n", "x/escape.tsv",
        "type\tESC\nroles\tagent\ntrigger\t\\uZZZZ\t-\n");
    assertThatThrownBy(() -> EventTypes.load(badEscape)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("x/escape.tsv").hasMessageContaining("line 3").hasMessageContaining("ZZZZ")
        .hasMessageNotContaining("missing");
  }
}
