package com.acme.crm.web.service;

import com.acme.crm.service.boundary.HolidayData;
import com.acme.crm.service.boundary.ServiceAdministration;
import com.acme.crm.service.boundary.ServiceSettingsData;
import com.acme.crm.shared.api.BusinessException;
import com.acme.crm.web.shared.FacesMessages;
import com.acme.crm.web.shared.RecordPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Admin: business hours, holidays, SLA targets per priority and the after-sale rules. */
@Named
@ViewScoped
public class ServiceSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("timeZone", "settings:timeZone", "workStart", "settings:workStart",
            "workEnd", "settings:workEnd", "workDays", "settings:workDays", "atRiskPercent", "settings:atRisk");

    @Inject ServiceAdministration administration;
    @Inject FacesMessages messages;

    private ServiceSettingsData settings;
    private HolidayData newHoliday = new HolidayData();

    public void load() {
        settings = RecordPage.open(() -> administration.settings());
    }

    public void save() {
        try {
            settings = administration.change(settings);
            messages.info("serviceSettings.saved");
        } catch (BusinessException e) {
            messages.refused(e, FIELDS);
        }
    }

    public void addHoliday() {
        if (newHoliday.getDay() != null) {
            settings.getHolidays().add(newHoliday);
            newHoliday = new HolidayData();
        }
    }

    public void removeHoliday(HolidayData holiday) {
        settings.getHolidays().remove(holiday);
    }

    public List<String> getDays() {
        return Arrays.stream(DayOfWeek.values()).map(DayOfWeek::name).toList();
    }

    public ServiceSettingsData getSettings() { return settings; }
    public HolidayData getNewHoliday() { return newHoliday; }
}
