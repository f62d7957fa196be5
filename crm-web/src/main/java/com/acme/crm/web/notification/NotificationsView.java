package com.acme.crm.web.notification;

import com.acme.crm.notification.boundary.NotificationData;
import com.acme.crm.notification.boundary.Notifications;
import com.acme.crm.shared.api.PageQuery;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The bell in the menu bar: how many notifications are unread, the latest ones, and "mark all read". */
@Named
@RequestScoped
public class NotificationsView {

    @Inject
    Notifications notifications;

    private Long unread;
    private List<NotificationData> latest;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }

    public List<NotificationData> getLatest() {
        if (latest == null) {
            latest = notifications.mine(new PageQuery(0, 10)).getItems();
        }
        return latest;
    }

    public void markAllRead() {
        notifications.markAllRead();
        unread = null;
        latest = null;
    }
}
