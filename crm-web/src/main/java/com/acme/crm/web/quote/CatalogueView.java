package com.acme.crm.web.quote;

import com.acme.crm.quote.boundary.Catalogue;
import com.acme.crm.quote.boundary.PriceData;
import com.acme.crm.quote.boundary.PriceListData;
import com.acme.crm.quote.boundary.ProductData;
import com.acme.crm.quote.boundary.QuoteSettingsData;
import com.acme.crm.shared.api.BusinessException;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.web.shared.FacesMessages;
import com.acme.crm.web.shared.RecordPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.event.RowEditEvent;

/** Admin: products, price lists with a price per product, and the quoting settings (company, approval threshold). */
@Named
@ViewScoped
public class CatalogueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Catalogue catalogue;
    @Inject FacesMessages messages;

    private ArrayList<ProductData> products;
    private ArrayList<PriceListData> priceLists;
    private PriceListData priceList;
    private ProductData newProduct = new ProductData();
    private PriceListData newPriceList = freshList();
    private QuoteSettingsData settings;

    public void load() {
        settings = RecordPage.open(() -> catalogue.settings());
        products = new ArrayList<>(catalogue.findProducts(new PageQuery(0, 200, "code", true, null, null)).getItems());
        priceLists = new ArrayList<>(catalogue.priceLists());
        if (priceList == null && !priceLists.isEmpty()) {
            choose(priceLists.get(0).getId());
        }
    }

    public void saveProduct(RowEditEvent<ProductData> event) {
        saveProduct(event.getObject());
    }

    public void addProduct() {
        if (saveProduct(newProduct)) {
            newProduct = new ProductData();
        }
    }

    public void choose(Long id) {
        if (id == null) {
            return;
        }
        priceList = catalogue.priceList(id);
        // every product gets a row, so that a missing price can be added in place
        List<PriceData> rows = new ArrayList<>();
        for (ProductData product : products) {
            rows.add(priceList.getPrices().stream().filter(p -> p.getProductId() == product.getId()).findFirst()
                    .orElse(new PriceData(product.getId(), product.getCode(), product.getName(), product.getUnit(), null)));
        }
        priceList.setPrices(rows);
    }

    public void savePriceList() {
        try {
            priceList = catalogue.savePriceList(priceList);
            messages.info("priceListSaved", priceList.getName());
            load();
            choose(priceList.getId());
        } catch (BusinessException e) {
            messages.refused(e, Map.of());
        }
    }

    public void addPriceList() {
        try {
            PriceListData saved = catalogue.savePriceList(newPriceList);
            messages.info("priceListSaved", saved.getName());
            newPriceList = freshList();
            load();
            choose(saved.getId());
        } catch (BusinessException e) {
            messages.refused(e, Map.of("name", "lists:newName", "currency", "lists:newCurrency"));
        }
    }

    public void saveSettings() {
        try {
            settings = catalogue.changeSettings(settings);
            messages.info("quoteSettings.saved");
        } catch (BusinessException e) {
            messages.refused(e, Map.of("approvalThreshold", "settings:threshold", "companyName", "settings:companyName"));
        }
    }

    private boolean saveProduct(ProductData product) {
        try {
            catalogue.saveProduct(product);
            messages.info("productSaved", product.getName());
            return true;
        } catch (BusinessException e) {
            messages.refused(e, product == newProduct ? Map.of("code", "products:newCode", "name", "products:newName",
                    "unit", "products:newUnit") : Map.of());
            return false;
        } finally {
            load();
        }
    }

    private static PriceListData freshList() {
        PriceListData list = new PriceListData();
        list.setCurrency("EUR");
        return list;
    }

    public Long getPriceListId() { return priceList == null ? null : priceList.getId(); }
    public void setPriceListId(Long id) { choose(id); }
    public List<ProductData> getProducts() { return products; }
    public List<PriceListData> getPriceLists() { return priceLists; }
    public PriceListData getPriceList() { return priceList; }
    public ProductData getNewProduct() { return newProduct; }
    public PriceListData getNewPriceList() { return newPriceList; }
    public QuoteSettingsData getSettings() { return settings; }
}
