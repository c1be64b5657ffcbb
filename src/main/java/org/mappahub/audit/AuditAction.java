package org.mappahub.audit;

/** What an audit entry records. */
public enum AuditAction {
    VIEW_RECORD, SEARCH, CREATE, CHANGE, EXPORT, IMPORT, SIGN_IN, SIGN_IN_FAILED, ACCESS_REFUSED,
    // The access model (org.mappahub.access.AccessEvent.Kind, same names):
    EXCEPTIONAL_ACCESS, CASE_SHARED, CASE_SHARE_REVOKED, RESTRICTION_CHANGED, VICTIM_ACCESS_GRANTED,
    VICTIM_ACCESS_REVOKED, ACCOUNT_CREATED, ACCOUNT_CHANGED, AGENCY_CREATED, AGENCY_CHANGED,
    /** A user created a personal API token (docs/API.md); the subject is the token id. */
    API_TOKEN_CREATED,
    /** A user revoked one of their API tokens; the subject is the token id. */
    API_TOKEN_REVOKED,
    /** An area's co-ordinator changed its policy settings (org.mappahub.policy); the subject is area:<code>. */
    POLICY_SETTINGS_CHANGED,
    /** Annual statistics (aggregate figures, OFFICIAL) were produced; the subject is {@code statistics:<area>:<year>}. */
    STATISTICS_PRODUCED,
    /** Someone saw an area's (or the national) annual statistics: page, chart, CSV or PDF; subject statistics:<area>:<year>. */
    STATISTICS_VIEWED,
    /** An area's co-ordinator entered or corrected a mid-year population estimate; the subject is area:<code>. */
    POPULATION_ESTIMATE_CHANGED,
    // The work list's e-mail reminders (org.mappahub.work): a user's choice changed; a digest sent
    REMINDERS_CHANGED,
    REMINDER_SENT,
    /** Someone saw the board's performance dashboard (figures, OFFICIAL); subject performance:<area>:<year>Q<quarter>. */
    PERFORMANCE_VIEWED,
    /** A co-ordinator or chair listed the cases behind a dashboard figure; subject performance:<area>:<year>Q<quarter>. */
    PERFORMANCE_CASES_LISTED
}
