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
package com.cloud.network;

/**
 * Network includes all of the enums used within networking.
 */
public class Networks {

    public enum RouterPrivateIpStrategy {
        None, DcGlobal, // global to data center
        HostLocal;
    }

    public enum Mode {
        None, Static, Dhcp, ExternalDhcp;
    }

    public enum AddressFormat {
        Ip4, Ip6, DualStack
    }

    /**
     * Different types of broadcast domains (a subset of CloudStack's).
     */
    public enum BroadcastDomainType {
        Native, Vlan, Vswitch, LinkLocal, Vnet, Storage, Lswitch, Mido, Pvlan, Vxlan, UnDecided, OpenDaylight, TUNGSTEN, NSX, Netris;
    }

    /**
     * Different types of network traffic in the data center.
     */
    public enum TrafficType {
        None, Public, Guest, Storage, Management, Control, Vpn;

        public static boolean isSystemNetwork(TrafficType trafficType) {
            return Storage.equals(trafficType) || Management.equals(trafficType) || Control.equals(trafficType);
        }

        public static TrafficType getTrafficType(String type) {
            // exact names, as CloudStack's chain of equals tests
            for (TrafficType t : values()) {
                if (t.name().equals(type)) {
                    return t;
                }
            }
            return None;
        }
    }

    public enum IsolationType {
        None, Ec2, Vlan, Vswitch, Undecided, Vnet;
    }
}
