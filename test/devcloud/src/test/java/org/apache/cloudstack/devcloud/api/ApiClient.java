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
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A small CloudStack API client for tests: signed requests (as cs and cmk sign them), session login
 * with cookies, raw requests for checking exact bodies and headers.
 */
public class ApiClient {

    public static final DateTimeFormatter EXPIRES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");

    public static final class Reply {
        public final int status;
        public final String body;
        public final HttpResponse<String> http;

        Reply(HttpResponse<String> http) {
            this.http = http;
            this.status = http.statusCode();
            this.body = http.body();
        }

        public JsonObject json() {
            return JsonParser.parseString(body).getAsJsonObject();
        }

        /** The object under the single top-level key. */
        public JsonObject inner() {
            JsonObject root = json();
            if (root.size() != 1) {
                throw new AssertionError("expected exactly one top-level key in " + body);
            }
            JsonElement first = root.entrySet().iterator().next().getValue();
            return first.getAsJsonObject();
        }

        public String topKey() {
            return json().keySet().iterator().next();
        }

        public String header(String name) {
            return http.headers().firstValue(name).orElse(null);
        }

        public List<String> headers(String name) {
            return http.headers().allValues(name);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private final String apiUrl;
    private final TestCloud.Person person;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String sessionKey;

    public ApiClient(String apiUrl, TestCloud.Person person) {
        this.apiUrl = apiUrl;
        this.person = person;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public CookieManager cookies() {
        return cookies;
    }

    public String sessionKey() {
        return sessionKey;
    }

    public static Map<String, String> params(String... kv) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put(kv[i], kv[i + 1]);
        }
        return map;
    }

    public static String encode(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    /** Adds apiKey, response=json, signatureVersion 3, expires and the signature, as cs does. */
    public Map<String, String> sign(String command, Map<String, String> args) {
        Map<String, String> p = new LinkedHashMap<>(args);
        p.put("apiKey", person.apiKey);
        p.put("command", command);
        p.putIfAbsent("response", "json");
        p.put("signatureVersion", "3");
        p.putIfAbsent("expires", ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(10).format(EXPIRES));
        p.put("signature", ApiRequestSigner.sign(ApiRequestSigner.unsignedRequest(p, false), person.secretKey));
        return p;
    }

    public Reply signed(String command, String... kv) {
        return get(encode(sign(command, params(kv))));
    }

    public Reply signedPost(String command, String... kv) {
        return post(encode(sign(command, params(kv))));
    }

    public Reply get(String query) {
        return send(HttpRequest.newBuilder(URI.create(apiUrl + "?" + query)).GET());
    }

    public Reply post(String form) {
        return send(HttpRequest.newBuilder(URI.create(apiUrl)).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public Reply send(HttpRequest.Builder request) {
        try {
            return new Reply(http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs in with the UI's form (POST, domain path); keeps the session key. */
    public Reply login() {
        Reply r = post(encode(params("command", "login", "username", person.username, "password", person.password, "domain", person.domain.getPath(),
            "response", "json")));
        if (r.status == 200) {
            sessionKey = r.inner().get("sessionkey").getAsString();
        }
        return r;
    }

    /** A call in the session: the sessionkey parameter plus the session's cookies. */
    public Reply session(String command, String... kv) {
        Map<String, String> p = params(kv);
        p.put("command", command);
        p.putIfAbsent("response", "json");
        if (sessionKey != null) {
            p.putIfAbsent("sessionkey", sessionKey);
        }
        return get(encode(p));
    }

    /** Polls queryAsyncJobResult until the job leaves status 0. */
    public JsonObject waitForJob(String jobId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Reply r = signed("queryAsyncJobResult", "jobid", jobId);
            if (r.status != 200) {
                throw new AssertionError("queryAsyncJobResult failed: " + r);
            }
            JsonObject job = r.inner();
            if (job.get("jobstatus").getAsInt() != 0) {
                return job;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("job " + jobId + " did not finish");
    }
}
