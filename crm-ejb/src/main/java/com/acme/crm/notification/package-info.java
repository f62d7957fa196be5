/**
 * In-app notifications (the bell): stale deals, discounts awaiting approval and the decision,
 * service requests assigned or at risk. Other capabilities write them with a topic, and a
 * topic is notified once per user, so timers firing again (or on several instances) do not
 * repeat themselves; each user reads and marks their own.
 */
package com.acme.crm.notification;
