package com.acme.crm.forecast.boundary;

import java.io.Serializable;

/** One choice of a filter: the value to send and what to show. */
public class OptionData implements Serializable {

    private static final long serialVersionUID = 1L;

    private String value;
    private String label;

    public OptionData() {
    }

    public OptionData(String value, String label) {
        this.value = value;
        this.label = label;
    }

    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
}
