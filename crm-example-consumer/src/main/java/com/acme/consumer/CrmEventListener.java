package com.acme.consumer;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Subscribes to the CRM's business events: every message is one CloudEvents JSON document. The
 * subscription is durable, so what is published while this application is down (or the whole
 * server is restarting) waits for it instead of being missed.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:global/jms/crm/BusinessEvents"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "clientId", propertyValue = "crm-example-consumer"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "crm-business-events"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "JMSType LIKE 'com.acme.crm.%'")})
public class CrmEventListener implements MessageListener {

    @Inject
    ReceivedEvents received;

    @Override
    public void onMessage(Message message) {
        try {
            received.add(message.getBody(String.class));
        } catch (JMSException e) {
            throw new IllegalStateException("not a CRM event: " + e.getMessage(), e);
        }
    }
}
