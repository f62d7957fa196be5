package com.acme.crm.service.boundary;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/** One priority's SLA targets in business minutes. */
public class SlaTargetData implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "is required")
    private ServicePriority priority;
    @Min(value = 1, message = "must be at least 1 minute")
    private int firstResponseMinutes;
    @Min(value = 1, message = "must be at least 1 minute")
    private int resolutionMinutes;

    public SlaTargetData() {
    }

    public SlaTargetData(ServicePriority priority, int firstResponseMinutes, int resolutionMinutes) {
        this.priority = priority;
        this.firstResponseMinutes = firstResponseMinutes;
        this.resolutionMinutes = resolutionMinutes;
    }

    public ServicePriority getPriority() { return priority; }
    public void setPriority(ServicePriority priority) { this.priority = priority; }
    public int getFirstResponseMinutes() { return firstResponseMinutes; }
    public void setFirstResponseMinutes(int firstResponseMinutes) { this.firstResponseMinutes = firstResponseMinutes; }
    public int getResolutionMinutes() { return resolutionMinutes; }
    public void setResolutionMinutes(int resolutionMinutes) { this.resolutionMinutes = resolutionMinutes; }
}
