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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.cloudstack.devcloud.vr.DevCloudNames;
import org.apache.cloudstack.devcloud.vr.HostCleaner;
import org.apache.cloudstack.devcloud.vr.HostCommand;
import org.apache.cloudstack.devcloud.vr.Netns;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * devcloud as its users run it: the main class in a JVM of its own, in the foreground, with this run's prefix, port,
 * state file and data dir; stopped with SIGINT as Ctrl-C stops it. Knows how to look for what it may have left on the
 * host: namespaces and links of its prefix, processes in its namespaces or on its data dir, its run folder and state files.
 */
public final class DevCloudProcess {
    public final String prefix;
    public final int port;
    public final Path dataDir;
    public final Path stateFile;
    private final Path log;
    private Process process;
    private final Map<String, String> namespaceInodes = new TreeMap<>();
    private long startMillis;

    public DevCloudProcess(Path workDir, String prefix) {
        this.prefix = prefix;
        this.port = freePort();
        this.dataDir = workDir.resolve("data");
        this.stateFile = workDir.resolve("state").resolve("devcloud.json");
        this.log = workDir.resolve("devcloud-" + System.nanoTime() + ".log");
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String RESET_SIGNALS_AND_EXEC = "import os, signal, sys\n"
        + "signal.signal(signal.SIGINT, signal.SIG_DFL)\n"
        + "signal.signal(signal.SIGTERM, signal.SIG_DFL)\n"
        + "os.execvp(sys.argv[1], sys.argv[1:])\n";

    /** Starts devcloud and waits for its state file (as the end-to-end tests wait for it); the parsed state. */
    public JsonObject start(long timeoutSeconds) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        // A build started in the background (`mvn verify &`) hands its children SIGINT ignored, and a JVM keeps an ignored
        // SIGINT ignored: reset INT and TERM before exec, as scripts/devcloud.sh does, so the stop below is a real Ctrl-C.
        List<String> argv = new ArrayList<>(List.of("/usr/bin/python3", "-c", RESET_SIGNALS_AND_EXEC, java, "-cp", System.getProperty("java.class.path"), DevCloud.class.getName(),
            "--repo", HostTestSupport.repo().toString(), "--prefix", prefix, "--port", String.valueOf(port), "--state", stateFile.toString(),
            "--data-dir", dataDir.toString(), "--file-mb", "1"));
        long t0 = System.nanoTime();
        process = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (!Files.isRegularFile(stateFile)) {
            if (!process.isAlive()) {
                throw new AssertionError("devcloud exited with " + process.exitValue() + " before writing its state file:\n" + logTail());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("devcloud wrote no state file in " + timeoutSeconds + " s:\n" + logTail());
            }
            Thread.sleep(200);
        }
        startMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        System.out.println("devcloud " + prefix + " started in " + startMillis + " ms (state file written)");
        for (String ns : ownNamespaces()) {
            namespaceInodes.put(ns, HostCommand.check("stat", "-L", "-c", "%i", "/run/netns/" + ns).getStdout().strip());
        }
        return JsonParser.parseString(Files.readString(stateFile)).getAsJsonObject();
    }

    public long getStartMillis() {
        return startMillis;
    }

    /** SIGINT, as Ctrl-C in its terminal; the exit code. */
    public int interrupt(long timeoutSeconds) throws Exception {
        for (String ns : ownNamespaces()) {
            namespaceInodes.put(ns, HostCommand.check("stat", "-L", "-c", "%i", "/run/netns/" + ns).getStdout().strip());
        }
        HostCommand.check("kill", "-INT", String.valueOf(process.pid()));
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            String tail = logTail();
            forceStop();
            throw new AssertionError("devcloud did not stop within " + timeoutSeconds + " s of SIGINT:\n" + tail);
        }
        return process.exitValue();
    }

    /** Ends a devcloud that a failed test left running (SIGINT, then SIGKILL and {@link #forceStop()}). */
    public void kill() {
        if (process != null && process.isAlive()) {
            try {
                interrupt(60);
            } catch (Exception | AssertionError e) {
                forceStop();
            }
        }
    }

    /**
     * SIGKILL. A killed devcloud cleans nothing up: its namespaces (with the processes in them) and its database
     * server are removed here, so that a failed run leaves nothing on the machine.
     */
    private void forceStop() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        HostCleaner.removeNamespaces(new DevCloudNames(prefix));
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            all.filter(p -> p.info().commandLine().orElse("").contains(dataDir.toString())).forEach(ProcessHandle::destroyForcibly);
        }
    }

    public List<String> ownNamespaces() {
        List<String> own = new ArrayList<>();
        for (String ns : Netns.list()) {
            if (ns.startsWith(prefix + "-")) {
                own.add(ns);
            }
        }
        return own;
    }

    /** Everything of this devcloud still on the host: empty when it cleaned up. */
    public List<String> leftovers() throws IOException {
        List<String> found = new ArrayList<>();
        if (!ownNamespaces().isEmpty()) {
            found.add("namespaces " + ownNamespaces());
        }
        for (String line : HostCommand.check("ip", "-o", "link", "show").getStdout().split("\n")) {
            String[] f = line.split(":\\s+");
            if (f.length > 1 && f[1].startsWith(prefix)) {
                found.add("host link " + f[1]);
            }
        }
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            all.filter(p -> p.info().commandLine().orElse("").contains(dataDir.toString())).forEach(p -> found.add("process " + p.pid() + " "
                + p.info().commandLine().orElse("")));
        }
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : (Iterable<Path>)procs::iterator) {
                if (!proc.getFileName().toString().matches("\\d+")) {
                    continue;
                }
                Optional<String> net;
                try {
                    net = Optional.of(Files.readSymbolicLink(proc.resolve("ns/net")).toString());
                } catch (IOException e) {
                    net = Optional.empty();
                }
                for (Map.Entry<String, String> ns : namespaceInodes.entrySet()) {
                    if (net.isPresent() && net.get().equals("net:[" + ns.getValue() + "]")) {
                        found.add("process " + proc.getFileName() + " in namespace " + ns.getKey());
                    }
                }
            }
        }
        if (Files.exists(dataDir.resolve("run"))) {
            found.add("run folder " + dataDir.resolve("run"));
        }
        if (Files.exists(stateFile) || Files.exists(stateFile.resolveSibling("cloudstack.ini"))) {
            found.add("state files in " + stateFile.getParent());
        }
        return found;
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
