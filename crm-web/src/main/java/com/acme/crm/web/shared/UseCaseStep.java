package com.acme.crm.web.shared;

import com.acme.crm.shared.api.BusinessException;
import com.acme.crm.shared.api.ConcurrentEditException;
import java.io.Serializable;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How a record page runs one use case of its boundary: on success the page takes the fresh
 * record and says what happened; on a refusal it says why (next to the field when the rule
 * names one) and remembers whether someone else saved meanwhile, so that the page can offer
 * to reload. One place for what every record page does the same way.
 */
public final class UseCaseStep implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldToClientId;
    private boolean conflict;

    public UseCaseStep(Map<String, String> fieldToClientId) {
        this.fieldToClientId = fieldToClientId;
    }

    /**
     * @param step     the boundary call
     * @param accept   takes the record the call returned
     * @param done     the message key saying it worked (its arguments from {@code arguments})
     * @return whether the step succeeded
     */
    public <T> boolean run(FacesMessages messages, Supplier<T> step, Consumer<T> accept, String done,
            java.util.function.Function<T, Object[]> arguments) {
        try {
            T result = step.get();
            accept.accept(result);
            conflict = false;
            messages.info(done, arguments.apply(result));
            return true;
        } catch (ConcurrentEditException e) {
            conflict = true;
            messages.refused(e, fieldToClientId);
        } catch (BusinessException e) {
            conflict = false;
            messages.refused(e, fieldToClientId);
        }
        return false;
    }

    public boolean isConflict() {
        return conflict;
    }

    public void resolved() {
        conflict = false;
    }
}
