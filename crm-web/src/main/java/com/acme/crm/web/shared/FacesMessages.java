package com.acme.crm.web.shared;

import com.acme.crm.shared.api.BusinessException;
import com.acme.crm.shared.api.FieldError;
import com.acme.crm.shared.api.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Puts messages on the page: texts from the resource bundle {@code messages}, and the
 * explanation a business rule gave, next to the failing field when the rule named one.
 */
@ApplicationScoped
public class FacesMessages {

    public void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, args));
    }

    public void warn(String text) {
        add(null, FacesMessage.SEVERITY_WARN, text);
    }

    public void error(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    /**
     * Shows why a use case was refused. Invalid fields go next to their input when the form
     * maps the field name to a component id; all others become page messages.
     */
    public void refused(BusinessException e, Map<String, String> fieldToClientId) {
        FacesContext.getCurrentInstance().validationFailed();
        if (e instanceof InvalidInputException invalid) {
            for (FieldError error : invalid.getFieldErrors()) {
                String clientId = fieldToClientId.get(error.getField());
                add(clientId, FacesMessage.SEVERITY_ERROR, clientId == null
                        ? error.getField() + ": " + error.getMessage() : error.getMessage());
            }
            return;
        }
        add(null, FacesMessage.SEVERITY_ERROR, e.getMessage());
    }

    public String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
