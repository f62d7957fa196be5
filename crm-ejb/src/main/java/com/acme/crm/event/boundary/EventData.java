package com.acme.crm.event.boundary;

import java.io.Serializable;

/** A published event: its position in the stream and the CloudEvents 1.0 JSON document as sent to the topic. */
public class EventData implements Serializable {

    private static final long serialVersionUID = 1L;

    private long position;
    private String type;
    private String cloudEvent;

    public EventData() {
    }

    public EventData(long position, String type, String cloudEvent) {
        this.position = position;
        this.type = type;
        this.cloudEvent = cloudEvent;
    }

    public long getPosition() { return position; }
    public void setPosition(long position) { this.position = position; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getCloudEvent() { return cloudEvent; }
    public void setCloudEvent(String cloudEvent) { this.cloudEvent = cloudEvent; }
}
