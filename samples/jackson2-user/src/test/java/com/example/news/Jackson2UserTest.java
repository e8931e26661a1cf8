package com.example.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.Pipeline;
import dev.nirjas.json.AnnotationJson;
import org.junit.jupiter.api.Test;

/** What a Spring Boot 3 team does with Nirjas: annotate, write the JSON, read it with Jackson 2. */
class Jackson2UserTest {

  @Test
  void theClassPathHasJackson2AnnotationsOnly() {
    // jackson-databind 3 needs this class (jackson-annotations 2.20); the BOM's 2.17.2 lacks it.
    // Were it here, this project would not reproduce the user's setup.
    assertThrows(ClassNotFoundException.class,
        () -> Class.forName("com.fasterxml.jackson.annotation.JsonSerializeAs"));
  }

  @Test
  void annotatesAndWritesJson() throws Exception {
    Annotation a = Pipeline.standard().annotate(
        Document.of("1", "২০০২ সালে বাণিজ্যের পরিমাণ ছিল ৪.৮৯৮ বিলিয়ন মার্কিন ডলার।"));
    String json = AnnotationJson.write(a, false);

    JsonNode money = new ObjectMapper().readTree(json).path("mentions").path(1);
    assertEquals("MONEY", money.path("type").asText());
    assertEquals("4898000000", money.path("amount").asText());
    assertEquals("USD", money.path("currency").asText());
  }
}
