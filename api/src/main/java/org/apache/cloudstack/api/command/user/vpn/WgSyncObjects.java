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

import org.apache.cloudstack.api.BaseAsyncCmd;

import com.cloud.network.WgVpn;

/**
 * The object a WireGuard job synchronises on: pushes to one router must not interleave, so jobs touching
 * the same network (or VPC) run in turn.
 */
final class WgSyncObjects {

    private WgSyncObjects() {
    }

    static String type(Long vpcId) {
        return vpcId != null ? BaseAsyncCmd.vpcSyncObject : BaseAsyncCmd.networkSyncObject;
    }

    static String type(WgVpn vpn) {
        return type(vpn == null ? null : vpn.getVpcId());
    }

    /** The VPC or the network of the VPN; null when the VPN is gone. */
    static Long id(WgVpn vpn) {
        if (vpn == null) {
            return null;
        }
        return vpn.getVpcId() != null ? vpn.getVpcId() : vpn.getNetworkId();
    }
}
