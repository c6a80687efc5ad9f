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
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.cloudstack.devcloud.DevCloudOptions;
import org.apache.cloudstack.devcloud.account.ApiAuthenticationService;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.servlet.DefaultServlet;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.springframework.beans.factory.annotation.Autowired;

import com.cloud.user.AccountService;
import com.cloud.utils.component.ComponentLifecycle;
import com.cloud.utils.component.ManagerBase;

/**
 * The Jetty server: the API at {@code /client/api}, the UI build at {@code /client/}. Started last
 * (application main-loop run level), once every command and service exists.
 *
 * <p>Settings: {@link #setPort(int)} (0 = any free port, see {@link #getPort()}),
 * {@link #setBindAddress(String)} (default 127.0.0.1) and {@link #setUiDir(Path)} (the UI's
 * {@code dist} folder). Unset, they come from the {@link DevCloudOptions} bean (port, repository's
 * {@code ui/dist}), else from {@code DEVCLOUD_PORT} (default 8080).
 */
public class ApiHttpServer extends ManagerBase {

    @Inject
    private ApiDispatcher dispatcher;
    @Inject
    private ApiCommandRegistry registry;
    @Inject
    private AccountService accountService;
    @Inject
    private ApiAuthenticationService authService;

    @Autowired(required = false)
    private DevCloudOptions options;

    private Integer port;
    private String bindAddress = "127.0.0.1";
    private Path uiDir;
    private Server server;

    public ApiHttpServer() {
        setRunLevel(ComponentLifecycle.RUN_LEVEL_APPLICATION_MAINLOOP);
    }

    public void setPort(int port) {
        this.port = port;
    }

    public void setBindAddress(String bindAddress) {
        this.bindAddress = bindAddress;
    }

    public void setUiDir(Path uiDir) {
        this.uiDir = uiDir;
    }

    /** The port actually bound (useful with port 0), or -1 when not running. */
    public int getPort() {
        if (server == null || server.getConnectors().length == 0) {
            return -1;
        }
        return ((ServerConnector)server.getConnectors()[0]).getLocalPort();
    }

    public String getApiUrl() {
        return "http://" + bindAddress + ":" + getPort() + "/client/api";
    }

    private int configuredPort() {
        if (port != null) {
            return port;
        }
        if (options != null) {
            return options.getPort();
        }
        String env = System.getenv("DEVCLOUD_PORT");
        return env == null || env.isBlank() ? 8080 : Integer.parseInt(env.trim());
    }

    @Override
    public synchronized boolean start() {
        if (server != null) {
            return true;
        }
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("devcloud-api");
        Server s = new Server(threads);
        ServerConnector connector = new ServerConnector(s);
        connector.setHost(bindAddress);
        connector.setPort(configuredPort());
        s.addConnector(connector);

        if (uiDir == null && options != null && options.getRepoDir() != null) {
            uiDir = options.getRepoDir().resolve("ui").resolve("dist");
        }
        ServletContextHandler client = new ServletContextHandler(ServletContextHandler.SESSIONS);
        client.setContextPath("/client");
        client.getSessionHandler().setMaxInactiveInterval(ApiServlet.SESSION_TIMEOUT_SECONDS);
        client.getSessionHandler().getSessionCookieConfig().setHttpOnly(true);
        client.addServlet(new ServletHolder("api", new ApiServlet(dispatcher, registry, accountService, authService)), "/api");
        if (uiDir != null && Files.isRegularFile(uiDir.resolve("index.html"))) {
            ServletHolder ui = new ServletHolder("ui", DefaultServlet.class);
            ui.setInitParameter("resourceBase", uiDir.toAbsolutePath().toString());
            ui.setInitParameter("dirAllowed", "false");
            ui.setInitParameter("redirectWelcome", "false");
            client.setWelcomeFiles(new String[] {"index.html"});
            client.addServlet(ui, "/");
        } else {
            client.addServlet(new ServletHolder("ui-missing", new UiMissingServlet(uiDir)), "/");
        }

        ServletContextHandler root = new ServletContextHandler();
        root.setContextPath("/");
        root.addServlet(new ServletHolder("root", new RootRedirectServlet()), "/");

        ContextHandlerCollection contexts = new ContextHandlerCollection();
        contexts.addHandler(client);
        contexts.addHandler(root);
        s.setHandler(contexts);
        s.setStopAtShutdown(false);
        try {
            s.start();
        } catch (Exception e) {
            try {
                s.stop();
            } catch (Exception ignored) {
                // already failing
            }
            throw new IllegalStateException("Cannot start the API server on " + bindAddress + ":" + configuredPort() + ": " + e.getMessage(), e);
        }
        server = s;
        logger.info("API at {}, UI at http://{}:{}/client/", getApiUrl(), bindAddress, getPort());
        return true;
    }

    @Override
    public synchronized boolean stop() {
        if (server != null) {
            try {
                server.stop();
            } catch (Exception e) {
                logger.warn("Stopping the API server failed: {}", e.getMessage());
            }
            server = null;
        }
        return true;
    }

    public InetSocketAddress getAddress() {
        return new InetSocketAddress(bindAddress, getPort());
    }

    /** {@code /} → {@code /client/}, as a CloudStack management server's front page does. */
    private static final class RootRedirectServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            if ("/".equals(req.getRequestURI())) {
                resp.sendRedirect("/client/");
            } else {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        }
    }

    /** Shown at {@code /client/} when the UI was not built. */
    private static final class UiMissingServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final String dir;

        UiMissingServlet(Path dir) {
            this.dir = dir == null ? "ui/dist" : dir.toString();
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
            resp.setContentType("text/html; charset=UTF-8");
            resp.getWriter().print("<!DOCTYPE html><html><head><title>devcloud</title></head><body><h1>The UI is not built</h1>"
                + "<p>No <code>index.html</code> in <code>" + ApiResponseSerializer.escapeXml(dir) + "</code>. Build it with "
                + "<code>cd ui &amp;&amp; npm ci &amp;&amp; npm run build</code> and restart devcloud. The API is at "
                + "<a href=\"/client/api\">/client/api</a>.</p></body></html>");
        }
    }
}
