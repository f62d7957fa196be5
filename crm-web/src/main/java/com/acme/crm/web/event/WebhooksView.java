package com.acme.crm.web.event;

import com.acme.crm.event.boundary.EventType;
import com.acme.crm.event.boundary.WebhookData;
import com.acme.crm.event.boundary.WebhookDeliveryData;
import com.acme.crm.event.boundary.Webhooks;
import com.acme.crm.shared.api.BusinessException;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.web.shared.FacesMessages;
import com.acme.crm.web.shared.RecordPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Admin: the webhooks, registering one (its secret shown once), switching them on and off, and a hook's delivery log. */
@Named
@ViewScoped
public class WebhooksView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("url", "register:url", "eventTypes[0]", "register:types");

    @Inject Webhooks webhooks;
    @Inject FacesMessages messages;

    private List<WebhookData> hooks;
    private WebhookData draft = new WebhookData();
    private String secret;
    private Long shownId;
    private List<WebhookDeliveryData> deliveries = List.of();

    public void load() {
        hooks = RecordPage.open(() -> webhooks.webhooks());
    }

    public void register() {
        try {
            WebhookData created = webhooks.register(draft);
            secret = created.getSecret();
            draft = new WebhookData();
            hooks = webhooks.webhooks();
            messages.info("webhook.registered", created.getUrl());
        } catch (BusinessException e) {
            messages.refused(e, FIELDS);
        }
    }

    public void switchOver(WebhookData hook) {
        try {
            hook.setActive(!hook.isActive());
            webhooks.change(hook);
            messages.info(hook.isActive() ? "webhook.on" : "webhook.off", hook.getUrl());
        } catch (BusinessException e) {
            messages.refused(e, Map.of());
        }
        hooks = webhooks.webhooks();
    }

    public void remove(WebhookData hook) {
        try {
            webhooks.remove(hook.getId());
            messages.info("webhook.removed", hook.getUrl());
            if (hook.getId().equals(shownId)) {
                shownId = null;
                deliveries = List.of();
            }
        } catch (BusinessException e) {
            messages.refused(e, Map.of());
        }
        hooks = webhooks.webhooks();
    }

    public void show(WebhookData hook) {
        shownId = hook.getId();
        deliveries = webhooks.deliveries(hook.getId(), new PageQuery(0, 50)).getItems();
    }

    /** The events a hook wants: all, the one type, or the types listed. */
    public String events(WebhookData hook) {
        return hook.getEventTypes().isEmpty() ? "all" : String.join(", ", hook.getEventTypes().stream()
                .map(t -> t.substring(EventType.PREFIX.length())).toList());
    }

    /** The receiver's last answer: its HTTP status, or why it could not be reached. */
    public String lastAnswer(WebhookDeliveryData delivery) {
        if (delivery.getLastStatus() == null) {
            return delivery.getLastError() == null ? "" : delivery.getLastError();
        }
        return "HTTP " + delivery.getLastStatus() + (delivery.getLastError() == null ? "" : " · " + delivery.getLastError());
    }

    public List<String> getTypes() {
        return Arrays.stream(EventType.values()).map(EventType::type).toList();
    }

    public String shown() {
        return hooks.stream().filter(h -> h.getId().equals(shownId)).map(WebhookData::getUrl).findFirst().orElse("");
    }

    public List<WebhookData> getHooks() { return hooks; }
    public WebhookData getDraft() { return draft; }
    public String getSecret() { return secret; }
    public Long getShownId() { return shownId; }
    public List<WebhookDeliveryData> getDeliveries() { return deliveries; }
}
