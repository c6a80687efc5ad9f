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

import java.util.Map;

import javax.inject.Inject;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.acl.SecurityChecker.AccessType;
import org.apache.cloudstack.api.ACL;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseAsyncCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.WgApiConstants;
import org.apache.cloudstack.api.response.WgUserResponse;

import com.cloud.network.WgUser;
import com.cloud.network.WgVpn;
import com.cloud.network.vpn.WgVpnEventTypes;
import com.cloud.network.vpn.WgVpnService;
import com.cloud.user.Account;

@APICommand(name = UpdateWgUserCmd.APINAME, description = "Updates a WireGuard VPN user (name, split tunnel, enabled, display)",
        responseObject = WgUserResponse.class, entityType = {WgUser.class}, since = WgApiConstants.SINCE,
        requestHasSensitiveInfo = false, responseHasSensitiveInfo = false,
        authorized = {RoleType.Admin, RoleType.ResourceAdmin, RoleType.DomainAdmin, RoleType.User})
public class UpdateWgUserCmd extends BaseAsyncCmd {
    public static final String APINAME = "updateWgUser";

    @Inject
    private WgVpnService wgVpnService;

    @ACL(accessType = AccessType.OperateEntry)
    @Parameter(name = ApiConstants.ID, type = CommandType.UUID, entityType = WgUserResponse.class, required = true, description = "the ID of the user")
    private Long id;

    @Parameter(name = ApiConstants.NAME, type = CommandType.STRING, length = 64, description = "the user's new name, 1-64 printable characters")
    private String name;

    @Parameter(name = WgApiConstants.SPLIT_TUNNEL, type = CommandType.BOOLEAN, description = "route only the guest network(s) and tunnel range through the VPN")
    private Boolean splitTunnel;

    @Parameter(name = ApiConstants.ENABLED, type = CommandType.BOOLEAN, description = "false disables the user: its peer is removed from the router, the user kept")
    private Boolean enabled;

    @Parameter(name = ApiConstants.FOR_DISPLAY, type = CommandType.BOOLEAN, description = "show the user to the end user")
    private Boolean display;

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Boolean getSplitTunnel() {
        return splitTunnel;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public Boolean getDisplay() {
        return display;
    }

    private WgVpn getVpn() {
        WgUser user = wgVpnService.getWgUser(id);
        return user == null ? null : wgVpnService.getWgVpn(user.getVpnId());
    }

    // Runs before the job is queued: a bad value is refused at once.
    @Override
    public void validateSpecificParameters(final Map<String, String> params) {
        super.validateSpecificParameters(params);
        WgParameterChecks.checkUserUpdate(params);
    }

    @Override
    public long getEntityOwnerId() {
        WgUser user = wgVpnService.getWgUser(id);
        return user == null ? Account.ACCOUNT_ID_SYSTEM : user.getAccountId();
    }

    @Override
    public String getEventType() {
        return WgVpnEventTypes.EVENT_WG_USER_UPDATE;
    }

    @Override
    public String getEventDescription() {
        return "Updating " + WgEventDescriptions.user(wgVpnService.getWgUser(id)) + " of " + WgEventDescriptions.vpnUuid(getVpn());
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
    public void execute() {
        WgCommandErrors.run(() -> {
            WgUser user = wgVpnService.updateWgUser(this);
            WgUserResponse response = wgVpnService.listWgUsersResponseFor(user);
            response.setResponseName(getCommandName());
            setResponseObject(response);
        });
    }
}
