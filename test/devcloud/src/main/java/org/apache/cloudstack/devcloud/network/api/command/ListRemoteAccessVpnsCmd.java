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
package org.apache.cloudstack.devcloud.network.api.command;

import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseListProjectAndAccountResourcesCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.IPAddressResponse;
import org.apache.cloudstack.api.response.ListResponse;
import org.apache.cloudstack.api.response.NetworkResponse;
import org.apache.cloudstack.devcloud.network.RemoteAccessVpnVO;
import org.apache.cloudstack.devcloud.network.api.NetworkQueryService;
import org.apache.cloudstack.devcloud.network.api.NetworkQueryService.RemoteAccessVpnSearch;
import org.apache.cloudstack.devcloud.network.api.response.RemoteAccessVpnResponse;

import com.cloud.utils.Pair;

/** Read-only in devcloud: the seeded L2TP VPN, so tests can check that WireGuard leaves it alone. */
@APICommand(name = "listRemoteAccessVpns", description = "Lists remote access vpns", responseObject = RemoteAccessVpnResponse.class, requestHasSensitiveInfo = false,
    responseHasSensitiveInfo = true, authorized = {RoleType.Admin, RoleType.ResourceAdmin, RoleType.DomainAdmin, RoleType.User})
public class ListRemoteAccessVpnsCmd extends BaseListProjectAndAccountResourcesCmd {

    @Inject
    private NetworkQueryService queryService;

    @Parameter(name = ApiConstants.PUBLIC_IP_ID, type = CommandType.UUID, entityType = IPAddressResponse.class, description = "public ip address id of the vpn server")
    private Long publicIpId;

    @Parameter(name = ApiConstants.ID, type = CommandType.UUID, entityType = RemoteAccessVpnResponse.class, description = "Lists remote access vpn rule with the specified ID",
        since = "4.3")
    private Long id;

    @Parameter(name = ApiConstants.NETWORK_ID, type = CommandType.UUID, entityType = NetworkResponse.class, description = "list remote access VPNs for certain network",
        since = "4.3")
    private Long networkId;

    @Parameter(name = ApiConstants.FOR_DISPLAY, type = CommandType.BOOLEAN, description = "list resources by display flag; only ROOT admin is eligible to pass this parameter",
        since = "4.4", authorized = {RoleType.Admin})
    private Boolean display;

    @Override
    public void execute() {
        RemoteAccessVpnSearch q = new RemoteAccessVpnSearch();
        q.id = id;
        q.publicIpId = publicIpId;
        q.networkId = networkId;
        q.display = display;
        q.accountName = getAccountName();
        q.domainId = getDomainId();
        q.projectId = getProjectId();
        q.isRecursive = isRecursive();
        q.listAll = listAll();
        q.startIndex = getStartIndex();
        q.pageSize = getPageSizeVal();
        Pair<List<RemoteAccessVpnVO>, Integer> result = queryService.searchForRemoteAccessVpns(q);
        List<RemoteAccessVpnResponse> responses = new ArrayList<>();
        for (RemoteAccessVpnVO vpn : result.first()) {
            responses.add(queryService.remoteAccessVpnResponse(vpn));
        }
        ListResponse<RemoteAccessVpnResponse> response = new ListResponse<>();
        response.setResponses(responses, result.second());
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }
}
