package com.acme.crm.service.boundary;

import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;

/**
 * Service requests for other Jakarta EE applications (a call-centre system, a web portal):
 * open and query requests, add notes. Callers must be authenticated; support agents work all
 * requests, reps and managers see the requests of the accounts they see.
 *
 * <p>The remote view of {@link ServiceRequests}, declared in META-INF/ejb-jar.xml.
 */
public interface ServiceRequestService {

    /** Filters: status (open, or a status), queue=true (open and unassigned), assignee (id or me), account, priority, breached=true. */
    Page<ServiceRequestData> findRequests(PageQuery query);

    ServiceRequestData getRequest(long id);

    /** Opens a request; its SLA due times are computed from the priority's targets in business time. */
    ServiceRequestData openRequest(ServiceRequestData request);

    ServiceRequestData addNote(long id, long version, String note, boolean customerVisible);
}
