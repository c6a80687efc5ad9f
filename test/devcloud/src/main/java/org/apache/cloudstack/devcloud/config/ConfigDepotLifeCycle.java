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
package org.apache.cloudstack.devcloud.config;

import javax.inject.Inject;

import org.apache.cloudstack.framework.config.ConfigDepotAdmin;
import org.apache.cloudstack.framework.config.Configurable;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * CloudStack's ConfigDepotLifeCycle (framework/spring/lifecycle): every Configurable bean hands its ConfigKeys to
 * the depot as it is initialised, so each key has its row in the configuration table (inserted with the default
 * when missing) before any component reads it. The depot's own list of Configurables stays empty, as CloudStack
 * wires it: registration happens here, once per bean.
 */
public class ConfigDepotLifeCycle implements BeanPostProcessor {

    @Inject
    ConfigDepotAdmin configDepotAdmin;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) throws BeansException {
        if (bean instanceof Configurable) {
            configDepotAdmin.populateConfiguration((Configurable)bean);
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
        return bean;
    }
}
