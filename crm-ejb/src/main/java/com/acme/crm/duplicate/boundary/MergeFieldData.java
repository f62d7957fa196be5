package com.acme.crm.duplicate.boundary;

import java.io.Serializable;

/** One field of two records side by side, as the merge screen shows it. */
public class MergeFieldData implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String label;
    private String survivorValue;
    private String duplicateValue;

    public MergeFieldData() {
    }

    public MergeFieldData(String name, String label, String survivorValue, String duplicateValue) {
        this.name = name;
        this.label = label;
        this.survivorValue = survivorValue;
        this.duplicateValue = duplicateValue;
    }

    /** Only differing fields need a decision. */
    public boolean isDifferent() {
        return !survivorValue.equals(duplicateValue);
    }

    public String getName() { return name; }
    public String getLabel() { return label; }
    public String getSurvivorValue() { return survivorValue; }
    public String getDuplicateValue() { return duplicateValue; }
    public void setName(String name) { this.name = name; }
    public void setLabel(String label) { this.label = label; }
    public void setSurvivorValue(String survivorValue) { this.survivorValue = survivorValue; }
    public void setDuplicateValue(String duplicateValue) { this.duplicateValue = duplicateValue; }
}
