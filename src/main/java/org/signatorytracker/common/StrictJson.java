package org.signatorytracker.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Stricter reading of request bodies: a body that names a field twice is ambiguous and is refused
 * rather than read as the last one, and no text may hold the NUL character.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    mapper.registerModule(
        new SimpleModule("nul-free-text").addDeserializer(String.class, new NulFreeText()));
  }

  /** Jackson's own text reading, then the NUL check. */
  static final class NulFreeText extends StdScalarDeserializer<String> {
    NulFreeText() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      return InvalidValueException.rejectNul(
          StringDeserializer.instance.deserialize(parser, context));
    }
  }
}
