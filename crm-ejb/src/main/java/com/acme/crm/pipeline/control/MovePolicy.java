package com.acme.crm.pipeline.control;

import com.acme.crm.pipeline.entity.Stage;
import com.acme.crm.shared.api.AccessDeniedException;
import com.acme.crm.shared.api.CriteriaNotMetException;
import com.acme.crm.shared.api.FieldError;
import com.acme.crm.shared.api.InvalidInputException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether a deal may move from one stage to another: moving backwards is allowed (and
 * recorded as such), reopening a closed deal is a manager's action, and a stage's unmet entry
 * criteria refuse the move unless a manager overrides them with a reason.
 */
public final class MovePolicy {

    private MovePolicy() {
    }

    /**
     * @return the override text to record with the move, or null when every criterion was met
     */
    public static String check(String dealName, Stage from, Stage to, List<FieldError> missing, String overrideReason,
            boolean isManager) {
        if (!to.isActive()) {
            throw new InvalidInputException("stageId", "stage " + to.getName() + " is no longer used");
        }
        if (from == to || from.getId() != null && from.getId().equals(to.getId())) {
            throw new InvalidInputException("stageId", "the deal is already in " + to.getName());
        }
        if (from.isClosed() && !isManager) {
            throw new AccessDeniedException("\"" + dealName + "\" is closed (" + from.getName()
                    + "); reopening a closed deal is a manager's action");
        }
        if (missing.isEmpty()) {
            return null;
        }
        boolean overriding = overrideReason != null && !overrideReason.isBlank();
        if (!overriding || !isManager) {
            throw new CriteriaNotMetException("Cannot move \"" + dealName + "\" to " + to.getName(), missing,
                    isManager ? "Complete the deal, or override with a reason." : "Complete the deal, or ask your manager to override.");
        }
        return overrideReason.strip() + " (overrode: "
                + missing.stream().map(FieldError::getMessage).collect(Collectors.joining("; ")) + ")";
    }
}
