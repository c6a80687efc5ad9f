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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.agent.api.Answer;
import com.cloud.agent.api.routing.NetworkElementCommand;

/**
 * devcloud's "hypervisor host": the public segment, the router namespaces and guest VMs of one instance, and the
 * VR agent that runs router commands on them. Routers are looked up by instance name, as an agent finds a VR from
 * the command's router.name access detail.
 */
public class VrHostManager {
    private static final Logger LOGGER = LogManager.getLogger(VrHostManager.class);

    private final DevCloudNames names;
    private final VrImage image;
    private final Path runDir;
    private final int fileMb;
    private final PublicSegment publicSegment;
    private final VrAgent agent;
    private final Map<Long, RouterNamespace> routers = new ConcurrentHashMap<>();
    private final Map<String, RouterNamespace> routersByName = new ConcurrentHashMap<>();
    private final Map<Long, GuestVm> vms = new ConcurrentHashMap<>();

    public VrHostManager(DevCloudNames names, VrImage image, Path runDir, int fileMb) {
        this(names, image, runDir, fileMb, new VrAgent());
    }

    public VrHostManager(DevCloudNames names, VrImage image, Path runDir, int fileMb, VrAgent agent) {
        this.names = names;
        this.image = image;
        this.runDir = runDir;
        this.fileMb = fileMb;
        this.publicSegment = new PublicSegment(names);
        this.agent = agent;
    }

    public DevCloudNames getNames() {
        return names;
    }

    public PublicSegment getPublicSegment() {
        return publicSegment;
    }

    /** Clears what a crashed run with the same prefix left, then lays the public segment. */
    public void start() {
        List<String> leftovers = HostCleaner.removeAll(names, runDir);
        if (!leftovers.isEmpty()) {
            LOGGER.warn("Removed leftovers of a previous run: {}", leftovers);
        }
        publicSegment.create();
    }

    /** A guest VM namespace serving its test file; its link comes with its router. */
    public synchronized GuestVm createGuestVm(long vmId, String ip) {
        GuestVm vm = new GuestVm(names.guestVmNetns(vmId), ip, runDir.resolve("vms").resolve(names.guestVmNetns(vmId)));
        vm.create();
        vms.put(vmId, vm);
        return vm;
    }

    public void startFileServer(long vmId) {
        vms.get(vmId).startFileServer(fileMb);
    }

    public GuestVm getGuestVm(long vmId) {
        return vms.get(vmId);
    }

    /** Builds (or rebuilds from nothing) a router namespace. */
    public synchronized RouterNamespace buildRouter(RouterSpec spec) {
        destroyRouter(spec.getRouterId());
        RouterNamespace router = new RouterNamespace(names, spec, publicSegment, image, runDir.resolve("routers"));
        try {
            router.create();
        } catch (RuntimeException e) {
            router.destroy();
            throw e;
        }
        routers.put(spec.getRouterId(), router);
        routersByName.put(spec.getInstanceName(), router);
        return router;
    }

    public synchronized void destroyRouter(long routerId) {
        RouterNamespace old = routers.remove(routerId);
        if (old != null) {
            routersByName.remove(old.getSpec().getInstanceName());
            old.destroy();
        }
    }

    public RouterNamespace getRouter(long routerId) {
        return routers.get(routerId);
    }

    public RouterNamespace getRouter(String instanceName) {
        return instanceName == null ? null : routersByName.get(instanceName);
    }

    public Answer execute(String routerInstanceName, NetworkElementCommand cmd) {
        RouterNamespace router = getRouter(routerInstanceName);
        if (router == null) {
            return new Answer(cmd, false, "Unable to find router " + routerInstanceName + " on this host");
        }
        return agent.execute(router, cmd);
    }

    /** Removes everything of this instance from the host: processes, namespaces (with their links), run files. */
    public synchronized void shutdown() {
        for (GuestVm vm : vms.values()) {
            try {
                vm.destroy();
            } catch (RuntimeException e) {
                LOGGER.warn("Unable to remove guest VM {}: {}", vm.getNetns(), e.getMessage());
            }
        }
        vms.clear();
        routers.clear();
        routersByName.clear();
        HostCleaner.removeAll(names, runDir);
    }
}
