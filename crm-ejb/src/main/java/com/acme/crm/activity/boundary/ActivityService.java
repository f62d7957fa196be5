package com.acme.crm.activity.boundary;

import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import java.util.List;

/**
 * Activities for other Jakarta EE applications (a telephony system logging calls, a calendar
 * logging meetings): log, change and complete them, read the caller's open ones and a
 * record's timeline. The remote view of {@link Activities}, declared in META-INF/ejb-jar.xml;
 * the same roles and visibility as in the UI.
 */
public interface ActivityService {

    /** The caller's open activities, soonest first; filter {@code overdue=true} for the overdue list. */
    Page<ActivityData> myOpenActivities(PageQuery query);

    /** Everything that happened with a record, newest first. recordType: lead, contact, account, opportunity. */
    List<ActivityData> timeline(String recordType, long id);

    /** Logs a call, e-mail, meeting or task against the record it names. */
    ActivityData log(ActivityData activity);

    ActivityData update(ActivityData activity);

    ActivityData complete(long id, long version, String outcome);
}
