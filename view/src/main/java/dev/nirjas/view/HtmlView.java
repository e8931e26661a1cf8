package dev.nirjas.view;

import dev.nirjas.Annotation;
import dev.nirjas.MentionType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An {@link Annotation} as one self-contained HTML page: the original text with every mention
 * highlighted by type (its value on hover or focus), the events marked at their triggers with
 * their arguments linked, a timeline of the dated events, and a summary table.
 *
 * <p>The page loads nothing: its style sheet and its one small script are inline, and its
 * Content-Security-Policy forbids every other source, including any script or style the input
 * might smuggle in (none can: everything from the input is escaped). Thread-safe; stateless.
 *
 * <pre>{@code
 * String page = HtmlView.render(pipeline.annotate(Document.of("1", text)));
 * Files.writeString(Path.of("view.html"), page);
 * }</pre>
 */
public final class HtmlView {
  private static final Template PAGE = new Template(Template.resource("page.html"));
  private static final String STYLE = Template.resource("view.css");
  private static final String SCRIPT = Template.resource("view.js");

  /**
   * Scripts and styles run only when they are exactly the page's own (by hash); nothing may be
   * loaded from anywhere, not even the page's own origin.
   */
  static final String CSP = "default-src 'none'; script-src '" + sha256(SCRIPT) + "'; style-src '"
      + sha256(STYLE) + "'; base-uri 'none'; form-action 'none'";

  private HtmlView() {}

  /**
   * {@return the page for an annotation, without rule names}
   *
   * @param a the annotation; its document's id becomes the page's title
   */
  public static String render(Annotation a) {
    return render(a, false);
  }

  /**
   * {@return the page for an annotation, a complete HTML document}
   *
   * @param a the annotation; its document's id becomes the page's title
   * @param explain whether each mention's tooltip also names the rule that produced it
   */
  public static String render(Annotation a, boolean explain) {
    Map<String, Html> slots = new LinkedHashMap<>();
    slots.put("csp", new Html().text(CSP));
    slots.put("title", new Html().text(a.document().id() + " · Nirjas"));
    slots.put("style", Html.resource(STYLE, "style"));
    slots.put("header", header(a));
    slots.put("text", new Article(a, explain).render());
    slots.put("summary", new Summary(a).render());
    slots.put("timeline", new Timeline(a).render());
    slots.put("script", Html.resource(SCRIPT, "script"));
    return PAGE.fill(slots);
  }

  /** The document's name, its counts, and the legend of the types it holds. */
  private static Html header(Annotation a) {
    Html h = new Html();
    h.open("h1").element("span", "Nirjas", "class", "brand").text(" ").text(a.document().id()).close("h1");
    h.element("p", a.text().length() + " chars · " + a.sentences().size() + " sentences · "
        + a.mentions().size() + " mentions · " + a.events().size() + " events", "class", "stats");
    h.open("ul", "class", "legend", "aria-label", "Legend");
    Map<MentionType, Integer> counts = new Summary(a).mentionsByType();
    counts.forEach((type, n) -> h.open("li").element("span", "", "class", "sw t-" + type.name(), "aria-hidden", "true")
        .text(type.name()).element("span", Integer.toString(n), "class", "n").close("li"));
    h.open("li").element("span", "", "class", "sw ev-sw", "aria-hidden", "true").text("event trigger")
        .element("span", Integer.toString(a.events().size()), "class", "n").close("li");
    h.open("li").element("span", "", "class", "sw ref-sw", "aria-hidden", "true").text("event argument").close("li");
    h.open("li").open("label").open("input", "type", "checkbox", "id", "labels").text(" type labels")
        .close("label").close("li");
    return h.close("ul");
  }

  private static String sha256(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
