package com.acme.crm.web.lead;

import com.acme.crm.lead.boundary.WebFormEntry;
import com.acme.crm.lead.boundary.WebForms;
import com.acme.crm.lead.control.WebFormIntake;
import com.acme.crm.shared.api.FieldError;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.web.security.ClientAddress;
import com.acme.crm.web.shared.Answers;
import com.acme.crm.web.shared.Bodies;
import com.acme.crm.web.shared.Public;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * REST, public: {@code POST /api/forms/{key}/leads}, where the company's public site sends a
 * visitor's form. An HTML form posts its fields (x-www-form-urlencoded) and the visitor's
 * browser is sent on to the form's thank-you page; a script posts JSON. No CRM login: the key
 * decides, the rate limit and the honeypot keep robots out.
 */
@Path("forms/{key}/leads")
@Public(rateLimited = true)
@Produces(MediaType.APPLICATION_JSON)
public class FormPostsResource {

    static final String THANKS = "Thank you: we will be in touch soon.";

    @Inject
    WebForms forms;

    @Context
    HttpServletRequest request;

    @Answers(status = 202, value = Receipt.class,
            note = "An HTML form posts its fields (x-www-form-urlencoded) and is answered 303 See Other to the form's"
                    + " thank-you page when it has one; a script posts JSON. A post with the honeypot field `fax` filled in"
                    + " is answered the same and creates nothing.")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response postJson(@PathParam("key") String key, WebFormEntry entry) {
        forms.submit(key, Bodies.required(entry), ClientAddress.of(request));
        return Response.accepted(new Receipt(THANKS)).build();
    }

    @Answers(status = 303, formFields = WebFormEntry.class)
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response postForm(@PathParam("key") String key, MultivaluedMap<String, String> fields) {
        String thanksPage = forms.submit(key, entry(fields), ClientAddress.of(request));
        return thanksPage == null ? Response.accepted(new Receipt(THANKS)).build()
                : Response.seeOther(URI.create(thanksPage)).build();
    }

    /** The form's fields, each at most once; an unknown one is refused, not dropped, so a site's mistake shows at once. */
    static WebFormEntry entry(MultivaluedMap<String, String> fields) {
        List<FieldError> errors = new ArrayList<>();
        WebFormEntry entry = new WebFormEntry();
        for (Map.Entry<String, List<String>> field : (fields == null ? Map.<String, List<String>>of() : fields).entrySet()) {
            String name = field.getKey();
            if (field.getValue().size() > 1) {
                errors.add(new FieldError(name, "is given more than once"));
                continue;
            }
            var setter = WebFormIntake.FIELDS.get(name);
            if (setter == null) {
                errors.add(new FieldError(name, "is not a field of the form: send "
                        + String.join(", ", WebFormIntake.FIELDS.keySet().stream()
                                .filter(f -> !f.equals(WebFormIntake.HONEYPOT)).toList())));
            } else {
                setter.accept(entry, field.getValue().isEmpty() ? null : field.getValue().get(0));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return entry;
    }

    /** What the visitor's post got: thanks (the same for a robot). */
    public record Receipt(String message) {
    }
}
