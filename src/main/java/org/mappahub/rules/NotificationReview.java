package org.mappahub.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may apply for a review of indefinite notification requirements, when, and who may decide it
 * (SOA 2003 ss.91A-91F, inserted by the Sexual Offences Act 2003 (Remedial) Order 2012; MAPPA.md §5.2). The
 * dates themselves are {@link NotificationDeadlines#firstReviewEligibleOn} and
 * {@link NotificationDeadlines#reviewEligibleAgainOn}.
 */
public final class NotificationReview {

    /**
     * Police ranks, lowest first. The Metropolitan Police and City of London ranks above chief superintendent sit
     * with the chief officer ranks they correspond to; all of them are at or above superintendent.
     */
    public enum Rank {
        CONSTABLE, SERGEANT, INSPECTOR, CHIEF_INSPECTOR, SUPERINTENDENT, CHIEF_SUPERINTENDENT, COMMANDER,
        ASSISTANT_CHIEF_CONSTABLE, DEPUTY_ASSISTANT_COMMISSIONER, DEPUTY_CHIEF_CONSTABLE, ASSISTANT_COMMISSIONER,
        CHIEF_CONSTABLE, DEPUTY_COMMISSIONER, COMMISSIONER
    }

    /**
     * The lowest rank that may determine an application: the chief officer decides (s.91C), and the Home Office
     * guidance issued under s.91F ("Stage 3: Decision") has it taken at no lower rank than superintendent
     * (MAPPA.md §5.2: "The police decide at the rank of superintendent").
     */
    public static final Rank LOWEST_DECIDING_RANK = Rank.SUPERINTENDENT;

    static final String INDEFINITE_ONLY = "Only indefinite notification requirements can be reviewed (SOA 2003 s.91A(1), (3))";
    static final String NO_PREVENTION_ORDER = "A person subject to a sexual harm prevention order, a sexual offences "
            + "prevention order or an interim one is not a qualifying relevant offender (SOA 2003 s.91A(2)(b))";
    static final String NOT_BEFORE_QUALIFYING_DATE = "An application for review may be made on or after the qualifying "
            + "date (SOA 2003 s.91B(1)-(3))";
    static final String DECIDING_RANK = "An application for review is determined at the rank of superintendent or above "
            + "(SOA 2003 s.91C; guidance under s.91F)";

    private NotificationReview() {
    }

    /**
     * Whether an application made on {@code appliedOn} may be considered.
     *
     * @param indefinite              whether the requirement is indefinite
     * @param qualifyingDate          the (further) qualifying date; null when it cannot be known yet (no
     *                                notification after release recorded)
     * @param underPreventionOrder    whether an SHPO, SOPO or an interim one is in force on {@code appliedOn}
     */
    public static List<Refusal> checkApplication(boolean indefinite, LocalDate appliedOn, LocalDate qualifyingDate,
                                                 boolean underPreventionOrder) {
        Objects.requireNonNull(appliedOn, "appliedOn");
        List<Refusal> refusals = new ArrayList<>();
        if (!indefinite) {
            refusals.add(Refusal.of(INDEFINITE_ONLY, "this requirement has a fixed period"));
            return refusals;
        }
        if (underPreventionOrder) {
            refusals.add(Refusal.of(NO_PREVENTION_ORDER, "an order is in force on " + appliedOn));
        }
        if (qualifyingDate == null) {
            refusals.add(Refusal.of(NOT_BEFORE_QUALIFYING_DATE,
                    "no notification after release is recorded, so the qualifying date is not known"));
        } else if (appliedOn.isBefore(qualifyingDate)) {
            refusals.add(Refusal.of(NOT_BEFORE_QUALIFYING_DATE, "applied on " + appliedOn + ", qualifying date "
                    + qualifyingDate));
        }
        return refusals;
    }

    /** Whether an officer of {@code rank} may determine an application. */
    public static Optional<Refusal> checkDecidingRank(Rank rank) {
        Objects.requireNonNull(rank, "rank");
        return rank.compareTo(LOWEST_DECIDING_RANK) >= 0 ? Optional.empty()
                : Optional.of(Refusal.of(DECIDING_RANK, "decided by a " + rank.name().toLowerCase().replace('_', ' ')));
    }
}
