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
import org.apache.cloudstack.api.response.ZoneResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/** A zone as listZones shows it (CloudStack's ZoneResponse fields; DNS and guest CIDR for root admins, as its Full view). */
public class ZoneDetailsResponse extends ZoneResponse {
    @SerializedName("id")
    @Param(description = "Zone id")
    private String id;

    @SerializedName("name")
    @Param(description = "Zone name")
    private String name;

    @SerializedName("description")
    @Param(description = "Zone description")
    private String description;

    @SerializedName("dns1")
    @Param(description = "the first DNS for the Zone", authorized = {RoleType.Admin})
    private String dns1;

    @SerializedName("dns2")
    @Param(description = "the second DNS for the Zone", authorized = {RoleType.Admin})
    private String dns2;

    @SerializedName("ip6dns1")
    @Param(description = "the first IPv6 DNS for the Zone", authorized = {RoleType.Admin})
    private String ip6Dns1;

    @SerializedName("ip6dns2")
    @Param(description = "the second IPv6 DNS for the Zone", authorized = {RoleType.Admin})
    private String ip6Dns2;

    @SerializedName("internaldns1")
    @Param(description = "the first internal DNS for the Zone", authorized = {RoleType.Admin})
    private String internalDns1;

    @SerializedName("internaldns2")
    @Param(description = "the second internal DNS for the Zone", authorized = {RoleType.Admin})
    private String internalDns2;

    @SerializedName("guestcidraddress")
    @Param(description = "the guest CIDR address for the Zone", authorized = {RoleType.Admin})
    private String guestCidrAddress;

    @SerializedName("domain")
    @Param(description = "Network domain name for the networks in the zone")
    private String domain;

    @SerializedName("domainid")
    @Param(description = "the UUID of the containing domain, null for public zones")
    private String domainId;

    @SerializedName("domainname")
    @Param(description = "the name of the containing domain, null for public zones")
    private String domainName;

    @SerializedName("networktype")
    @Param(description = "the network type of the zone; can be Basic or Advanced")
    private String networkType;

    @SerializedName("securitygroupsenabled")
    @Param(description = "true if security groups support is enabled, false otherwise")
    private Boolean securityGroupsEnabled;

    @SerializedName("allocationstate")
    @Param(description = "the allocation state of the cluster")
    private String allocationState;

    @SerializedName("zonetoken")
    @Param(description = "Zone Token", authorized = {RoleType.Admin})
    private String zoneToken;

    @SerializedName("dhcpprovider")
    @Param(description = "the dhcp Provider for the Zone")
    private String dhcpProvider;

    @SerializedName("localstorageenabled")
    @Param(description = "true if local storage offering enabled, false otherwise")
    private Boolean localStorageEnabled;

    @SerializedName("tags")
    @Param(description = "the list of resource tags associated with zone.")
    private List<Object> tags = new ArrayList<>();

    @SerializedName("type")
    @Param(description = "the type of the zone - core or edge")
    private String type;

    @SerializedName("hasannotations")
    @Param(description = "true if the entity/resource has annotations")
    private Boolean hasAnnotations;

    public ZoneDetailsResponse() {
        setObjectName("zone");
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

    public void setDescription(String description) {
        this.description = description;
    }

    public void setDns(String dns1, String dns2, String ip6Dns1, String ip6Dns2, String internalDns1, String internalDns2) {
        this.dns1 = dns1;
        this.dns2 = dns2;
        this.ip6Dns1 = ip6Dns1;
        this.ip6Dns2 = ip6Dns2;
        this.internalDns1 = internalDns1;
        this.internalDns2 = internalDns2;
    }

    public void setGuestCidrAddress(String guestCidrAddress) {
        this.guestCidrAddress = guestCidrAddress;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public void setDomainId(String domainId) {
        this.domainId = domainId;
    }

    public void setDomainName(String domainName) {
        this.domainName = domainName;
    }

    public void setNetworkType(String networkType) {
        this.networkType = networkType;
    }

    public void setSecurityGroupsEnabled(Boolean securityGroupsEnabled) {
        this.securityGroupsEnabled = securityGroupsEnabled;
    }

    public void setAllocationState(String allocationState) {
        this.allocationState = allocationState;
    }

    public void setZoneToken(String zoneToken) {
        this.zoneToken = zoneToken;
    }

    public void setDhcpProvider(String dhcpProvider) {
        this.dhcpProvider = dhcpProvider;
    }

    public void setLocalStorageEnabled(Boolean localStorageEnabled) {
        this.localStorageEnabled = localStorageEnabled;
    }

    public void setType(String type) {
        this.type = type;
    }

    public void setHasAnnotations(Boolean hasAnnotations) {
        this.hasAnnotations = hasAnnotations;
    }
}
