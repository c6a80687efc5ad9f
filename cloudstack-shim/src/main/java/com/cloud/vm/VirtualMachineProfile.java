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
package com.cloud.vm;

import java.util.List;
import java.util.Map;

import com.cloud.user.Account;

/**
 * VirtualMachineProfile describes one virtual machine. The members a network element reads are declared.
 */
public interface VirtualMachineProfile {

    String getHostName();

    String getInstanceName();

    Account getOwner();

    VirtualMachine getVirtualMachine();

    long getId();

    String getUuid();

    List<NicProfile> getNics();

    VirtualMachine.Type getType();

    Map<Param, Object> getParameters();

    Object getParameter(Param name);

    public static class Param {
        private final String name;

        public Param(String name) {
            this.name = name;
        }

        public String getName() {
            return name;
        }
    }
}
