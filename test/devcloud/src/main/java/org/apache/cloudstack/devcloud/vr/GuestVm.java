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
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.utils.exception.CloudRuntimeException;

/**
 * A guest VM as a network namespace behind its router (eth0 = guest IP, default route via the router), serving a
 * random test file over HTTP on its guest IP only, so a VPN client can prove it reaches the guest network by
 * downloading it and checking the sha256.
 */
public class GuestVm {
    private static final Logger LOGGER = LogManager.getLogger(GuestVm.class);
    public static final String FILE_NAME = "devcloud-test-file.bin";
    public static final int HTTP_PORT = 80;

    /**
     * python3's static file handler on a threading TCP server. Not `python3 -m http.server`: its HTTPServer looks up
     * the bind address's host name, and a guest namespace has no DNS, so it hangs for the resolver's timeout.
     */
    private static final String SERVER = String.join("\n",
        "import functools, http.server, socketserver, sys",
        "class Server(socketserver.ThreadingTCPServer):",
        "    allow_reuse_address = True",
        "    daemon_threads = True",
        "handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[3])",
        "Server((sys.argv[1], int(sys.argv[2])), handler).serve_forever()");

    private final String netns;
    private final String ip;
    private final Path wwwDir;
    private Process server;
    private String sha256;
    private long size;

    public GuestVm(String netns, String ip, Path vmDir) {
        this.netns = Netns.validName(netns);
        this.ip = ip;
        this.wwwDir = vmDir.resolve("www");
    }

    public String getNetns() {
        return netns;
    }

    public String getIp() {
        return ip;
    }

    public String getFileUrl() {
        return "http://" + ip + "/" + FILE_NAME;
    }

    public String getFileSha256() {
        return sha256;
    }

    public long getFileSize() {
        return size;
    }

    /** The namespace alone; its eth0 arrives when its router is built (the two ends of one veth pair). */
    public void create() {
        Netns.add(netns);
    }

    /** Writes a fresh random file of sizeMb MiB and starts serving it on ip:80. */
    public void startFileServer(int sizeMb) {
        writeFile(sizeMb);
        List<String> argv = Netns.exec(netns, "/usr/bin/python3", "-c", SERVER, ip, String.valueOf(HTTP_PORT), wwwDir.toString());
        ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(wwwDir.getParent().resolve("http.log").toFile());
        try {
            server = pb.start();
        } catch (IOException e) {
            throw new CloudRuntimeException("Unable to start the file server of " + netns, e);
        }
        waitForListener();
        LOGGER.info("Guest VM {} serves {} ({} bytes, sha256 {})", netns, getFileUrl(), size, sha256);
    }

    private void writeFile(int sizeMb) {
        try {
            Files.createDirectories(wwwDir);
            Path file = wwwDir.resolve(FILE_NAME);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            // a random seed per file, a fast generator for the bulk: the content only has to be unpredictable per run
            SplittableRandom random = new SplittableRandom(new SecureRandom().nextLong());
            byte[] block = new byte[1 << 20];
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int i = 0; i < sizeMb; i++) {
                    for (int j = 0; j < block.length; j += 8) {
                        long v = random.nextLong();
                        for (int k = 0; k < 8; k++) {
                            block[j + k] = (byte)(v >>> (8 * k));
                        }
                    }
                    digest.update(block);
                    out.write(block);
                }
            }
            sha256 = HexFormat.of().formatHex(digest.digest());
            size = (long)sizeMb << 20;
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to write the test file of " + netns, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void waitForListener() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new CloudRuntimeException("The file server of " + netns + " exited with " + server.exitValue());
            }
            HostCommand.Result r = Netns.run(netns, "ss", "-Hltn", "src", ip, "sport", "=", ":" + HTTP_PORT);
            if (r.isSuccess() && !r.getStdout().isBlank()) {
                return;
            }
            Netns.sleep(50);
        }
        throw new CloudRuntimeException("The file server of " + netns + " did not start listening on " + ip + ":" + HTTP_PORT);
    }

    public void destroy() {
        if (server != null) {
            server.destroy();
            try {
                if (!server.waitFor(3, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server = null;
        }
        if (Netns.exists(netns)) {
            Netns.delete(netns);
        }
        FileTree.deleteRecursively(wwwDir.getParent());
    }
}
