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
package com.cloud.vm;

import java.io.Serializable;
import java.net.URI;

import org.apache.cloudstack.api.InternalIdentity;

import com.cloud.network.Networks.TrafficType;

/**
 * The network-facing description of one VM NIC (the members a network element reads).
 */
public class NicProfile implements InternalIdentity, Serializable {
    private static final long serialVersionUID = 4997005771736090304L;

    long id;
    long networkId;
    long vmId;
    String name;
    String iPv4Address;
    String iPv4Netmask;
    String iPv4Gateway;
    String iPv6Address;
    String macAddress;
    URI broadcastUri;
    TrafficType trafficType;

    public NicProfile() {
    }

    @Override
    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public long getNetworkId() {
        return networkId;
    }

    // sic: CloudStack spells it setNetworId
    public void setNetworId(long networkId) {
        this.networkId = networkId;
    }

    public long getVirtualMachineId() {
        return vmId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIPv4Address() {
        return iPv4Address;
    }

    public void setIPv4Address(String iPv4Address) {
        this.iPv4Address = iPv4Address;
    }

    public String getIPv4Netmask() {
        return iPv4Netmask;
    }

    public String getIPv4Gateway() {
        return iPv4Gateway;
    }

    public String getIPv6Address() {
        return iPv6Address;
    }

    public String getMacAddress() {
        return macAddress;
    }

    public URI getBroadCastUri() {
        return broadcastUri;
    }

    public TrafficType getTrafficType() {
        return trafficType;
    }
}
