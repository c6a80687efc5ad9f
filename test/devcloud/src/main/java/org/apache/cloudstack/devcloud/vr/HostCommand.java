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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import com.cloud.utils.exception.CloudRuntimeException;

/**
 * Runs one host command as an argv list (never through a shell) and collects its exit code and output.
 * Every namespace, link and iptables change devcloud makes goes through here.
 */
public final class HostCommand {
    public static final long DEFAULT_TIMEOUT_SECONDS = 120;

    private HostCommand() {
    }

    public static final class Result {
        private final List<String> argv;
        private final int exitCode;
        private final String stdout;
        private final String stderr;

        Result(List<String> argv, int exitCode, String stdout, String stderr) {
            this.argv = argv;
            this.exitCode = exitCode;
            this.stdout = stdout;
            this.stderr = stderr;
        }

        public int getExitCode() {
            return exitCode;
        }

        public boolean isSuccess() {
            return exitCode == 0;
        }

        public String getStdout() {
            return stdout;
        }

        public String getStderr() {
            return stderr;
        }

        public List<String> getArgv() {
            return argv;
        }

        /** The reason of a failure for an answer or an exception: stderr first, as the VR scripts put their reason there. */
        public String describeFailure() {
            String reason = !stderr.isBlank() ? stderr.strip() : stdout.strip();
            return String.join(" ", argv.subList(0, Math.min(argv.size(), 8))) + (argv.size() > 8 ? " ..." : "") + " exited " + exitCode
                + (reason.isEmpty() ? "" : ": " + reason);
        }
    }

    public static Result run(String... argv) {
        return run(Arrays.asList(argv), null, DEFAULT_TIMEOUT_SECONDS);
    }

    public static Result run(List<String> argv) {
        return run(argv, null, DEFAULT_TIMEOUT_SECONDS);
    }

    /** Runs argv, feeding stdin (may be null), and waits at most timeoutSeconds. */
    public static Result run(List<String> argv, byte[] stdin, long timeoutSeconds) {
        List<String> copy = List.copyOf(argv);
        ProcessBuilder pb = new ProcessBuilder(copy);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new CloudRuntimeException("Unable to run " + copy.get(0) + ": " + e.getMessage(), e);
        }
        CompletableFuture<byte[]> out = drain(p.getInputStream());
        CompletableFuture<byte[]> err = drain(p.getErrorStream());
        try (OutputStream in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin);
            }
        } catch (IOException e) {
            // the process may exit before reading its input; its exit code says what happened
        }
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
                throw new CloudRuntimeException(copy.get(0) + " did not finish within " + timeoutSeconds + "s: " + String.join(" ", copy));
            }
            return new Result(copy, p.exitValue(), new String(out.get(), StandardCharsets.UTF_8), new String(err.get(), StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new CloudRuntimeException("Interrupted while running " + copy.get(0), e);
        } catch (ExecutionException e) {
            throw new CloudRuntimeException("Unable to read the output of " + copy.get(0), e);
        }
    }

    /** Runs argv and throws with its stderr when it fails. */
    public static Result check(String... argv) {
        return check(Arrays.asList(argv));
    }

    public static Result check(List<String> argv) {
        Result r = run(argv);
        if (!r.isSuccess()) {
            throw new CloudRuntimeException(r.describeFailure());
        }
        return r;
    }

    public static Result checkWithInput(List<String> argv, String stdin) {
        Result r = run(argv, stdin.getBytes(StandardCharsets.UTF_8), DEFAULT_TIMEOUT_SECONDS);
        if (!r.isSuccess()) {
            throw new CloudRuntimeException(r.describeFailure());
        }
        return r;
    }

    public static List<String> argv(Object... parts) {
        List<String> l = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof List) {
                for (Object o : (List<?>)part) {
                    l.add(String.valueOf(o));
                }
            } else {
                l.add(String.valueOf(part));
            }
        }
        return l;
    }

    private static CompletableFuture<byte[]> drain(InputStream in) {
        // one thread per stream: the common pool has a single worker on a 2-core machine, and a process that
        // fills its stderr while stdout is drained first would block forever
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try (InputStream s = in) {
                s.transferTo(buf);
            } catch (IOException e) {
                // the process went away; what was read so far is the output
            }
            result.complete(buf.toByteArray());
        }, "drain");
        t.setDaemon(true);
        t.start();
        return result;
    }
}
