package com.acme.crm.web.service;

import com.acme.crm.security.boundary.OwnerData;
import com.acme.crm.security.boundary.Users;
import com.acme.crm.service.boundary.ServiceRequestData;
import com.acme.crm.service.boundary.ServiceRequests;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A technician's day list: the on-site visits of one day, in time order. */
@Named
@ViewScoped
public class VisitsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject ServiceRequests requests;
    @Inject Users users;

    private Long technicianId;
    private LocalDate day = LocalDate.now();
    private ArrayList<OwnerData> technicians;

    public List<ServiceRequestData> getVisits() {
        return technicianId == null || day == null ? List.of() : requests.visits(technicianId, day);
    }

    public List<OwnerData> getTechnicians() {
        if (technicians == null) {
            technicians = new ArrayList<>(users.agents());
        }
        return technicians;
    }

    public Long getTechnicianId() { return technicianId; }
    public void setTechnicianId(Long technicianId) { this.technicianId = technicianId; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
}
