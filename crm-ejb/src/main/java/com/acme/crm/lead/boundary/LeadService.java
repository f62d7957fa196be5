package com.acme.crm.lead.boundary;

import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import java.util.List;

/**
 * Leads for other Jakarta EE applications (web forms, call-centre systems), over IIOP, with
 * the same roles and visibility as the UI and REST: sales reps and managers see their own
 * and their team's leads, admins all. The remote view of {@link Leads} (see ejb-jar.xml);
 * lookup {@code java:global/crm/crm-ejb/Leads!com.acme.crm.lead.boundary.LeadService}.
 */
public interface LeadService {

    /** Filters: status, rating, source, owner (id or {@code me}), campaign; sort: score (default, highest first), lastName, company, createdAt. */
    Page<LeadData> findLeads(PageQuery query);

    LeadData getLead(long id);

    /** Creates a lead owned by the caller (or by {@code ownerId} if the caller may assign); the answer lists likely duplicates. */
    LeadData createLead(LeadData lead);

    LeadData updateLead(LeadData lead);

    /** Refused with the missing BANT fields when the admin's minimum is not met. */
    LeadData qualifyLead(long id, long version);

    LeadData disqualifyLead(long id, long version, long reasonId, String note);

    LeadData reopenLead(long id, long version);

    ConversionPreviewData previewConversion(long id);

    /** One transaction: account, contact and opportunity are all created (or reused), or nothing is. */
    LeadData convertLead(long id, ConversionData decision);

    List<ReasonData> disqualificationReasons();
}
