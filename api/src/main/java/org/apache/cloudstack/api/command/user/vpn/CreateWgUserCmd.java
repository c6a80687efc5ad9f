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
package org.apache.cloudstack.api.command.user.vpn;

import javax.inject.Inject;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.acl.SecurityChecker.AccessType;
import org.apache.cloudstack.api.ACL;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseAsyncCreateCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.WgApiConstants;
import org.apache.cloudstack.api.response.DomainResponse;
import org.apache.cloudstack.api.response.ProjectResponse;
import org.apache.cloudstack.api.response.WgUserResponse;
import org.apache.cloudstack.api.response.WgVpnResponse;

import com.cloud.exception.InvalidParameterValueException;
import com.cloud.network.WgUser;
import com.cloud.network.WgVpn;
import com.cloud.network.vpn.WgVpnEventTypes;
import com.cloud.network.vpn.WgVpnService;

@APICommand(name = CreateWgUserCmd.APINAME, description = "Adds a user (peer) to a WireGuard VPN and returns its client configuration",
        responseObject = WgUserResponse.class, entityType = {WgUser.class}, since = WgApiConstants.SINCE,
        requestHasSensitiveInfo = false, responseHasSensitiveInfo = true,
        authorized = {RoleType.Admin, RoleType.ResourceAdmin, RoleType.DomainAdmin, RoleType.User})
public class CreateWgUserCmd extends BaseAsyncCreateCmd {
    public static final String APINAME = "createWgUser";

    @Inject
    private WgVpnService wgVpnService;

    @ACL(accessType = AccessType.OperateEntry)
    @Parameter(name = WgApiConstants.VPN_ID, type = CommandType.UUID, entityType = WgVpnResponse.class, required = true, description = "the ID of the VPN")
    private Long vpnId;

    @Parameter(name = ApiConstants.NAME, type = CommandType.STRING, length = 64, description = "the user's name, 1-64 printable characters (default: user-<n>)")
    private String name;

    @Parameter(name = WgApiConstants.PUBLIC_KEY, type = CommandType.STRING,
            description = "the user's WireGuard public key (base64, 44 characters); absent: the server generates a key pair")
    private String publicKey;

    @Parameter(name = WgApiConstants.USE_PRESHARED_KEY, type = CommandType.BOOLEAN, description = "generate a preshared key for the peer (default true)")
    private Boolean usePresharedKey;

    @Parameter(name = WgApiConstants.SPLIT_TUNNEL, type = CommandType.BOOLEAN,
            description = "route only the guest network(s) and the tunnel range through the VPN (default true); false routes everything")
    private Boolean splitTunnel;

    @Parameter(name = ApiConstants.FOR_DISPLAY, type = CommandType.BOOLEAN, description = "show the user to the end user (default true)")
    private Boolean display;

    @Parameter(name = ApiConstants.ACCOUNT, type = CommandType.STRING, description = "the account owning the VPN; with domainid")
    private String accountName;

    @Parameter(name = ApiConstants.DOMAIN_ID, type = CommandType.UUID, entityType = DomainResponse.class, description = "the domain of the account owning the VPN")
    private Long domainId;

    @Parameter(name = ApiConstants.PROJECT_ID, type = CommandType.UUID, entityType = ProjectResponse.class, description = "the project owning the VPN")
    private Long projectId;

    public Long getVpnId() {
        return vpnId;
    }

    public String getName() {
        return name;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public boolean isUsePresharedKey() {
        return usePresharedKey == null || usePresharedKey;
    }

    public boolean isSplitTunnel() {
        return splitTunnel == null || splitTunnel;
    }

    @Override
    public boolean isDisplay() {
        return display == null || display;
    }

    public String getAccountName() {
        return accountName;
    }

    public Long getDomainId() {
        return domainId;
    }

    public Long getProjectId() {
        return projectId;
    }

    private WgVpn getVpn() {
        WgVpn vpn = wgVpnService.getWgVpn(vpnId);
        if (vpn == null) {
            throw new InvalidParameterValueException("Unable to find the WireGuard VPN");
        }
        return vpn;
    }

    @Override
    public long getEntityOwnerId() {
        return getVpn().getAccountId();
    }

    @Override
    public String getEventType() {
        return WgVpnEventTypes.EVENT_WG_USER_CREATE;
    }

    @Override
    public String getEventDescription() {
        WgUser user = getEntityId() == null ? null : wgVpnService.getWgUser(getEntityId());
        return "Adding " + WgEventDescriptions.user(user) + " to " + WgEventDescriptions.vpnUuid(wgVpnService.getWgVpn(vpnId));
    }

    @Override
    public String getCreateEventType() {
        return WgVpnEventTypes.EVENT_WG_USER_CREATE;
    }

    @Override
    public String getCreateEventDescription() {
        return "Adding a user to " + WgEventDescriptions.vpnUuid(wgVpnService.getWgVpn(vpnId));
    }

    @Override
    public String getSyncObjType() {
        return WgSyncObjects.type(getVpn());
    }

    @Override
    public Long getSyncObjId() {
        return WgSyncObjects.id(getVpn());
    }

    @Override
    public void create() {
        WgUser user = wgVpnService.createWgUser(this);
        setEntityId(user.getId());
        setEntityUuid(user.getUuid());
    }

    @Override
    public void execute() {
        WgCommandErrors.run(() -> {
            wgVpnService.applyWgUser(getEntityId());
            WgUserResponse response = wgVpnService.createWgUserConfigResponse(getEntityId());
            response.setResponseName(getCommandName());
            setResponseObject(response);
        });
    }
}
