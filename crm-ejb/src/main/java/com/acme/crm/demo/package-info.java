/**
 * Demo data for trying the CRM: users for every role, two teams, a few customers. Loaded at
 * the first start of an empty database when asked for ({@code CRM_DEMO_DATA=true}, or the JVM
 * property {@code crm.demoData=true} that the run command and the tests set); the demo users'
 * password is {@code demo} unless {@code CRM_DEMO_PASSWORD} is set. Never for production.
 */
package com.acme.crm.demo;
