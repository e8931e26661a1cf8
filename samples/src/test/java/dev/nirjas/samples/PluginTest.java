package dev.nirjas.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.phone.PhoneMention;
import dev.nirjas.Annotation;
import dev.nirjas.CustomMention;
import dev.nirjas.Document;
import dev.nirjas.GenericMention;
import dev.nirjas.Mention;
import dev.nirjas.Pipeline;
import dev.nirjas.PipelineException;
import dev.nirjas.Stage;
import dev.nirjas.json.AnnotationJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A jar from outside (samples/plugin-phone, built on nirjas-core's published API) plugs in: found
 * by Pipeline.standard() and by the command, its mentions typed in Java and named in the JSON.
 */
class PluginTest {
  // "যোগাযোগ: " is 9 chars (7 letters and signs, the colon, a space), so "০১৭১১-১২৩৪৫৬" (12) is 9-21.
  private static final String TEXT = "যোগাযোগ: ০১৭১১-১২৩৪৫৬ অথবা www.example.com.bd। মূল্য ৫০০ টাকা।";

  @Test
  void theStandardPipelineFindsThePlugin() {
    Pipeline nirjas = Pipeline.standard();
    assertThat(nirjas.stages()).extracting(Stage::name).contains("numbers", "money", "phone");

    Annotation a = nirjas.annotate(Document.of("1", TEXT));
    assertThat(a.mentions(PhoneMention.class)).singleElement().satisfies(phone -> {
      assertThat(phone.text()).isEqualTo("০১৭১১-১২৩৪৫৬");
      assertThat(phone.start()).isEqualTo(9);
      assertThat(phone.end()).isEqualTo(21);
      assertThat(phone.value()).isEqualTo("+8801711123456");
      assertThat(phone.operator()).isEqualTo("Grameenphone");
    });
    assertThat(a.mentions()).extracting(Mention::typeName)
        .containsExactly("phone.BD_PHONE", "phone.URL", "MONEY");
  }

  @Test
  void itsMentionsAreInTheJsonAndReadBack() {
    Annotation a = Pipeline.standard().annotate(Document.of("1", TEXT));
    String json = AnnotationJson.write(a, false);
    assertThat(json).contains("{\"type\":\"phone.BD_PHONE\",\"start\":9,\"end\":21,\"text\":\"০১৭১১-১২৩৪৫৬\","
        + "\"value\":\"+8801711123456\",\"operator\":\"Grameenphone\"}");
    assertThat(json).contains("\"type\":\"phone.URL\"");

    Annotation back = AnnotationJson.read(json, a.document());
    assertThat(back.mentions().get(0)).isEqualTo(new GenericMention("phone.BD_PHONE",
        a.mentions().get(0).span(), "০১৭১১-১২৩৪৫৬", "+8801711123456", false,
        Map.of("operator", "Grameenphone"), "?"));
  }

  @Test
  void stagesAreConfiguredByName() {
    Annotation noUrls = Pipeline.standard(Map.of("phone.urls", "false", "money.currency", "INR"))
        .annotate(Document.of("1", TEXT));
    assertThat(noUrls.mentions()).extracting(Mention::typeName).containsExactly("phone.BD_PHONE", "MONEY");
    assertThat(noUrls.mentions().get(1).value()).isEqualTo("500 INR");

    assertThatThrownBy(() -> Pipeline.standard(Map.of("phone.colour", "red")))
        .isInstanceOf(PipelineException.class).hasMessageContaining("unknown setting 'colour'");
    assertThatThrownBy(() -> Pipeline.standard(Map.of("numbers.currency", "INR")))
        .isInstanceOf(PipelineException.class).hasMessageContaining("takes no settings");
    assertThatThrownBy(() -> Pipeline.standard(Map.of("phones.urls", "false")))
        .isInstanceOf(PipelineException.class).hasMessageContaining("[phones]");
    assertThatThrownBy(() -> Pipeline.standard(Map.of("urls", "false")))
        .isInstanceOf(PipelineException.class).hasMessageContaining("stage.key");
  }

  @Test
  void aTypeNameWithoutNamespaceIsRefused() {
    assertThatThrownBy(() -> new GenericMention("PHONE", new dev.nirjas.Span(0, 1), "x", null, false,
        Map.of(), "r")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GenericMention("phone.X", new dev.nirjas.Span(0, 1), "x", null, false,
        Map.of("value", "y"), "r")).isInstanceOf(IllegalArgumentException.class);
    assertThat(CustomMention.TYPE_NAME.matcher("com.example.phone.BD_PHONE").matches()).isTrue();
  }

  @Test
  void theCommandPicksItUpFromTheClassPath() throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dstdout.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
        "dev.nirjas.cli.Main", "extract", "--stage-arg", "money.currency=INR", "-"));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    try (var in = p.getOutputStream()) {
      in.write(TEXT.getBytes(StandardCharsets.UTF_8));
    }
    String out;
    try (var o = p.getInputStream()) {
      out = new String(o.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("\"type\":\"phone.BD_PHONE\"", "\"operator\":\"Grameenphone\"",
        "\"currency\":\"INR\"");
  }
}
