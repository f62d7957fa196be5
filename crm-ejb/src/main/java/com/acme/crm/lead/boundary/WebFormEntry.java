package com.acme.crm.lead.boundary;

import com.acme.crm.shared.api.InputRules;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What a visitor types into a web form on the public site. {@code fax} is the honeypot: the
 * site hides it from people, so only a robot fills it in.
 */
public class WebFormEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 100, message = "has at most 100 characters")
    private String firstName;
    @NotBlank(message = "is required")
    @Size(max = 100, message = "has at most 100 characters")
    private String lastName;
    @Email(message = "must be an e-mail address such as anna@example.com")
    @Size(max = 200, message = "has at most 200 characters")
    private String email;
    @Size(max = 50, message = "has at most 50 characters")
    @Pattern(regexp = InputRules.PHONE, message = InputRules.PHONE_MESSAGE)
    private String phone;
    @Size(max = 200, message = "has at most 200 characters")
    private String company;
    @Size(max = 100, message = "has at most 100 characters")
    private String title;
    @Size(max = 100, message = "has at most 100 characters")
    private String country;
    @Size(max = 2000, message = "has at most 2000 characters")
    private String message;
    private String fax;

    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getCompany() { return company; }
    public void setCompany(String company) { this.company = company; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public String getFax() { return fax; }
    public void setFax(String fax) { this.fax = fax; }
}
