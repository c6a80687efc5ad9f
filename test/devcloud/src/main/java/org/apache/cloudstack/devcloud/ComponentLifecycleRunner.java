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

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.naming.ConfigurationException;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.context.ApplicationContext;

import com.cloud.utils.component.ComponentLifecycle;

/**
 * CloudStack's component life cycle over devcloud's context: every ComponentLifecycle bean is configured, then
 * every one is started, both in run-level order (bean order within a level); stop runs in the reverse order.
 */
public class ComponentLifecycleRunner {
    private static final Logger LOGGER = LogManager.getLogger(ComponentLifecycleRunner.class);

    private final List<ComponentLifecycle> components = new ArrayList<>();
    private final List<ComponentLifecycle> started = new ArrayList<>();

    public ComponentLifecycleRunner(ApplicationContext ctx) {
        Map<String, ComponentLifecycle> beans = ctx.getBeansOfType(ComponentLifecycle.class);
        components.addAll(beans.values());
        // List.sort is stable: within one run level the context's bean order stays
        components.sort(Comparator.comparingInt(ComponentLifecycle::getRunLevel));
    }

    public List<ComponentLifecycle> getComponents() {
        return Collections.unmodifiableList(components);
    }

    public void configureAndStart() {
        for (ComponentLifecycle c : components) {
            try {
                if (!c.configure(c.getName(), c.getConfigParams())) {
                    throw new IllegalStateException("Failed to configure " + c.getName());
                }
            } catch (ConfigurationException e) {
                throw new IllegalStateException("Failed to configure " + c.getName() + ": " + e.getMessage(), e);
            }
        }
        for (ComponentLifecycle c : components) {
            if (!c.start()) {
                throw new IllegalStateException("Failed to start " + c.getName());
            }
            started.add(c);
        }
        LOGGER.info("Started {} components", started.size());
    }

    /** Stops what was started, last first; one component failing to stop does not keep the others running. */
    public void stop() {
        for (int i = started.size() - 1; i >= 0; i--) {
            ComponentLifecycle c = started.get(i);
            try {
                if (!c.stop()) {
                    LOGGER.warn("{} did not stop cleanly", c.getName());
                }
            } catch (RuntimeException e) {
                LOGGER.warn("{} failed to stop: {}", c.getName(), e.getMessage(), e);
            }
        }
        started.clear();
    }
}
