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
package org.apache.cloudstack.devcloud.network;

import com.cloud.utils.net.NetUtils;
import com.cloud.vm.Nic;

/** A VM's NIC on a guest network, derived from the VM's address (devcloud keeps no nics table). */
class GuestNic implements Nic {
    private final long vmId;
    private final NetworkVO network;
    private final String ip;

    GuestNic(long vmId, NetworkVO network, String ip) {
        this.vmId = vmId;
        this.network = network;
        this.ip = ip;
    }

    @Override
    public boolean isDefaultNic() {
        return true;
    }

    @Override
    public String getMacAddress() {
        long a = NetUtils.ip2Long(ip);
        return String.format("02:00:%02x:%02x:%02x:%02x", (a >> 24) & 0xff, (a >> 16) & 0xff, (a >> 8) & 0xff, a & 0xff);
    }

    @Override
    public long getNetworkId() {
        return network.getId();
    }

    @Override
    public long getInstanceId() {
        return vmId;
    }

    @Override
    public int getDeviceId() {
        return 0;
    }

    @Override
    public String getIPv4Address() {
        return ip;
    }

    @Override
    public String getIPv4Netmask() {
        return NetUtils.getCidrNetmask(network.getCidr());
    }

    @Override
    public String getIPv4Gateway() {
        return network.getGateway();
    }

    @Override
    public String getIPv6Gateway() {
        return null;
    }

    @Override
    public String getIPv6Cidr() {
        return null;
    }

    @Override
    public String getIPv6Address() {
        return null;
    }

    @Override
    public String getUuid() {
        return vmId + "-" + network.getUuid();
    }

    @Override
    public long getId() {
        return vmId;
    }
}
