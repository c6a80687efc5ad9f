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
import java.util.List;

/**
 * Asks a router for the live state of its WireGuard VPNs (the output of {@code wireguard_vpn.py status}):
 * per peer the endpoint, last handshake and byte counters. A query: it changes nothing on the router.
 */
public class GetWireGuardVpnStatusCommand extends NetworkElementCommand {

    public static final String STATUS_SCRIPT = "wireguard_vpn.py";
    public static final String STATUS_ARGS = "status";

    private List<String> vpnUuids = new ArrayList<>();

    protected GetWireGuardVpnStatusCommand() {
        // for (de)serialisation
    }

    /**
     * @param vpnUuids the VPNs the caller wants; the answer may hold more, the caller picks by uuid
     */
    public GetWireGuardVpnStatusCommand(List<String> vpnUuids) {
        if (vpnUuids != null) {
            this.vpnUuids.addAll(vpnUuids);
        }
    }

    public List<String> getVpnUuids() {
        return vpnUuids;
    }

    @Override
    public boolean isQuery() {
        return true;
    }

    @Override
    public boolean executeInSequence() {
        return false;
    }
}
