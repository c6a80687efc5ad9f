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
package org.apache.cloudstack.network.wireguard;

import javax.inject.Inject;

import org.apache.cloudstack.context.CallContext;

import com.cloud.network.IpAddress;
import com.cloud.network.NetworkModel;
import com.cloud.network.WgUser;
import com.cloud.network.WgVpn;

/**
 * Names the object of the running operation in its events: CloudStack appends the call context's event
 * details to the @ActionEvent description ("Successfully completed updating WireGuard VPN. WireGuard VPN
 * &lt;uuid&gt; on public IP 203.0.113.10:51820"), as it names objects, by uuid and address.
 */
public class WgEventDetails {

    @Inject
    private NetworkModel networkModel;

    public void vpn(WgVpn vpn) {
        set(describe(vpn));
    }

    /** Before the VPN exists: a refused create still names the address it was asked for. */
    public void newVpn(IpAddress ip) {
        set("WireGuard VPN on public IP " + ip.getAddress().addr());
    }

    public void user(WgUser user, WgVpn vpn) {
        set("User " + user.getName() + " (" + user.getUuid() + ") of WireGuard VPN " + vpn.getUuid());
    }

    String describe(WgVpn vpn) {
        IpAddress ip = networkModel.getIp(vpn.getServerAddressId());
        String endpoint = ip == null || ip.getAddress() == null ? "port " + vpn.getPort() : "public IP " + ip.getAddress().addr() + ":" + vpn.getPort();
        return "WireGuard VPN " + vpn.getUuid() + " on " + endpoint;
    }

    private static void set(String details) {
        CallContext.current().setEventDetails(details);
    }
}
