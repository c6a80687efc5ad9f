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
package org.apache.cloudstack.devcloud.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.ResponseObject.ResponseView;
import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;

import com.cloud.utils.component.ManagerBase;
import com.cloud.utils.component.PluggableService;
import com.cloud.utils.exception.CloudRuntimeException;

/**
 * API name to command class, collected from every {@link PluggableService} bean (ApiServer.start),
 * and the role rule for each name.
 *
 * <p>Role rule: the root admin may call every API (CloudStack's default dynamic roles give the Root
 * Admin role the rule {@code *}); every other role may call an API only when its RoleType is listed in
 * {@code @APICommand(authorized=…)}. An API that lists no roles is therefore root-admin only, which is
 * what the static checker's annotation rule gives (no role listed, no role allowed) once the root
 * admin's wildcard is added.
 */
public class ApiCommandRegistry extends ManagerBase implements ApplicationContextAware {

    private final Map<String, List<Class<? extends BaseCmd>>> commands = new LinkedHashMap<>();
    private ApplicationContext applicationContext;

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
        this.applicationContext = applicationContext;
    }

    @Override
    public boolean start() {
        refresh();
        return true;
    }

    /** Re-reads the commands of every PluggableService bean. */
    public synchronized void refresh() {
        Set<Class<?>> classes = new LinkedHashSet<>();
        for (PluggableService service : applicationContext.getBeansOfType(PluggableService.class).values()) {
            List<Class<?>> serviceCommands = service.getCommands();
            if (serviceCommands != null) {
                classes.addAll(serviceCommands);
            }
        }
        commands.clear();
        for (Class<?> clazz : classes) {
            register(clazz);
        }
        logger.info("API registry: {} commands from {} pluggable services", commands.size(),
            applicationContext.getBeansOfType(PluggableService.class).size());
    }

    @SuppressWarnings("unchecked")
    public synchronized void register(Class<?> clazz) {
        APICommand at = clazz.getAnnotation(APICommand.class);
        if (at == null) {
            throw new CloudRuntimeException(String.format("%s is claimed as a API command, but it doesn't have @APICommand annotation", clazz.getName()));
        }
        if (!BaseCmd.class.isAssignableFrom(clazz)) {
            throw new CloudRuntimeException(String.format("%s is claimed as a API command, but it is not a BaseCmd", clazz.getName()));
        }
        List<Class<? extends BaseCmd>> list = commands.computeIfAbsent(at.name(), k -> new ArrayList<>());
        if (!list.contains(clazz)) {
            list.add((Class<? extends BaseCmd>)clazz);
        }
    }

    public synchronized boolean exists(String name) {
        return name != null && commands.containsKey(name);
    }

    /**
     * The class for the name; where several classes share a name (CloudStack's admin/user pairs) the
     * one whose response view fits the caller.
     */
    public synchronized Class<? extends BaseCmd> getCommandClass(String name, boolean rootAdmin) {
        List<Class<? extends BaseCmd>> list = name == null ? null : commands.get(name);
        if (list == null || list.isEmpty()) {
            return null;
        }
        if (list.size() == 1) {
            return list.get(0);
        }
        ResponseView view = rootAdmin ? ResponseView.Full : ResponseView.Restricted;
        for (Class<? extends BaseCmd> c : list) {
            if (c.getAnnotation(APICommand.class).responseView() == view) {
                return c;
            }
        }
        return list.get(0);
    }

    public synchronized Collection<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(commands.keySet()));
    }

    public synchronized List<Class<? extends BaseCmd>> allClasses() {
        List<Class<? extends BaseCmd>> all = new ArrayList<>();
        for (List<Class<? extends BaseCmd>> list : commands.values()) {
            all.addAll(list);
        }
        return all;
    }

    public synchronized boolean isAllowed(String name, RoleType role) {
        if (role == RoleType.Admin) {
            return exists(name);
        }
        List<Class<? extends BaseCmd>> list = commands.get(name);
        if (list == null || role == null) {
            return false;
        }
        for (Class<? extends BaseCmd> c : list) {
            if (Arrays.asList(c.getAnnotation(APICommand.class).authorized()).contains(role)) {
                return true;
            }
        }
        return false;
    }
}
