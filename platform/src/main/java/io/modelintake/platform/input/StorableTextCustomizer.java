package io.modelintake.platform.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Installs {@link StorableTextModule} in the ObjectMapper of every service (REST bodies and event payloads). */
@Singleton
public class StorableTextCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new StorableTextModule());
    }
}
