/**
 * After the sale: service requests with priority, SLA targets in business time, breach
 * detection, queue and assignment, on-site visits, history and satisfaction; follow-ups and
 * renewal deals.
 *
 * <p>Rules, and why:
 * <ul>
 * <li>Due times are business minutes (working hours, days, time zone, holidays) and waiting
 * on the customer pauses them: an SLA counts the time support could act.</li>
 * <li>A persistent five-minute watch marks requests at risk and breached; a breach stays on
 * record after resolution, since SLA compliance is reported on it.</li>
 * <li>Support agents change a request's course; sales roles see their accounts' requests and
 * add notes, no more.</li>
 * <li>A renewal deal is opened once per contract, under a row lock, whatever the number of
 * instances running the timer.</li>
 * </ul>
 */
package com.acme.crm.service;
