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

/**
 * Renders a {@code wg-quick} client configuration. The layout is the API's contract (docs/api.md);
 * every value in it has been validated before it reaches here (keys, addresses, DNS), so no line can
 * be injected through a field.
 */
public class WgClientConfigRenderer {

    public String render(WgClientConfig config) {
        StringBuilder sb = new StringBuilder();
        sb.append("[Interface]\n");
        if (config.getPrivateKey() != null) {
            sb.append("PrivateKey = ").append(config.getPrivateKey()).append('\n');
        } else {
            // The server does not hold this key: the user puts their own in. A comment keeps the file
            // valid for wg-quick strip until then.
            sb.append("# PrivateKey = <put the private key of ").append(config.getPublicKey()).append(" here>\n");
        }
        sb.append("Address = ").append(String.join(", ", config.getAddresses())).append('\n');
        if (config.getDns() != null && !config.getDns().isBlank()) {
            sb.append("DNS = ").append(String.join(", ", config.getDns().split("\\s*,\\s*"))).append('\n');
        }
        if (config.getMtu() != null) {
            sb.append("MTU = ").append(config.getMtu()).append('\n');
        }
        sb.append('\n');
        sb.append("[Peer]\n");
        sb.append("PublicKey = ").append(config.getServerPublicKey()).append('\n');
        if (config.getPresharedKey() != null) {
            sb.append("PresharedKey = ").append(config.getPresharedKey()).append('\n');
        }
        String host = config.getEndpointHost();
        sb.append("Endpoint = ").append(host.contains(":") ? "[" + host + "]" : host).append(':').append(config.getEndpointPort()).append('\n');
        sb.append("AllowedIPs = ").append(String.join(", ", config.getAllowedIps())).append('\n');
        if (config.getKeepalive() != null && config.getKeepalive() > 0) {
            sb.append("PersistentKeepalive = ").append(config.getKeepalive()).append('\n');
        }
        return sb.toString();
    }
}
