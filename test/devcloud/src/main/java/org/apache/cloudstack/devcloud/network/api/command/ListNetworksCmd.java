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
import org.apache.cloudstack.api.ApiCommandResourceType;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseListProjectAndAccountResourcesCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.ListResponse;
import org.apache.cloudstack.api.response.NetworkResponse;
import org.apache.cloudstack.api.response.VpcResponse;
import org.apache.cloudstack.api.response.ZoneResponse;
import org.apache.cloudstack.devcloud.network.NetworkVO;
import org.apache.cloudstack.devcloud.network.api.NetworkQueryService;
import org.apache.cloudstack.devcloud.network.api.NetworkQueryService.NetworkSearch;
import org.apache.cloudstack.devcloud.network.api.response.NetworkDetailsResponse;

import com.cloud.network.Network;
import com.cloud.utils.Pair;

@APICommand(name = "listNetworks", description = "Lists all available networks.", responseObject = NetworkDetailsResponse.class, entityType = {Network.class},
    requestHasSensitiveInfo = false, responseHasSensitiveInfo = false, authorized = {RoleType.Admin, RoleType.ResourceAdmin, RoleType.DomainAdmin, RoleType.User})
public class ListNetworksCmd extends BaseListProjectAndAccountResourcesCmd {

    @Inject
    private NetworkQueryService queryService;

    @Parameter(name = ApiConstants.ID, type = CommandType.UUID, entityType = NetworkResponse.class, description = "list networks by ID")
    private Long id;

    @Parameter(name = ApiConstants.ZONE_ID, type = CommandType.UUID, entityType = ZoneResponse.class, description = "the zone ID of the network")
    private Long zoneId;

    @Parameter(name = "type", type = CommandType.STRING, description = "the type of the network. Supported values are: isolated, l2, shared and all")
    private String guestIpType;

    @Parameter(name = "issystem", type = CommandType.BOOLEAN, description = "true if network is system, false otherwise")
    private Boolean isSystem;

    @Parameter(name = "acltype", type = CommandType.STRING, description = "list networks by ACL (access control list) type. Supported values are account and domain")
    private String aclType;

    @Parameter(name = "traffictype", type = CommandType.STRING, description = "type of the traffic")
    private String trafficType;

    @Parameter(name = "restartrequired", type = CommandType.BOOLEAN, description = "list networks by restartRequired")
    private Boolean restartRequired;

    @Parameter(name = "specifyipranges", type = CommandType.BOOLEAN, description = "true if need to list only networks which support specifying IP ranges")
    private Boolean specifyIpRanges;

    @Parameter(name = ApiConstants.VPC_ID, type = CommandType.UUID, entityType = VpcResponse.class, description = "List networks by VPC")
    private Long vpcId;

    @Parameter(name = "canusefordeploy", type = CommandType.BOOLEAN, description = "list networks available for VM deployment")
    private Boolean canUseForDeploy;

    @Parameter(name = "forvpc", type = CommandType.BOOLEAN, description = "the network belongs to VPC")
    private Boolean forVpc;

    @Parameter(name = "displaynetwork", type = CommandType.BOOLEAN, description = "list resources by display flag; only ROOT admin is eligible to pass this parameter",
        since = "4.4", authorized = {RoleType.Admin})
    private Boolean display;

    @Parameter(name = ApiConstants.NAME, type = CommandType.STRING, description = "list networks by name", since = "4.15.0")
    private String networkName;

    @Parameter(name = "showicon", type = CommandType.BOOLEAN, description = "flag to display the resource icon for networks")
    private Boolean showIcon;

    @Override
    public void execute() {
        NetworkSearch q = new NetworkSearch();
        q.id = id;
        q.name = networkName;
        q.zoneId = zoneId;
        q.guestType = guestIpType == null || "all".equalsIgnoreCase(guestIpType) ? null : guestIpType;
        q.trafficType = trafficType;
        q.aclType = aclType;
        q.isSystem = isSystem;
        q.restartRequired = restartRequired;
        q.specifyIpRanges = specifyIpRanges;
        q.vpcId = vpcId;
        q.forVpc = forVpc;
        q.canUseForDeploy = canUseForDeploy;
        q.display = display;
        q.keyword = getKeyword();
        q.accountName = getAccountName();
        q.domainId = getDomainId();
        q.projectId = getProjectId();
        q.isRecursive = isRecursive();
        q.listAll = listAll();
        q.startIndex = getStartIndex();
        q.pageSize = getPageSizeVal();
        Pair<List<NetworkVO>, Integer> result = queryService.searchForNetworks(q);
        List<NetworkDetailsResponse> responses = new ArrayList<>();
        for (NetworkVO network : result.first()) {
            responses.add(queryService.networkResponse(network));
        }
        ListResponse<NetworkDetailsResponse> response = new ListResponse<>();
        response.setResponses(responses, result.second());
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }

    @Override
    public ApiCommandResourceType getApiResourceType() {
        return ApiCommandResourceType.Network;
    }
}
