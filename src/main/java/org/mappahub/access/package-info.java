/**
 * Access: users, roles, sign-in and who may call what. Every request handler declares its audience with
 * one of the annotations here; the full need-to-know policy and the audit trail grow from this seam.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package org.mappahub.access;
