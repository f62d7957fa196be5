package com.acme.crm.testing;

import java.io.File;
import java.net.URISyntaxException;
import org.flywaydb.core.Flyway;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one test deployment of the business layer: all of it, with its migrations and Flyway. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive crm() {
        return ShrinkWrap.create(WebArchive.class, "crm-it.war")
                .addPackages(true, "com.acme.crm")
                // Payara Micro has no messaging: the events are tested here up to the outbox and the feed
                .deleteClass(com.acme.crm.event.control.EventTopic.class)
                .addAsResource("META-INF/persistence.xml")
                .addAsResource(new File("src/main/resources/db/migration"), "db/migration")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsLibraries(jarOf(Flyway.class), jarOf(PostgreSQLConfigurationExtension.class),
                        jarOf(org.postgresql.Driver.class), jarOf(com.lowagie.text.Document.class));
    }

    private static JavaArchive jarOf(Class<?> type) {
        try {
            File jar = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return ShrinkWrap.createFromZipFile(JavaArchive.class, jar);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
