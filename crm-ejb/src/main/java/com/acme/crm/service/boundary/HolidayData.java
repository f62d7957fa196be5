package com.acme.crm.service.boundary;

import com.acme.crm.shared.api.InputDate;
import java.io.Serializable;
import java.time.LocalDate;

/** A day without business hours. */
public class HolidayData implements Serializable {

    private static final long serialVersionUID = 1L;

    @InputDate
    private LocalDate day;
    private String name;

    public HolidayData() {
    }

    public HolidayData(LocalDate day, String name) {
        this.day = day;
        this.name = name;
    }

    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
