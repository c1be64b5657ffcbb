/**
 * Civil orders of a person (domain/MAPPA.md §5.3): SHPOs, SROs, notification orders, the legacy orders and the other
 * court orders used in risk plans, with their lifecycle (applied for, interim, granted or refused, varied, renewed,
 * discharged, expired), prohibitions, foreign travel restrictions and breaches. The orders are the MCIF/1-backed
 * record's own ({@code NominalRecord.orders}, changed through {@link org.mappahub.nominal.NominalChanges#amend}), so
 * exports and statistics read what users entered; the details MCIF/1 has no place for ride along on each order.
 * The law's limits are {@link org.mappahub.rules.CivilOrderRules}'. Read only by those who see the full history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Civil orders")
package org.mappahub.orders;
