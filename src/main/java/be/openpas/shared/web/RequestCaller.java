package be.openpas.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** Records who made a request (a client id, never a person) for the request log. */
public final class RequestCaller {

    static final String ATTRIBUTE = "openpas.caller";

    private RequestCaller() {}

    public static void record(HttpServletRequest request, String callerId) {
        request.setAttribute(ATTRIBUTE, callerId);
    }
}
