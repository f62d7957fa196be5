package com.acme.crm.shared.api;

import java.util.Set;

/**
 * The currencies the CRM trades in: the active ISO 4217 codes (2026), without funds, precious
 * metals, test and "no currency" codes (XXX, XTS, XAU, ...) and without withdrawn ones (HRK,
 * ANG, ...), and their minor units, which {@link Money} rounds to
 * (2 decimals for EUR, none for JPY, 3 for KWD). The JDK's own list also knows historical
 * currencies and lags behind new ones (XCG, ZWG), so the list is kept here.
 */
public final class Currencies {

    /** The currency of figures and records when a user, a team and the data name none. */
    public static final String DEFAULT = "EUR";

    public static final String MESSAGE = "must be an active ISO 4217 currency code such as EUR, USD or JPY";

    private static final Set<String> ACTIVE = Set.of(("AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BHD BIF BMD BND BOB"
            + " BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP"
            + " GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW"
            + " KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN"
            + " NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS"
            + " SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VED VES VND VUV WST XAF"
            + " XCD XCG XOF XPF YER ZAR ZMW ZWG").split(" "));

    private static final Set<String> NO_MINOR_UNIT = Set.of("BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG",
            "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF");
    private static final Set<String> THREE_MINOR_UNITS = Set.of("BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND");

    private Currencies() {
    }

    /** Exactly an active code as written: {@code eur} or {@code " EUR"} are not codes. */
    public static boolean isActive(String code) {
        return code != null && ACTIVE.contains(code);
    }

    /** The code, or an {@link InvalidInputException} naming {@code field}. */
    public static String require(String field, String code) {
        if (!isActive(code)) {
            throw new InvalidInputException(field, MESSAGE);
        }
        return code;
    }

    /** Decimal places of the currency's minor unit. */
    public static int minorUnits(String code) {
        if (NO_MINOR_UNIT.contains(code)) {
            return 0;
        }
        return THREE_MINOR_UNITS.contains(code) ? 3 : 2;
    }
}
