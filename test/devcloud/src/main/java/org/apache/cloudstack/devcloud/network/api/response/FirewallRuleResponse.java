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
package org.apache.cloudstack.devcloud.network.api.response;

import java.util.ArrayList;
import java.util.List;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.BaseResponse;
import org.apache.cloudstack.api.EntityReference;

import com.cloud.network.rules.FirewallRule;
import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/** An ingress firewall rule as listFirewallRules shows it (CloudStack's FirewallResponse fields, object name firewallrule). */
@EntityReference(value = FirewallRule.class)
public class FirewallRuleResponse extends BaseResponse {
    @SerializedName("id")
    @Param(description = "the ID of the firewall rule")
    private String id;

    @SerializedName("protocol")
    @Param(description = "the protocol of the firewall rule")
    private String protocol;

    @SerializedName("startport")
    @Param(description = "the starting port of firewall rule's port range")
    private Integer startPort;

    @SerializedName("endport")
    @Param(description = "the ending port of firewall rule's port range")
    private Integer endPort;

    @SerializedName("ipaddressid")
    @Param(description = "the public ip address id for the firewall rule")
    private String publicIpAddressId;

    @SerializedName("networkid")
    @Param(description = "the network id of the firewall rule")
    private String networkId;

    @SerializedName("ipaddress")
    @Param(description = "the public ip address for the firewall rule")
    private String publicIpAddress;

    @SerializedName("state")
    @Param(description = "the state of the rule")
    private String state;

    @SerializedName("cidrlist")
    @Param(description = "the cidr list to forward traffic from. Multiple entries are separated by a single comma character (,).")
    private String cidrList;

    @SerializedName("icmptype")
    @Param(description = "type of the icmp message being sent")
    private Integer icmpType;

    @SerializedName("icmpcode")
    @Param(description = "error code for this icmp message")
    private Integer icmpCode;

    @SerializedName("tags")
    @Param(description = "the list of resource tags associated with the rule")
    private List<Object> tags = new ArrayList<>();

    @SerializedName("fordisplay")
    @Param(description = "is rule for display to the regular user", authorized = {RoleType.Admin})
    private Boolean forDisplay;

    @SerializedName("destcidrlist")
    @Param(description = "the cidr list to forward traffic to. Multiple entries are separated by a single comma character (,).")
    private String destCidrList;

    @SerializedName("traffictype")
    @Param(description = "the traffic type for the firewall rule")
    private String trafficType;

    public FirewallRuleResponse() {
        setObjectName("firewallrule");
    }

    @Override
    public String getObjectId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public void setProtocol(String protocol) {
        this.protocol = protocol;
    }

    public void setPorts(Integer startPort, Integer endPort) {
        this.startPort = startPort;
        this.endPort = endPort;
    }

    public void setPublicIp(String publicIpAddressId, String publicIpAddress) {
        this.publicIpAddressId = publicIpAddressId;
        this.publicIpAddress = publicIpAddress;
    }

    public void setNetworkId(String networkId) {
        this.networkId = networkId;
    }

    public void setState(String state) {
        this.state = state;
    }

    public void setCidrList(String cidrList) {
        this.cidrList = cidrList;
    }

    public void setIcmp(Integer icmpType, Integer icmpCode) {
        this.icmpType = icmpType;
        this.icmpCode = icmpCode;
    }

    public void setForDisplay(Boolean forDisplay) {
        this.forDisplay = forDisplay;
    }

    public void setDestCidrList(String destCidrList) {
        this.destCidrList = destCidrList;
    }

    public void setTrafficType(String trafficType) {
        this.trafficType = trafficType;
    }
}
