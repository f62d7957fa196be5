package com.acme.crm.event.control;

import com.acme.crm.event.entity.WebhookDelivery;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Sends the due webhook deliveries, every 10 seconds on every instance: each is taken under a
 * row lock with a lease (one instance sends it; after a crash another takes it over when the
 * lease ends), POSTed with its signature, and its answer recorded. No transaction is open while
 * a receiver takes its time.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookSender {

    static final int BATCH = 50;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WebhookAttempts attempts;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "webhook deliveries")
    void sendDueDeliveries() {
        sendDue();
    }

    /** Sends what is due now; returns how many attempts were made. */
    public int sendDue() {
        List<Long> due = em.createQuery("select d.id from WebhookDelivery d where d.status = :pending and d.nextAttemptAt <= :now"
                        + " and d.webhook.active = true order by d.eventPosition", Long.class)
                .setParameter("pending", WebhookDelivery.Status.PENDING).setParameter("now", clock.instant())
                .setMaxResults(BATCH).getResultList();
        int tried = 0;
        for (long id : due) {
            WebhookAttempts.Attempt attempt = attempts.take(id);
            if (attempt != null) {
                send(attempt);
                tried++;
            }
        }
        return tried;
    }

    private void send(WebhookAttempts.Attempt attempt) {
        long timestamp = clock.instant().getEpochSecond();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(attempt.url())).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/cloudevents+json")
                    .header("webhook-id", attempt.eventId())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(attempt.secret(), attempt.eventId(), timestamp, attempt.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(attempt.body())).build();
            HttpResponse<Void> response = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                attempts.succeeded(attempt.deliveryId(), response.statusCode());
            } else {
                attempts.failed(attempt.deliveryId(), response.statusCode(), "the receiver answered " + response.statusCode());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            attempts.failed(attempt.deliveryId(), null, "interrupted while sending");
        } catch (java.net.http.HttpTimeoutException e) {
            attempts.failed(attempt.deliveryId(), null, "the receiver did not answer within 10 seconds");
        } catch (java.net.ConnectException e) {
            attempts.failed(attempt.deliveryId(), null, "the receiver refused the connection");
        } catch (IllegalArgumentException | java.io.IOException e) {
            attempts.failed(attempt.deliveryId(), null, "could not reach the receiver");
        }
    }
}
