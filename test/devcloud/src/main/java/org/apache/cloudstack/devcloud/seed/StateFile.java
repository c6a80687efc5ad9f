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
package org.apache.cloudstack.devcloud.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * Writes devcloud.json and its companion cloudstack.ini (a `cs` configuration with one section per account): both
 * hold API secrets and passwords, so they are 0600 and written atomically (temp file, rename).
 */
public final class StateFile {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private StateFile() {
    }

    public static Path csConfigFor(Path stateFile) {
        return stateFile.resolveSibling("cloudstack.ini");
    }

    public static void write(Path stateFile, DevCloudState state) {
        writeSecret(stateFile, GSON.toJson(state.toMap()) + "\n");
        writeSecret(csConfigFor(stateFile), csConfig(state));
    }

    static String csConfig(DevCloudState state) {
        StringBuilder sb = new StringBuilder("# cs (the cloudstack command) configuration written by devcloud; one section per account\n");
        List<Map<String, Object>> accounts = state.getAccounts();
        for (Map<String, Object> a : accounts) {
            sb.append('[').append(a.get("name")).append("]\n");
            sb.append("endpoint = ").append(state.getApiUrl()).append('\n');
            sb.append("key = ").append(a.get("api_key")).append('\n');
            sb.append("secret = ").append(a.get("secret_key")).append("\n\n");
        }
        return sb.toString();
    }

    public static void delete(Path stateFile) {
        try {
            Files.deleteIfExists(stateFile);
            Files.deleteIfExists(csConfigFor(stateFile));
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to delete " + stateFile, e);
        }
    }

    private static void writeSecret(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to write " + file, e);
        }
    }
}
