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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Removes what one devcloud instance put on the host, found by its prefix alone: every namespace named
 * "&lt;prefix&gt;-..." (with the processes in it -- file servers, wireguard-go -- and the veths and bridge inside it)
 * and the run folder. Used on stop, and at start to clear the leftovers of a run that crashed.
 */
public final class HostCleaner {
    private static final Logger LOGGER = LogManager.getLogger(HostCleaner.class);

    private HostCleaner() {
    }

    /** @return the namespaces it removed */
    public static List<String> removeNamespaces(DevCloudNames names) {
        List<String> removed = new ArrayList<>();
        for (String ns : Netns.list()) {
            if (ns.startsWith(names.namespacePrefix())) {
                Netns.delete(ns);
                removed.add(ns);
            }
        }
        return removed;
    }

    public static List<String> removeAll(DevCloudNames names, Path runDir) {
        List<String> removed = removeNamespaces(names);
        FileTree.deleteRecursively(runDir);
        if (!removed.isEmpty()) {
            LOGGER.info("Removed namespaces {}", removed);
        }
        return removed;
    }
}
