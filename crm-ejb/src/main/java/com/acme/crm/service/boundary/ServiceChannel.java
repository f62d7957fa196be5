package com.acme.crm.service.boundary;

/** How the request reached us; on-site requests carry a visit. */
public enum ServiceChannel {
    PHONE, EMAIL, WEB, ON_SITE
}
