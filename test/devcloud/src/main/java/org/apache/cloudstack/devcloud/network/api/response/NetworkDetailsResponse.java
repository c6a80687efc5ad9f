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
import org.apache.cloudstack.api.response.NetworkResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/** A network as listNetworks shows it (CloudStack's NetworkResponse fields, object name network). */
public class NetworkDetailsResponse extends NetworkResponse implements ControlledEntityResponse {
    @SerializedName("id")
    @Param(description = "the id of the network")
    private String id;

    @SerializedName("name")
    @Param(description = "the name of the network")
    private String name;

    @SerializedName("displaytext")
    @Param(description = "the displaytext of the network")
    private String displayText;

    @SerializedName("broadcastdomaintype")
    @Param(description = "Broadcast domain type of the network")
    private String broadcastDomainType;

    @SerializedName("traffictype")
    @Param(description = "the traffic type of the network")
    private String trafficType;

    @SerializedName("gateway")
    @Param(description = "the network's gateway")
    private String gateway;

    @SerializedName("netmask")
    @Param(description = "the network's netmask")
    private String netmask;

    @SerializedName("cidr")
    @Param(description = "Cloudstack managed address space, all CloudStack managed VMs get IP address from CIDR")
    private String cidr;

    @SerializedName("zoneid")
    @Param(description = "zone id of the network")
    private String zoneId;

    @SerializedName("zonename")
    @Param(description = "the name of the zone the network belongs to")
    private String zoneName;

    @SerializedName("networkofferingname")
    @Param(description = "name of the network offering the network is created from")
    private String networkOfferingName;

    @SerializedName("networkofferingdisplaytext")
    @Param(description = "display text of the network offering the network is created from")
    private String networkOfferingDisplayText;

    @SerializedName("networkofferingconservemode")
    @Param(description = "true if network offering is ip conserve mode enabled")
    private Boolean networkOfferingConserveMode;

    @SerializedName("networkofferingavailability")
    @Param(description = "availability of the network offering the network is created from")
    private String networkOfferingAvailability;

    @SerializedName("issystem")
    @Param(description = "true if network is system, false otherwise")
    private Boolean system;

    @SerializedName("state")
    @Param(description = "state of the network")
    private String state;

    @SerializedName("related")
    @Param(description = "related to what other network configuration")
    private String related;

    @SerializedName("broadcasturi")
    @Param(description = "broadcast uri of the network. This parameter is visible to ROOT admins only", authorized = {RoleType.Admin})
    private String broadcastUri;

    @SerializedName("dns1")
    @Param(description = "the first IPv4 DNS for the network")
    private String dns1;

    @SerializedName("dns2")
    @Param(description = "the second IPv4 DNS for the network")
    private String dns2;

    @SerializedName("type")
    @Param(description = "the type of the network")
    private String type;

    @SerializedName("vlan")
    @Param(description = "The vlan of the network. This parameter is visible to ROOT admins only", authorized = {RoleType.Admin})
    private String vlan;

    @SerializedName("acltype")
    @Param(description = "acl type - access type to the network")
    private String aclType;

    @SerializedName("account")
    @Param(description = "the owner of the network")
    private String accountName;

    @SerializedName("projectid")
    @Param(description = "the project id of the ipaddress")
    private String projectId;

    @SerializedName("project")
    @Param(description = "the project name of the address")
    private String projectName;

    @SerializedName("domainid")
    @Param(description = "the domain id of the network owner")
    private String domainId;

    @SerializedName("domain")
    @Param(description = "the domain name of the network owner")
    private String domainName;

    @SerializedName("domainpath")
    @Param(description = "path of the Domain the network belongs to")
    private String domainPath;

    @SerializedName("isdefault")
    @Param(description = "true if network is default, false otherwise")
    private Boolean isDefault;

    @SerializedName("service")
    @Param(description = "the list of services", responseObject = NetworkServiceResponse.class)
    private List<NetworkServiceResponse> services;

    @SerializedName("networkdomain")
    @Param(description = "the network domain")
    private String networkDomain;

    @SerializedName("physicalnetworkid")
    @Param(description = "the physical network id")
    private String physicalNetworkId;

    @SerializedName("restartrequired")
    @Param(description = "true network requires restart")
    private Boolean restartRequired;

    @SerializedName("specifyipranges")
    @Param(description = "true if network supports specifying ip ranges, false otherwise")
    private Boolean specifyIpRanges;

    @SerializedName("vpcid")
    @Param(description = "VPC the network belongs to")
    private String vpcId;

    @SerializedName("vpcname")
    @Param(description = "Name of the VPC to which this network belongs")
    private String vpcName;

    @SerializedName("canusefordeploy")
    @Param(description = "list networks available for vm deployment")
    private Boolean canUseForDeploy;

    @SerializedName("ispersistent")
    @Param(description = "list networks that are persistent")
    private Boolean persistent;

    @SerializedName("tags")
    @Param(description = "the list of resource tags associated with network")
    private List<Object> tags = new ArrayList<>();

    @SerializedName("displaynetwork")
    @Param(description = "an optional field, whether to the display the network to the end user or not.", authorized = {RoleType.Admin})
    private Boolean displayNetwork;

    @SerializedName("strechedl2subnet")
    @Param(description = "true if network can span multiple zones")
    private Boolean strechedL2Subnet;

    @SerializedName("redundantrouter")
    @Param(description = "If the network has redundant routers enabled")
    private Boolean redundantRouter;

    @SerializedName("created")
    @Param(description = "the date this network was created")
    private Date created;

    @SerializedName("egressdefaultpolicy")
    @Param(description = "true if guest network default egress policy is allow; false if default egress policy is deny")
    private Boolean egressDefaultPolicy;

    @SerializedName("internetprotocol")
    @Param(description = "The internet protocol of network offering")
    private String internetProtocol;

    @SerializedName("publicmtu")
    @Param(description = "MTU configured on the network VR's public facing interfaces")
    private Integer publicMtu;

    @SerializedName("privatemtu")
    @Param(description = "MTU configured on the network VR's private interfaces")
    private Integer privateMtu;

    @SerializedName("hasannotations")
    @Param(description = "true if the entity/resource has annotations")
    private Boolean hasAnnotations;

    public NetworkDetailsResponse() {
        setObjectName("network");
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

    public void setDisplayText(String displayText) {
        this.displayText = displayText;
    }

    public void setBroadcast(String broadcastDomainType, String broadcastUri, String vlan) {
        this.broadcastDomainType = broadcastDomainType;
        this.broadcastUri = broadcastUri;
        this.vlan = vlan;
    }

    public void setTrafficType(String trafficType) {
        this.trafficType = trafficType;
    }

    public void setAddressing(String cidr, String gateway, String netmask) {
        this.cidr = cidr;
        this.gateway = gateway;
        this.netmask = netmask;
    }

    public void setZone(String zoneId, String zoneName) {
        this.zoneId = zoneId;
        this.zoneName = zoneName;
    }

    public void setNetworkOffering(String name, String displayText, Boolean conserveMode, String availability) {
        this.networkOfferingName = name;
        this.networkOfferingDisplayText = displayText;
        this.networkOfferingConserveMode = conserveMode;
        this.networkOfferingAvailability = availability;
    }

    public void setSystem(Boolean system) {
        this.system = system;
    }

    public void setState(String state) {
        this.state = state;
    }

    public void setRelated(String related) {
        this.related = related;
    }

    public void setDns(String dns1, String dns2) {
        this.dns1 = dns1;
        this.dns2 = dns2;
    }

    public void setType(String type) {
        this.type = type;
    }

    public void setAclType(String aclType) {
        this.aclType = aclType;
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

    public void setIsDefault(Boolean isDefault) {
        this.isDefault = isDefault;
    }

    public void setServices(List<NetworkServiceResponse> services) {
        this.services = services;
    }

    public void setNetworkDomain(String networkDomain) {
        this.networkDomain = networkDomain;
    }

    public void setPhysicalNetworkId(String physicalNetworkId) {
        this.physicalNetworkId = physicalNetworkId;
    }

    public void setRestartRequired(Boolean restartRequired) {
        this.restartRequired = restartRequired;
    }

    public void setSpecifyIpRanges(Boolean specifyIpRanges) {
        this.specifyIpRanges = specifyIpRanges;
    }

    public void setVpc(String vpcId, String vpcName) {
        this.vpcId = vpcId;
        this.vpcName = vpcName;
    }

    public void setCanUseForDeploy(Boolean canUseForDeploy) {
        this.canUseForDeploy = canUseForDeploy;
    }

    public void setPersistent(Boolean persistent) {
        this.persistent = persistent;
    }

    public void setDisplayNetwork(Boolean displayNetwork) {
        this.displayNetwork = displayNetwork;
    }

    public void setStrechedL2Subnet(Boolean strechedL2Subnet) {
        this.strechedL2Subnet = strechedL2Subnet;
    }

    public void setRedundantRouter(Boolean redundantRouter) {
        this.redundantRouter = redundantRouter;
    }

    public void setCreated(Date created) {
        this.created = created;
    }

    public void setEgressDefaultPolicy(Boolean egressDefaultPolicy) {
        this.egressDefaultPolicy = egressDefaultPolicy;
    }

    public void setInternetProtocol(String internetProtocol) {
        this.internetProtocol = internetProtocol;
    }

    public void setMtu(Integer publicMtu, Integer privateMtu) {
        this.publicMtu = publicMtu;
        this.privateMtu = privateMtu;
    }

    public void setHasAnnotations(Boolean hasAnnotations) {
        this.hasAnnotations = hasAnnotations;
    }
}
