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
package org.apache.cloudstack.api.command.user.vpn;

import com.cloud.network.IpAddress;
import com.cloud.network.NetworkModel;
import com.cloud.network.WgUser;
import com.cloud.network.WgVpn;

/**
 * The objects named in the commands' event descriptions, as CloudStack's events name them: a VPN by its
 * uuid and public address, a user by name and uuid. Internal ids never reach an event.
 */
final class WgEventDescriptions {

    private WgEventDescriptions() {
    }

    /** "public IP 203.0.113.10", or "a public IP" when it is gone. */
    static String publicIp(NetworkModel networkModel, Long ipId) {
        IpAddress ip = ipId == null || networkModel == null ? null : networkModel.getIp(ipId);
        return ip == null || ip.getAddress() == null ? "a public IP" : "public IP " + ip.getAddress().addr();
    }

    /** "WireGuard VPN <uuid> on public IP 203.0.113.10". */
    static String vpn(NetworkModel networkModel, WgVpn vpn) {
        if (vpn == null) {
            return "a WireGuard VPN";
        }
        return "WireGuard VPN " + vpn.getUuid() + " on " + publicIp(networkModel, vpn.getServerAddressId());
    }

    /** "WireGuard VPN <uuid>". */
    static String vpnUuid(WgVpn vpn) {
        return vpn == null ? "a WireGuard VPN" : "WireGuard VPN " + vpn.getUuid();
    }

    /** "user laptop (<uuid>)". */
    static String user(WgUser user) {
        return user == null ? "a user" : "user " + user.getName() + " (" + user.getUuid() + ")";
    }
}
