package org.harambee.system;

/**
 * The Content-Security-Policy every page and API answer carries (no inline scripts or styles), which the WebJars and
 * our own assets satisfy. The access module's security configuration sends it; answers written before security runs
 * (a request refused for lack of capacity) send it too.
 */
public final class SecurityHeaders {

    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private SecurityHeaders() {}
}
