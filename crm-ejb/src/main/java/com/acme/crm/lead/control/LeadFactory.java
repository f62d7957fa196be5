package com.acme.crm.lead.control;

import com.acme.crm.shared.control.Inputs;
import com.acme.crm.lead.boundary.LeadData;
import com.acme.crm.lead.entity.Lead;
import java.time.LocalDate;

/** Fills a lead from caller input and scores it: one way for the UI, REST, remote callers and imports. */
public final class LeadFactory {

    private LeadFactory() {
    }

    public static void apply(Lead lead, LeadData data, LeadMapping mapping) {
        lead.describePerson(Inputs.blankToNull(data.getFirstName()), data.getLastName().strip(),
                Inputs.blankToNull(data.getTitle()), Inputs.blankToNull(data.getEmail()),
                Inputs.blankToNull(data.getPhone()));
        lead.describeCompany(Inputs.blankToNull(data.getCompany()), Inputs.blankToNull(data.getIndustry()),
                data.getEmployees(), Inputs.blankToNull(data.getRegion()), Inputs.blankToNull(data.getCountry()));
        lead.attribute(data.getSource(), Inputs.blankToNull(data.getCampaign()));
        lead.assess(mapping.bantOf(data), Inputs.blankToNull(data.getNotes()));
    }

    /** The lead's score as things stand, without changing the lead. */
    public static LeadScoring.Score score(Lead lead, ScoringRules rules, int recentActivities, LocalDate today) {
        return LeadScoring.score(
                new LeadScoring.Profile(lead.getBant(), lead.getIndustry(), lead.getEmployees(), recentActivities),
                rules, today);
    }

    public static LeadScoring.Score rescore(Lead lead, ScoringRules rules, int recentActivities, LocalDate today) {
        LeadScoring.Score score = score(lead, rules, recentActivities, today);
        lead.rescore(score.total(), score.rating());
        return score;
    }

    /** What makes two import rows "the same lead": e-mail, phone, person and company in their normal forms. */
    public static String importKey(Lead lead) {
        String identity = String.join("|", nullToEmpty(lead.getEmailNorm()), nullToEmpty(lead.getPhoneNorm()),
                nullToEmpty(lead.getPersonNorm()), nullToEmpty(lead.getCompanyNorm()));
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(identity.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
