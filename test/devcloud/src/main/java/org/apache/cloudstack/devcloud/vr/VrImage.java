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
package org.apache.cloudstack.devcloud.vr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Where the router code comes from: the systemvm scripts of the source tree (what a system VM image carries in
 * /opt/cloud/bin), devcloud's stand-in update_config.py, and the VR engineer's vrhost.py that runs a command "on"
 * one router. A router's /opt/cloud/bin is a fresh copy of the first two, as a rebuilt VR boots from its image.
 */
public class VrImage {
    private final Path systemvmBin;
    private final Path updateConfig;
    private final Path vrhost;

    public VrImage(Path systemvmBin, Path updateConfig, Path vrhost) {
        this.systemvmBin = systemvmBin;
        this.updateConfig = updateConfig;
        this.vrhost = vrhost;
    }

    public static VrImage fromRepo(Path repo) {
        return new VrImage(repo.resolve("systemvm/debian/opt/cloud/bin"), repo.resolve("test/devcloud/vr/update_config.py"),
            repo.resolve("systemvm/test/vrhost.py"));
    }

    public Path getSystemvmBin() {
        return systemvmBin;
    }

    public Path getUpdateConfig() {
        return updateConfig;
    }

    public Path getVrhost() {
        return vrhost;
    }

    /** Says what is missing, or null when the image is complete. */
    public String missing() {
        if (!Files.isRegularFile(vrhost)) {
            return vrhost + " (systemvm/test/vrhost.py)";
        }
        if (!Files.isRegularFile(updateConfig)) {
            return updateConfig.toString();
        }
        if (!Files.isDirectory(systemvmBin)) {
            return systemvmBin.toString();
        }
        return null;
    }

    /** Fills binDir with the router scripts (systemvm files + update_config.py), read-only for the router's sake. */
    public void install(Path binDir) {
        try {
            Files.createDirectories(binDir);
            if (Files.isDirectory(systemvmBin)) {
                try (Stream<Path> files = Files.walk(systemvmBin)) {
                    for (Path src : (Iterable<Path>)files::iterator) {
                        Path rel = systemvmBin.relativize(src);
                        if (rel.toString().contains("__pycache__")) {
                            continue;
                        }
                        Path dst = binDir.resolve(rel.toString());
                        if (Files.isDirectory(src)) {
                            Files.createDirectories(dst);
                        } else {
                            Files.copy(src, dst, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                        }
                    }
                }
            }
            Path dst = binDir.resolve("update_config.py");
            Files.copy(updateConfig, dst, StandardCopyOption.REPLACE_EXISTING);
            dst.toFile().setExecutable(true, false);
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to install the router scripts into " + binDir, e);
        }
    }
}
