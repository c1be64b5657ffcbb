package org.mappahub.nominal.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A JSON body of this type may hold only the fields the type declares: any other field is an error
 * (a misspelt field must never be silently ignored). Spring Boot's shared JSON mapper ignores unknown
 * fields; {@link StrictJsonBodies} makes the exception for types carrying this annotation only.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@interface RejectsUnknownFields {
}
