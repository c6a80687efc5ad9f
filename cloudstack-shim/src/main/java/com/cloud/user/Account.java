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
package com.cloud.user;

import java.util.Date;

import org.apache.cloudstack.acl.ControlledEntity;
import org.apache.cloudstack.api.Identity;
import org.apache.cloudstack.api.InternalIdentity;

public interface Account extends ControlledEntity, InternalIdentity, Identity {

    /**
     * Account states.
     */
    enum State {
        DISABLED, ENABLED, LOCKED;

        @Override
        public String toString() {
            return super.toString().toLowerCase();
        }

        public static State getValueOf(String name) {
            for (State state : State.values()) {
                if (state.toString().equalsIgnoreCase(name)) {
                    return state;
                }
            }
            throw new IllegalArgumentException("Unknown account state: " + name);
        }
    }

    /**
     * Account types, in the order CloudStack stores them (the ordinal is the type number).
     */
    enum Type {
        NORMAL, ADMIN, DOMAIN_ADMIN, RESOURCE_DOMAIN_ADMIN, READ_ONLY_ADMIN, PROJECT, UNKNOWN;

        public static Type getFromValue(Integer type) {
            if (type == null || type < 0 || type >= values().length) {
                return UNKNOWN;
            }
            return values()[type];
        }
    }

    public static final long ACCOUNT_ID_SYSTEM = 1;

    public String getAccountName();

    public Type getType();

    public Long getRoleId();

    public State getState();

    public Date getCreated();

    public Date getRemoved();

    public String getNetworkDomain();

    public Long getDefaultZoneId();

    @Override
    public String getUuid();

    boolean isDefault();
}
