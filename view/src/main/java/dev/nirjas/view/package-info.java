/**
 * An annotation as a self-contained HTML page: {@link dev.nirjas.view.HtmlView}.
 *
 * <p>One job per class: {@code HtmlView} assembles the page from its template ({@code page.html}),
 * style sheet ({@code view.css}) and script ({@code view.js}), all resources of this package;
 * {@code Article} writes the text with its highlights; {@code Timeline} lays out the events from
 * their TIMEX3 values, which {@code Timex} reads; {@code Summary} counts; {@code Tips} words the
 * tooltips; {@code Html} escapes, the only way anything reaches the page.
 */
package dev.nirjas.view;
