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
import org.apache.cloudstack.acl.SecurityChecker.AccessType;
import org.apache.cloudstack.api.ACL;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiCommandResourceType;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.BaseAsyncCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.ServerApiException;
import org.apache.cloudstack.api.response.NetworkResponse;
import org.apache.cloudstack.api.response.SuccessResponse;
import org.apache.cloudstack.devcloud.network.DevCloudNetworkService;
import org.apache.cloudstack.devcloud.network.NetworkVO;

import com.cloud.exception.InvalidParameterValueException;
import com.cloud.exception.ResourceUnavailableException;
import com.cloud.network.Network;

@APICommand(name = "restartNetwork", description = "Restarts the network; includes 1) restarting network elements - virtual routers, DHCP servers 2) reapplying all"
    + " public IPs 3) reapplying loadBalancing/portForwarding rules", responseObject = SuccessResponse.class, entityType = {Network.class},
    requestHasSensitiveInfo = false, responseHasSensitiveInfo = false, authorized = {RoleType.Admin, RoleType.ResourceAdmin, RoleType.DomainAdmin, RoleType.User})
public class RestartNetworkCmd extends BaseAsyncCmd {

    @Inject
    private DevCloudNetworkService networkService;

    @ACL(accessType = AccessType.OperateEntry)
    @Parameter(name = ApiConstants.ID, type = CommandType.UUID, entityType = NetworkResponse.class, required = true, description = "The ID of the network to restart.")
    private Long id;

    @Parameter(name = "cleanup", type = CommandType.BOOLEAN, required = false, description = "If cleanup old network elements")
    private Boolean cleanup = false;

    @Parameter(name = "makeredundant", type = CommandType.BOOLEAN, required = false, description = "Turn the network into a network with redundant routers.",
        since = "4.11.1")
    private Boolean makeRedundant = false;

    @Parameter(name = "livepatch", type = CommandType.BOOLEAN, required = false, description = "Live patches the router software before restarting it. This"
        + " parameter will only work when 'cleanup' is false.", since = "4.17.0")
    private Boolean livePatch = false;

    public Long getNetworkId() {
        return id;
    }

    public Boolean getCleanup() {
        return cleanup != null && cleanup;
    }

    @Override
    public void execute() throws ResourceUnavailableException {
        if (Boolean.TRUE.equals(makeRedundant)) {
            throw new InvalidParameterValueException("devcloud's isolated networks have one router; makeredundant is not supported");
        }
        if (networkService.restartNetwork(id, getCleanup())) {
            setResponseObject(new SuccessResponse(getCommandName()));
        } else {
            throw new ServerApiException(ApiErrorCode.INTERNAL_ERROR, "Failed to restart network");
        }
    }

    @Override
    public String getSyncObjType() {
        return BaseAsyncCmd.networkSyncObject;
    }

    @Override
    public Long getSyncObjId() {
        return id;
    }

    @Override
    public String getEventDescription() {
        return "Restarting network: " + id;
    }

    @Override
    public String getEventType() {
        return DevCloudNetworkService.EVENT_NETWORK_RESTART;
    }

    @Override
    public long getEntityOwnerId() {
        NetworkVO network = networkService.getNetwork(id);
        if (network == null) {
            throw new InvalidParameterValueException("Networkd ID=" + id + " doesn't exist");
        }
        return network.getAccountId();
    }

    @Override
    public Long getApiResourceId() {
        return id;
    }

    @Override
    public ApiCommandResourceType getApiResourceType() {
        return ApiCommandResourceType.Network;
    }
}
