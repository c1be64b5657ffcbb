package org.mappahub.nominal.api;

import java.util.List;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Makes unknown fields an error in request bodies annotated {@link RejectsUnknownFields}, leaving the
 * shared mapper's lenient default alone for everything else. Jackson asks problem handlers about an
 * unknown field before it applies {@code FAIL_ON_UNKNOWN_PROPERTIES}, so this handler can refuse it.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonBodies {

    @Bean
    JsonMapperBuilderCustomizer rejectUnknownFieldsOfStrictBodies() {
        return builder -> builder.addHandler(new DeserializationProblemHandler() {
            @Override
            public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                                                 ValueDeserializer<?> deserializer, Object beanOrClass,
                                                 String propertyName) {
                Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
                if (type.isAnnotationPresent(RejectsUnknownFields.class)) {
                    List<Object> known = deserializer == null ? null
                            : List.copyOf(deserializer.getKnownPropertyNames());
                    throw UnrecognizedPropertyException.from(p, beanOrClass, propertyName, known);
                }
                return false;
            }
        });
    }
}
