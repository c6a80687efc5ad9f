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

import com.cloud.network.WgUser;
import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/**
 * A WireGuard VPN user (peer). Keys other than the public key appear only inside {@code config}/{@code qrcode}, which only createWgUser and getWgUserConfig fill.
 */
@EntityReference(value = WgUser.class)
public class WgUserResponse extends BaseResponse implements ControlledEntityResponse {

    public static final String OBJECT_NAME = "wguser";

    @SerializedName(ApiConstants.ID)
    @Param(description = "the ID of the WireGuard VPN user")
    private String id;

    @SerializedName(ApiConstants.NAME)
    @Param(description = "the name of the user")
    private String name;

    @SerializedName(WgApiConstants.VPN_ID)
    @Param(description = "the ID of the user's WireGuard VPN")
    private String vpnId;

    @SerializedName(ApiConstants.STATE)
    @Param(description = "the state of the user: Add, Active or Revoke")
    private String state;

    @SerializedName(ApiConstants.ENABLED)
    @Param(description = "false if the user is disabled (not configured on the router)")
    private Boolean enabled;

    @SerializedName(WgApiConstants.PUBLIC_KEY)
    @Param(description = "the user's WireGuard public key")
    private String publicKey;

    @SerializedName(WgApiConstants.OWN_KEY)
    @Param(description = "true if the user supplied the public key (the server never had the private key)")
    private Boolean ownKey;

    @SerializedName(WgApiConstants.IP4_ADDRESS)
    @Param(description = "the user's IPv4 tunnel address")
    private String ip4Address;

    @SerializedName(WgApiConstants.IP6_ADDRESS)
    @Param(description = "the user's IPv6 tunnel address")
    private String ip6Address;

    @SerializedName(WgApiConstants.SPLIT_TUNNEL)
    @Param(description = "true if only the guest network(s) and the tunnel range go through the VPN")
    private Boolean splitTunnel;

    @SerializedName(ApiConstants.ACCOUNT)
    @Param(description = "the account owning the user")
    private String accountName;

    @SerializedName(ApiConstants.ACCOUNT_ID)
    @Param(description = "the ID of the account owning the user")
    private String accountId;

    @SerializedName(ApiConstants.DOMAIN_ID)
    @Param(description = "the ID of the domain of the user's owner")
    private String domainId;

    @SerializedName(ApiConstants.DOMAIN)
    @Param(description = "the name of the domain of the user's owner")
    private String domainName;

    @SerializedName(ApiConstants.DOMAIN_PATH)
    @Param(description = "the path of the domain of the user's owner")
    private String domainPath;

    @SerializedName(ApiConstants.PROJECT_ID)
    @Param(description = "the ID of the project owning the user")
    private String projectId;

    @SerializedName(ApiConstants.PROJECT)
    @Param(description = "the name of the project owning the user")
    private String projectName;

    @SerializedName(ApiConstants.FOR_DISPLAY)
    @Param(description = "is the user displayed to the end user")
    private Boolean forDisplay;

    @SerializedName(ApiConstants.CREATED)
    @Param(description = "the date the user was created")
    private Date created;

    @SerializedName(WgApiConstants.LAST_HANDSHAKE)
    @Param(description = "the last handshake the router saw from the user; absent if never connected or the router is unreachable")
    private Date lastHandshake;

    @SerializedName(WgApiConstants.RX_BYTES)
    @Param(description = "bytes the router received from the user")
    private Long rxBytes;

    @SerializedName(WgApiConstants.TX_BYTES)
    @Param(description = "bytes the router sent to the user")
    private Long txBytes;

    @SerializedName(WgApiConstants.ENDPOINT)
    @Param(description = "the address and port the router last saw the user at")
    private String endpoint;

    @SerializedName(WgApiConstants.CONFIG)
    @Param(description = "the wg-quick client configuration (createWgUser and getWgUserConfig only)", isSensitive = true)
    private String config;

    @SerializedName(WgApiConstants.QR_CODE)
    @Param(description = "the client configuration as a PNG QR code, base64 (createWgUser and getWgUserConfig only)", isSensitive = true)
    private String qrCode;

    public WgUserResponse() {
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getVpnId() {
        return vpnId;
    }

    public void setVpnId(String vpnId) {
        this.vpnId = vpnId;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public void setPublicKey(String publicKey) {
        this.publicKey = publicKey;
    }

    public Boolean getOwnKey() {
        return ownKey;
    }

    public void setOwnKey(Boolean ownKey) {
        this.ownKey = ownKey;
    }

    public String getIp4Address() {
        return ip4Address;
    }

    public void setIp4Address(String ip4Address) {
        this.ip4Address = ip4Address;
    }

    public String getIp6Address() {
        return ip6Address;
    }

    public void setIp6Address(String ip6Address) {
        this.ip6Address = ip6Address;
    }

    public Boolean getSplitTunnel() {
        return splitTunnel;
    }

    public void setSplitTunnel(Boolean splitTunnel) {
        this.splitTunnel = splitTunnel;
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

    public Boolean getForDisplay() {
        return forDisplay;
    }

    public void setForDisplay(Boolean forDisplay) {
        this.forDisplay = forDisplay;
    }

    public Date getCreated() {
        return created;
    }

    public void setCreated(Date created) {
        this.created = created;
    }

    public Date getLastHandshake() {
        return lastHandshake;
    }

    public void setLastHandshake(Date lastHandshake) {
        this.lastHandshake = lastHandshake;
    }

    public Long getRxBytes() {
        return rxBytes;
    }

    public void setRxBytes(Long rxBytes) {
        this.rxBytes = rxBytes;
    }

    public Long getTxBytes() {
        return txBytes;
    }

    public void setTxBytes(Long txBytes) {
        this.txBytes = txBytes;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public String getConfig() {
        return config;
    }

    public void setConfig(String config) {
        this.config = config;
    }

    public String getQrCode() {
        return qrCode;
    }

    public void setQrCode(String qrCode) {
        this.qrCode = qrCode;
    }

}
