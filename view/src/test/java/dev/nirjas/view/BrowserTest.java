package dev.nirjas.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nirjas.Annotation;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pages in a real browser: Chromium loads them from files, runs their script under their
 * Content-Security-Policy, and shows what it made of them. Skipped, saying so, when no Chromium is
 * installed ({@code .ci/run} installs it).
 *
 * <p>{@code -Dnirjas.screenshot=PATH} also copies the sample's screenshot there: that is how the
 * README's picture is made ({@code ./mvnw -o -pl view test -Dtest=BrowserTest
 * -Dnirjas.screenshot=../docs/view.png}).
 */
class BrowserTest {
  static final Path OUT = Path.of("target", "view");
  static Chromium chromium;

  @BeforeAll
  static void findChromium() {
    chromium = Chromium.find(OUT);
    if (chromium == null) {
      // said aloud as well, so that a log without the report still shows it was skipped
      System.out.println("BrowserTest SKIPPED: Chromium is not installed "
          + "(apt-get install -y chromium fonts-lohit-beng-bengali, as .ci/run does)");
    }
  }

  // per test, not in @BeforeAll: Surefire counts a class skipped there as no tests at all
  @BeforeEach
  void needsChromium() {
    assumeTrue(chromium != null, "Chromium is not installed (apt-get install -y chromium "
        + "fonts-lohit-beng-bengali, as .ci/run does): the browser tests are skipped");
  }

  private static Path write(String name, String html) throws Exception {
    Files.createDirectories(OUT);
    Path file = OUT.resolve(name);
    Files.writeString(file, html, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void theSampleShowsItsHighlightsAndTimelineAfterItsScriptRan() throws Exception {
    Annotation a = Samples.article();
    Path file = write("china-belgium.html", HtmlView.render(a));
    long t0 = System.nanoTime();
    Document dom = Jsoup.parse(chromium.dumpDom(file, ""));
    System.out.printf("BrowserTest: chromium --dump-dom of the sample took %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    // the script ran: the policy's hash matched it
    assertThat(dom.selectFirst("html").hasClass("js")).as("the page's own script ran").isTrue();
    assertThat(dom.select("#text mark.m")).hasSize(a.mentions().size());
    assertThat(dom.select("#text mark.ev")).isNotEmpty();
    assertThat(dom.select("#timeline li.tl-ev")).hasSize(a.events().size());
    assertThat(dom.select("#timeline details li.tl-ev").eachAttr("data-start")).isSortedAccordingTo(String::compareTo);
    assertThat(dom.select("#timeline svg.axis circle.dot")).isNotEmpty();
    assertThat(dom.selectFirst("#tip").hasAttr("hidden")).as("the tooltip starts hidden").isTrue();
  }

  @Test
  void focusingAnEventShowsItsTooltipAndLightsItsArgumentsAndEntry() throws Exception {
    Annotation a = Samples.article();
    dev.nirjas.Event visit = a.events().get(2);
    assertThat(visit.type()).isEqualTo("VISIT");
    Path file = write("china-belgium.html", HtmlView.render(a));
    Document dom = Jsoup.parse(chromium.dumpDom(file, "?focus=e2"));
    Element tip = dom.getElementById("tip");
    assertThat(tip.hasAttr("hidden")).as("the tooltip is shown").isFalse();
    assertThat(tip.text()).startsWith("VISIT · CAMEO 042").contains("agent: ঝু রঙ্গি");
    assertThat(dom.getElementById("e2").attr("aria-describedby")).isEqualTo("tip");
    List<String> lit = dom.select("#text mark.lit").eachText();
    assertThat(lit).containsExactlyInAnyOrder(visit.arguments().values().stream()
        .flatMap(List::stream).map(dev.nirjas.Argument::text).toArray(String[]::new));
    assertThat(dom.select("#tl-e2 > a").hasClass("hot")).as("its timeline entry").isTrue();
    assertThat(dom.select(".hot[data-ev]")).allMatch(e -> e.attr("data-ev").split(" ")[0].equals("2")
        || List.of(e.attr("data-ev").split(" ")).contains("2"));
  }

  @Test
  void theSampleScreenshotIsAPicture() throws Exception {
    Path file = write("china-belgium.html", HtmlView.render(Samples.article()));
    Path png = OUT.resolve("china-belgium.png");
    long t0 = System.nanoTime();
    // opened on the visit of ঝু রঙ্গি: the picture shows a tooltip and an event's arguments lit
    chromium.screenshot(file, "?focus=e2", png, 1280, 900);
    System.out.printf("BrowserTest: chromium --screenshot of the sample took %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    assertThat(image.getHeight()).isEqualTo(900);
    int background = image.getRGB(0, image.getHeight() - 1);
    Set<Integer> colours = new HashSet<>();
    long differing = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y);
        colours.add(rgb);
        if (rgb != background) {
          differing++;
        }
      }
    }
    // text, thirteen highlight colours, the timeline: a blank or one-colour page has neither
    assertThat(colours).hasSizeGreaterThan(200);
    assertThat(differing).isGreaterThan(image.getWidth() * image.getHeight() / 4 / 10);
    String copy = System.getProperty("nirjas.screenshot");
    if (copy != null && !copy.isBlank()) {
      Files.copy(png, Path.of(copy), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void theHostilePageShowsItsMarkupAsTextAndRunsNothing() throws Exception {
    Annotation a = Samples.hostile();
    Path file = write("hostile.html", HtmlView.render(a));
    Document dom = Jsoup.parse(chromium.dumpDom(file, ""));
    Element html = dom.selectFirst("html");
    assertThat(html.hasClass("js")).as("the page's own script ran").isTrue();
    assertThat(html.hasAttr("data-pwned")).as("no script from the input ran").isFalse();
    assertThat(dom.title()).isEqualTo(Samples.HOSTILE_ID + " · Nirjas");
    assertThat(dom.select("script")).hasSize(1);
    assertThat(dom.select("style")).hasSize(1);
    assertThat(dom.select("img, iframe, b")).isEmpty();
    String shown = dom.getElementById("text").wholeText();
    assertThat(shown).contains("<script>document.documentElement.setAttribute('data-pwned','1')</script>")
        .contains("</style><style>body{display:none}</style>")
        .contains("<img src=x onerror=")
        .contains("<b>শিরোনাম</b>")
        .contains("&lt;escaped&gt;");
    assertThat(dom.select("#text mark.m")).hasSize(a.mentions().size()).isNotEmpty();
  }
}
