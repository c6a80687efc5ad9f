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
import org.apache.cloudstack.api.BaseListDomainResourcesCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.AccountResponse;
import org.apache.cloudstack.api.response.ListResponse;
import org.apache.cloudstack.context.CallContext;
import org.apache.cloudstack.devcloud.account.AccountQueryService;
import org.apache.cloudstack.devcloud.account.AccountVO;
import org.apache.cloudstack.devcloud.api.response.AccountDetailsResponse;

import com.cloud.user.Account;
import com.cloud.utils.Pair;

@APICommand(name = "listAccounts", description = "Lists accounts and provides detailed account information for listed accounts", responseObject = AccountDetailsResponse.class,
    requestHasSensitiveInfo = false, responseHasSensitiveInfo = true, authorized = {RoleType.Admin, RoleType.ResourceAdmin, RoleType.DomainAdmin, RoleType.User})
public class ListAccountsCmd extends BaseListDomainResourcesCmd {

    @Inject
    private AccountQueryService queryService;

    @Parameter(name = "accounttype", type = CommandType.INTEGER, description = "list accounts by account type. Valid account types are 1 (admin), 2 (domain-admin), and 0 (user).")
    private Integer accountType;

    @Parameter(name = ApiConstants.ID, type = CommandType.UUID, entityType = AccountResponse.class, description = "list account by account ID")
    private Long id;

    @Parameter(name = ApiConstants.NAME, type = CommandType.STRING, description = "list account by account name")
    private String searchName;

    @Parameter(name = ApiConstants.STATE, type = CommandType.STRING, description = "list accounts by state. Valid states are enabled, disabled, and locked.")
    private String state;

    @Override
    public void execute() {
        Account caller = CallContext.current().getCallingAccount();
        Pair<List<AccountVO>, Integer> result = queryService.searchForAccounts(caller, id, searchName, accountType, state, getKeyword(), getDomainId(), isRecursive(),
            listAll(), getStartIndex(), getPageSizeVal());
        List<AccountDetailsResponse> responses = new ArrayList<>();
        for (AccountVO account : result.first()) {
            responses.add(queryService.accountResponse(caller, account));
        }
        ListResponse<AccountDetailsResponse> response = new ListResponse<>();
        response.setResponses(responses, result.second());
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }
}
