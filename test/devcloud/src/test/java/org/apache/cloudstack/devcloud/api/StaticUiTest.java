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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UI build served same-origin under /client/ next to the API, as CloudStack serves it.
 */
class StaticUiTest {

    @TempDir
    static Path dist;
    static ApiHttpServer server;
    static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        TestCloud cloud = TestCloud.get();
        Files.writeString(dist.resolve("index.html"), "<!DOCTYPE html><title>CloudStack</title>");
        Files.writeString(dist.resolve("config.json"), "{\"apiBase\": \"/client/api\"}");
        server = new ApiHttpServer();
        cloud.context.getAutowireCapableBeanFactory().autowireBean(server);
        server.setPort(0);
        server.setUiDir(dist);
        server.start();
        base = "http://127.0.0.1:" + server.getPort();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void uiFilesAreServedUnderClient() throws Exception {
        HttpResponse<String> index = get("/client/");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("<title>CloudStack</title>"));
        HttpResponse<String> config = get("/client/config.json");
        assertEquals(200, config.statusCode());
        assertTrue(config.body().contains("/client/api"));
        assertEquals(404, get("/client/nothing-here.js").statusCode());
    }

    @Test
    void theApiStaysAtClientApiAndTheRootRedirects() throws Exception {
        HttpResponse<String> api = get("/client/api?command=listIdps&response=json");
        assertEquals(200, api.statusCode());
        assertEquals("{\"listidpsresponse\":{}}", api.body());
        HttpResponse<String> root = get("/");
        assertEquals(302, root.statusCode());
        assertEquals(base + "/client/", root.headers().firstValue("Location").orElse("").replace("localhost", "127.0.0.1"));
    }
}
