package org.mappahub.meeting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.mappahub.meeting.MeetingActions;

import org.mappahub.meeting.ConfidentialityStatement;
import org.mappahub.meeting.MappMinutes.Edition;
import org.mappahub.meeting.MappMinutes.Picture;
import org.mappahub.meeting.MinutesContent;

/**
 * A PDF copy of one edition of the minutes, from the HTML of the same content as the page
 * ({@code meeting/minutes-pdf}, which includes the page's record fragment): OFFICIAL-SENSITIVE at the top and foot of
 * every page, the confidentiality statement, and a watermark on every page naming the user the copy was produced for
 * and when — so that a copy found where it should not be says whose it was.
 */
@Component
class MinutesPdf {

    private static final DateTimeFormatter PRODUCED = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private final ITemplateEngine templates;

    MinutesPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(Picture p, Edition e, List<MeetingActions.Action> agreedActions, String user, Instant producedAt,
                  ZoneId zone) {
        Context context = new Context(Locale.UK);
        context.setVariable("picture", p);
        context.setVariable("edition", e);
        context.setVariable("agreedActions", agreedActions);
        context.setVariable("headings", MinutesContent.PLAN_HEADINGS);
        context.setVariable("statement", ConfidentialityStatement.TEXT);
        context.setVariable("day", MinutesPages.DAY);
        context.setVariable("watermark", "Copy produced for " + user + " on " + PRODUCED.format(producedAt.atZone(zone)));
        context.setVariable("zone", zone);
        String html = templates.process("meeting/minutes-pdf", context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }
}
