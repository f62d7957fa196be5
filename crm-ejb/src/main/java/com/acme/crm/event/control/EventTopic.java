package com.acme.crm.event.control;

import com.acme.crm.event.entity.BusinessEvent;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.Topic;

/**
 * The Jakarta Messaging topic other applications subscribe to. The application declares it
 * itself, so a server needs no set-up: {@value #JNDI} (physical name {@value #NAME}). Each
 * message is one CloudEvents 1.0 JSON document (structured mode) as a text message; its
 * {@code JMSType} is the event type, so a subscriber can select, e.g.
 * {@code JMSType = 'com.acme.crm.deal.won'}; the properties {@code ce_id}, {@code ce_subject}
 * and {@code ce_position} repeat the event's id, subject and position in the stream.
 */
@JMSDestinationDefinition(name = EventTopic.JNDI, interfaceName = "jakarta.jms.Topic", destinationName = EventTopic.NAME,
        description = "Business events of the CRM (CloudEvents 1.0, JSON)")
@Stateless
@PermitAll
public class EventTopic implements EventChannel {

    public static final String JNDI = "java:global/jms/crm/BusinessEvents";
    public static final String NAME = "crmBusinessEvents";

    @Inject
    JMSContext jms;

    @Resource(lookup = JNDI)
    Topic topic;

    /**
     * Sends at once, outside the relay's transaction, which marks the event published only
     * after the send: a crash in between sends it again (at least once, recognisable by its id).
     * Not in the transaction, because a transaction spanning the broker and the database
     * commits in two phases, and one that a crash leaves prepared keeps the stream's counter
     * locked in the database until someone resolves it by hand: every later event would wait.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void send(BusinessEvent event, long position) {
        jms.createProducer()
                .setJMSType(event.getType())
                .setProperty("ce_id", event.getEventId())
                .setProperty("ce_subject", event.getRecordType() + "/" + event.getRecordId())
                .setProperty("ce_position", position)
                .send(topic, EventOutbox.withPosition(event.getCloudEvent(), position).toString());
    }
}
