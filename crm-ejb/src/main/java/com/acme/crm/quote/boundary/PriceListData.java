package com.acme.crm.quote.boundary;

import com.acme.crm.shared.api.CurrencyCode;
import com.acme.crm.shared.api.InputDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A price list with its prices (when read one by one). */
public class PriceListData implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long version;
    @NotBlank(message = "is required")
    @Size(max = 100, message = "is longer than 100 characters")
    private String name;
    @NotNull(message = "is required")
    @CurrencyCode
    private String currency;
    @InputDate
    private LocalDate validFrom;
    @InputDate
    private LocalDate validTo;
    private boolean defaultList;
    private boolean active = true;
    private ArrayList<PriceData> prices = new ArrayList<>();

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    public boolean isDefaultList() { return defaultList; }
    public void setDefaultList(boolean defaultList) { this.defaultList = defaultList; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public List<PriceData> getPrices() { return prices; }
    public void setPrices(List<PriceData> prices) { this.prices = prices == null ? new ArrayList<>() : new ArrayList<>(prices); }
}
