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
package org.apache.cloudstack.devcloud;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.cloudstack.devcloud.api.ApiRequestSigner;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** An account's view of devcloud's API over HTTP, signed as cs signs (apiKey, signatureVersion 3, expires). */
public final class SignedApi {
    private static final DateTimeFormatter EXPIRES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One answer: HTTP status and the object under the single top-level key. */
    public static final class Reply {
        public final int status;
        public final String body;
        public final JsonObject inner;

        Reply(int status, String body) {
            this.status = status;
            this.body = body;
            JsonObject root = JsonParser.parseString(body).getAsJsonObject();
            if (root.size() != 1) {
                throw new AssertionError("expected one top-level key: " + body);
            }
            this.inner = root.entrySet().iterator().next().getValue().getAsJsonObject();
        }

        public int count() {
            return inner.has("count") ? inner.get("count").getAsInt() : 0;
        }

        public List<JsonObject> items(String objectName) {
            List<JsonObject> items = new ArrayList<>();
            if (inner.has(objectName)) {
                for (JsonElement e : inner.getAsJsonArray(objectName)) {
                    items.add(e.getAsJsonObject());
                }
            }
            return items;
        }

        public int errorCode() {
            return inner.has("errorcode") ? inner.get("errorcode").getAsInt() : 0;
        }

        public String errorText() {
            return inner.has("errortext") ? inner.get("errortext").getAsString() : null;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private final String apiUrl;
    private final String apiKey;
    private final String secretKey;

    public SignedApi(String apiUrl, String apiKey, String secretKey) {
        this.apiUrl = apiUrl;
        this.apiKey = apiKey;
        this.secretKey = secretKey;
    }

    /** For one account of devcloud.json. */
    public static SignedApi of(JsonObject state, String accountName) {
        for (JsonElement e : state.getAsJsonArray("accounts")) {
            JsonObject a = e.getAsJsonObject();
            if (accountName.equals(a.get("name").getAsString())) {
                return new SignedApi(state.get("api_url").getAsString(), a.get("api_key").getAsString(), a.get("secret_key").getAsString());
            }
        }
        throw new AssertionError("no account " + accountName + " in the state file");
    }

    public Reply call(String command, String... kv) {
        Map<String, String> p = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            p.put(kv[i], kv[i + 1]);
        }
        p.put("apiKey", apiKey);
        p.put("command", command);
        p.put("response", "json");
        p.put("signatureVersion", "3");
        p.put("expires", ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(10).format(EXPIRES));
        p.put("signature", ApiRequestSigner.sign(ApiRequestSigner.unsignedRequest(p, false), secretKey));
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> e : p.entrySet()) {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(apiUrl + "?" + query)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Calls an async command and waits (up to timeoutSeconds) for its job: the finished queryAsyncJobResult reply. */
    public Reply callAndWait(long timeoutSeconds, String command, String... kv) {
        Reply submitted = call(command, kv);
        if (submitted.status != 200 || !submitted.inner.has("jobid")) {
            return submitted;
        }
        String jobId = submitted.inner.get("jobid").getAsString();
        long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
        while (true) {
            Reply job = call("queryAsyncJobResult", "jobid", jobId);
            if (job.inner.has("jobstatus") && job.inner.get("jobstatus").getAsInt() != 0) {
                return job;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("job " + jobId + " of " + command + " did not finish in " + timeoutSeconds + " s: " + job);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public static JsonArray array(JsonObject o, String name) {
        return o.has(name) ? o.getAsJsonArray(name) : new JsonArray();
    }
}
