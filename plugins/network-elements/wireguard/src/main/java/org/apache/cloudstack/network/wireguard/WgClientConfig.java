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

import java.util.ArrayList;
import java.util.List;

/**
 * What a user's {@code wg-quick} client configuration is made of. A null private key renders the
 * placeholder comment (own-key users, or generated keys the server did not keep).
 */
public class WgClientConfig {
    private String privateKey;
    private String publicKey;
    private final List<String> addresses = new ArrayList<>();
    private String dns;
    private Integer mtu;
    private String serverPublicKey;
    private String presharedKey;
    private String endpointHost;
    private int endpointPort;
    private final List<String> allowedIps = new ArrayList<>();
    private Integer keepalive;

    public String getPrivateKey() {
        return privateKey;
    }

    public WgClientConfig setPrivateKey(String privateKey) {
        this.privateKey = privateKey;
        return this;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public WgClientConfig setPublicKey(String publicKey) {
        this.publicKey = publicKey;
        return this;
    }

    public List<String> getAddresses() {
        return addresses;
    }

    public WgClientConfig addAddress(String address) {
        addresses.add(address);
        return this;
    }

    public String getDns() {
        return dns;
    }

    public WgClientConfig setDns(String dns) {
        this.dns = dns;
        return this;
    }

    public Integer getMtu() {
        return mtu;
    }

    public WgClientConfig setMtu(Integer mtu) {
        this.mtu = mtu;
        return this;
    }

    public String getServerPublicKey() {
        return serverPublicKey;
    }

    public WgClientConfig setServerPublicKey(String serverPublicKey) {
        this.serverPublicKey = serverPublicKey;
        return this;
    }

    public String getPresharedKey() {
        return presharedKey;
    }

    public WgClientConfig setPresharedKey(String presharedKey) {
        this.presharedKey = presharedKey;
        return this;
    }

    public String getEndpointHost() {
        return endpointHost;
    }

    public int getEndpointPort() {
        return endpointPort;
    }

    public WgClientConfig setEndpoint(String host, int port) {
        this.endpointHost = host;
        this.endpointPort = port;
        return this;
    }

    public List<String> getAllowedIps() {
        return allowedIps;
    }

    public WgClientConfig addAllowedIp(String cidr) {
        if (!allowedIps.contains(cidr)) {
            allowedIps.add(cidr);
        }
        return this;
    }

    public Integer getKeepalive() {
        return keepalive;
    }

    public WgClientConfig setKeepalive(Integer keepalive) {
        this.keepalive = keepalive;
        return this;
    }
}
