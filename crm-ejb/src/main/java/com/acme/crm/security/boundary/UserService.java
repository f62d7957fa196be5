package com.acme.crm.security.boundary;

import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import java.util.List;

/**
 * Users and teams, read by other Jakarta EE applications (a directory sync, a telephony
 * system routing calls to the owner). The remote view of {@link Users}, declared in
 * META-INF/ejb-jar.xml. Creating and changing users stays with the CRM's admins.
 */
public interface UserService {

    /** Who the caller is in the CRM: id, roles and team. */
    CallerData me();

    /** Admins: all users; search {@code q} in user name and display name. */
    Page<UserData> findUsers(PageQuery query);

    /** Admins: one user. */
    UserData getUser(long id);

    List<TeamData> teams();

    /** Active users who can own accounts, contacts and deals. */
    List<OwnerData> owners();

    /** Active support agents: who can be assigned service requests. */
    List<OwnerData> agents();
}
