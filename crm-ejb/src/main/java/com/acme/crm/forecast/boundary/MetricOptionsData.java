package com.acme.crm.forecast.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What the caller can filter the metrics by: the teams and reps they may see, products, regions, lead sources, currencies. */
public class MetricOptionsData implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<OptionData> teams = new ArrayList<>();
    private List<OptionData> reps = new ArrayList<>();
    private List<OptionData> products = new ArrayList<>();
    private List<String> regions = new ArrayList<>();
    private List<String> leadSources = new ArrayList<>();
    private List<String> currencies = new ArrayList<>();

    public List<OptionData> getTeams() { return teams; }
    public void setTeams(List<OptionData> teams) { this.teams = teams; }
    public List<OptionData> getReps() { return reps; }
    public void setReps(List<OptionData> reps) { this.reps = reps; }
    public List<OptionData> getProducts() { return products; }
    public void setProducts(List<OptionData> products) { this.products = products; }
    public List<String> getRegions() { return regions; }
    public void setRegions(List<String> regions) { this.regions = regions; }
    public List<String> getLeadSources() { return leadSources; }
    public void setLeadSources(List<String> leadSources) { this.leadSources = leadSources; }
    public List<String> getCurrencies() { return currencies; }
    public void setCurrencies(List<String> currencies) { this.currencies = currencies; }
}
