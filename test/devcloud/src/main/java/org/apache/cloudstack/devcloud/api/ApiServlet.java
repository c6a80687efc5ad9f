// Licensed to the Apache Software Foundation (ASF) under one
// or more contributor license agreements. See the NOTICE file
// distributed with this work for additional information
// regarding copyright ownership. The ASF licenses this file
// to you under the Apache License, Version 2.0 (the
// "License"); you may not use this file except in compliance
// with the License. You may obtain a copy of the License at
//
//   http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing,
// software distributed under the License is distributed on an
// "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
// KIND, either express or implied. See the License for the
// specific language governing permissions and limitations
// under the License.
package org.apache.cloudstack.devcloud.api;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.ResponseObject;
import org.apache.cloudstack.api.ServerApiException;
import org.apache.cloudstack.context.CallContext;
import org.apache.cloudstack.devcloud.account.ApiAuthenticationService;
import org.apache.cloudstack.devcloud.api.response.ExceptionResponse;
import org.apache.cloudstack.devcloud.api.response.LoginCmdResponse;
import org.apache.cloudstack.devcloud.api.response.LogoutCmdResponse;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.domain.Domain;
import com.cloud.user.Account;
import com.cloud.user.AccountService;
import com.cloud.user.User;
import com.cloud.utils.Ternary;

/**
 * {@code /client/api}: CloudStack's ApiServlet with ApiServer.verifyRequest and the default login and
 * logout authenticators. GET query and POST form parameters are one map; a request is authenticated
 * by its session (plus the {@code sessionkey} parameter and cookie) or by its API-key signature.
 */
public class ApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = LogManager.getLogger(ApiServlet.class);
    private static final Logger ACCESS_LOGGER = LogManager.getLogger("apiserver." + ApiServlet.class.getName());

    public static final String SESSION_KEY = "sessionkey";
    public static final String SESSION_USER_ID = "userid";
    public static final String SESSION_ACCOUNT_ID = "accountid";
    public static final int SESSION_TIMEOUT_SECONDS = 1800;
    static final String LOGIN = "login";
    static final String LOGOUT = "logout";
    static final String UNABLE_TO_VERIFY = "unable to verify user credentials";
    static final String UNABLE_TO_VERIFY_SIGNATURE = "unable to verify user credentials and/or request signature";

    /** Answered without a session or signature: the UI asks for them before anyone logs in. */
    static final Set<String> PRE_LOGIN_APIS = Set.of("listIdps", "listOauthProvider");
    /** Allowed without credentials when no session exists (ApiServer.verifyRequest). */
    static final Set<String> NO_AUTH_APIS = Set.of("listGuiThemes");

    private final transient ApiDispatcher dispatcher;
    private final transient ApiCommandRegistry registry;
    private final transient AccountService accountService;
    private final transient ApiAuthenticationService authService;
    private final transient SecureRandom random = new SecureRandom();

    public ApiServlet(ApiDispatcher dispatcher, ApiCommandRegistry registry, AccountService accountService, ApiAuthenticationService authService) {
        this.dispatcher = dispatcher;
        this.registry = registry;
        this.accountService = accountService;
        this.authService = authService;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        process(req, resp);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        process(req, resp);
    }

    /** Request parameters with their names as sent, first value of each. */
    static Map<String, String> parameters(HttpServletRequest req) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (e.getValue() != null && e.getValue().length > 0) {
                params.put(e.getKey(), e.getValue()[0]);
            }
        }
        return params;
    }

    static String get(Map<String, String> params, String name) {
        String exact = params.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private void process(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getCharacterEncoding() == null) {
            req.setCharacterEncoding("UTF-8");
        }
        Map<String, String> params = parameters(req);
        String responseType = get(params, "response");
        String command = get(params, "command");
        StringBuilder audit = new StringBuilder().append(req.getRemoteAddr()).append(" -- ").append(req.getMethod()).append(" command=").append(command);
        try {
            if (LOGIN.equals(command)) {
                login(req, resp, params, responseType);
                return;
            }
            if (LOGOUT.equals(command)) {
                logout(req, resp, responseType);
                return;
            }
            if (command != null && PRE_LOGIN_APIS.contains(command)) {
                CallContext.register(accountService.getSystemUser(), accountService.getSystemAccount());
                CallContext.current().setApiName(command);
                respond(resp, dispatcher.handleRequest(command, withoutCommand(params), responseType, req.getMethod()), responseType);
                return;
            }
            HttpSession session = req.getSession(false);
            Long userId = session == null ? null : (Long)session.getAttribute(SESSION_USER_ID);
            if (userId != null) {
                if (!validateSessionKey(session, params, req.getCookies())) {
                    invalidate(session);
                    writeError(resp, command, responseType, ApiErrorCode.UNAUTHORIZED.getHttpCode(), UNABLE_TO_VERIFY, null);
                    audit.append(" 401 ").append(UNABLE_TO_VERIFY);
                    return;
                }
                User user = authService.getUserIncludingRemoved(userId);
                Account account = user == null ? null : accountService.getAccount(user.getAccountId());
                if (!isActive(user, account)) {
                    invalidate(session);
                    writeError(resp, command, responseType, ApiErrorCode.UNAUTHORIZED.getHttpCode(), UNABLE_TO_VERIFY, null);
                    audit.append(" 401 ").append(UNABLE_TO_VERIFY);
                    return;
                }
                if (command == null) {
                    writeError(resp, null, responseType, HttpServletResponse.SC_BAD_REQUEST, "no command specified", null);
                    audit.append(" 400 no command specified");
                    return;
                }
                CallContext.register(user, account);
            } else {
                CallContext.register(accountService.getSystemUser(), accountService.getSystemAccount());
            }
            CallContext.current().setApiName(command);
            if (verifyRequest(params, userId, command)) {
                ResponseObject response = dispatcher.handleRequest(command, withoutCommand(params), responseType, req.getMethod());
                respond(resp, response, responseType);
                audit.append(" 200");
            } else {
                if (session != null) {
                    invalidate(session);
                }
                writeError(resp, command, responseType, ApiErrorCode.UNAUTHORIZED.getHttpCode(), UNABLE_TO_VERIFY_SIGNATURE, null);
                audit.append(" 401 ").append(UNABLE_TO_VERIFY_SIGNATURE);
            }
        } catch (ServerApiException e) {
            writeError(resp, command, responseType, e);
            audit.append(' ').append(e.getErrorCode()).append(' ').append(e.getDescription());
        } catch (RuntimeException e) {
            LOGGER.error("Unexpected failure answering {}", command, e);
            writeError(resp, command, responseType, ApiErrorCode.INTERNAL_ERROR.getHttpCode(), "Some internal error happened", null);
        } finally {
            ACCESS_LOGGER.info(audit);
            CallContext.unregisterAll();
        }
    }

    private static Map<String, String> withoutCommand(Map<String, String> params) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        copy.keySet().removeIf(k -> k.equalsIgnoreCase("command"));
        return copy;
    }

    private static boolean isActive(User user, Account account) {
        return user != null && user.getRemoved() == null && user.getState() == Account.State.ENABLED && account != null && account.getRemoved() == null
            && account.getState() == Account.State.ENABLED;
    }

    /**
     * ApiServer.verifyRequest: for a session only the role check; otherwise the API key, the
     * signature and, with signatureVersion 3, the expiry.
     */
    boolean verifyRequest(Map<String, String> params, Long sessionUserId, String command) {
        if (command == null) {
            return false;
        }
        if (sessionUserId != null) {
            checkCommandAvailable(CallContext.current().getCallingAccount(), command);
            return true;
        }
        if (NO_AUTH_APIS.contains(command)) {
            return true;
        }
        if (!registry.exists(command)) {
            LOGGER.debug("The given command {} either does not exist or is not available", command);
            return false;
        }
        String apiKey = get(params, ApiRequestSigner.API_KEY);
        String signature = get(params, ApiRequestSigner.SIGNATURE);
        if (apiKey == null || signature == null) {
            return false;
        }
        if ("3".equals(get(params, ApiRequestSigner.SIGNATURE_VERSION))) {
            Date expires = ApiRequestSigner.parseExpires(get(params, ApiRequestSigner.EXPIRES));
            if (expires == null || expires.before(new Date())) {
                LOGGER.debug("Missing, malformed or past expires -- ignoring request");
                return false;
            }
        }
        Ternary<User, Account, String> keyOwner = authService.findUserByApiKey(apiKey);
        if (keyOwner == null || keyOwner.third() == null) {
            return false;
        }
        User user = keyOwner.first();
        Account account = keyOwner.second();
        if (!isActive(user, account)) {
            return false;
        }
        checkCommandAvailable(account, command);
        if (!ApiRequestSigner.verify(params, keyOwner.third(), signature)) {
            LOGGER.info("Signature mismatch for API key {}...", apiKey.substring(0, Math.min(8, apiKey.length())));
            return false;
        }
        CallContext.register(user, account);
        CallContext.current().setApiName(command);
        return true;
    }

    /**
     * The role check (CloudStack's API checkers); a refused or unknown API for a non-admin role is
     * "unavailable" (432), as DynamicRoleBasedAPIAccessChecker reports it.
     */
    private void checkCommandAvailable(Account account, String command) {
        RoleType role = accountService.getRoleType(account);
        if (role == RoleType.Admin) {
            return;
        }
        if (!registry.isAllowed(command, role)) {
            throw new ServerApiException(ApiErrorCode.UNSUPPORTED_ACTION_ERROR,
                String.format("The API [%s] does not exist or is not available for the account %s.", command, account));
        }
    }

    /** HttpUtils.validateSessionKey with CookieAndParameter: JSESSIONID, cookie and parameter must all match. */
    static boolean validateSessionKey(HttpSession session, Map<String, String> params, Cookie[] cookies) {
        String sessionKey = (String)session.getAttribute(SESSION_KEY);
        if (sessionKey == null) {
            return false;
        }
        String jsessionid = cookie(cookies, "JSESSIONID");
        if (jsessionid == null || !(jsessionid.equals(session.getId()) || jsessionid.startsWith(session.getId() + "."))) {
            return false;
        }
        String fromCookie = cookie(cookies, SESSION_KEY);
        String fromParam = get(params, SESSION_KEY);
        return sessionKey.equals(fromCookie) && sessionKey.equals(fromParam);
    }

    private static String cookie(Cookie[] cookies, String name) {
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (c != null && name.equals(c.getName())) {
                return c.getValue();
            }
        }
        return null;
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException e) {
            // already invalid
        }
    }

    // ---- login / logout (DefaultLoginAPIAuthenticatorCmd, DefaultLogoutAPIAuthenticatorCmd) ----

    private void login(HttpServletRequest req, HttpServletResponse resp, Map<String, String> params, String responseType) throws IOException {
        if (!"POST".equals(req.getMethod())) {
            // CloudStack writes the bare message, not an error object
            writeBody(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, responseType, "Please use HTTP POST to authenticate using this API");
            return;
        }
        HttpSession old = req.getSession(false);
        if (old != null) {
            invalidate(old);
        }
        HttpSession session = req.getSession(true);
        session.setMaxInactiveInterval(SESSION_TIMEOUT_SECONDS);

        String username = get(params, "username");
        String password = get(params, "password");
        String domainIdParam = get(params, "domainid");
        Long domainId = null;
        if (domainIdParam != null) {
            Domain byUuid = authService.findDomainByUuid(domainIdParam);
            if (byUuid != null) {
                domainId = byUuid.getId();
            } else {
                try {
                    domainId = Long.parseLong(domainIdParam);
                } catch (NumberFormatException e) {
                    invalidate(session);
                    writeError(resp, LOGIN, responseType, ApiErrorCode.UNAUTHORIZED.getHttpCode(), "Invalid domain id entered, please enter a valid one", null);
                    return;
                }
            }
        }
        String domainPath = get(params, "domain");
        if (domainPath != null) {
            if (!domainPath.endsWith("/")) {
                domainPath += '/';
            }
            if (!domainPath.startsWith("/")) {
                domainPath = "/" + domainPath;
            }
        }
        String failure;
        Domain domain = authService.findDomainByIdOrPath(domainId, domainPath);
        if (username == null) {
            failure = "failed to authenticate user, check if username/password are correct";
        } else if (domain == null || domain.getId() < 1L) {
            failure = "Unable to find the domain from the path " + domainPath;
        } else {
            User user = password == null ? null : authService.authenticate(username, password, domain.getId());
            if (user != null) {
                Account account = accountService.getAccount(user.getAccountId());
                LoginCmdResponse response = loginResponse(session, user, account, domain);
                resp.addHeader("Set-Cookie", SESSION_KEY + "=" + response.getSessionKey() + ";HttpOnly;SameSite=Lax");
                respond(resp, response, responseType);
                return;
            }
            failure = "Failed to authenticate user " + username + " in domain " + domain.getId() + "; please provide valid credentials";
        }
        invalidate(session);
        writeError(resp, LOGIN, responseType, ApiErrorCode.ACCOUNT_ERROR.getHttpCode(), failure, null);
    }

    private LoginCmdResponse loginResponse(HttpSession session, User user, Account account, Domain domain) {
        byte[] keyBytes = new byte[20];
        random.nextBytes(keyBytes);
        String sessionKey = Base64.getUrlEncoder().withoutPadding().encodeToString(keyBytes);
        session.setAttribute(SESSION_USER_ID, user.getId());
        session.setAttribute(SESSION_ACCOUNT_ID, account.getId());
        session.setAttribute(SESSION_KEY, sessionKey);

        LoginCmdResponse response = new LoginCmdResponse();
        response.setResponseName("loginresponse");
        response.setUsername(user.getUsername());
        response.setUserId(user.getUuid());
        response.setDomainId(domain.getUuid());
        response.setTimeout(session.getMaxInactiveInterval());
        response.setAccount(account.getAccountName());
        response.setFirstName(user.getFirstname());
        response.setLastName(user.getLastname());
        response.setType(String.valueOf(account.getType().ordinal()));
        String timezone = user.getTimezone();
        if (timezone != null) {
            float offsetHours = TimeZone.getTimeZone(timezone).getOffset(System.currentTimeMillis()) / (1000f * 60 * 60);
            response.setTimeZone(timezone);
            response.setTimeZoneOffset(Float.toString(offsetHours));
        }
        response.setRegistered("false");
        response.setSessionKey(sessionKey);
        response.set2FAenabled("false");
        response.set2FAverified("true");
        response.setIssuerFor2FA("CloudStack");
        return response;
    }

    private void logout(HttpServletRequest req, HttpServletResponse resp, String responseType) throws IOException {
        HttpSession session = req.getSession(false);
        Cookie[] cookies = req.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                Cookie expired = new Cookie(c.getName(), "");
                expired.setMaxAge(0);
                resp.addCookie(expired);
            }
        }
        if (session == null || session.getAttribute(SESSION_USER_ID) == null) {
            if (session != null) {
                invalidate(session);
            }
            writeError(resp, LOGOUT, responseType, ApiErrorCode.PARAM_ERROR.getHttpCode(), "Session not found for the logout process.", null);
            return;
        }
        invalidate(session);
        LogoutCmdResponse response = new LogoutCmdResponse();
        response.setDescription("success");
        response.setResponseName("logoutresponse");
        respond(resp, response, responseType);
    }

    // ---- writing ----

    private void respond(HttpServletResponse resp, ResponseObject response, String responseType) throws IOException {
        writeBody(resp, HttpServletResponse.SC_OK, responseType, ApiResponseSerializer.toSerializedString(response, responseType));
    }

    /**
     * An error body; the key is the command's response name when the command exists, else
     * {@code errorresponse} (also for 432, as ApiServer.getSerializedApiError does).
     */
    private void writeError(HttpServletResponse resp, String command, String responseType, ServerApiException e) throws IOException {
        ExceptionResponse error = new ExceptionResponse(errorResponseName(command, e.getErrorCode()), e.getErrorCode().getHttpCode(), e.getDescription());
        error.setCSErrorCode(e.getCSErrorCode());
        e.getIdProxyList().forEach(error::addProxyObject);
        resp.setHeader("X-Description", headerSafe(e.getDescription()));
        writeBody(resp, e.getErrorCode().getHttpCode(), responseType, ApiResponseSerializer.toSerializedString(error, responseType));
    }

    private void writeError(HttpServletResponse resp, String command, String responseType, int code, String text, Integer csErrorCode) throws IOException {
        ExceptionResponse error = new ExceptionResponse(errorResponseName(command, null), code, text);
        error.setCSErrorCode(csErrorCode);
        resp.setHeader("X-Description", headerSafe(text));
        writeBody(resp, code, responseType, ApiResponseSerializer.toSerializedString(error, responseType));
    }

    private String errorResponseName(String command, ApiErrorCode code) {
        if (command == null || code == ApiErrorCode.UNSUPPORTED_ACTION_ERROR) {
            return "errorresponse";
        }
        if (LOGIN.equals(command)) {
            return "loginresponse";
        }
        if (LOGOUT.equals(command)) {
            return "logoutresponse";
        }
        Class<?> cmdClass = registry.getCommandClass(command, false);
        if (cmdClass == null) {
            return "errorresponse";
        }
        try {
            // a command may override its response name (listLdapConfigurations answers ldapconfigurationresponse)
            return ((org.apache.cloudstack.api.BaseCmd)cmdClass.getDeclaredConstructor().newInstance()).getCommandName();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return org.apache.cloudstack.api.BaseCmd.getResponseNameByClass(cmdClass);
        }
    }

    private static String headerSafe(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n]", " ");
    }

    private static void writeBody(HttpServletResponse resp, int status, String responseType, String body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(ApiResponseSerializer.contentType(responseType));
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("X-XSS-Protection", "1;mode=block");
        resp.getWriter().print(body);
    }
}
