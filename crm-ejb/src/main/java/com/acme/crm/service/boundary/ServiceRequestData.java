package com.acme.crm.service.boundary;

import com.acme.crm.shared.api.InputDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A service request as agents, reps and other systems see it: what, for whom, how urgent,
 * who works it, its SLA due times and state (on track, at risk, breached, met), an on-site
 * visit when there is one, and its history.
 */
public class ServiceRequestData implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long version;
    @NotBlank(message = "is required")
    @Size(max = 200, message = "is longer than 200 characters")
    private String subject;
    @Size(max = 4000, message = "is longer than 4000 characters")
    private String description;
    @NotNull(message = "is required: whose request is it?")
    private Long accountId;
    private String accountName;
    private Long contactId;
    private String contactName;
    private Long productId;
    private String productName;
    private Long invoiceId;
    private String invoiceNumber;
    @NotNull(message = "is required")
    private ServiceChannel channel;
    @NotNull(message = "is required")
    private ServiceType type;
    @NotNull(message = "is required")
    private ServicePriority priority;
    private ServiceStatus status;
    private Long assigneeId;
    private String assigneeName;
    @Size(max = 4000, message = "is longer than 4000 characters")
    private String resolution;
    @Min(value = 1, message = "must be 1 to 5")
    @Max(value = 5, message = "must be 1 to 5")
    private Integer satisfaction;
    private String openedAt;
    private String firstResponseDue;
    private String resolutionDue;
    private String firstRespondedAt;
    private String resolvedAt;
    private String slaState;
    private boolean responseBreached;
    private boolean resolutionBreached;
    private boolean paused;
    @Size(max = 200, message = "is longer than 200 characters")
    private String visitStreet;
    @Size(max = 20, message = "is longer than 20 characters")
    private String visitPostalCode;
    @Size(max = 100, message = "is longer than 100 characters")
    private String visitCity;
    @Size(max = 100, message = "is longer than 100 characters")
    private String visitCountry;
    @InputDate
    private LocalDate visitDate;
    @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "must be a time like 09:30")
    private String visitFrom;
    @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "must be a time like 11:00")
    private String visitTo;
    private Long technicianId;
    private String technicianName;
    private ArrayList<ServiceEventData> history = new ArrayList<>();

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getAccountId() { return accountId; }
    public void setAccountId(Long accountId) { this.accountId = accountId; }
    public String getAccountName() { return accountName; }
    public void setAccountName(String accountName) { this.accountName = accountName; }
    public Long getContactId() { return contactId; }
    public void setContactId(Long contactId) { this.contactId = contactId; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public Long getProductId() { return productId; }
    public void setProductId(Long productId) { this.productId = productId; }
    public String getProductName() { return productName; }
    public void setProductName(String productName) { this.productName = productName; }
    public Long getInvoiceId() { return invoiceId; }
    public void setInvoiceId(Long invoiceId) { this.invoiceId = invoiceId; }
    public String getInvoiceNumber() { return invoiceNumber; }
    public void setInvoiceNumber(String invoiceNumber) { this.invoiceNumber = invoiceNumber; }
    public ServiceChannel getChannel() { return channel; }
    public void setChannel(ServiceChannel channel) { this.channel = channel; }
    public ServiceType getType() { return type; }
    public void setType(ServiceType type) { this.type = type; }
    public ServicePriority getPriority() { return priority; }
    public void setPriority(ServicePriority priority) { this.priority = priority; }
    public ServiceStatus getStatus() { return status; }
    public void setStatus(ServiceStatus status) { this.status = status; }
    public Long getAssigneeId() { return assigneeId; }
    public void setAssigneeId(Long assigneeId) { this.assigneeId = assigneeId; }
    public String getAssigneeName() { return assigneeName; }
    public void setAssigneeName(String assigneeName) { this.assigneeName = assigneeName; }
    public String getResolution() { return resolution; }
    public void setResolution(String resolution) { this.resolution = resolution; }
    public Integer getSatisfaction() { return satisfaction; }
    public void setSatisfaction(Integer satisfaction) { this.satisfaction = satisfaction; }
    public String getOpenedAt() { return openedAt; }
    public void setOpenedAt(String openedAt) { this.openedAt = openedAt; }
    public String getFirstResponseDue() { return firstResponseDue; }
    public void setFirstResponseDue(String firstResponseDue) { this.firstResponseDue = firstResponseDue; }
    public String getResolutionDue() { return resolutionDue; }
    public void setResolutionDue(String resolutionDue) { this.resolutionDue = resolutionDue; }
    public String getFirstRespondedAt() { return firstRespondedAt; }
    public void setFirstRespondedAt(String firstRespondedAt) { this.firstRespondedAt = firstRespondedAt; }
    public String getResolvedAt() { return resolvedAt; }
    public void setResolvedAt(String resolvedAt) { this.resolvedAt = resolvedAt; }
    public String getSlaState() { return slaState; }
    public void setSlaState(String slaState) { this.slaState = slaState; }
    public boolean isResponseBreached() { return responseBreached; }
    public void setResponseBreached(boolean responseBreached) { this.responseBreached = responseBreached; }
    public boolean isResolutionBreached() { return resolutionBreached; }
    public void setResolutionBreached(boolean resolutionBreached) { this.resolutionBreached = resolutionBreached; }
    public boolean isPaused() { return paused; }
    public void setPaused(boolean paused) { this.paused = paused; }
    public String getVisitStreet() { return visitStreet; }
    public void setVisitStreet(String visitStreet) { this.visitStreet = visitStreet; }
    public String getVisitPostalCode() { return visitPostalCode; }
    public void setVisitPostalCode(String visitPostalCode) { this.visitPostalCode = visitPostalCode; }
    public String getVisitCity() { return visitCity; }
    public void setVisitCity(String visitCity) { this.visitCity = visitCity; }
    public String getVisitCountry() { return visitCountry; }
    public void setVisitCountry(String visitCountry) { this.visitCountry = visitCountry; }
    public LocalDate getVisitDate() { return visitDate; }
    public void setVisitDate(LocalDate visitDate) { this.visitDate = visitDate; }
    public String getVisitFrom() { return visitFrom; }
    public void setVisitFrom(String visitFrom) { this.visitFrom = visitFrom; }
    public String getVisitTo() { return visitTo; }
    public void setVisitTo(String visitTo) { this.visitTo = visitTo; }
    public Long getTechnicianId() { return technicianId; }
    public void setTechnicianId(Long technicianId) { this.technicianId = technicianId; }
    public String getTechnicianName() { return technicianName; }
    public void setTechnicianName(String technicianName) { this.technicianName = technicianName; }
    public List<ServiceEventData> getHistory() { return history; }
    public void setHistory(List<ServiceEventData> history) { this.history = new ArrayList<>(history); }
}
