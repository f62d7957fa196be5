package com.acme.crm.dataimport.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        List<List<String>> rows = Csv.parse("name,notes\r\n\"Acme, Inc.\",\"said \"\"hi\"\"\nand left\"\r\nBeta,\r\n");
        assertEquals(List.of(List.of("name", "notes"), List.of("Acme, Inc.", "said \"hi\"\nand left"), List.of("Beta", "")), rows);
    }

    @Test
    void understandsSemicolonsByteOrderMarkAndSkipsBlankLines() {
        List<List<String>> rows = Csv.parse("\uFEFFName;Email\n\nMüller;m@example.com\n");
        assertEquals(List.of(List.of("Name", "Email"), List.of("Müller", "m@example.com")), rows);
    }

    @Test
    void writesWhatItReads() {
        List<String> fields = List.of("3", "email: must be a well-formed email address", "a,b", "say \"x\"");
        assertEquals(List.of(fields), Csv.parse(Csv.line(fields)));
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreWrittenAsText() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'+A1,'@SUM(A1),-5,12.5\r\n",
                Csv.line(java.util.List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+A1", "@SUM(A1)", "-5", "12.5")));
        assertEquals("'\tcmd,'-2+3,Smith\r\n", Csv.line(java.util.List.of("\tcmd", "-2+3", "Smith")));
    }
}
