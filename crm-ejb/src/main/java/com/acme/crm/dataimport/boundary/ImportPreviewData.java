package com.acme.crm.dataimport.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a file holds before it is imported: its columns, the first rows, and the proposed mapping field → column. */
public class ImportPreviewData implements Serializable {

    private static final long serialVersionUID = 1L;

    private ArrayList<String> columns = new ArrayList<>();
    private ArrayList<ArrayList<String>> firstRows = new ArrayList<>();
    private int totalRows;
    private LinkedHashMap<String, String> mapping = new LinkedHashMap<>();
    private ArrayList<String> fields = new ArrayList<>();

    public List<String> getColumns() { return columns; }
    public void setColumns(List<String> columns) { this.columns = new ArrayList<>(columns); }
    public List<ArrayList<String>> getFirstRows() { return firstRows; }
    public void setFirstRows(List<ArrayList<String>> rows) { this.firstRows = new ArrayList<>(rows); }
    public int getTotalRows() { return totalRows; }
    public void setTotalRows(int totalRows) { this.totalRows = totalRows; }
    public Map<String, String> getMapping() { return mapping; }
    public void setMapping(Map<String, String> mapping) { this.mapping = new LinkedHashMap<>(mapping); }
    public List<String> getFields() { return fields; }
    public void setFields(List<String> fields) { this.fields = new ArrayList<>(fields); }
}
