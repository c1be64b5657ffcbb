package org.mappahub.audit;

/** What an audit entry records. */
public enum AuditAction {
    VIEW_RECORD, SEARCH, CREATE, CHANGE, EXPORT, IMPORT, SIGN_IN, SIGN_IN_FAILED, ACCESS_REFUSED,
    /** A user created a personal API token (docs/API.md); the subject is the token id. */
    API_TOKEN_CREATED,
    /** A user revoked one of their API tokens; the subject is the token id. */
    API_TOKEN_REVOKED
}
