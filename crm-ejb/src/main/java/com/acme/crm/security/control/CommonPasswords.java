package com.acme.crm.security.control;

import java.util.Set;

/**
 * The passwords (and their letter cores: "Password1234!" is "password") that attackers try
 * first, from the published lists of the most common passwords, plus words anyone would guess
 * for this CRM. Lower case.
 */
final class CommonPasswords {

    private static final Set<String> LIST = java.util.Arrays.stream((
            "password passwort motdepasse contrasena wachtwoord qwerty qwertz azerty qwertyuiop qwertzuiop "
            + "asdfghjkl zxcvbnm letmein welcome welcomeback iloveyou monkey dragon football baseball "
            + "basketball soccer hockey sunshine princess shadow master superman batman trustno michael "
            + "jennifer jordan hunter ranger buster thomas charlie robert daniel abc abcd abcdef abcdefgh "
            + "abcdefghijkl admin administrator root toor changeme default secret login user guest test "
            + "testing demo sample temp temporary access freedom whatever starwars pokemon mustang harley "
            + "maggie ginger cheese computer internet samsung apple google facebook microsoft windows linux "
            + "oracle summer winter spring autumn january february march april may june july august september "
            + "october november december monday friday love lovely loveme hello hellokitty flower flowers "
            + "chocolate butterfly cookie pepper tigger snoopy killer hacker matrix ninja secure security "
            + "passpass mypassword yourpassword newpassword oldpassword crm acme acmecrm salescrm sales "
            + "salesforce manager support company business office work payara glassfish qazwsx qweasd "
            + "qweasdzxc zaq asdf asdfasdf zxcv iloveu ilovemyself mustchange pleasechange 123456 1234567 "
            + "12345678 123456789 1234567890 12345678901 123456789012 1234567890123 111111111111 000000000000 "
            + "123123123123 121212121212 987654321098 1q2w3e4r5t6y 1qaz2wsx3edc qwerty123456 password1234 "
            + "password12345 passw0rd123 p@ssw0rd1234 p@ssword1234 iloveyou1234 letmein12345 welcome12345 "
            + "admin1234567 abc123456789").split(" ")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private CommonPasswords() {
    }

    static boolean contains(String lowerCase) {
        return LIST.contains(lowerCase);
    }
}
