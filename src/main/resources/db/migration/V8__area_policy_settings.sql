-- An area's MAPPA policy settings (org.mappahub.rules.PolicySettings), as its co-ordinator changed them. No row
-- for an area means the national defaults (PolicySettings.DEFAULTS). One column per setting, in its own unit;
-- the application refuses a set with problems (PolicySettings.problems()), the checks here are the floor.
-- Not case content: no row-level security; only a co-ordinator of the area changes it (org.mappahub.policy).
create table area_policy_settings (
    area_code                          text primary key references area (code),
    level2_review_interval_weeks       int not null check (level2_review_interval_weeks > 0),
    level3_review_interval_weeks       int not null check (level3_review_interval_weeks > 0),
    identify_months_before_release     int not null check (identify_months_before_release > 0),
    level_set_months_before_release    int not null check (level_set_months_before_release > 0),
    first_meeting_months_before_release int not null check (first_meeting_months_before_release > 0),
    referral_screening_working_days    int not null check (referral_screening_working_days > 0),
    minutes_distribution_working_days  int not null check (minutes_distribution_working_days > 0),
    victim_contact_days                int not null check (victim_contact_days > 0),
    emergency_recall_hours             int not null check (emergency_recall_hours > 0),
    standard_recall_hours              int not null check (standard_recall_hours > 0),
    version                            int not null default 1,
    updated_by                         text not null,
    updated_at                         timestamptz not null
);
