package org.mappahub.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.mappahub.access.TestUsers;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.rules.PolicySettings;

/** The service: the defaults until an area changes them; a change is validated, versioned and audited. */
@SpringBootTest
class AreaPolicyServiceTest {

    static final String AREA = "POLICYSERVICE";
    static final String OTHER = "POLICYSERVICE_OTHER";

    @Autowired AreaPolicies policies;
    @Autowired Areas areas;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void twoAreasWithNothingStored() {
        TestUsers.asOperator(() -> {
            areas.save(new Area(AREA, "Policyshire", List.of(), List.of()));
            areas.save(new Area(OTHER, "Othershire", List.of(), List.of()));
            jdbc.sql("delete from area_policy_settings where area_code in (?, ?)").params(AREA, OTHER).update();
        });
    }

    @Test
    void anAreaWithNothingStoredHasTheDefaults() {
        assertThat(policies.settingsFor(AREA)).isEqualTo(PolicySettings.DEFAULTS);
        assertThat(policies.current(AREA).version()).isZero();
        assertThat(policies.current(AREA).defaults()).isTrue();
    }

    @Test
    void aValidChangeIsStoredAndAuditedWithBeforeAndAfter() {
        PolicySettings changed = PolicySettings.DEFAULTS.withLevel2ReviewIntervalWeeks(12);
        AreaPolicies.Current saved = policies.change(AREA, 0, changed, "cora.coordinator");

        assertThat(saved.version()).isEqualTo(1);
        assertThat(policies.settingsFor(AREA)).isEqualTo(changed);
        assertThat(policies.settingsFor(OTHER)).as("another area").isEqualTo(PolicySettings.DEFAULTS);

        PolicySettings again = changed.withVictimContactDays(40);
        policies.change(AREA, 1, again, "cora.coordinator");
        assertThat(policies.current(AREA).version()).isEqualTo(2);
        assertThat(policies.settingsFor(AREA)).isEqualTo(again);

        List<String> details = jdbc.sql("""
                        select details from audit_entry where action = 'POLICY_SETTINGS_CHANGED' and subject = ?
                           and actor = 'cora.coordinator' order by id""")
                .param("area:" + AREA).query(String.class).list();
        assertThat(details).hasSizeGreaterThanOrEqualTo(2);
        String first = details.get(details.size() - 2);
        assertThat(first).contains("\"before\":{\"level2ReviewIntervalWeeks\":16",
                "\"after\":{\"level2ReviewIntervalWeeks\":12");
        String second = details.get(details.size() - 1);
        assertThat(second).contains("\"before\":{\"level2ReviewIntervalWeeks\":12", "\"victimContactDays\":56",
                "\"victimContactDays\":40");
    }

    @Test
    void invalidSettingsAreRefusedNamingTheSettingAndNothingIsStored() {
        PolicySettings invalid = PolicySettings.DEFAULTS.withStandardRecallHours(0).withEmergencyRecallHours(48)
                .withStandardRecallHours(24).withVictimContactDays(-1);
        long auditBefore = auditCount();
        assertThatThrownBy(() -> policies.change(AREA, 0, invalid, "cora.coordinator"))
                .isInstanceOfSatisfying(AreaPolicies.InvalidSettingsException.class, e -> {
                    assertThat(e.problems()).extracting(PolicySettings.Problem::setting)
                            .containsExactly("victimContactDays", "emergencyRecallHours");
                    assertThat(e.problems().get(0).message()).contains("Victim contact");
                    assertThat(e.problems().get(1).message()).contains("emergency recall");
                });
        assertThat(policies.current(AREA).version()).isZero();
        assertThat(policies.settingsFor(AREA)).isEqualTo(PolicySettings.DEFAULTS);
        assertThat(auditCount()).isEqualTo(auditBefore);
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsChanged() {
        PolicySettings first = PolicySettings.DEFAULTS.withMinutesDistributionWorkingDays(5);
        policies.change(AREA, 0, first, "cora.coordinator");
        long auditBefore = auditCount();

        assertThatThrownBy(() -> policies.change(AREA, 0, PolicySettings.DEFAULTS.withMinutesDistributionWorkingDays(7),
                "colin.coordinator")).isInstanceOf(AreaPolicies.StaleSettingsException.class);
        assertThatThrownBy(() -> policies.change(AREA, 5, PolicySettings.DEFAULTS, "colin.coordinator"))
                .isInstanceOf(AreaPolicies.StaleSettingsException.class);

        assertThat(policies.settingsFor(AREA)).isEqualTo(first);
        assertThat(policies.current(AREA).version()).isEqualTo(1);
        assertThat(auditCount()).isEqualTo(auditBefore);
    }

    private long auditCount() {
        return jdbc.sql("select count(*) from audit_entry where action = 'POLICY_SETTINGS_CHANGED' and subject = ?")
                .param("area:" + AREA).query(Long.class).single();
    }
}
