package com.acme.crm.web.quote;

import com.acme.crm.quote.boundary.QuoteData;
import com.acme.crm.quote.boundary.Quotes;
import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/** A manager's approval queue: quotes of their teams whose discount waits for a decision. */
@Named
@ViewScoped
public class ApprovalsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Quotes quotes;

    private final PagedModel<QuoteData> model = new PagedModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<QuoteData> fetch(PageQuery query) {
            return quotes.findQuotes(query);
        }

        @Override
        protected String search() {
            return null;
        }

        @Override
        protected Map<String, String> filters() {
            return Map.of("approval", "pending");
        }
    };

    public PagedModel<QuoteData> getModel() { return model; }
}
