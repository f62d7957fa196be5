package com.acme.crm.web.shared;

import com.acme.crm.shared.api.AccessDeniedException;
import com.acme.crm.shared.api.BusinessException;
import com.acme.crm.shared.api.NotFoundException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/** Opening a record by URL: a record the user may not see answers 403, a missing one 404. */
public final class RecordPage {

    private RecordPage() {
    }

    public static <T> T open(Supplier<T> loader) {
        try {
            return loader.get();
        } catch (AccessDeniedException e) {
            return sendError(403, e);
        } catch (NotFoundException e) {
            return sendError(404, e);
        }
    }

    private static <T> T sendError(int status, BusinessException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseSendError(status, e.getMessage());
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        faces.responseComplete();
        return null;
    }
}
