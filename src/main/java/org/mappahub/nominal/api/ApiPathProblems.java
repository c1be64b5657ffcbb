package org.mappahub.nominal.api;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Problems Spring MVC detects before any API controller is chosen — no such path, method not allowed,
 * a body type no handler consumes — reported as problem details for requests under {@code /api/}.
 * Any other request gets the exception back unchanged, so Spring's default handling (and the HTML
 * error pages of the web interface) apply as before.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiPathProblems {

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class,
            HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
            HttpMediaTypeNotAcceptableException.class})
    ResponseEntity<Object> beforeAnyController(Exception e, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || !(e instanceof ErrorResponse response)) {
            throw e;
        }
        ProblemDetail problem = response.getBody();
        HttpStatusCode status = response.getStatusCode();
        problem.setInstance(URI.create(request.getRequestURI()));
        if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
            problem.setDetail("There is no API endpoint at " + request.getRequestURI()
                    + "; the OpenAPI document at /api/v1/openapi lists them");
        }
        var answer = ResponseEntity.status(status).headers(response.getHeaders());
        return e instanceof HttpMediaTypeNotAcceptableException
                ? answer.body(null) // the caller accepts no representation we can write: the status says it
                : answer.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
