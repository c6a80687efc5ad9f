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

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.BaseResponse;
import org.apache.cloudstack.api.EntityReference;
import org.apache.cloudstack.api.response.ControlledEntityResponse;
import org.apache.cloudstack.devcloud.network.RemoteAccessVpnVO;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/** An L2TP/IPsec remote-access VPN as listRemoteAccessVpns shows it (CloudStack's RemoteAccessVpnResponse, object name remoteaccessvpn). */
@EntityReference(value = RemoteAccessVpnVO.class)
public class RemoteAccessVpnResponse extends BaseResponse implements ControlledEntityResponse {
    @SerializedName("publicipid")
    @Param(description = "the public ip address of the vpn server")
    private String publicIpId;

    @SerializedName("publicip")
    @Param(description = "the public ip address of the vpn server")
    private String publicIp;

    @SerializedName("iprange")
    @Param(description = "the range of ips to allocate to the clients")
    private String ipRange;

    @SerializedName("presharedkey")
    @Param(description = "the ipsec preshared key", isSensitive = true)
    private String presharedKey;

    @SerializedName("account")
    @Param(description = "the account of the remote access vpn")
    private String accountName;

    @SerializedName("projectid")
    @Param(description = "the project id of the vpn")
    private String projectId;

    @SerializedName("project")
    @Param(description = "the project name of the vpn")
    private String projectName;

    @SerializedName("domainid")
    @Param(description = "the domain id of the account of the remote access vpn")
    private String domainId;

    @SerializedName("domain")
    @Param(description = "the domain name of the account of the remote access vpn")
    private String domainName;

    @SerializedName("domainpath")
    @Param(description = "path of the domain to which the remote access vpn belongs")
    private String domainPath;

    @SerializedName("state")
    @Param(description = "the state of the rule")
    private String state;

    @SerializedName("id")
    @Param(description = "the id of the remote access vpn")
    private String id;

    @SerializedName("fordisplay")
    @Param(description = "is vpn for display to the regular user", authorized = {RoleType.Admin})
    private Boolean forDisplay;

    public RemoteAccessVpnResponse() {
        setObjectName("remoteaccessvpn");
    }

    @Override
    public String getObjectId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public void setPublicIp(String publicIpId, String publicIp) {
        this.publicIpId = publicIpId;
        this.publicIp = publicIp;
    }

    public void setIpRange(String ipRange) {
        this.ipRange = ipRange;
    }

    public void setPresharedKey(String presharedKey) {
        this.presharedKey = presharedKey;
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

    public void setState(String state) {
        this.state = state;
    }

    public void setForDisplay(Boolean forDisplay) {
        this.forDisplay = forDisplay;
    }
}
