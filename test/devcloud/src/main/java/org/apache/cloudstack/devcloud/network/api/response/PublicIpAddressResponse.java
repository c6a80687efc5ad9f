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
import java.util.Date;
import java.util.List;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.response.ControlledEntityResponse;
import org.apache.cloudstack.api.response.IPAddressResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/** A public IP as listPublicIpAddresses shows it (CloudStack's IPAddressResponse fields, object name publicipaddress). */
public class PublicIpAddressResponse extends IPAddressResponse implements ControlledEntityResponse {
    @SerializedName("id")
    @Param(description = "public IP address id")
    private String id;

    @SerializedName("ipaddress")
    @Param(description = "public IP address")
    private String ipAddress;

    @SerializedName("allocated")
    @Param(description = "date the public IP address was acquired")
    private Date allocated;

    @SerializedName("zoneid")
    @Param(description = "the ID of the zone the public IP address belongs to")
    private String zoneId;

    @SerializedName("zonename")
    @Param(description = "the name of the zone the public IP address belongs to")
    private String zoneName;

    @SerializedName("issourcenat")
    @Param(description = "true if the IP address is a source nat address, false otherwise")
    private Boolean sourceNat;

    @SerializedName("account")
    @Param(description = "the account the public IP address is associated with")
    private String accountName;

    @SerializedName("projectid")
    @Param(description = "the project id of the ipaddress")
    private String projectId;

    @SerializedName("project")
    @Param(description = "the project name of the address")
    private String projectName;

    @SerializedName("domainid")
    @Param(description = "the domain ID the public IP address is associated with")
    private String domainId;

    @SerializedName("domain")
    @Param(description = "the domain the public IP address is associated with")
    private String domainName;

    @SerializedName("domainpath")
    @Param(description = "path of the domain to which the public IP address belongs")
    private String domainPath;

    @SerializedName("forvirtualnetwork")
    @Param(description = "the virtual network for the IP address")
    private Boolean forVirtualNetwork;

    @SerializedName("vlanid")
    @Param(description = "the ID of the VLAN associated with the IP address. This parameter is visible to ROOT admins only", authorized = {RoleType.Admin})
    private String vlanId;

    @SerializedName("vlanname")
    @Param(description = "the VLAN associated with the IP address", authorized = {RoleType.Admin})
    private String vlanName;

    @SerializedName("isstaticnat")
    @Param(description = "true if this ip is for static nat, false otherwise")
    private Boolean staticNat;

    @SerializedName("issystem")
    @Param(description = "true if this ip is system ip (was allocated as a part of deployVm or createLbRule)")
    private Boolean system;

    @SerializedName("virtualmachineid")
    @Param(description = "virtual machine id the ip address is assigned to (not null only for static nat Ip)")
    private String virtualMachineId;

    @SerializedName("vmipaddress")
    @Param(description = "virtual machine (dnat) ip address (not null only for static nat Ip)")
    private String virtualMachineIp;

    @SerializedName("associatednetworkid")
    @Param(description = "the ID of the Network associated with the IP address")
    private String associatedNetworkId;

    @SerializedName("associatednetworkname")
    @Param(description = "the name of the Network associated with the IP address")
    private String associatedNetworkName;

    @SerializedName("networkid")
    @Param(description = "the ID of the Network where ip belongs to")
    private String networkId;

    @SerializedName("state")
    @Param(description = "State of the ip address. Can be: Allocating, Allocated, Releasing, Reserved and Free")
    private String state;

    @SerializedName("physicalnetworkid")
    @Param(description = "the physical network this belongs to", authorized = {RoleType.Admin})
    private String physicalNetworkId;

    @SerializedName("vpcid")
    @Param(description = "VPC id the ip belongs to")
    private String vpcId;

    @SerializedName("vpcname")
    @Param(description = "VPC name the ip belongs to")
    private String vpcName;

    @SerializedName("tags")
    @Param(description = "the list of resource tags associated with ip address")
    private List<Object> tags = new ArrayList<>();

    @SerializedName("isportable")
    @Param(description = "is public IP portable across the zones")
    private Boolean portable;

    @SerializedName("fordisplay")
    @Param(description = "is public ip for display to the regular user", authorized = {RoleType.Admin})
    private Boolean forDisplay;

    @SerializedName("hasrules")
    @Param(description = "whether the ip address has Firewall/PortForwarding/LoadBalancing rules defined")
    private Boolean hasRules;

    public PublicIpAddressResponse() {
        setObjectName("publicipaddress");
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

    public void setIpAddress(String ipAddress) {
        this.ipAddress = ipAddress;
    }

    public void setAllocated(Date allocated) {
        this.allocated = allocated;
    }

    public void setZone(String zoneId, String zoneName) {
        this.zoneId = zoneId;
        this.zoneName = zoneName;
    }

    public void setSourceNat(Boolean sourceNat) {
        this.sourceNat = sourceNat;
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

    public void setForVirtualNetwork(Boolean forVirtualNetwork) {
        this.forVirtualNetwork = forVirtualNetwork;
    }

    public void setVlan(String vlanId, String vlanName) {
        this.vlanId = vlanId;
        this.vlanName = vlanName;
    }

    public void setStaticNat(Boolean staticNat) {
        this.staticNat = staticNat;
    }

    public void setSystem(Boolean system) {
        this.system = system;
    }

    public void setVirtualMachine(String virtualMachineId, String virtualMachineIp) {
        this.virtualMachineId = virtualMachineId;
        this.virtualMachineIp = virtualMachineIp;
    }

    public void setAssociatedNetwork(String associatedNetworkId, String associatedNetworkName) {
        this.associatedNetworkId = associatedNetworkId;
        this.associatedNetworkName = associatedNetworkName;
    }

    public void setNetworkId(String networkId) {
        this.networkId = networkId;
    }

    public void setState(String state) {
        this.state = state;
    }

    public void setPhysicalNetworkId(String physicalNetworkId) {
        this.physicalNetworkId = physicalNetworkId;
    }

    public void setVpc(String vpcId, String vpcName) {
        this.vpcId = vpcId;
        this.vpcName = vpcName;
    }

    public void setPortable(Boolean portable) {
        this.portable = portable;
    }

    public void setForDisplay(Boolean forDisplay) {
        this.forDisplay = forDisplay;
    }

    public void setHasRules(Boolean hasRules) {
        this.hasRules = hasRules;
    }
}
