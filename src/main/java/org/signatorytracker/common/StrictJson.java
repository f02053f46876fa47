package org.signatorytracker.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.function.Function;

/**
 * Request bodies are read exactly as written, never coerced: text must be a JSON string (not a
 * number, boolean, list or object), an enumerated value a string spelled as {@link EnumValues}
 * reads it (never an ordinal), a whole number an integer (not 1000.9 or "1000"), a flag true or
 * false (not 5 or "yes"). A body that names a field twice or has anything after its closing brace
 * is refused, and no text may hold the NUL character.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    mapper
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Float)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    mapper.registerModule(
        new SimpleModule("strict-values")
            .addDeserializer(String.class, new StrictText())
            .addDeserializer(
                PartialDate.class, new FromText<>(PartialDate.class, PartialDate::parse))
            .addDeserializer(
                UncertainDate.class, new FromText<>(UncertainDate.class, UncertainDate::parse))
            .setDeserializerModifier(
                new BeanDeserializerModifier() {
                  @Override
                  public JsonDeserializer<?> modifyEnumDeserializer(
                      DeserializationConfig config,
                      JavaType type,
                      BeanDescription description,
                      JsonDeserializer<?> deserializer) {
                    return new StrictEnum(type.getRawClass());
                  }
                }));
  }

  /** Text only from a JSON string, without the NUL character. */
  static final class StrictText extends StdScalarDeserializer<String> {
    StrictText() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        throw MismatchedInputException.from(
            parser, String.class, "text must be a JSON string, not " + parser.currentToken());
      }
      return InvalidValueException.rejectControl(parser.getText());
    }
  }

  /** A value type written as text, such as a date: only from a JSON string, by its own parser. */
  static final class FromText<T> extends StdScalarDeserializer<T> {
    private final Function<String, T> parser;

    FromText(Class<T> type, Function<String, T> parser) {
      super(type);
      this.parser = parser;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        throw MismatchedInputException.from(
            parser, handledType(), "this value must be a JSON string");
      }
      return this.parser.apply(parser.getText());
    }
  }

  /** An enumerated value from a JSON string, read by {@link EnumValues}. */
  static final class StrictEnum extends StdScalarDeserializer<Enum<?>> {
    private final Class<?> type;

    StrictEnum(Class<?> type) {
      super(type);
      this.type = type;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Enum<?> deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        throw MismatchedInputException.from(
            parser, type, "an enumerated value must be a JSON string");
      }
      return EnumValues.parse((Class) type, parser.getText());
    }
  }
}
