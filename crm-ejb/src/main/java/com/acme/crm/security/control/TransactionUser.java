package com.acme.crm.security.control;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;

/**
 * Who the current transaction works for, remembered when the use case starts. Changes are
 * often written at commit, after the EJB call has returned, when the container no longer
 * names the caller; the audit columns read the name from here then.
 */
@TransactionScoped
public class TransactionUser implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;

    public String getName() {
        return name;
    }

    public void actFor(String username) {
        this.name = username;
    }
}
