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
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.inject.Inject;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.BaseListAccountResourcesCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.ListResponse;
import org.apache.cloudstack.context.CallContext;
import org.apache.cloudstack.devcloud.account.AccountQueryService;
import org.apache.cloudstack.devcloud.api.job.AsyncJob;
import org.apache.cloudstack.devcloud.api.job.AsyncJobManager;
import org.apache.cloudstack.devcloud.api.job.AsyncJobResponseBuilder;
import org.apache.cloudstack.devcloud.api.response.AsyncJobResponse;

import com.cloud.user.Account;

@APICommand(name = "listAsyncJobs", description = "Lists all pending asynchronous jobs for the account.", responseObject = AsyncJobResponse.class,
    requestHasSensitiveInfo = false, responseHasSensitiveInfo = false, authorized = {RoleType.Admin, RoleType.ResourceAdmin, RoleType.DomainAdmin, RoleType.User})
public class ListAsyncJobsCmd extends BaseListAccountResourcesCmd {

    @Inject
    private AccountQueryService queryService;
    @Inject
    private AsyncJobManager jobManager;
    @Inject
    private AsyncJobResponseBuilder responseBuilder;

    @Parameter(name = "startdate", type = CommandType.DATE, description = "The start date of the async job (use format \"yyyy-MM-dd'T'HH:mm:ss'+'SSSS\")")
    private Date startDate;

    @Parameter(name = "managementserverid", type = CommandType.STRING, description = "The id of the management server", since = "4.19")
    private String managementServerId;

    @Override
    public void execute() {
        Account caller = CallContext.current().getCallingAccount();
        List<Long> visible = queryService.visibleAccountIds(caller, null, getAccountName(), getDomainId(), isRecursive(), listAll());
        Set<Long> accounts = visible == null ? null : new HashSet<>(visible);
        String keyword = getKeyword();
        List<AsyncJob> jobs = jobManager.list(j -> (accounts == null || accounts.contains(j.getAccountId()))
            && (startDate == null || !j.getCreated().before(startDate))
            && (keyword == null || j.getCmd().toLowerCase().contains(keyword.toLowerCase()))
            && (managementServerId == null || managementServerId.equals(AsyncJobResponseBuilder.MANAGEMENT_SERVER_ID)));
        Long start = getStartIndex();
        Long size = getPageSizeVal();
        int from = start == null ? 0 : (int)Math.min(start, jobs.size());
        int to = size == null ? jobs.size() : (int)Math.min(from + size, jobs.size());
        List<AsyncJobResponse> responses = new ArrayList<>();
        for (AsyncJob job : jobs.subList(from, to)) {
            responses.add(responseBuilder.create(job));
        }
        ListResponse<AsyncJobResponse> response = new ListResponse<>();
        response.setResponses(responses, jobs.size());
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }
}
