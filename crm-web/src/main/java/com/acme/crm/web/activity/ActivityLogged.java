package com.acme.crm.web.activity;

/** Fired in the page after an activity was logged: the record it regards may have changed (a lead's status, score, version). */
public record ActivityLogged(String recordType, Long recordId) {
}
