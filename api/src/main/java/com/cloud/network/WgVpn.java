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
 * A WireGuard remote-access VPN served by the virtual router on one public IP and UDP port.
 * The server's private key is deliberately not part of this interface.
 */
public interface WgVpn extends ControlledEntity, InternalIdentity, Identity, Displayable {

    enum State {
        Added, Running, Error, Removed
    }

    /** The id of the public IP (user_ip_address) the VPN listens on. */
    long getServerAddressId();

    int getPort();

    Long getNetworkId();

    Long getVpcId();

    State getState();

    boolean isIp4Enabled();

    /** The tunnel's IPv4 range as a CIDR, e.g. 10.8.0.0/24. */
    String getIp4Range();

    /** The server's own tunnel IPv4 address, bare (no prefix). */
    String getIp4Address();

    boolean isIp6Enabled();

    String getIp6Range();

    String getIp6Address();

    /** The server's public key (base64, 44 characters). */
    String getPublicKey();

    Integer getMtu();

    Integer getKeepalive();

    /** DNS servers handed to clients, comma separated. */
    String getDns();

    Date getCreated();

    Date getRemoved();
}
