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

package com.cloud.network;

import java.util.Date;

import org.apache.cloudstack.acl.ControlledEntity;
import org.apache.cloudstack.api.Displayable;
import org.apache.cloudstack.api.Identity;
import org.apache.cloudstack.api.InternalIdentity;

/**
 * A peer of a WireGuard VPN. Private and preshared keys are deliberately not part of this interface.
 */
public interface WgUser extends ControlledEntity, InternalIdentity, Identity, Displayable {

    enum State {
        Add, Active, Revoke
    }

    long getVpnId();

    @Override
    String getName();

    State getState();

    boolean isEnabled();

    /** The peer's public key (base64, 44 characters). */
    String getPublicKey();

    /** True when the user supplied the public key (the server never held the private key). */
    boolean isOwnKey();

    /** The peer's tunnel IPv4 address, bare, or null. */
    String getIp4Address();

    String getIp6Address();

    /** True when only the VPN's local networks are routed through the tunnel. */
    boolean isSplitTunnel();

    Date getCreated();

    Date getRemoved();
}
