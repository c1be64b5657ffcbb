/**
 * Area policy settings: each area's MAPPA time limits ({@link org.mappahub.rules.PolicySettings}), the national
 * defaults until the area's co-ordinator changes them; every change is audited with the settings before and after.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Area policy settings")
package org.mappahub.policy;
