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
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseListProjectAndAccountResourcesCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.WgApiConstants;
import org.apache.cloudstack.api.response.ListResponse;
import org.apache.cloudstack.api.response.WgUserResponse;
import org.apache.cloudstack.api.response.WgVpnResponse;

import com.cloud.network.WgUser;
import com.cloud.network.vpn.WgVpnService;

@APICommand(name = ListWgUsersCmd.APINAME, description = "Lists WireGuard VPN users with their live state from the router",
        responseObject = WgUserResponse.class, entityType = {WgUser.class}, since = WgApiConstants.SINCE,
        requestHasSensitiveInfo = false, responseHasSensitiveInfo = false,
        authorized = {RoleType.Admin, RoleType.ResourceAdmin, RoleType.DomainAdmin, RoleType.User})
public class ListWgUsersCmd extends BaseListProjectAndAccountResourcesCmd {
    public static final String APINAME = "listWgUsers";

    @Inject
    private WgVpnService wgVpnService;

    @Parameter(name = ApiConstants.ID, type = CommandType.UUID, entityType = WgUserResponse.class, description = "the ID of the user")
    private Long id;

    @Parameter(name = WgApiConstants.VPN_ID, type = CommandType.UUID, entityType = WgVpnResponse.class, description = "list the users of this VPN")
    private Long vpnId;

    @Parameter(name = ApiConstants.NAME, type = CommandType.STRING, description = "list users by name")
    private String name;

    @Parameter(name = ApiConstants.FOR_DISPLAY, type = CommandType.BOOLEAN, description = "list only users shown (true) or hidden (false) to the end user")
    private Boolean display;

    public Long getId() {
        return id;
    }

    public Long getVpnId() {
        return vpnId;
    }

    public String getName() {
        return name;
    }

    // As CloudStack's lists do: without fordisplay only what is shown to end users is listed.
    @Override
    public Boolean getDisplay() {
        if (display != null) {
            return display;
        }
        return super.getDisplay();
    }

    @Override
    public void execute() {
        ListResponse<WgUserResponse> response = wgVpnService.listWgUsers(this);
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }
}
