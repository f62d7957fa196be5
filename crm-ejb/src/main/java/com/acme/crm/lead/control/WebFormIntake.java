package com.acme.crm.lead.control;

import com.acme.crm.lead.boundary.LeadData;
import com.acme.crm.lead.boundary.WebFormEntry;
import com.acme.crm.lead.entity.WebForm;
import com.acme.crm.lead.entity.WebFormSubmission;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.TooManyRequestsException;
import com.acme.crm.shared.control.Inputs;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The rules of a post to a public web form: its rate limits (counted in the database under the
 * form's row lock, so that every instance counts the same posts), the honeypot, and how the
 * visitor's entry becomes a lead's input.
 */
@Dependent
public class WebFormIntake {

    /** The honeypot field: hidden from people on the site, so only a robot fills it in. */
    public static final String HONEYPOT = "fax";
    /** The fields a form may post (the honeypot among them), each with where it goes. */
    public static final Map<String, BiConsumer<WebFormEntry, String>> FIELDS = fields();
    public static final int PER_SENDER = 5;
    public static final Duration SENDER_WINDOW = Duration.ofMinutes(10);
    public static final int PER_FORM = 500;
    public static final Duration FORM_WINDOW = Duration.ofHours(1);
    /** Posts are remembered this long, then forgotten. */
    static final Duration KEPT = Duration.ofDays(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    private static Map<String, BiConsumer<WebFormEntry, String>> fields() {
        Map<String, BiConsumer<WebFormEntry, String>> fields = new LinkedHashMap<>();
        fields.put("firstName", WebFormEntry::setFirstName);
        fields.put("lastName", WebFormEntry::setLastName);
        fields.put("email", WebFormEntry::setEmail);
        fields.put("phone", WebFormEntry::setPhone);
        fields.put("company", WebFormEntry::setCompany);
        fields.put("title", WebFormEntry::setTitle);
        fields.put("country", WebFormEntry::setCountry);
        fields.put("message", WebFormEntry::setMessage);
        fields.put(HONEYPOT, WebFormEntry::setFax);
        return Collections.unmodifiableMap(fields);
    }

    /** A new form's key: 24 random bytes, URL-safe, unguessable. */
    public static String newKey() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Refuses the post when the sender or the form is over its limit; call with the form's row
     * locked, so that two instances cannot both let the sixth post through.
     */
    public void requireWithinLimits(WebForm form, String address, Instant now) {
        String sender = sender(form, address);
        Instant oldestOfSender = oldestWithin(form, sender, now.minus(SENDER_WINDOW), PER_SENDER);
        if (oldestOfSender != null) {
            throw new TooManyRequestsException("Too many posts from your address: please try again in a few minutes.",
                    secondsUntil(oldestOfSender.plus(SENDER_WINDOW), now));
        }
        Instant oldestOfForm = oldestWithin(form, null, now.minus(FORM_WINDOW), PER_FORM);
        if (oldestOfForm != null) {
            throw new TooManyRequestsException("This form is receiving too many posts: please try again later.",
                    secondsUntil(oldestOfForm.plus(FORM_WINDOW), now));
        }
    }

    /** Counts the post towards the limits and forgets posts older than a day. */
    public void record(WebForm form, String address, Instant now) {
        em.createQuery("delete from WebFormSubmission s where s.form = :form and s.submittedAt < :before")
                .setParameter("form", form).setParameter("before", now.minus(KEPT)).executeUpdate();
        em.persist(new WebFormSubmission(form, now, sender(form, address)));
    }

    /** A robot's post: the honeypot field holds something. */
    public static boolean isRobot(WebFormEntry entry) {
        return entry.getFax() != null && !entry.getFax().isBlank();
    }

    /** The lead's input: the visitor's fields, the form's source and campaign, the message as notes. */
    public static LeadData leadInput(WebForm form, WebFormEntry entry) {
        if (Inputs.blankToNull(entry.getEmail()) == null && Inputs.blankToNull(entry.getPhone()) == null) {
            throw new InvalidInputException("email", "is required unless a phone number is given: we need a way to answer");
        }
        LeadData data = new LeadData();
        data.setFirstName(entry.getFirstName());
        data.setLastName(entry.getLastName());
        data.setEmail(entry.getEmail() == null ? null : entry.getEmail().strip());
        data.setPhone(entry.getPhone());
        data.setCompany(entry.getCompany());
        data.setTitle(entry.getTitle());
        data.setCountry(entry.getCountry());
        data.setNotes(entry.getMessage());
        data.setSource(form.getSource());
        data.setCampaign(form.getCampaign());
        return data;
    }

    /**
     * The oldest of the last {@code limit} posts inside the window when there are that many
     * (the post that must age out before the next is let in), else null.
     */
    private Instant oldestWithin(WebForm form, String sender, Instant since, int limit) {
        var query = em.createQuery("select s.submittedAt from WebFormSubmission s where s.form = :form"
                        + " and s.submittedAt > :since" + (sender == null ? "" : " and s.sender = :sender")
                        + " order by s.submittedAt desc", Instant.class)
                .setParameter("form", form).setParameter("since", since);
        if (sender != null) {
            query.setParameter("sender", sender);
        }
        List<Instant> newest = query.setMaxResults(limit).getResultList();
        return newest.size() < limit ? null : newest.get(newest.size() - 1);
    }

    private static long secondsUntil(Instant then, Instant now) {
        return Math.max(1, Duration.between(now, then).toSeconds() + 1);
    }

    /** Who posted, as a hash keyed by the form: countable, but not the visitor's address. */
    private static String sender(WebForm form, String address) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((form.getKey() + "|" + (address == null ? "" : address)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
