package com.acme.crm.account.boundary;

import com.acme.crm.shared.api.Address;
import com.acme.crm.shared.api.InputRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer or prospect company as callers read and write it. {@code version} must be sent
 * back unchanged on update: it is how a concurrent edit by someone else is detected.
 * {@code duplicateWarnings} is filled on answers to create and update when accounts with the
 * same normalised name or web domain already exist. Times are ISO-8601 instants in UTC
 * (strings, so that they cross IIOP without opening JDK modules and read well in JSON).
 */
public class AccountData implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long version;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 100)
    private String industry;

    @PositiveOrZero
    private Integer employees;

    private RevenueBand revenueBand;

    @Size(max = 200)
    @Pattern(regexp = "^$|^(https?://)?[A-Za-z0-9.-]+\\.[A-Za-z]{2,}(/.*)?$", message = "must be a web address such as www.example.com")
    private String website;

    @Size(max = 50)
    @Pattern(regexp = InputRules.PHONE, message = InputRules.PHONE_MESSAGE)
    private String phone;

    @Valid
    @NotNull
    private Address address = new Address();

    private Long ownerId;
    private String ownerName;
    private Long parentId;
    private String parentName;
    private String createdAt;
    private String createdBy;
    private String updatedAt;
    private String updatedBy;
    private ArrayList<String> duplicateWarnings = new ArrayList<>();

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { this.industry = industry; }
    public Integer getEmployees() { return employees; }
    public void setEmployees(Integer employees) { this.employees = employees; }
    public RevenueBand getRevenueBand() { return revenueBand; }
    public void setRevenueBand(RevenueBand revenueBand) { this.revenueBand = revenueBand; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public Address getAddress() { return address; }
    public void setAddress(Address address) { this.address = address == null ? new Address() : address; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public String getOwnerName() { return ownerName; }
    public void setOwnerName(String ownerName) { this.ownerName = ownerName; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public String getParentName() { return parentName; }
    public void setParentName(String parentName) { this.parentName = parentName; }
    public String getCreatedAt() { return createdAt; }
    public void setCreatedAt(String createdAt) { this.createdAt = createdAt; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public String getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(String updatedAt) { this.updatedAt = updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }
    public List<String> getDuplicateWarnings() { return duplicateWarnings; }
    public void setDuplicateWarnings(List<String> warnings) {
        this.duplicateWarnings = warnings == null ? new ArrayList<>() : new ArrayList<>(warnings);
    }
}
