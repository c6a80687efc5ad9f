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
package org.apache.cloudstack.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Shim: CloudStack's resource types for API commands (a subset of its constants; a plugin cannot add any).
 */
public enum ApiCommandResourceType {
    None(null),
    VirtualMachine(com.cloud.vm.VirtualMachine.class),
    DomainRouter(com.cloud.network.router.VirtualRouter.class),
    Network(com.cloud.network.Network.class),
    IpAddress(com.cloud.network.IpAddress.class),
    FirewallRule(com.cloud.network.rules.FirewallRule.class),
    Account(com.cloud.user.Account.class),
    User(com.cloud.user.User.class),
    Project(com.cloud.projects.Project.class),
    Domain(com.cloud.domain.Domain.class),
    Zone(com.cloud.dc.DataCenter.class),
    Vpc(com.cloud.network.vpc.Vpc.class);

    private final Class<?> clazz;

    private ApiCommandResourceType(Class<?> clazz) {
        this.clazz = clazz;
    }

    public Class<?> getAssociatedClass() {
        return this.clazz;
    }

    public static List<ApiCommandResourceType> valuesFromAssociatedClass(Class<?> clazz) {
        List<ApiCommandResourceType> types = new ArrayList<>();
        for (ApiCommandResourceType type : ApiCommandResourceType.values()) {
            // CloudStack compares the class itself, not its subtypes
            if (type.getAssociatedClass() == clazz) {
                types.add(type);
            }
        }
        return types;
    }

    public static ApiCommandResourceType valueFromAssociatedClass(Class<?> clazz) {
        List<ApiCommandResourceType> types = valuesFromAssociatedClass(clazz);
        return types.isEmpty() ? null : types.get(0);
    }

    @Override
    public String toString() {
        return this.name();
    }

    /**
     * The constant of exactly that name (case-sensitive, as CloudStack's EnumUtils.isValidEnum check),
     * or null for an empty or unknown name.
     */
    public static ApiCommandResourceType fromString(String value) {
        if (value != null && !value.isEmpty()) {
            for (ApiCommandResourceType type : ApiCommandResourceType.values()) {
                if (type.name().equals(value)) {
                    return type;
                }
            }
        }
        return null;
    }
}
