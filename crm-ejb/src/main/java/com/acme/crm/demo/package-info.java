/**
 * Demo data for trying the CRM: users for every role, two teams, a few customers. Loaded at
 * the first start of an empty database unless {@code CRM_DEMO_DATA=false}; the demo users'
 * password is {@code demo} unless {@code CRM_DEMO_PASSWORD} is set. Never for production.
 */
package com.acme.crm.demo;
