/**
 * Activities (calls, e-mails, meetings, tasks) regarding leads, contacts, accounts and deals:
 * logging, completing, the open and overdue lists, timelines. An activity with someone unknown
 * can become a lead. Activities follow a lead when it is converted, so the history stays whole;
 * they count towards a lead's engagement score.
 */
package com.acme.crm.activity;
