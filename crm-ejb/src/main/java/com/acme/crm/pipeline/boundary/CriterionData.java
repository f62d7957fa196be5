package com.acme.crm.pipeline.boundary;

import java.io.Serializable;

/** An entry criterion an admin can require for a stage. */
public class CriterionData implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String description;

    public CriterionData() {
    }

    public CriterionData(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String getCode() { return code; }
    public String getDescription() { return description; }
}
