package org.mappahub.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import org.mappahub.access.Access;
import org.mappahub.access.AccessRefusedException;

/**
 * What a page shows when the access policy refuses: "page not found" for a record the user may not know
 * exists (restricted, or not shared with their agency: the same page as for a ref nobody has), "you cannot do
 * this" for a role that reads no cases, and for another area's record the form that asks why they need it.
 * The API answers with problem details instead (its own advice comes first).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class AccessRefusalPages {

    private final JdbcClient jdbc;

    AccessRefusalPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ExceptionHandler(AccessRefusedException.class)
    ModelAndView refused(AccessRefusedException e, HttpServletRequest request, HttpServletResponse response) {
        Access access = e.access();
        if (access.outcome() == Access.Outcome.REASON_REQUIRED) {
            ModelAndView form = StatedReasonPages.form(refOf(request), StatedReasonPages.areaName(jdbc, access.area()), null, "");
            form.setStatus(HttpStatus.FORBIDDEN);
            return form;
        }
        HttpStatus status = access.outcome() == Access.Outcome.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.FORBIDDEN;
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", status.value());
        page.setStatus(status);
        return page;
    }

    /** The record's ref: the path segment after /nominals/. */
    private static String refOf(HttpServletRequest request) {
        String[] parts = request.getRequestURI().substring(request.getContextPath().length()).split("/");
        return parts.length > 2 ? parts[2] : "";
    }
}
