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
package org.apache.cloudstack.devcloud.vr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.cloud.utils.net.NetUtils;

/** What one isolated-network router looks like on the host: its namespace, addresses and the guest VM behind it. */
public class RouterSpec {
    private final long routerId;
    private final String instanceName;
    private final String guestCidr;
    private final String guestIp;
    private final String publicIp;
    private final String guestVmNetns;
    private final String guestVmIp;
    private String l2tpLocalIp;
    private final List<String> secondaryPublicIps = new ArrayList<>();

    public RouterSpec(long routerId, String instanceName, String guestCidr, String guestIp, String publicIp, String guestVmNetns, String guestVmIp) {
        if (!NetUtils.isValidIp4Cidr(guestCidr) || !NetUtils.isValidIp4(guestIp) || !NetUtils.isValidIp4(publicIp)
            || (guestVmIp != null && !NetUtils.isValidIp4(guestVmIp))) {
            throw new IllegalArgumentException("Invalid router addresses: guest " + guestCidr + " " + guestIp + ", public " + publicIp + ", vm " + guestVmIp);
        }
        this.routerId = routerId;
        this.instanceName = instanceName;
        this.guestCidr = guestCidr;
        this.guestIp = guestIp;
        this.publicIp = publicIp;
        this.guestVmNetns = guestVmNetns;
        this.guestVmIp = guestVmIp;
    }

    public long getRouterId() {
        return routerId;
    }

    public String getInstanceName() {
        return instanceName;
    }

    public String getGuestCidr() {
        return guestCidr;
    }

    public int getGuestPrefixLength() {
        return Integer.parseInt(guestCidr.substring(guestCidr.indexOf('/') + 1));
    }

    public String getGuestIp() {
        return guestIp;
    }

    public String getPublicIp() {
        return publicIp;
    }

    public String getGuestVmNetns() {
        return guestVmNetns;
    }

    public String getGuestVmIp() {
        return guestVmIp;
    }

    /** The router also serves an L2TP/IPsec remote-access VPN on its public IP, whose server side is localIp. */
    public RouterSpec withL2tpVpn(String localIp) {
        if (localIp != null && !NetUtils.isValidIp4(localIp)) {
            throw new IllegalArgumentException("Invalid L2TP VPN local address: " + localIp);
        }
        this.l2tpLocalIp = localIp;
        return this;
    }

    public String getL2tpLocalIp() {
        return l2tpLocalIp;
    }

    /** Public IPs associateIpAddress gave the network besides its source NAT IP: on eth2 too, each with its own firewall chain. */
    public RouterSpec withSecondaryPublicIps(List<String> ips) {
        for (String ip : ips) {
            if (!NetUtils.isValidIp4(ip)) {
                throw new IllegalArgumentException("Invalid public IP: " + ip);
            }
            if (!ip.equals(publicIp) && !secondaryPublicIps.contains(ip)) {
                secondaryPublicIps.add(ip);
            }
        }
        return this;
    }

    public List<String> getSecondaryPublicIps() {
        return Collections.unmodifiableList(secondaryPublicIps);
    }
}
