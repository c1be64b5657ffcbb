package org.mappahub.access;

/** What an agency is; its kind follows. The row-level security in V5 names the Responsible Authority types too. */
public enum AgencyType {
    POLICE("Police", AgencyKind.RESPONSIBLE_AUTHORITY),
    PROBATION("Probation", AgencyKind.RESPONSIBLE_AUTHORITY),
    PRISON("Prison", AgencyKind.RESPONSIBLE_AUTHORITY),
    CHILDRENS_SERVICES("Children's services", AgencyKind.DUTY_TO_COOPERATE),
    ADULT_SOCIAL_CARE("Adult social care", AgencyKind.DUTY_TO_COOPERATE),
    HEALTH("Health", AgencyKind.DUTY_TO_COOPERATE),
    MENTAL_HEALTH("Mental health", AgencyKind.DUTY_TO_COOPERATE),
    YOUTH_OFFENDING("Youth offending", AgencyKind.DUTY_TO_COOPERATE),
    HOUSING("Housing", AgencyKind.DUTY_TO_COOPERATE),
    EDUCATION("Education", AgencyKind.DUTY_TO_COOPERATE),
    JOBCENTRE_PLUS("Jobcentre Plus", AgencyKind.DUTY_TO_COOPERATE),
    IMMIGRATION_ENFORCEMENT("Immigration enforcement", AgencyKind.DUTY_TO_COOPERATE),
    ELECTRONIC_MONITORING("Electronic monitoring", AgencyKind.DUTY_TO_COOPERATE),
    VOLUNTARY("Voluntary partner", AgencyKind.VOLUNTARY);

    private final String title;
    private final AgencyKind kind;

    AgencyType(String title, AgencyKind kind) {
        this.title = title;
        this.kind = kind;
    }

    public String title() {
        return title;
    }

    public AgencyKind kind() {
        return kind;
    }
}
