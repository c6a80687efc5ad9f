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
package com.cloud.agent.resource.virtualnetwork.facade;

import java.util.Hashtable;
import java.util.LinkedList;
import java.util.List;
import java.util.UUID;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.agent.api.routing.NetworkElementCommand;
import com.cloud.agent.resource.virtualnetwork.ConfigItem;
import com.cloud.agent.resource.virtualnetwork.FileConfigItem;
import com.cloud.agent.resource.virtualnetwork.ScriptConfigItem;
import com.cloud.agent.resource.virtualnetwork.VRScripts;
import com.cloud.agent.resource.virtualnetwork.model.ConfigBase;
import com.cloud.utils.exception.CloudRuntimeException;
import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

public abstract class AbstractConfigItemFacade {

    protected Logger logger = LogManager.getLogger(getClass());

    private final static Gson gson;

    private static Hashtable<Class<? extends NetworkElementCommand>, AbstractConfigItemFacade> flyweight = new Hashtable<>();

    static {
        gson = new GsonBuilder()
            .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
            .disableHtmlEscaping()
            .create();

        // CloudStack registers each of its router commands here, one line per command. This shim has
        // none of CloudStack's own commands; it carries only the registration docs/INTEGRATION.md adds.
        register("com.cloud.agent.api.routing.WireGuardVpnCfgCommand",
                "com.cloud.agent.resource.virtualnetwork.facade.WireGuardVpnConfigItem");
    }

    @SuppressWarnings("unchecked")
    private static void register(String commandClass, String facadeClass) {
        try {
            ClassLoader loader = AbstractConfigItemFacade.class.getClassLoader();
            Class<? extends NetworkElementCommand> command = (Class<? extends NetworkElementCommand>)Class.forName(commandClass, false, loader);
            AbstractConfigItemFacade facade = (AbstractConfigItemFacade)Class.forName(facadeClass, true, loader).getDeclaredConstructor().newInstance();
            flyweight.put(command, facade);
        } catch (ClassNotFoundException e) {
            // the command's module is not on the class path (for instance when only the shim is loaded)
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Unable to register the configuration item for " + commandClass, e);
        }
    }

    protected String destinationFile;

    public static AbstractConfigItemFacade getInstance(final Class<? extends NetworkElementCommand> key) {
        if (!flyweight.containsKey(key)) {
            throw new CloudRuntimeException("Unable to process the configuration for " + key.getName());
        }
        return flyweight.get(key);
    }

    private static String appendUuidToJsonFiles(final String filename) {
        String remoteFileName = filename;
        if (remoteFileName.endsWith("json")) {
            remoteFileName += "." + UUID.randomUUID().toString();
        }
        return remoteFileName;
    }

    protected List<ConfigItem> generateConfigItems(final ConfigBase configuration) {
        final List<ConfigItem> cfg = new LinkedList<>();

        final String remoteFilename = appendUuidToJsonFiles(destinationFile);
        logger.debug("Transformed filename: {} to: {}", destinationFile, remoteFilename);

        cfg.add(new FileConfigItem(VRScripts.CONFIG_PERSIST_LOCATION, remoteFilename, gson.toJson(configuration)));

        // By default keep files in processed cache on VR
        final String args = configuration.shouldDeleteFromProcessedCache() ? remoteFilename + " false" : remoteFilename;
        cfg.add(new ScriptConfigItem(VRScripts.UPDATE_CONFIG, args));
        return cfg;
    }

    public abstract List<ConfigItem> generateConfig(NetworkElementCommand cmd);
}
