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
import org.apache.cloudstack.api.response.WgVpnResponse;

import com.cloud.network.WgVpn;
import com.cloud.network.vpn.WgVpnEventTypes;
import com.cloud.network.vpn.WgVpnService;
import com.cloud.user.Account;

@APICommand(name = UpdateWgVpnCmd.APINAME, description = "Updates a WireGuard VPN and pushes it to its routers again", responseObject = WgVpnResponse.class,
        entityType = {WgVpn.class}, since = WgApiConstants.SINCE, requestHasSensitiveInfo = false, responseHasSensitiveInfo = false,
        authorized = {RoleType.Admin, RoleType.ResourceAdmin, RoleType.DomainAdmin, RoleType.User})
public class UpdateWgVpnCmd extends BaseAsyncCmd {
    public static final String APINAME = "updateWgVpn";

    @Inject
    private WgVpnService wgVpnService;

    @ACL(accessType = AccessType.OperateEntry)
    @Parameter(name = ApiConstants.ID, type = CommandType.UUID, entityType = WgVpnResponse.class, required = true, description = "the ID of the VPN")
    private Long id;

    @Parameter(name = ApiConstants.CUSTOM_ID, type = CommandType.STRING, authorized = {RoleType.Admin},
            description = "an optional field, in case you want to set a custom id to the resource. Allowed to Root Admins only")
    private String customId;

    @Parameter(name = ApiConstants.FOR_DISPLAY, type = CommandType.BOOLEAN, description = "show the VPN to the end user")
    private Boolean display;

    @Parameter(name = WgApiConstants.MTU, type = CommandType.INTEGER, description = "the tunnel MTU, 1280-9000")
    private Integer mtu;

    @Parameter(name = WgApiConstants.KEEPALIVE, type = CommandType.INTEGER, description = "PersistentKeepalive in seconds for client configurations, 0 for none")
    private Integer keepalive;

    @Parameter(name = WgApiConstants.DNS, type = CommandType.STRING, description = "comma-separated DNS servers for client configurations")
    private String dns;

    public Long getId() {
        return id;
    }

    public String getCustomId() {
        return customId;
    }

    public Boolean getDisplay() {
        return display;
    }

    public Integer getMtu() {
        return mtu;
    }

    public Integer getKeepalive() {
        return keepalive;
    }

    public String getDns() {
        return dns;
    }

    // Runs before the job is queued: a bad value is refused at once.
    @Override
    public void validateSpecificParameters(final Map<String, String> params) {
        super.validateSpecificParameters(params);
        WgParameterChecks.checkVpnUpdate(params);
    }

    @Override
    public long getEntityOwnerId() {
        WgVpn vpn = wgVpnService.getWgVpn(id);
        return vpn == null ? Account.ACCOUNT_ID_SYSTEM : vpn.getAccountId();
    }

    @Override
    public String getEventType() {
        return WgVpnEventTypes.EVENT_WG_VPN_UPDATE;
    }

    @Override
    public String getEventDescription() {
        return "Updating " + WgEventDescriptions.vpn(_ntwkModel, wgVpnService.getWgVpn(id));
    }

    @Override
    public String getSyncObjType() {
        return WgSyncObjects.type(wgVpnService.getWgVpn(id));
    }

    @Override
    public Long getSyncObjId() {
        return WgSyncObjects.id(wgVpnService.getWgVpn(id));
    }

    @Override
    public void execute() {
        WgCommandErrors.run(() -> {
            WgVpn vpn = wgVpnService.updateWgVpn(this);
            WgVpnResponse response = wgVpnService.createWgVpnResponse(vpn);
            response.setResponseName(getCommandName());
            setResponseObject(response);
        });
    }
}
