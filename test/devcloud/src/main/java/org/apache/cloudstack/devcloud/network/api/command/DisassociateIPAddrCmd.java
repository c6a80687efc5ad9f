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
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.ServerApiException;
import org.apache.cloudstack.api.response.IPAddressResponse;
import org.apache.cloudstack.api.response.SuccessResponse;
import org.apache.cloudstack.devcloud.network.DevCloudNetworkService;
import org.apache.cloudstack.devcloud.network.IPAddressVO;

import com.cloud.event.EventTypes;
import com.cloud.exception.InvalidParameterValueException;
import com.cloud.exception.ResourceUnavailableException;
import com.cloud.network.IpAddress;

/**
 * CloudStack's disassociateIpAddress: the job checks the IP as CloudStack does (owner, not the source NAT IP, no
 * rules on it), takes it off the network's router and returns it to the zone's pool.
 */
@APICommand(name = "disassociateIpAddress", description = "Disassociates an IP address from the account.", responseObject = SuccessResponse.class,
    entityType = {IpAddress.class}, requestHasSensitiveInfo = false, responseHasSensitiveInfo = false,
    authorized = {RoleType.Admin, RoleType.ResourceAdmin, RoleType.DomainAdmin, RoleType.User})
public class DisassociateIPAddrCmd extends BaseAsyncCmd {

    @Inject
    private DevCloudNetworkService networkService;

    @Parameter(name = ApiConstants.ID, type = CommandType.UUID, entityType = IPAddressResponse.class, required = true,
        description = "the ID of the public IP address to disassociate")
    private Long id;

    private IPAddressVO ip() {
        IPAddressVO ip = networkService.getIp(id);
        if (ip == null) {
            throw new InvalidParameterValueException("Unable to find ip address by id=" + id);
        }
        return ip;
    }

    @Override
    public void execute() throws ResourceUnavailableException {
        if (networkService.releaseIp(id)) {
            setResponseObject(new SuccessResponse(getCommandName()));
        } else {
            throw new ServerApiException(ApiErrorCode.INTERNAL_ERROR, "Failed to disassociate IP address");
        }
    }

    @Override
    public long getEntityOwnerId() {
        return ip().getAccountId();
    }

    @Override
    public String getEventType() {
        return EventTypes.EVENT_NET_IP_RELEASE;
    }

    @Override
    public String getEventDescription() {
        return "Disassociating IP address with ID=" + ip().getUuid();
    }

    @Override
    public String getSyncObjType() {
        return BaseAsyncCmd.networkSyncObject;
    }

    @Override
    public Long getSyncObjId() {
        return ip().getAssociatedWithNetworkId();
    }

    @Override
    public Long getApiResourceId() {
        return id;
    }

    @Override
    public ApiCommandResourceType getApiResourceType() {
        return ApiCommandResourceType.IpAddress;
    }
}
