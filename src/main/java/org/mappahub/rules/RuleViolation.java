package org.mappahub.rules;

/** Thrown by a rule computation given input the law does not allow; the message names the rule. */
public final class RuleViolation extends IllegalArgumentException {

    private final transient Refusal refusal;

    RuleViolation(Refusal refusal) {
        super(refusal.message());
        this.refusal = refusal;
    }

    static RuleViolation of(String rule, String given) {
        return new RuleViolation(Refusal.of(rule, given));
    }

    public Refusal refusal() {
        return refusal;
    }
}
