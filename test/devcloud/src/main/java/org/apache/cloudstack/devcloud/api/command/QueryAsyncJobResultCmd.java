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

import javax.inject.Inject;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.context.CallContext;
import org.apache.cloudstack.devcloud.api.job.AsyncJob;
import org.apache.cloudstack.devcloud.api.job.AsyncJobManager;
import org.apache.cloudstack.devcloud.api.job.AsyncJobResponseBuilder;
import org.apache.cloudstack.devcloud.api.response.AsyncJobResponse;

import com.cloud.exception.InvalidParameterValueException;
import com.cloud.user.Account;

@APICommand(name = "queryAsyncJobResult", description = "Retrieves the current status of asynchronous job.", responseObject = AsyncJobResponse.class,
    requestHasSensitiveInfo = false, responseHasSensitiveInfo = true,
    authorized = {RoleType.Admin, RoleType.ResourceAdmin, RoleType.DomainAdmin, RoleType.User})
public class QueryAsyncJobResultCmd extends BaseCmd {

    @Inject
    private AsyncJobManager jobManager;
    @Inject
    private AsyncJobResponseBuilder responseBuilder;

    @Parameter(name = ApiConstants.JOB_ID, type = CommandType.UUID, entityType = AsyncJobResponse.class, required = true, description = "the ID of the asynchronous job")
    private Long id;

    @Override
    public void execute() {
        AsyncJob job = jobManager.findById(id);
        if (job == null) {
            throw new InvalidParameterValueException("Unable to find a job by id " + id);
        }
        // only the job's owner, or who may act for that account, may read the job
        Account owner = _accountService.getAccount(job.getAccountId());
        _accountService.checkAccess(CallContext.current().getCallingAccount(), null, true, owner);
        AsyncJobResponse response = responseBuilder.create(job);
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }

    @Override
    public long getEntityOwnerId() {
        AsyncJob job = id == null ? null : jobManager.findById(id);
        return job == null ? Account.ACCOUNT_ID_SYSTEM : job.getAccountId();
    }
}
