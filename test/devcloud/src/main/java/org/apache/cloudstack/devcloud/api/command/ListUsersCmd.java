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
package org.apache.cloudstack.devcloud.api.command;

import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseListAccountResourcesCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.ListResponse;
import org.apache.cloudstack.api.response.UserResponse;
import org.apache.cloudstack.context.CallContext;
import org.apache.cloudstack.devcloud.account.AccountQueryService;
import org.apache.cloudstack.devcloud.account.UserVO;
import org.apache.cloudstack.devcloud.api.response.UserDetailsResponse;

import com.cloud.user.Account;
import com.cloud.utils.Pair;

@APICommand(name = "listUsers", description = "Lists user accounts", responseObject = UserDetailsResponse.class, requestHasSensitiveInfo = false,
    responseHasSensitiveInfo = true, authorized = {RoleType.Admin, RoleType.ResourceAdmin, RoleType.DomainAdmin, RoleType.User})
public class ListUsersCmd extends BaseListAccountResourcesCmd {

    @Inject
    private AccountQueryService queryService;

    @Parameter(name = "accounttype", type = CommandType.INTEGER, description = "List users by account type. Valid types include admin, domain-admin, read-only-admin, or user.")
    private Integer accountType;

    @Parameter(name = ApiConstants.ID, type = CommandType.UUID, entityType = UserResponse.class, description = "List user by ID.")
    private Long id;

    @Parameter(name = ApiConstants.STATE, type = CommandType.STRING, description = "List users by state of the user account.")
    private String state;

    @Parameter(name = ApiConstants.USERNAME, type = CommandType.STRING, description = "List user by the username")
    private String username;

    @Override
    public void execute() {
        Account caller = CallContext.current().getCallingAccount();
        Pair<List<UserVO>, Integer> result = queryService.searchForUsers(caller, id, username, accountType, state, getKeyword(), getAccountName(), getDomainId(),
            isRecursive(), listAll(), getStartIndex(), getPageSizeVal());
        List<UserDetailsResponse> responses = new ArrayList<>();
        for (UserVO user : result.first()) {
            responses.add(queryService.userResponse(caller, user));
        }
        ListResponse<UserDetailsResponse> response = new ListResponse<>();
        response.setResponses(responses, result.second());
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }
}
