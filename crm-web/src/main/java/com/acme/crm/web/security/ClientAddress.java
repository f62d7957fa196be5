package com.acme.crm.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request came from, for login throttling, the security log and the web forms'
 * rate limit. Behind a load balancer every request comes from the balancer, so the balancer's
 * addresses can be named
 * as trusted proxies ({@code CRM_TRUSTED_PROXIES}, comma-separated; or the JVM property
 * {@code crm.trustedProxies}): from them, the last address in {@code X-Forwarded-For} that is
 * not itself a trusted proxy counts. Anyone else's {@code X-Forwarded-For} is ignored, so a
 * client cannot choose its own address to dodge the throttle.
 */
public final class ClientAddress {

    private static final Set<String> TRUSTED = Arrays.stream(setting().split(",")).map(String::strip)
            .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !TRUSTED.contains(remote)) {
            return remote;
        }
        List<String> hops = Arrays.stream(forwarded.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!TRUSTED.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return remote;
    }

    private static String setting() {
        return com.acme.crm.shared.control.StartSettings.value("CRM_TRUSTED_PROXIES", "crm.trustedProxies", "");
    }
}
