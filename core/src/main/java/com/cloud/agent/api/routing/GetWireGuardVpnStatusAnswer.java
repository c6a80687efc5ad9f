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
package com.cloud.agent.api.routing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.cloud.agent.api.Answer;
import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.annotations.SerializedName;

/**
 * The router's answer to {@link GetWireGuardVpnStatusCommand}: the JSON printed by
 * {@code wireguard_vpn.py status},
 * {@code {"vpns":[{"vpn_uuid","interface","public_key","listen_port","peers":[{"public_key","endpoint",
 * "latest_handshake","rx_bytes","tx_bytes","allowed_ips"}]}]}}. It holds public data only: the script
 * never prints a private or preshared key.
 */
public class GetWireGuardVpnStatusAnswer extends Answer {

    private static final Gson GSON = new GsonBuilder().setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES).create();

    /** One VPN's live state. */
    public static class VpnStatus {
        private String vpnUuid;
        @SerializedName("interface")
        private String iface;
        private String publicKey;
        private int listenPort;
        private List<PeerStatus> peers;

        public String getVpnUuid() {
            return vpnUuid;
        }

        public String getInterface() {
            return iface;
        }

        public String getPublicKey() {
            return publicKey;
        }

        public int getListenPort() {
            return listenPort;
        }

        public List<PeerStatus> getPeers() {
            return peers == null ? Collections.emptyList() : peers;
        }
    }

    /** One peer's live state as the router sees it. */
    public static class PeerStatus {
        private String publicKey;
        private String endpoint;
        private long latestHandshake;
        private long rxBytes;
        private long txBytes;
        private List<String> allowedIps;

        public String getPublicKey() {
            return publicKey;
        }

        /** {@code ip:port} the peer was last seen from, or null. */
        public String getEndpoint() {
            return endpoint;
        }

        /** Unix seconds of the last handshake; 0 when the peer never completed one. */
        public long getLatestHandshake() {
            return latestHandshake;
        }

        public long getRxBytes() {
            return rxBytes;
        }

        public long getTxBytes() {
            return txBytes;
        }

        public List<String> getAllowedIps() {
            return allowedIps == null ? Collections.emptyList() : allowedIps;
        }
    }

    private static class StatusDocument {
        private List<VpnStatus> vpns;
    }

    private String statusJson;

    protected GetWireGuardVpnStatusAnswer() {
        // for (de)serialisation
    }

    public GetWireGuardVpnStatusAnswer(GetWireGuardVpnStatusCommand cmd, boolean success, String details, String statusJson) {
        super(cmd, success, details);
        this.statusJson = statusJson;
    }

    public String getStatusJson() {
        return statusJson;
    }

    /**
     * @return the VPNs in the answer; empty when the answer carries no (or unreadable) status
     */
    public List<VpnStatus> getVpns() {
        if (statusJson == null || statusJson.isBlank()) {
            return Collections.emptyList();
        }
        try {
            StatusDocument document = GSON.fromJson(statusJson, StatusDocument.class);
            if (document == null || document.vpns == null) {
                return Collections.emptyList();
            }
            return new ArrayList<>(document.vpns);
        } catch (JsonParseException e) {
            return Collections.emptyList();
        }
    }
}
