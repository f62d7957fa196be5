package com.acme.crm.event.control;

import com.acme.crm.event.entity.BusinessEvent;

/** Where published events go besides the feed: the messaging topic ({@link EventTopic}) on a full Jakarta EE server. */
public interface EventChannel {

    /** Sends in the caller's transaction. */
    void send(BusinessEvent event, long position);
}
