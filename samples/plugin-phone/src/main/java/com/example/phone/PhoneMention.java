package com.example.phone;

import dev.nirjas.CustomMention;
import dev.nirjas.Span;
import java.util.Map;

/**
 * A Bangladeshi mobile number: {@code phone.BD_PHONE}, its value in E.164 form (+8801711123456),
 * and the operator its prefix belongs to.
 *
 * @param span where it stands in the original text
 * @param text the original text of the span
 * @param value the number in E.164 form
 * @param operator the operator of its prefix (Grameenphone, Robi …)
 */
public record PhoneMention(Span span, String text, String value, String operator)
    implements CustomMention {

  @Override
  public String typeName() {
    return "phone.BD_PHONE";
  }

  @Override
  public String rule() {
    return "phone.mobile";
  }

  @Override
  public Map<String, String> attributes() {
    return Map.of("operator", operator);
  }
}
