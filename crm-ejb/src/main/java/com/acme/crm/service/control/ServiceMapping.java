package com.acme.crm.service.control;

import com.acme.crm.pipeline.control.DealMapping;
import com.acme.crm.service.boundary.ServiceEventData;
import com.acme.crm.service.boundary.ServiceRequestData;
import com.acme.crm.service.boundary.ServiceStatus;
import com.acme.crm.service.entity.ServiceEvent;
import com.acme.crm.service.entity.ServiceRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Service requests as their data class, with the SLA state and, on request, the history. */
@Dependent
public class ServiceMapping {

    @PersistenceContext
    EntityManager em;

    public ServiceRequestData toData(ServiceRequest r, boolean withHistory) {
        ServiceRequestData d = new ServiceRequestData();
        d.setId(r.getId());
        d.setVersion(r.getVersion());
        d.setSubject(r.getSubject());
        d.setDescription(r.getDescription());
        d.setAccountId(r.getAccount().getId());
        d.setAccountName(r.getAccount().getName());
        if (r.getContact() != null) {
            d.setContactId(r.getContact().getId());
            d.setContactName((r.getContact().getFirstName() == null ? "" : r.getContact().getFirstName() + " ") + r.getContact().getLastName());
        }
        if (r.getProduct() != null) {
            d.setProductId(r.getProduct().getId());
            d.setProductName(r.getProduct().getName());
        }
        if (r.getInvoice() != null) {
            d.setInvoiceId(r.getInvoice().getId());
            d.setInvoiceNumber(r.getInvoice().getNumber());
        }
        d.setChannel(r.getChannel());
        d.setType(r.getType());
        d.setPriority(r.getPriority());
        d.setStatus(r.getStatus());
        if (r.getAssignee() != null) {
            d.setAssigneeId(r.getAssignee().getId());
            d.setAssigneeName(r.getAssignee().getDisplayName());
        }
        d.setResolution(r.getResolution());
        d.setSatisfaction(r.getSatisfaction());
        d.setOpenedAt(DealMapping.iso(r.getOpenedAt()));
        d.setFirstResponseDue(DealMapping.iso(r.getFirstResponseDue()));
        d.setResolutionDue(DealMapping.iso(r.getResolutionDue()));
        d.setFirstRespondedAt(DealMapping.iso(r.getFirstRespondedAt()));
        d.setResolvedAt(DealMapping.iso(r.getResolvedAt()));
        d.setResponseBreached(r.getResponseBreachedAt() != null);
        d.setResolutionBreached(r.getResolutionBreachedAt() != null);
        d.setPaused(r.getStatus() == ServiceStatus.WAITING_ON_CUSTOMER);
        d.setSlaState(r.getResolutionBreachedAt() != null || r.getResponseBreachedAt() != null ? "BREACHED"
                : !r.getStatus().isOpen() ? "MET" : r.getAtRiskSince() != null ? "AT_RISK" : d.isPaused() ? "PAUSED" : "ON_TRACK");
        d.setVisitStreet(r.getVisitStreet());
        d.setVisitPostalCode(r.getVisitPostalCode());
        d.setVisitCity(r.getVisitCity());
        d.setVisitCountry(r.getVisitCountry());
        d.setVisitDate(r.getVisitDate());
        d.setVisitFrom(r.getVisitFrom());
        d.setVisitTo(r.getVisitTo());
        if (r.getTechnician() != null) {
            d.setTechnicianId(r.getTechnician().getId());
            d.setTechnicianName(r.getTechnician().getDisplayName());
        }
        if (withHistory && r.getId() != null) {
            d.setHistory(em.createQuery("select e from ServiceEvent e where e.request = :r order by e.happenedAt, e.id", ServiceEvent.class)
                    .setParameter("r", r).getResultStream()
                    .map(e -> new ServiceEventData(DealMapping.iso(e.getHappenedAt()), e.getByUser(), e.getKind().name(),
                            e.getFromValue(), e.getToValue(), e.getNote(), e.isCustomerVisible())).toList());
        }
        return d;
    }
}
