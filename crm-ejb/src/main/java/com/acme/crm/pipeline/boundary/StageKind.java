package com.acme.crm.pipeline.boundary;

/** Whether a deal in a stage is still being worked, or closed as won or lost. */
public enum StageKind {
    OPEN,
    WON,
    LOST;

    public boolean isClosed() {
        return this != OPEN;
    }
}
