package com.acme.crm.quote.boundary;

import com.acme.crm.quote.entity.PriceList;
import com.acme.crm.quote.entity.PriceListEntry;
import com.acme.crm.quote.entity.Product;
import com.acme.crm.quote.entity.QuoteSettings;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.control.CurrentCaller;
import com.acme.crm.shared.api.ConcurrentEditException;
import com.acme.crm.shared.api.FieldError;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.Money;
import com.acme.crm.shared.api.NotFoundException;
import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.shared.control.InputValidation;
import com.acme.crm.shared.control.Inputs;
import com.acme.crm.shared.control.PagedList;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The product catalogue, price lists and quoting settings. Everyone selling reads them;
 * admins change them. Each method is one transaction.
 */
@Stateless
@LocalBean
@PermitAll
public class Catalogue implements CatalogueService {

    @PersistenceContext EntityManager em;
    @Inject CurrentCaller caller;
    @Inject InputValidation validation;
    @Inject PagedList pagedList;

    /** Search {@code q} in code and name; filter {@code family}; sort: code, name, family. */
    @Override
    public Page<ProductData> findProducts(PageQuery query) {
        caller.scope(); // support agents name the product a request concerns

        var spec = new PagedList.Spec<>(Product.class, (cb, p) -> {
            List<Predicate> where = new ArrayList<>();
            if (query.search() != null) {
                where.add(cb.or(PagedList.contains(cb, p.get("code"), query.search()), PagedList.contains(cb, p.get("name"), query.search())));
            }
            if (query.filter("family") != null) {
                where.add(cb.equal(p.get("family"), query.filter("family")));
            }
            return where;
        }, Map.of("code", p -> p.get("code"), "name", p -> p.get("name"), "family", p -> p.get("family")), "code");
        return pagedList.page(spec, query, Catalogue::toData);
    }

    public ProductData saveProduct(ProductData data) {
        caller.requireAnyRole(Role.ADMIN);
        validation.check(data);
        String code = data.getCode().strip().toUpperCase(Locale.ROOT);
        Product product = data.getId() == null ? new Product(code) : find(Product.class, data.getId(), "Product");
        if (data.getId() != null && (data.getVersion() == null || data.getVersion() != product.getVersion())) {
            throw new ConcurrentEditException("Product", code);
        }
        long sameCode = em.createQuery("select count(p) from Product p where p.code = :code and p.id <> :self", Long.class)
                .setParameter("code", code).setParameter("self", data.getId() == null ? -1L : data.getId()).getSingleResult();
        if (sameCode > 0) {
            throw new InvalidInputException("code", "another product has the code " + code);
        }
        product.describe(code, data.getName().strip(), Inputs.blankToNull(data.getFamily()), data.getUnit().strip(),
                Inputs.blankToNull(data.getDescription()), data.isActive());
        if (product.getId() == null) {
            em.persist(product);
        }
        em.flush();
        return toData(product);
    }

    @Override
    public List<PriceListData> priceLists() {
        caller.requireAnyRole(Quotes.SELLERS);
        return new ArrayList<>(em.createQuery("select l from PriceList l order by l.name", PriceList.class).getResultStream()
                .map(l -> toData(l, List.of())).toList());
    }

    /** A price list with all its prices (a price list holds one price per product, so it stays small). */
    @Override
    public PriceListData priceList(long id) {
        caller.requireAnyRole(Quotes.SELLERS);
        PriceList list = find(PriceList.class, id, "Price list");
        return toData(list, prices(list));
    }

    /** Saves the list's header and, when given, its prices (products left out keep theirs; a null price removes one). */
    public PriceListData savePriceList(PriceListData data) {
        caller.requireAnyRole(Role.ADMIN);
        validation.check(data);
        if (data.getValidFrom() != null && data.getValidTo() != null && data.getValidTo().isBefore(data.getValidFrom())) {
            throw new InvalidInputException("validTo", "must not be before the start of validity");
        }
        PriceList list = data.getId() == null ? new PriceList(data.getName().strip(), data.getCurrency())
                : find(PriceList.class, data.getId(), "Price list");
        if (data.getId() != null && (data.getVersion() == null || data.getVersion() != list.getVersion())) {
            throw new ConcurrentEditException("Price list", list.getName());
        }
        long sameName = em.createQuery("select count(l) from PriceList l where lower(l.name) = :name and l.id <> :self", Long.class)
                .setParameter("name", data.getName().strip().toLowerCase(Locale.ROOT))
                .setParameter("self", data.getId() == null ? -1L : data.getId()).getSingleResult();
        if (sameName > 0) {
            throw new InvalidInputException("name", "another price list has this name");
        }
        if (data.isDefaultList()) {
            em.createQuery("select l from PriceList l where l.defaultList = true", PriceList.class).getResultStream()
                    .filter(other -> other != list).forEach(PriceList::noLongerDefault);
        }
        list.describe(data.getName().strip(), data.getCurrency(), data.getValidFrom(), data.getValidTo(),
                data.isDefaultList(), data.isActive());
        if (list.getId() == null) {
            em.persist(list);
        }
        Map<Long, PriceListEntry> existing = new HashMap<>();
        prices(list).forEach(e -> existing.put(e.getProduct().getId(), e));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < data.getPrices().size(); i++) {
            PriceData price = data.getPrices().get(i);
            PriceListEntry entry = existing.get(price.getProductId());
            String decimals = Money.decimalsProblem(price.getListPrice(), list.getCurrency());
            if (price.getListPrice() == null) {
                if (entry != null) {
                    em.remove(entry);
                }
            } else if (price.getListPrice().signum() < 0) {
                errors.add(new FieldError("prices[" + i + "].listPrice", "must not be negative"));
            } else if (decimals != null) {
                errors.add(new FieldError("prices[" + i + "].listPrice", decimals));
            } else if (entry != null) {
                entry.reprice(price.getListPrice());
            } else {
                em.persist(new PriceListEntry(list, find(Product.class, price.getProductId(), "Product"), price.getListPrice()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.flush();
        return toData(list, prices(list));
    }

    @Override
    public QuoteSettingsData settings() {
        caller.requireAnyRole(Quotes.SELLERS);
        return toData(em.find(QuoteSettings.class, QuoteSettings.ID));
    }

    public QuoteSettingsData changeSettings(QuoteSettingsData data) {
        caller.requireAnyRole(Role.ADMIN);
        validation.check(data);
        QuoteSettings settings = em.find(QuoteSettings.class, QuoteSettings.ID);
        if (data.getVersion() == null || data.getVersion() != settings.getVersion()) {
            throw new ConcurrentEditException("Quote settings", "");
        }
        settings.change(data.getCompanyName().strip(), data.getCompanyAddress().strip(), Inputs.blankToNull(data.getCompanyTaxId()),
                data.getApprovalThreshold(), data.getDefaultTaxRate(), data.getDefaultValidityDays(), data.getPaymentDays());
        em.flush();
        return toData(settings);
    }

    private List<PriceListEntry> prices(PriceList list) {
        if (list.getId() == null) {
            return List.of();
        }
        return em.createQuery("select e from PriceListEntry e join fetch e.product where e.priceList = :list order by e.product.code",
                PriceListEntry.class).setParameter("list", list).getResultList();
    }

    private <T> T find(Class<T> type, long id, String name) {
        T found = em.find(type, id);
        if (found == null) {
            throw new NotFoundException(name, id);
        }
        return found;
    }

    static ProductData toData(Product p) {
        ProductData d = new ProductData();
        d.setId(p.getId());
        d.setVersion(p.getVersion());
        d.setCode(p.getCode());
        d.setName(p.getName());
        d.setFamily(p.getFamily());
        d.setUnit(p.getUnit());
        d.setDescription(p.getDescription());
        d.setActive(p.isActive());
        return d;
    }

    static PriceListData toData(PriceList l, List<PriceListEntry> entries) {
        PriceListData d = new PriceListData();
        d.setId(l.getId());
        d.setVersion(l.getVersion());
        d.setName(l.getName());
        d.setCurrency(l.getCurrency());
        d.setValidFrom(l.getValidFrom());
        d.setValidTo(l.getValidTo());
        d.setDefaultList(l.isDefaultList());
        d.setActive(l.isActive());
        d.setPrices(entries.stream().map(e -> new PriceData(e.getProduct().getId(), e.getProduct().getCode(), e.getProduct().getName(),
                e.getProduct().getUnit(), e.getListPrice())).toList());
        return d;
    }

    static QuoteSettingsData toData(QuoteSettings s) {
        QuoteSettingsData d = new QuoteSettingsData();
        d.setVersion(s.getVersion());
        d.setCompanyName(s.getCompanyName());
        d.setCompanyAddress(s.getCompanyAddress());
        d.setCompanyTaxId(s.getCompanyTaxId());
        d.setApprovalThreshold(s.getApprovalThreshold());
        d.setDefaultTaxRate(s.getDefaultTaxRate());
        d.setDefaultValidityDays(s.getDefaultValidityDays());
        d.setPaymentDays(s.getPaymentDays());
        return d;
    }

}
