package org.mappahub.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The structured risk tools the agencies use (domain/MAPPA.md §6) and what each records: its scales, the levels
 * each scale allows and whether it must be rated. The one definition of them: the form, the API and the validation
 * ({@link RiskAssessments}) all read it. The system records the tools' results; it never computes them.
 */
public enum RiskTool {

    /** Probation and prisons: risk of serious harm rated separately for each group; prisoners only in custody. */
    OASYS("OASys", "Probation and prisons: risk of serious harm (RoSH) to each group", List.of(
            Scale.seriousHarm("CHILDREN", "children", true),
            Scale.seriousHarm("PUBLIC", "the public", true),
            Scale.seriousHarm("KNOWN_ADULT", "a known adult", true),
            Scale.seriousHarm("STAFF", "staff", true),
            Scale.seriousHarm("PRISONERS", "prisoners", false))),

    /** Police, sexual offenders: the category on each of the tool's scales; at least one is recorded. */
    RISK_MATRIX_2000("Risk Matrix 2000", "Police, sexual offenders: the category on the scales assessed", List.of(
            Scale.of("SEXUAL", "Sexual (RM2000/S)", false, RiskLevel.values()),
            Scale.of("VIOLENT", "Violent (RM2000/V)", false, RiskLevel.values()),
            Scale.of("COMBINED", "Combined (RM2000/C)", false, RiskLevel.values()))),

    /**
     * The tool that succeeds Risk Matrix 2000 (domain/MAPPA.md §6 says "Risk Matrix 2000 / its successors" without
     * naming one, so it is named generically here): one overall category, low to very high.
     */
    RISK_MATRIX_SUCCESSOR("Risk Matrix 2000 successor", "Police, sexual offenders: the successor tool's category", List.of(
            Scale.of("OVERALL", "Category", true, RiskLevel.values()))),

    /** Active Risk Management System (police, sexual offenders): the overall level of risk, or priority. */
    ARMS("ARMS", "Active Risk Management System: the overall level of risk (priority)", List.of(
            Scale.of("OVERALL", "Level of risk (priority)", true, RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH))),

    /** Spousal Assault Risk Assessment (domestic abuse): the risk, and optionally whether it is imminent. */
    SARA("SARA", "Domestic abuse: the risk, and whether it is imminent", List.of(
            Scale.of("RISK", "Risk of domestic abuse", true, RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH))),

    /** Youth justice (young people): the likelihood of reoffending and the risk of serious harm. */
    ASSETPLUS("AssetPlus", "Young people: likelihood of reoffending and risk of serious harm", List.of(
            Scale.of("LIKELIHOOD_OF_REOFFENDING", "Likelihood of reoffending", true,
                    RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH),
            new Scale("RISK_OF_SERIOUS_HARM", "Risk of serious harm", true, List.of(RiskLevel.values()), true)));

    /**
     * One thing a tool rates.
     *
     * @param key         how the API and the database name it
     * @param label       how the pages name it
     * @param required    the tool always rates it (else it may be left unrated)
     * @param levels      the levels it allows, lowest first
     * @param seriousHarm a risk of serious harm (what category 3 and the "Risk of serious harm" summary read)
     */
    public record Scale(String key, String label, boolean required, List<RiskLevel> levels, boolean seriousHarm) {

        static Scale of(String key, String label, boolean required, RiskLevel... levels) {
            return new Scale(key, label, required, List.of(levels), false);
        }

        /** OASys: the risk of serious harm to a group ("children", "the public"). */
        static Scale seriousHarm(String key, String group, boolean required) {
            return new Scale(key, "Risk of serious harm to " + group, required, List.of(RiskLevel.values()), true);
        }

        /** "children" of "Risk of serious harm to children", or the label itself. */
        public String group() {
            String prefix = "Risk of serious harm to ";
            return label.startsWith(prefix) ? label.substring(prefix.length()) : label;
        }
    }

    private final String title;
    private final String description;
    private final List<Scale> scales;

    RiskTool(String title, String description, List<Scale> scales) {
        this.title = title;
        this.description = description;
        this.scales = scales;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public List<Scale> scales() {
        return scales;
    }

    public Optional<Scale> scale(String key) {
        return scales.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** SARA records whether the risk is imminent (optional); no other tool has that flag. */
    public boolean recordsImminentRisk() {
        return this == SARA;
    }

    /** The tool named by its API name, if any. */
    public static Optional<RiskTool> named(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
