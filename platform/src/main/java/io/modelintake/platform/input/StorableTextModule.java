package io.modelintake.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * Refuses a NUL character in every string Jackson reads: fields, list elements, map keys and untyped values
 * (Jackson's collection, map and {@code Object} deserializers use a registered String deserializer instead of
 * their built-in one). So no JSON body of any service carries a NUL to the database.
 */
public class StorableTextModule extends SimpleModule {

    public StorableTextModule() {
        super("storable-text");
        addDeserializer(String.class, new Values());
        addKeyDeserializer(String.class, new Keys());
    }

    static final class Values extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return storable(super.deserialize(parser, context), parser);
        }
    }

    static final class Keys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            return storable(key, context.getParser());
        }
    }

    private static String storable(String text, JsonParser parser) throws UnstorableTextException {
        if (StorableText.holdsNul(text)) {
            throw new UnstorableTextException(parser);
        }
        return text;
    }
}
