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
package com.cloud.network.vpn;

import org.apache.cloudstack.api.command.user.vpn.CreateWgUserCmd;
import org.apache.cloudstack.api.command.user.vpn.CreateWgVpnCmd;
import org.apache.cloudstack.api.command.user.vpn.ListWgUsersCmd;
import org.apache.cloudstack.api.command.user.vpn.ListWgVpnsCmd;
import org.apache.cloudstack.api.command.user.vpn.UpdateWgUserCmd;
import org.apache.cloudstack.api.command.user.vpn.UpdateWgVpnCmd;
import org.apache.cloudstack.api.response.ListResponse;
import org.apache.cloudstack.api.response.WgUserResponse;
import org.apache.cloudstack.api.response.WgVpnResponse;

import com.cloud.exception.ResourceUnavailableException;
import com.cloud.network.WgUser;
import com.cloud.network.WgVpn;

/**
 * WireGuard remote-access VPN on the virtual router: VPNs on public IPs and their users (peers).
 * Creates come in two steps as CloudStack's async create commands need them: {@code create…} checks
 * access and input and persists (nothing reaches a router), {@code start…}/{@code apply…} pushes the
 * VPN's full desired state to its routers.
 */
public interface WgVpnService {

    WgVpn getWgVpn(long vpnId);

    WgUser getWgUser(long userId);

    /**
     * Checks access and every parameter, reserves the UDP port on the public IP and persists the VPN
     * (state Added). Nothing is persisted when a check fails.
     */
    WgVpn createWgVpn(CreateWgVpnCmd cmd);

    /**
     * Opens the firewall (if asked) and pushes the VPN to its routers: Running on success, Error (and
     * the exception) when a router fails.
     */
    WgVpn startWgVpn(long vpnId, boolean openFirewall) throws ResourceUnavailableException;

    WgVpn updateWgVpn(UpdateWgVpnCmd cmd) throws ResourceUnavailableException;

    boolean deleteWgVpn(long vpnId) throws ResourceUnavailableException;

    ListResponse<WgVpnResponse> listWgVpns(ListWgVpnsCmd cmd);

    /**
     * Checks access and input, allocates the tunnel address(es), takes or generates the keys and
     * persists the user (state Add).
     */
    WgUser createWgUser(CreateWgUserCmd cmd);

    /**
     * Pushes the user's VPN to its routers; the user becomes Active on success and stays Add on failure.
     */
    WgUser applyWgUser(long userId) throws ResourceUnavailableException;

    WgUser updateWgUser(UpdateWgUserCmd cmd) throws ResourceUnavailableException;

    boolean deleteWgUser(long userId) throws ResourceUnavailableException;

    ListResponse<WgUserResponse> listWgUsers(ListWgUsersCmd cmd);

    WgVpnResponse createWgVpnResponse(WgVpn vpn);

    /**
     * The user as listWgUsers shows it (live fields from the router, no configuration).
     */
    WgUserResponse listWgUsersResponseFor(WgUser user);

    /**
     * The user with its client configuration and QR code (createWgUser, getWgUserConfig). Checks the
     * caller's access to the user.
     */
    WgUserResponse createWgUserConfigResponse(long userId);
}
