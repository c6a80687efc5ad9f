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

import javax.inject.Inject;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiCommandResourceType;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.BaseAsyncCmd;
import org.apache.cloudstack.api.BaseAsyncCreateCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.ServerApiException;
import org.apache.cloudstack.api.response.NetworkResponse;
import org.apache.cloudstack.devcloud.network.DevCloudNetworkService;
import org.apache.cloudstack.devcloud.network.IPAddressVO;
import org.apache.cloudstack.devcloud.network.NetworkVO;
import org.apache.cloudstack.devcloud.network.api.NetworkQueryService;
import org.apache.cloudstack.devcloud.network.api.response.PublicIpAddressResponse;

import com.cloud.event.EventTypes;
import com.cloud.exception.InsufficientAddressCapacityException;
import com.cloud.exception.InvalidParameterValueException;
import com.cloud.exception.ResourceAllocationException;
import com.cloud.exception.ResourceUnavailableException;
import com.cloud.network.IpAddress;

/**
 * CloudStack's associateIpAddress for an isolated network: create() takes the zone's next free public IP for the
 * network's owner, the job puts it on the network's router (eth2, as IpAssocCommand does) and answers the
 * {@code ipaddress}. Jobs of one network run one at a time (network sync object), as in CloudStack.
 */
@APICommand(name = "associateIpAddress", description = "Acquires and associates a public IP to an account.", responseObject = PublicIpAddressResponse.class,
    entityType = {IpAddress.class}, requestHasSensitiveInfo = false, responseHasSensitiveInfo = false,
    authorized = {RoleType.Admin, RoleType.ResourceAdmin, RoleType.DomainAdmin, RoleType.User})
public class AssociateIPAddrCmd extends BaseAsyncCreateCmd {

    @Inject
    private DevCloudNetworkService networkService;
    @Inject
    private NetworkQueryService queryService;

    @Parameter(name = ApiConstants.NETWORK_ID, type = CommandType.UUID, entityType = NetworkResponse.class,
        description = "The network this IP address should be associated to.")
    private Long networkId;

    private NetworkVO network() {
        if (networkId == null) {
            // devcloud has one zone and no VPCs: the network is the one way to say where the IP goes
            throw new InvalidParameterValueException("Unable to figure out zone to assign IP to. Please specify either zoneId, or networkId, or vpcId in the call");
        }
        NetworkVO network = networkService.getNetwork(networkId);
        if (network == null) {
            throw new InvalidParameterValueException("Unable to find network by id");
        }
        return network;
    }

    @Override
    public void create() throws ResourceAllocationException {
        try {
            IPAddressVO ip = networkService.allocateIp(network().getId());
            setEntityId(ip.getId());
            setEntityUuid(ip.getUuid());
        } catch (InsufficientAddressCapacityException e) {
            throw new ServerApiException(ApiErrorCode.INSUFFICIENT_CAPACITY_ERROR, e.getMessage());
        }
    }

    @Override
    public void execute() throws ResourceUnavailableException {
        IPAddressVO ip = networkService.associateIpToNetwork(getEntityId(), network().getId());
        PublicIpAddressResponse response = queryService.ipResponse(ip);
        response.setObjectName("ipaddress");
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }

    @Override
    public long getEntityOwnerId() {
        return network().getAccountId();
    }

    @Override
    public String getEventType() {
        return EventTypes.EVENT_NET_IP_ASSIGN;
    }

    @Override
    public String getEventDescription() {
        return "associating IP to network ID: " + network().getUuid();
    }

    @Override
    public String getCreateEventType() {
        return EventTypes.EVENT_NET_IP_ASSIGN;
    }

    @Override
    public String getCreateEventDescription() {
        return "allocating IP address";
    }

    @Override
    public String getSyncObjType() {
        return BaseAsyncCmd.networkSyncObject;
    }

    @Override
    public Long getSyncObjId() {
        return networkId;
    }

    @Override
    public Long getApiResourceId() {
        return getEntityId();
    }

    @Override
    public ApiCommandResourceType getApiResourceType() {
        return ApiCommandResourceType.IpAddress;
    }
}
