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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.agent.api.Answer;
import com.cloud.agent.api.routing.GetWireGuardVpnStatusAnswer;
import com.cloud.agent.api.routing.GetWireGuardVpnStatusCommand;
import com.cloud.agent.api.routing.NetworkElementCommand;
import com.cloud.agent.resource.virtualnetwork.ConfigItem;
import com.cloud.agent.resource.virtualnetwork.FileConfigItem;
import com.cloud.agent.resource.virtualnetwork.ScriptConfigItem;
import com.cloud.agent.resource.virtualnetwork.VRScripts;
import com.cloud.agent.resource.virtualnetwork.facade.AbstractConfigItemFacade;
import com.cloud.utils.exception.CloudRuntimeException;

/**
 * devcloud's VirtualRoutingResource: turns an agent command for a router into its config items with CloudStack's
 * own facade and carries them out on the router namespace the way the real resource does over SSH -- a
 * FileConfigItem becomes a file in the router's /var/cache/cloud, a ScriptConfigItem runs
 * /opt/cloud/bin/&lt;script&gt; &lt;args&gt; on the router -- stopping at the first failure. The answer carries the
 * script's error text. Query commands run their status script and return its output.
 */
public class VrAgent {
    private static final Logger LOGGER = LogManager.getLogger(VrAgent.class);

    /** A databag name as the facades make them (e.g. wireguard_vpn.json.&lt;uuid&gt;): no path, no shell syntax. */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}");
    private static final Pattern SCRIPT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,100}");
    /** CloudStack's scripts get their arguments through an SSH shell; here each word is an argv item and must be plain. */
    private static final Pattern ARG = Pattern.compile("[A-Za-z0-9._:/=,@+-]{1,512}");

    private final long scriptTimeoutSeconds;

    public VrAgent() {
        this(VRScripts.VR_SCRIPT_EXEC_TIMEOUT.getStandardSeconds());
    }

    public VrAgent(long scriptTimeoutSeconds) {
        this.scriptTimeoutSeconds = scriptTimeoutSeconds;
    }

    public Answer execute(RouterNamespace router, NetworkElementCommand cmd) {
        if (router == null || !router.exists()) {
            return new Answer(cmd, false, "Router " + (router == null ? "?" : router.getSpec().getInstanceName()) + " is not running");
        }
        try {
            if (cmd.isQuery()) {
                return executeQuery(router, cmd);
            }
            List<ConfigItem> items = AbstractConfigItemFacade.getInstance(cmd.getClass()).generateConfig(cmd);
            return applyConfig(router, cmd, items);
        } catch (CloudRuntimeException | IllegalArgumentException | UncheckedIOException e) {
            LOGGER.warn("{} failed on router {}: {}", cmd, router.getSpec().getInstanceName(), e.getMessage());
            return new Answer(cmd, false, e.getMessage());
        }
    }

    Answer applyConfig(RouterNamespace router, NetworkElementCommand cmd, List<ConfigItem> items) {
        if (items == null || items.isEmpty()) {
            return new Answer(cmd, true, "Nothing to do");
        }
        String details = null;
        for (ConfigItem item : items) {
            if (item instanceof FileConfigItem) {
                writeFile(router, (FileConfigItem)item);
            } else if (item instanceof ScriptConfigItem) {
                HostCommand.Result r = runScript(router, (ScriptConfigItem)item);
                if (!r.isSuccess()) {
                    String reason = !r.getStderr().isBlank() ? r.getStderr().strip() : r.getStdout().strip();
                    LOGGER.warn("{} on router {} failed with exit code {}: {}", ((ScriptConfigItem)item).getScript(), router.getSpec().getInstanceName(),
                        r.getExitCode(), reason);
                    return new Answer(cmd, false, reason.isEmpty() ? ((ScriptConfigItem)item).getScript() + " exited " + r.getExitCode() : reason);
                }
                details = r.getStdout().strip();
            } else {
                return new Answer(cmd, false, "Unknown configuration item " + item.getClass().getName());
            }
        }
        return new Answer(cmd, true, details == null || details.isEmpty() ? null : details);
    }

    /** Writes the item into the router's /var/cache/cloud (host side of its bind mount): 0600, atomically. */
    void writeFile(RouterNamespace router, FileConfigItem item) {
        String dir = item.getFilePath();
        if (!VRScripts.CONFIG_PERSIST_LOCATION.equals(dir) && !VRScripts.CONFIG_PERSIST_LOCATION.equals(dir + "/")) {
            throw new IllegalArgumentException("Refusing to write outside " + VRScripts.CONFIG_PERSIST_LOCATION + ": " + dir);
        }
        String name = item.getFileName();
        if (name == null || !FILE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Invalid configuration file name: " + name);
        }
        Path target = router.getCacheDir().resolve(name);
        Path tmp = router.getCacheDir().resolve("." + name + ".tmp");
        try {
            Files.createDirectories(router.getCacheDir());
            Files.deleteIfExists(tmp);
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(tmp, item.getFileContents().getBytes(StandardCharsets.UTF_8), StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.SYNC);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to write " + name + " on router " + router.getSpec().getInstanceName(), e);
        }
    }

    HostCommand.Result runScript(RouterNamespace router, ScriptConfigItem item) {
        List<String> argv = scriptArgv(item.getScript(), item.getArgs());
        LOGGER.debug("Running {} on router {}", argv, router.getSpec().getInstanceName());
        return HostCommand.run(router.onRouter(argv), null, scriptTimeoutSeconds);
    }

    static List<String> scriptArgv(String script, String args) {
        if (script == null || !SCRIPT.matcher(script).matches()) {
            throw new IllegalArgumentException("Invalid router script name: " + script);
        }
        List<String> argv = new ArrayList<>();
        argv.add("/opt/cloud/bin/" + script);
        if (args != null) {
            for (String word : args.trim().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                if (!ARG.matcher(word).matches()) {
                    throw new IllegalArgumentException("Invalid argument for " + script + ": " + word);
                }
                argv.add(word);
            }
        }
        return argv;
    }

    /** Query commands, as VirtualRoutingResource.executeQueryCommand dispatches them by class. */
    Answer executeQuery(RouterNamespace router, NetworkElementCommand cmd) {
        if (cmd instanceof GetWireGuardVpnStatusCommand) {
            GetWireGuardVpnStatusCommand status = (GetWireGuardVpnStatusCommand)cmd;
            HostCommand.Result r = HostCommand.run(router.onRouter(scriptArgv(GetWireGuardVpnStatusCommand.STATUS_SCRIPT,
                GetWireGuardVpnStatusCommand.STATUS_ARGS)), null, scriptTimeoutSeconds);
            if (!r.isSuccess()) {
                String reason = r.getStderr().isBlank() ? GetWireGuardVpnStatusCommand.STATUS_SCRIPT + " status exited " + r.getExitCode() : r.getStderr().strip();
                return new GetWireGuardVpnStatusAnswer(status, false, reason, null);
            }
            return new GetWireGuardVpnStatusAnswer(status, true, null, r.getStdout().strip());
        }
        LOGGER.error("Unknown query command in devcloud's VR agent: {}", cmd.getClass().getName());
        return Answer.createUnsupportedCommandAnswer(cmd);
    }
}
