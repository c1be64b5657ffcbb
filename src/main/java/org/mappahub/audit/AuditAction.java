package org.mappahub.audit;

/** What an audit entry records. */
public enum AuditAction {
    VIEW_RECORD, SEARCH, CREATE, CHANGE, EXPORT, IMPORT, SIGN_IN, SIGN_IN_FAILED, ACCESS_REFUSED
}
