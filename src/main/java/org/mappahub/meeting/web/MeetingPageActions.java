package org.mappahub.meeting.web;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import org.mappahub.meeting.MeetingActions;

/**
 * The actions agreed at a meeting, on the meeting's own page ({@link MeetingPages}): added here so that the meeting
 * pages need not know about actions. Pages without a meeting get none. The meeting page's own view audits the read;
 * a user refused the meeting is refused here the same way, before the page's handler runs.
 */
@ControllerAdvice(assignableTypes = MeetingPages.class)
class MeetingPageActions {

    private final MeetingActions actions;

    MeetingPageActions(MeetingActions actions) {
        this.actions = actions;
    }

    @ModelAttribute("agreedActions")
    List<MeetingActions.Action> agreedActions(@PathVariable(required = false) String ref,
                                              @PathVariable(required = false) Long meetingId) {
        return ref == null || meetingId == null ? List.of() : actions.agreedAt(ref, meetingId);
    }
}
