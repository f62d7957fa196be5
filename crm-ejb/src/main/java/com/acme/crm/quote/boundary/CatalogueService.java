package com.acme.crm.quote.boundary;

import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import java.util.List;

/**
 * The product catalogue and price lists, read by other Jakarta EE applications (a web shop,
 * an ERP comparing prices). Changes stay with the CRM's admins in the UI and REST. The remote
 * view of {@link Catalogue}, declared in META-INF/ejb-jar.xml.
 */
public interface CatalogueService {

    /** Search {@code q} in code and name; filter {@code family}; sort: code, name, family. */
    Page<ProductData> findProducts(PageQuery query);

    /** Sellers: the price lists, without their prices. */
    List<PriceListData> priceLists();

    /** Sellers: one price list with all its prices. */
    PriceListData priceList(long id);

    /** Sellers: the quote settings (validity, approval threshold, tax bands). */
    QuoteSettingsData settings();
}
