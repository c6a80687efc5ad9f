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

import static org.apache.cloudstack.devcloud.vr.HostCommand.argv;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.utils.exception.CloudRuntimeException;

/** Named network namespaces (`ip netns`), the processes in them, and commands run inside them. */
public final class Netns {
    private static final Logger LOGGER = LogManager.getLogger(Netns.class);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    public static final String IP = "/usr/sbin/ip";

    private Netns() {
    }

    public static String validName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Invalid namespace name: " + name);
        }
        return name;
    }

    public static void add(String name) {
        HostCommand.check(IP, "netns", "add", validName(name));
        // loopback is down in a new namespace; servers bound to 127.0.0.1 and local sockets need it
        HostCommand.check(IP, "-n", name, "link", "set", "lo", "up");
    }

    public static boolean exists(String name) {
        return list().contains(name);
    }

    public static List<String> list() {
        List<String> names = new ArrayList<>();
        for (String line : HostCommand.check(IP, "netns", "list").getStdout().split("\n")) {
            String n = line.trim();
            if (!n.isEmpty()) {
                // "name (id: 3)" when the namespace has an id
                int sp = n.indexOf(' ');
                names.add(sp > 0 ? n.substring(0, sp) : n);
            }
        }
        return names;
    }

    public static List<Long> pids(String name) {
        List<Long> pids = new ArrayList<>();
        HostCommand.Result r = HostCommand.run(IP, "netns", "pids", validName(name));
        if (!r.isSuccess()) {
            return pids;
        }
        for (String line : r.getStdout().split("\n")) {
            String s = line.trim();
            if (!s.isEmpty()) {
                pids.add(Long.parseLong(s));
            }
        }
        return pids;
    }

    /** Ends every process in the namespace (TERM, then KILL after a grace period) and removes the namespace. */
    public static void delete(String name) {
        validName(name);
        killAll(name);
        HostCommand.Result r = HostCommand.run(IP, "netns", "delete", name);
        if (!r.isSuccess() && exists(name)) {
            throw new CloudRuntimeException("Unable to delete namespace " + name + ": " + r.getStderr().strip());
        }
    }

    public static void killAll(String name) {
        List<Long> pids = pids(name);
        if (pids.isEmpty()) {
            return;
        }
        for (long pid : pids) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (System.nanoTime() < deadline && !pids(name).isEmpty()) {
            sleep(50);
        }
        for (long pid : pids(name)) {
            LOGGER.warn("Process {} in namespace {} ignored TERM; killing it", pid, name);
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (System.nanoTime() < deadline && !pids(name).isEmpty()) {
            sleep(50);
        }
    }

    /** argv that runs the given argv inside the namespace. */
    public static List<String> exec(String name, Object... command) {
        return argv(IP, "netns", "exec", validName(name), argv(command));
    }

    public static HostCommand.Result run(String name, Object... command) {
        return HostCommand.run(exec(name, command));
    }

    public static HostCommand.Result check(String name, Object... command) {
        return HostCommand.check(exec(name, command));
    }

    /** `ip -n NAME ...` */
    public static HostCommand.Result ip(String name, Object... args) {
        return HostCommand.check(argv(IP, "-n", validName(name), argv(args)));
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloudRuntimeException("Interrupted", e);
        }
    }
}
