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

import java.lang.reflect.Field;

import javax.inject.Inject;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;

/**
 * Fills the {@code @Inject} fields of objects Spring did not create (API commands), as CloudStack's
 * ComponentContext.inject does. A field whose type has no bean stays null instead of failing the
 * call: commands declare services (BaseCmd's NetworkModel, for one) that a given command may never use.
 */
public class CommandInjector implements ApplicationContextAware {
    private static final Logger LOGGER = LogManager.getLogger(CommandInjector.class);

    private AutowireCapableBeanFactory beanFactory;

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
        beanFactory = applicationContext.getAutowireCapableBeanFactory();
    }

    public <T> T inject(T target) {
        for (Class<?> c = target.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!field.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                Object value;
                try {
                    value = beanFactory.resolveDependency(new DependencyDescriptor(field, false), null);
                } catch (BeansException e) {
                    LOGGER.debug("No unique bean for {}.{}: {}", c.getSimpleName(), field.getName(), e.getMessage());
                    value = null;
                }
                if (value != null) {
                    try {
                        field.setAccessible(true);
                        field.set(target, value);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException("Cannot inject " + c.getName() + "." + field.getName(), e);
                    }
                }
            }
        }
        return target;
    }
}
