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

import java.util.Date;

import org.apache.cloudstack.api.BaseResponse;
import org.apache.cloudstack.api.EntityReference;
import org.apache.cloudstack.api.response.ControlledEntityResponse;

import com.cloud.serializer.Param;
import com.cloud.vm.VirtualMachine;
import com.google.gson.annotations.SerializedName;

/** A virtual router as listRouters and rebootRouter show it (CloudStack's DomainRouterResponse fields, object name router). */
@EntityReference(value = VirtualMachine.class)
public class DomainRouterResponse extends BaseResponse implements ControlledEntityResponse {
    @SerializedName("id")
    @Param(description = "the id of the router")
    private String id;

    @SerializedName("zoneid")
    @Param(description = "the Zone ID for the router")
    private String zoneId;

    @SerializedName("zonename")
    @Param(description = "the Zone name for the router")
    private String zoneName;

    @SerializedName("dns1")
    @Param(description = "the first DNS for the router")
    private String dns1;

    @SerializedName("dns2")
    @Param(description = "the second DNS for the router")
    private String dns2;

    @SerializedName("networkdomain")
    @Param(description = "the network domain for the router")
    private String networkDomain;

    @SerializedName("gateway")
    @Param(description = "the gateway for the router")
    private String gateway;

    @SerializedName("name")
    @Param(description = "the name of the router")
    private String name;

    @SerializedName("hostid")
    @Param(description = "the host ID for the router")
    private String hostId;

    @SerializedName("hostname")
    @Param(description = "the hostname for the router")
    private String hostName;

    @SerializedName("linklocalip")
    @Param(description = "the link local IP address for the router")
    private String linkLocalIp;

    @SerializedName("linklocalnetmask")
    @Param(description = "the link local netmask for the router")
    private String linkLocalNetmask;

    @SerializedName("publicip")
    @Param(description = "the public IP address for the router")
    private String publicIp;

    @SerializedName("publicnetmask")
    @Param(description = "the public netmask for the router")
    private String publicNetmask;

    @SerializedName("publicnetworkid")
    @Param(description = "the ID of the corresponding public network")
    private String publicNetworkId;

    @SerializedName("guestipaddress")
    @Param(description = "the guest IP address for the router")
    private String guestIpAddress;

    @SerializedName("guestnetmask")
    @Param(description = "the guest netmask for the router")
    private String guestNetmask;

    @SerializedName("guestnetworkid")
    @Param(description = "the ID of the corresponding guest network")
    private String guestNetworkId;

    @SerializedName("guestnetworkname")
    @Param(description = "the name of the corresponding guest network")
    private String guestNetworkName;

    @SerializedName("created")
    @Param(description = "the date and time the router was created")
    private Date created;

    @SerializedName("state")
    @Param(description = "the state of the router")
    private String state;

    @SerializedName("account")
    @Param(description = "the account associated with the router")
    private String accountName;

    @SerializedName("projectid")
    @Param(description = "the project id of the ipaddress")
    private String projectId;

    @SerializedName("project")
    @Param(description = "the project name of the address")
    private String projectName;

    @SerializedName("domainid")
    @Param(description = "the domain ID associated with the router")
    private String domainId;

    @SerializedName("domain")
    @Param(description = "the domain associated with the router")
    private String domainName;

    @SerializedName("domainpath")
    @Param(description = "path of the Domain the router belongs to")
    private String domainPath;

    @SerializedName("isredundantrouter")
    @Param(description = "if this router is an redundant virtual router")
    private Boolean redundantRouter;

    @SerializedName("redundantstate")
    @Param(description = "the state of redundant virtual router")
    private String redundantState;

    @SerializedName("version")
    @Param(description = "the version of template")
    private String version;

    @SerializedName("scriptsversion")
    @Param(description = "the version of scripts")
    private String scriptsVersion;

    @SerializedName("vpcid")
    @Param(description = "VPC the router belongs to")
    private String vpcId;

    @SerializedName("role")
    @Param(description = "role of the domain router")
    private String role;

    @SerializedName("requiresupgrade")
    @Param(description = "true if the router template requires upgrader")
    private Boolean requiresUpgrade;

    public DomainRouterResponse() {
        setObjectName("router");
    }

    @Override
    public String getObjectId() {
        return id;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setZone(String zoneId, String zoneName) {
        this.zoneId = zoneId;
        this.zoneName = zoneName;
    }

    public void setDns(String dns1, String dns2) {
        this.dns1 = dns1;
        this.dns2 = dns2;
    }

    public void setNetworkDomain(String networkDomain) {
        this.networkDomain = networkDomain;
    }

    public void setGateway(String gateway) {
        this.gateway = gateway;
    }

    public void setHost(String hostId, String hostName) {
        this.hostId = hostId;
        this.hostName = hostName;
    }

    public void setLinkLocal(String linkLocalIp, String linkLocalNetmask) {
        this.linkLocalIp = linkLocalIp;
        this.linkLocalNetmask = linkLocalNetmask;
    }

    public void setPublic(String publicIp, String publicNetmask, String publicNetworkId) {
        this.publicIp = publicIp;
        this.publicNetmask = publicNetmask;
        this.publicNetworkId = publicNetworkId;
    }

    public void setGuest(String guestIpAddress, String guestNetmask, String guestNetworkId, String guestNetworkName) {
        this.guestIpAddress = guestIpAddress;
        this.guestNetmask = guestNetmask;
        this.guestNetworkId = guestNetworkId;
        this.guestNetworkName = guestNetworkName;
    }

    public void setCreated(Date created) {
        this.created = created;
    }

    public void setState(String state) {
        this.state = state;
    }

    @Override
    public void setAccountName(String accountName) {
        this.accountName = accountName;
    }

    @Override
    public void setProjectId(String projectId) {
        this.projectId = projectId;
    }

    @Override
    public void setProjectName(String projectName) {
        this.projectName = projectName;
    }

    @Override
    public void setDomainId(String domainId) {
        this.domainId = domainId;
    }

    @Override
    public void setDomainName(String domainName) {
        this.domainName = domainName;
    }

    @Override
    public void setDomainPath(String domainPath) {
        this.domainPath = domainPath;
    }

    public void setRedundancy(Boolean redundantRouter, String redundantState) {
        this.redundantRouter = redundantRouter;
        this.redundantState = redundantState;
    }

    public void setVersions(String version, String scriptsVersion) {
        this.version = version;
        this.scriptsVersion = scriptsVersion;
    }

    public void setVpcId(String vpcId) {
        this.vpcId = vpcId;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public void setRequiresUpgrade(Boolean requiresUpgrade) {
        this.requiresUpgrade = requiresUpgrade;
    }
}
