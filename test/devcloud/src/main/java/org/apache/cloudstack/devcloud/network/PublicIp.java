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

import java.util.Date;

import com.cloud.network.IpAddress;
import com.cloud.network.PublicIpAddress;
import com.cloud.utils.net.Ip;

/** A public IP with its VLAN (range) details, as CloudStack's PublicIp joins IPAddressVO and VlanVO. */
public class PublicIp implements PublicIpAddress {
    private final IPAddressVO ip;
    private final VlanVO vlan;

    public PublicIp(IPAddressVO ip, VlanVO vlan) {
        this.ip = ip;
        this.vlan = vlan;
    }

    public IPAddressVO getIpAddressVO() {
        return ip;
    }

    @Override
    public String getMacAddress() {
        long m = ip.getMacAddress();
        return String.format("06:%02x:%02x:%02x:%02x:%02x", (m >> 32) & 0xff, (m >> 24) & 0xff, (m >> 16) & 0xff, (m >> 8) & 0xff, m & 0xff);
    }

    @Override
    public String getNetmask() {
        return vlan.getVlanNetmask();
    }

    @Override
    public String getGateway() {
        return vlan.getVlanGateway();
    }

    @Override
    public String getVlanTag() {
        return vlan.getVlanTag();
    }

    @Override
    public String getVlanGateway() {
        return vlan.getVlanGateway();
    }

    @Override
    public String getVlanNetmask() {
        return vlan.getVlanNetmask();
    }

    @Override
    public String getIpRange() {
        return vlan.getIpRange();
    }

    @Override
    public VlanType getVlanType() {
        return vlan.getVlanType();
    }

    @Override
    public String getIp6Gateway() {
        return null;
    }

    @Override
    public String getIp6Cidr() {
        return null;
    }

    @Override
    public String getIp6Range() {
        return null;
    }

    @Override
    public long getId() {
        return ip.getId();
    }

    @Override
    public String getUuid() {
        return ip.getUuid();
    }

    @Override
    public long getDataCenterId() {
        return ip.getDataCenterId();
    }

    @Override
    public Ip getAddress() {
        return ip.getAddress();
    }

    @Override
    public Date getAllocatedTime() {
        return ip.getAllocatedTime();
    }

    @Override
    public boolean isSourceNat() {
        return ip.isSourceNat();
    }

    @Override
    public long getVlanId() {
        return ip.getVlanId();
    }

    @Override
    public boolean isOneToOneNat() {
        return ip.isOneToOneNat();
    }

    @Override
    public IpAddress.State getState() {
        return ip.getState();
    }

    @Override
    public boolean readyToUse() {
        return ip.readyToUse();
    }

    @Override
    public Long getAssociatedWithNetworkId() {
        return ip.getAssociatedWithNetworkId();
    }

    @Override
    public Long getAssociatedWithVmId() {
        return ip.getAssociatedWithVmId();
    }

    @Override
    public Long getPhysicalNetworkId() {
        return ip.getPhysicalNetworkId();
    }

    @Override
    public void setState(IpAddress.State state) {
        ip.setState(state);
    }

    @Override
    public Long getAllocatedToAccountId() {
        return ip.getAllocatedToAccountId();
    }

    @Override
    public Long getAllocatedInDomainId() {
        return ip.getAllocatedInDomainId();
    }

    @Override
    public boolean getSystem() {
        return ip.getSystem();
    }

    @Override
    public Long getVpcId() {
        return ip.getVpcId();
    }

    @Override
    public String getVmIp() {
        return ip.getVmIp();
    }

    @Override
    public boolean isPortable() {
        return ip.isPortable();
    }

    @Override
    public Long getNetworkId() {
        return ip.getNetworkId();
    }

    @Override
    public boolean isDisplay() {
        return ip.isDisplay();
    }

    @Override
    public Date getRemoved() {
        return ip.getRemoved();
    }

    @Override
    public Date getCreated() {
        return ip.getCreated();
    }

    @Override
    public IpAddress.State getRuleState() {
        return ip.getRuleState();
    }

    @Override
    public void setRuleState(IpAddress.State ruleState) {
        ip.setRuleState(ruleState);
    }

    @Override
    public boolean isForSystemVms() {
        return ip.isForSystemVms();
    }

    @Override
    public boolean isForRouter() {
        return ip.isForRouter();
    }

    @Override
    public long getAccountId() {
        return ip.getAccountId();
    }

    @Override
    public long getDomainId() {
        return ip.getDomainId();
    }

    @Override
    public Class<?> getEntityType() {
        return IpAddress.class;
    }

    @Override
    public String getName() {
        return ip.getName();
    }
}
