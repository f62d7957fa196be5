package com.acme.crm.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AccountTest {

    @Test
    void renamingKeepsTheNormalisedNameForDuplicateSearch() {
        Account account = new Account("Globex Ltd.", null);
        assertEquals("globex", account.getNormalizedName());
        account.rename("Globex Europe GmbH");
        assertEquals("globex europe", account.getNormalizedName());
    }

    @Test
    void accountCannotBecomeItsOwnAncestor() {
        Account group = new Account("Group", null);
        Account subsidiary = new Account("Subsidiary", null);
        subsidiary.belongTo(group);
        assertSame(group, subsidiary.getParent());
        assertThrows(IllegalArgumentException.class, () -> group.belongTo(subsidiary));
        assertThrows(IllegalArgumentException.class, () -> group.belongTo(group));
    }

    @Test
    void webDomainFollowsTheWebSite() {
        Account account = new Account("Initech", null);
        account.reachAt("https://www.initech.example/contact", null, null);
        assertEquals("initech.example", account.getWebDomain());
    }
}
