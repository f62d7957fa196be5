package com.acme.crm.quote.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A product in the catalogue. */
public class ProductData implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long version;
    @NotBlank(message = "is required")
    @Size(max = 40, message = "is longer than 40 characters")
    private String code;
    @NotBlank(message = "is required")
    @Size(max = 200, message = "is longer than 200 characters")
    private String name;
    @Size(max = 100, message = "is longer than 100 characters")
    private String family;
    @NotBlank(message = "is required (piece, licence, hour, month...)")
    @Size(max = 20, message = "is longer than 20 characters")
    private String unit;
    @Size(max = 2000, message = "is longer than 2000 characters")
    private String description;
    private boolean active = true;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getFamily() { return family; }
    public void setFamily(String family) { this.family = family; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
