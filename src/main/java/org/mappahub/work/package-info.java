/**
 * Each user's work list ("My work", issue 5): what needs this user today, gathered from the modules that own the
 * records (referrals, meetings, minutes, actions, custody, notification, orders), which implement {@link WorkSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "My work")
package org.mappahub.work;
