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
package com.cloud.agent.api.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;

import org.junit.jupiter.api.Test;

import com.cloud.agent.api.LogLevel;

class WireGuardVpnCfgCommandTest {

    private static LogLevel.Log4jLevel logLevelOf(Class<?> clazz, String field) throws NoSuchFieldException {
        Field f = clazz.getDeclaredField(field);
        LogLevel level = f.getAnnotation(LogLevel.class);
        assertNotNull(level, field + " must carry @LogLevel");
        return level.value();
    }

    @Test
    void keysAreKeptOutOfTheAgentRequestLog() throws NoSuchFieldException {
        assertEquals(LogLevel.Log4jLevel.Off, logLevelOf(WireGuardVpnCfgCommand.class, "privateKey"));
        assertEquals(LogLevel.Log4jLevel.Off, logLevelOf(WireGuardVpnCfgCommand.Peer.class, "presharedKey"));
    }

    @Test
    void pushesForOneRouterRunInSequence() {
        assertTrue(new WireGuardVpnCfgCommand("u", true).executeInSequence());
    }

    @Test
    void statusCommandIsAQuery() {
        assertTrue(new GetWireGuardVpnStatusCommand(null).isQuery());
    }
}
