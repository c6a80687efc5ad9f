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
package org.apache.cloudstack.api.response;

import java.util.Date;

import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseResponse;
import org.apache.cloudstack.api.EntityReference;
import org.apache.cloudstack.api.WgApiConstants;

import com.cloud.network.WgVpn;
import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/**
 * A WireGuard VPN on a public IP. Never carries the server's private key.
 */
@EntityReference(value = WgVpn.class)
public class WgVpnResponse extends BaseResponse implements ControlledEntityResponse {

    public static final String OBJECT_NAME = "wgvpn";

    @SerializedName(ApiConstants.ID)
    @Param(description = "the ID of the WireGuard VPN")
    private String id;

    @SerializedName(ApiConstants.PUBLIC_IP_ID)
    @Param(description = "the ID of the public IP address the VPN listens on")
    private String publicIpId;

    @SerializedName(ApiConstants.PUBLIC_IP)
    @Param(description = "the public IP address the VPN listens on")
    private String publicIp;

    @SerializedName(ApiConstants.PORT)
    @Param(description = "the UDP port the VPN listens on")
    private Integer port;

    @SerializedName(ApiConstants.NETWORK_ID)
    @Param(description = "the ID of the guest network the VPN serves (absent for a VPC VPN)")
    private String networkId;

    @SerializedName(WgApiConstants.NETWORK_NAME)
    @Param(description = "the name of the guest network the VPN serves")
    private String networkName;

    @SerializedName(ApiConstants.VPC_ID)
    @Param(description = "the ID of the VPC the VPN serves")
    private String vpcId;

    @SerializedName(WgApiConstants.VPC_NAME)
    @Param(description = "the name of the VPC the VPN serves")
    private String vpcName;

    @SerializedName(ApiConstants.STATE)
    @Param(description = "the state of the VPN: Added, Running or Error")
    private String state;

    @SerializedName(WgApiConstants.IP4_ENABLE)
    @Param(description = "true if the tunnel carries IPv4")
    private Boolean ip4Enable;

    @SerializedName(WgApiConstants.IP4_RANGE)
    @Param(description = "the IPv4 tunnel range (CIDR)")
    private String ip4Range;

    @SerializedName(WgApiConstants.IP4_ADDRESS)
    @Param(description = "the server's IPv4 tunnel address")
    private String ip4Address;

    @SerializedName(WgApiConstants.IP6_ENABLE)
    @Param(description = "true if the tunnel carries IPv6")
    private Boolean ip6Enable;

    @SerializedName(WgApiConstants.IP6_RANGE)
    @Param(description = "the IPv6 tunnel range (CIDR)")
    private String ip6Range;

    @SerializedName(WgApiConstants.IP6_ADDRESS)
    @Param(description = "the server's IPv6 tunnel address")
    private String ip6Address;

    @SerializedName(WgApiConstants.PUBLIC_KEY)
    @Param(description = "the server's WireGuard public key")
    private String publicKey;

    @SerializedName(WgApiConstants.MTU)
    @Param(description = "the tunnel MTU")
    private Integer mtu;

    @SerializedName(WgApiConstants.KEEPALIVE)
    @Param(description = "the PersistentKeepalive (seconds) put in client configurations, 0 for none")
    private Integer keepalive;

    @SerializedName(WgApiConstants.DNS)
    @Param(description = "the DNS servers (comma separated) put in client configurations")
    private String dns;

    @SerializedName(WgApiConstants.USER_COUNT)
    @Param(description = "the number of users of the VPN")
    private Integer userCount;

    @SerializedName(ApiConstants.FOR_DISPLAY)
    @Param(description = "is the VPN displayed to the end user")
    private Boolean forDisplay;

    @SerializedName(ApiConstants.ACCOUNT)
    @Param(description = "the account owning the VPN")
    private String accountName;

    @SerializedName(ApiConstants.ACCOUNT_ID)
    @Param(description = "the ID of the account owning the VPN")
    private String accountId;

    @SerializedName(ApiConstants.DOMAIN_ID)
    @Param(description = "the ID of the domain of the VPN's owner")
    private String domainId;

    @SerializedName(ApiConstants.DOMAIN)
    @Param(description = "the name of the domain of the VPN's owner")
    private String domainName;

    @SerializedName(ApiConstants.DOMAIN_PATH)
    @Param(description = "the path of the domain of the VPN's owner")
    private String domainPath;

    @SerializedName(ApiConstants.PROJECT_ID)
    @Param(description = "the ID of the project owning the VPN")
    private String projectId;

    @SerializedName(ApiConstants.PROJECT)
    @Param(description = "the name of the project owning the VPN")
    private String projectName;

    @SerializedName(ApiConstants.CREATED)
    @Param(description = "the date the VPN was created")
    private Date created;

    public WgVpnResponse() {
        super(OBJECT_NAME);
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

    public String getPublicIpId() {
        return publicIpId;
    }

    public void setPublicIpId(String publicIpId) {
        this.publicIpId = publicIpId;
    }

    public String getPublicIp() {
        return publicIp;
    }

    public void setPublicIp(String publicIp) {
        this.publicIp = publicIp;
    }

    public Integer getPort() {
        return port;
    }

    public void setPort(Integer port) {
        this.port = port;
    }

    public String getNetworkId() {
        return networkId;
    }

    public void setNetworkId(String networkId) {
        this.networkId = networkId;
    }

    public String getNetworkName() {
        return networkName;
    }

    public void setNetworkName(String networkName) {
        this.networkName = networkName;
    }

    public String getVpcId() {
        return vpcId;
    }

    public void setVpcId(String vpcId) {
        this.vpcId = vpcId;
    }

    public String getVpcName() {
        return vpcName;
    }

    public void setVpcName(String vpcName) {
        this.vpcName = vpcName;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public Boolean getIp4Enable() {
        return ip4Enable;
    }

    public void setIp4Enable(Boolean ip4Enable) {
        this.ip4Enable = ip4Enable;
    }

    public String getIp4Range() {
        return ip4Range;
    }

    public void setIp4Range(String ip4Range) {
        this.ip4Range = ip4Range;
    }

    public String getIp4Address() {
        return ip4Address;
    }

    public void setIp4Address(String ip4Address) {
        this.ip4Address = ip4Address;
    }

    public Boolean getIp6Enable() {
        return ip6Enable;
    }

    public void setIp6Enable(Boolean ip6Enable) {
        this.ip6Enable = ip6Enable;
    }

    public String getIp6Range() {
        return ip6Range;
    }

    public void setIp6Range(String ip6Range) {
        this.ip6Range = ip6Range;
    }

    public String getIp6Address() {
        return ip6Address;
    }

    public void setIp6Address(String ip6Address) {
        this.ip6Address = ip6Address;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public void setPublicKey(String publicKey) {
        this.publicKey = publicKey;
    }

    public Integer getMtu() {
        return mtu;
    }

    public void setMtu(Integer mtu) {
        this.mtu = mtu;
    }

    public Integer getKeepalive() {
        return keepalive;
    }

    public void setKeepalive(Integer keepalive) {
        this.keepalive = keepalive;
    }

    public String getDns() {
        return dns;
    }

    public void setDns(String dns) {
        this.dns = dns;
    }

    public Integer getUserCount() {
        return userCount;
    }

    public void setUserCount(Integer userCount) {
        this.userCount = userCount;
    }

    public Boolean getForDisplay() {
        return forDisplay;
    }

    public void setForDisplay(Boolean forDisplay) {
        this.forDisplay = forDisplay;
    }

    public String getAccountName() {
        return accountName;
    }

    @Override
    public void setAccountName(String accountName) {
        this.accountName = accountName;
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public String getDomainId() {
        return domainId;
    }

    @Override
    public void setDomainId(String domainId) {
        this.domainId = domainId;
    }

    public String getDomainName() {
        return domainName;
    }

    @Override
    public void setDomainName(String domainName) {
        this.domainName = domainName;
    }

    public String getDomainPath() {
        return domainPath;
    }

    @Override
    public void setDomainPath(String domainPath) {
        this.domainPath = domainPath;
    }

    public String getProjectId() {
        return projectId;
    }

    @Override
    public void setProjectId(String projectId) {
        this.projectId = projectId;
    }

    public String getProjectName() {
        return projectName;
    }

    @Override
    public void setProjectName(String projectName) {
        this.projectName = projectName;
    }

    public Date getCreated() {
        return created;
    }

    public void setCreated(Date created) {
        this.created = created;
    }

}
