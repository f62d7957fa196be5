package com.acme.crm.dataimport.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.crm.shared.api.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the four files of a sales history from a zip, and refusing one that lacks a file or a column. */
class SalesHistoryFilesTest {

    @Test
    void readsTheFilesWhateverTheirOrderOfColumnsAndLineEndings() {
        SalesHistoryFiles files = SalesHistoryFiles.read(zip(Map.of()));
        assertEquals(1, files.pipeline().rows().size(), "the blank last line is no deal");
        List<String> deal = files.pipeline().rows().get(0);
        assertEquals("GTXPro", files.pipeline().value(deal, "product"));
        assertEquals("", files.pipeline().value(deal, "account"));
        assertEquals("Moses Frase", files.teams().value(files.teams().rows().get(0), "sales_agent"));
    }

    @Test
    void aMissingFileOrColumnIsNamed() {
        InvalidInputException noProducts = assertThrows(InvalidInputException.class,
                () -> SalesHistoryFiles.read(zip(Map.of(SalesHistoryFiles.PRODUCTS, ""))));
        assertTrue(noProducts.getMessage().contains("products.csv"), noProducts.getMessage());
        InvalidInputException noPrice = assertThrows(InvalidInputException.class,
                () -> SalesHistoryFiles.read(zip(Map.of(SalesHistoryFiles.PRODUCTS, "product,series\r\nGTX Pro,GTX\r\n"))));
        assertTrue(noPrice.getMessage().contains("products.csv has no column sales_price"), noPrice.getMessage());
        assertThrows(InvalidInputException.class, () -> SalesHistoryFiles.read("not a zip".getBytes(StandardCharsets.UTF_8)));
    }

    /** The four files, with {@code replaced} ones swapped (an empty text leaves the file out). */
    private static byte[] zip(Map<String, String> replaced) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(SalesHistoryFiles.TEAMS, "manager,sales_agent,regional_office\nMelvin Marxen,Moses Frase,Central\n");
        files.put(SalesHistoryFiles.ACCOUNTS, "account,sector,year_established,revenue,employees,office_location,subsidiary_of\r\n"
                + "Cancity,retail,2001,718.62,2448,United States,\r\n");
        files.put(SalesHistoryFiles.PRODUCTS, "product,series,sales_price\r\nGTX Pro,GTX,4821\r\n");
        files.put(SalesHistoryFiles.PIPELINE, "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\r\n"
                + "X1,Moses Frase,GTXPro,,Engaging,2017-05-01,,\r\n\r\n");
        files.putAll(replaced);
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((name, text) -> {
            if (!text.isEmpty()) {
                bytes.put("export/" + name, text.getBytes(StandardCharsets.UTF_8));
            }
        });
        return SalesHistoryFiles.zip(bytes);
    }
}
