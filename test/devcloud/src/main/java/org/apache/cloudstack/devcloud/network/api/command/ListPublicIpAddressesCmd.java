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
import org.apache.cloudstack.api.response.IPAddressResponse;
import org.apache.cloudstack.api.response.ListResponse;
import org.apache.cloudstack.api.response.NetworkResponse;
import org.apache.cloudstack.api.response.VpcResponse;
import org.apache.cloudstack.api.response.ZoneResponse;
import org.apache.cloudstack.devcloud.network.IPAddressVO;
import org.apache.cloudstack.devcloud.network.api.NetworkQueryService;
import org.apache.cloudstack.devcloud.network.api.NetworkQueryService.IpSearch;
import org.apache.cloudstack.devcloud.network.api.response.PublicIpAddressResponse;

import com.cloud.network.IpAddress;
import com.cloud.utils.Pair;

@APICommand(name = "listPublicIpAddresses", description = "Lists all public IP addresses", responseObject = PublicIpAddressResponse.class, entityType = {IpAddress.class},
    requestHasSensitiveInfo = false, responseHasSensitiveInfo = false, authorized = {RoleType.Admin, RoleType.ResourceAdmin, RoleType.DomainAdmin, RoleType.User})
public class ListPublicIpAddressesCmd extends BaseListProjectAndAccountResourcesCmd {

    @Inject
    private NetworkQueryService queryService;

    @Parameter(name = "allocatedonly", type = CommandType.BOOLEAN, description = "limits search results to allocated public IP addresses")
    private Boolean allocatedOnly;

    @Parameter(name = ApiConstants.STATE, type = CommandType.STRING, description = "lists all public IP addresses by state")
    private String state;

    @Parameter(name = "forvirtualnetwork", type = CommandType.BOOLEAN, description = "the virtual network for the IP address")
    private Boolean forVirtualNetwork;

    @Parameter(name = ApiConstants.ID, type = CommandType.UUID, entityType = IPAddressResponse.class, description = "lists IP address by ID")
    private Long id;

    @Parameter(name = "ipaddress", type = CommandType.STRING, description = "lists the specified IP address")
    private String ipAddress;

    @Parameter(name = ApiConstants.ZONE_ID, type = CommandType.UUID, entityType = ZoneResponse.class, description = "lists all public IP addresses by zone ID")
    private Long zoneId;

    @Parameter(name = "associatednetworkid", type = CommandType.UUID, entityType = NetworkResponse.class,
        description = "lists all public IP addresses associated to the network specified")
    private Long associatedNetworkId;

    @Parameter(name = ApiConstants.NETWORK_ID, type = CommandType.UUID, entityType = NetworkResponse.class, description = "lists all public IP addresses by source network ID",
        since = "4.13.0")
    private Long networkId;

    @Parameter(name = "issourcenat", type = CommandType.BOOLEAN, description = "list only source NAT IP addresses")
    private Boolean isSourceNat;

    @Parameter(name = "isstaticnat", type = CommandType.BOOLEAN, description = "list only static NAT IP addresses")
    private Boolean isStaticNat;

    @Parameter(name = ApiConstants.VPC_ID, type = CommandType.UUID, entityType = VpcResponse.class, description = "List IPs belonging to the VPC")
    private Long vpcId;

    @Parameter(name = ApiConstants.FOR_DISPLAY, type = CommandType.BOOLEAN, description = "list resources by display flag; only ROOT admin is eligible to pass this parameter",
        since = "4.4", authorized = {RoleType.Admin})
    private Boolean display;

    @Override
    public void execute() {
        IpSearch q = new IpSearch();
        q.id = id;
        q.ipAddress = ipAddress;
        q.associatedNetworkId = associatedNetworkId;
        q.networkId = networkId;
        q.zoneId = zoneId;
        q.vpcId = vpcId;
        q.isSourceNat = isSourceNat;
        q.isStaticNat = isStaticNat;
        q.allocatedOnly = allocatedOnly;
        q.forVirtualNetwork = forVirtualNetwork;
        q.display = display;
        q.state = state;
        q.keyword = getKeyword();
        q.accountName = getAccountName();
        q.domainId = getDomainId();
        q.projectId = getProjectId();
        q.isRecursive = isRecursive();
        q.listAll = listAll();
        q.startIndex = getStartIndex();
        q.pageSize = getPageSizeVal();
        Pair<List<IPAddressVO>, Integer> result = queryService.searchForIpAddresses(q);
        List<PublicIpAddressResponse> responses = new ArrayList<>();
        for (IPAddressVO ip : result.first()) {
            responses.add(queryService.ipResponse(ip));
        }
        ListResponse<PublicIpAddressResponse> response = new ListResponse<>();
        response.setResponses(responses, result.second());
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }

    @Override
    public ApiCommandResourceType getApiResourceType() {
        return ApiCommandResourceType.IpAddress;
    }
}
