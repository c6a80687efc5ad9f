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
package org.apache.cloudstack.devcloud.seed;

import java.nio.file.Path;
import java.util.Map;

/** The short guide devcloud prints once it is up. Secrets stay in the 0600 files; the guide only points at them. */
public final class Guide {
    private Guide() {
    }

    public static String render(Path stateFile, DevCloudState state, long startMillis) {
        Path ini = StateFile.csConfigFor(stateFile);
        Map<String, Object> pub = state.getPublic();
        StringBuilder sb = new StringBuilder();
        sb.append('\n');
        sb.append("devcloud is up (started in ").append(startMillis / 1000).append('.').append(startMillis % 1000 / 100).append(" s). Ctrl-C stops it and removes")
            .append(" everything it created.\n\n");
        sb.append("  State file  ").append(stateFile).append("   (0600: API keys and passwords)\n");
        sb.append("  API         ").append(state.getApiUrl()).append('\n');
        sb.append("  UI          ").append(state.getUiUrl()).append("   (log in as admin, tenant1 or tenant2, domain ROOT; passwords in the state file)\n\n");
        sb.append("  Accounts    ");
        for (Map<String, Object> a : state.getAccounts()) {
            sb.append(a.get("name")).append(" (").append(a.get("role")).append(")  ");
        }
        sb.append("\n  Networks\n");
        for (Map<String, Object> n : state.getNetworks()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> ip = (Map<String, Object>)n.get("public_ip");
            @SuppressWarnings("unchecked")
            Map<String, Object> file = (Map<String, Object>)n.get("guest_vm_file");
            sb.append("    ").append(n.get("name")).append(" (").append(n.get("account")).append("): ").append(n.get("cidr"))
                .append(", source NAT ").append(ip.get("address")).append(", router netns ").append(n.get("router_netns"))
                .append(", guest VM ").append(n.get("guest_vm_ip")).append(" serves ").append(file.get("url")).append('\n');
        }
        sb.append("\n  Use cs (the cloudstack command) as a tenant, keys from ").append(ini).append(":\n");
        sb.append("    CLOUDSTACK_CONFIG=").append(ini).append(" CLOUDSTACK_REGION=tenant1 cloudstack listPublicIpAddresses\n");
        sb.append("    CLOUDSTACK_CONFIG=").append(ini).append(" CLOUDSTACK_REGION=tenant1 cloudstack createWgVpn publicipid=<id>\n\n");
        sb.append("  Attach a client namespace to the public segment ").append(pub.get("cidr")).append(" (take an address from ")
            .append(pub.get("free_range")).append("):\n");
        sb.append("    ip netns add client\n");
        sb.append("    ip -n ").append(pub.get("netns")).append(" link add client0 type veth peer name eth0 netns client\n");
        sb.append("    ip -n ").append(pub.get("netns")).append(" link set client0 master ").append(pub.get("bridge")).append(" up\n");
        sb.append("    ip -n client addr add ").append(String.valueOf(pub.get("free_range")).split("-")[0]).append("/24 dev eth0\n");
        sb.append("    ip -n client link set eth0 up; ip -n client link set lo up\n");
        sb.append("    (delete it with `ip netns del client` before stopping devcloud)\n\n");
        sb.append("  Bring a user's config up there without its DNS line (wg-quick would give the router's address to resolvconf,\n");
        sb.append("  for the whole host): sed '/^DNS = /d' laptop.conf > wg0.conf; chmod 600 wg0.conf; ip netns exec client wg-quick up ./wg0.conf\n");
        return sb.toString();
    }
}
