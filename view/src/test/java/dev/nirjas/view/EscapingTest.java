package dev.nirjas.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nirjas.Annotation;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Whatever the input holds reaches the page as text: markup in a document renders as itself. */
class EscapingTest {

  @Test
  void theEscapingFunctionCoversTextAndBothKindsOfQuotedAttribute() {
    assertThat(Html.escape("<a href=\"x\" title='y'>&amp;</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
    assertThat(Html.escape("চীন")).isEqualTo("চীন");
    assertThat(new Html().open("mark", "data-tip", "\"><script>x</script>", "id", null).text("</mark>").close("mark"))
        .hasToString("<mark data-tip=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">&lt;/mark&gt;</mark>");
  }

  @Test
  void namesAndResourcesCannotCarryMarkup() {
    assertThatThrownBy(() -> new Html().open("mark onmouseover=alert(1)"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Html().open("mark", "x\" onclick=\"y", "1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Html.resource("a{} </STYLE><script>", "style"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new Template("<p>{{a}}{{b}}</p>").fill(Map.of("a", new Html())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aHostileDocumentRendersAsTextAndAddsNoElement() {
    Annotation a = Samples.hostile();
    assertThat(a.mentions()).as("the pipeline found the date, the place and the amount").hasSizeGreaterThanOrEqualTo(3);
    String html = HtmlView.render(a, true);
    assertThat(html).doesNotContain("<script>document").doesNotContain("<img").doesNotContain("<iframe")
        .doesNotContain("</style><style>body").contains("&lt;script&gt;document.documentElement");

    Document page = Jsoup.parse(html);
    assertThat(page.select("script")).hasSize(1);
    assertThat(page.selectFirst("script").data()).isEqualTo(Template.resource("view.js"));
    assertThat(page.select("style")).hasSize(1);
    assertThat(page.selectFirst("style").data()).isEqualTo(Template.resource("view.css"));
    assertThat(page.select("img, iframe, b, object, embed, link")).isEmpty();
    for (Element e : page.getAllElements()) {
      for (Attribute at : e.attributes()) {
        assertThat(at.getKey()).as("event handler on <%s>", e.tagName()).doesNotStartWith("on");
      }
    }
    assertThat(page.title()).isEqualTo(Samples.HOSTILE_ID + " · Nirjas");
    assertThat(page.selectFirst("h1").text()).endsWith(Samples.HOSTILE_ID);

    String shown = page.getElementById("text").wholeText();
    assertThat(shown).contains("<script>document.documentElement.setAttribute('data-pwned','1')</script>")
        .contains("\"ঢাকায়\" & 'চীন'")
        .contains("</style><style>body{display:none}</style>")
        .contains("<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','2')\">")
        .contains("<iframe src=\"https://example.org\"></iframe> &lt;escaped&gt;");
    assertThat(page.select("#text h2").text()).isEqualTo("<b>শিরোনাম</b>");
    // the tooltips are built from the same input and escaped the same way
    assertThat(page.select("#text mark.m").eachAttr("data-tip"))
        .anyMatch(t -> t.startsWith("DATE\n১৯৭১-১০-২৫ · 25 Oct 1971"))
        .anyMatch(t -> t.startsWith("MONEY\n৫০০০০০০০০ BDT · 500 million Bangladeshi takas"));
  }
}
