package com.acme.crm.service.boundary;

import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;

/**
 * Service requests for other Jakarta EE applications (a call-centre system, a web portal):
 * open and query requests, work them through their course (assign, take, start, wait on the
 * customer, resume, resolve, close, reopen) and add notes. Callers must be authenticated;
 * support agents work all requests, reps and managers see the requests of the accounts they
 * see and may open them and add notes, but not change their course. Every change carries the
 * version read: a request changed by someone else meanwhile gives ConcurrentEditException.
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

    /** What the request is about, its visit and its priority (support only: a new priority recomputes the due times). */
    ServiceRequestData updateRequest(ServiceRequestData request);

    /** Support: assigns the request to an agent, or to the caller when agentId is null ("take"). */
    ServiceRequestData assign(long id, long version, Long agentId);

    ServiceRequestData startWork(long id, long version);

    /** Pauses the SLA clock until the customer answers. */
    ServiceRequestData waitOnCustomer(long id, long version);

    ServiceRequestData resume(long id, long version);

    /** Resolution is required; satisfaction (1 to 5) is optional. */
    ServiceRequestData resolve(long id, long version, String resolution, Integer satisfaction);

    ServiceRequestData close(long id, long version, Integer satisfaction);

    /** Reopens a resolved or closed request within the reopen period. */
    ServiceRequestData reopen(long id, long version);
}
