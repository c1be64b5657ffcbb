package org.mappahub.access;

import java.util.Map;

/**
 * Something the access model did that the audit trail must hold: a stated reason that opened another area's
 * record, a case shared with an agency, a restriction, an account changed, a refusal. Published in the
 * transaction of the change; the audit module writes it (access cannot depend on audit, which names actors
 * through {@link Actor}).
 *
 * @param subject a record's ref, a username or an agency id
 * @param actor   who did it (null: the signed-in user)
 */
public record AccessEvent(Kind kind, String subject, Map<String, Object> details, String reason, String actor) {

    public enum Kind {
        EXCEPTIONAL_ACCESS, ACCESS_REFUSED, CASE_SHARED, CASE_SHARE_REVOKED, RESTRICTION_CHANGED,
        VICTIM_ACCESS_GRANTED, VICTIM_ACCESS_REVOKED, ACCOUNT_CREATED, ACCOUNT_CHANGED, AGENCY_CREATED, AGENCY_CHANGED
    }
}
