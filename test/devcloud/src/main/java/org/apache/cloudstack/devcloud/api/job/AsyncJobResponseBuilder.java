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
package org.apache.cloudstack.devcloud.api.job;

import java.util.UUID;

import javax.inject.Inject;

import org.apache.cloudstack.api.ApiCommandResourceType;
import org.apache.cloudstack.api.Identity;
import org.apache.cloudstack.devcloud.account.DomainPaths;
import org.apache.cloudstack.devcloud.api.response.AsyncJobResponse;

import com.cloud.domain.Domain;
import com.cloud.user.Account;
import com.cloud.user.User;
import com.cloud.utils.db.EntityManager;

/**
 * An AsyncJobResponse for a job, as ApiResponseHelper.queryJobResult/createAsyncJobResponse fill it.
 */
public class AsyncJobResponseBuilder {

    /** devcloud is one management server; this stands for its msid. */
    public static final String MANAGEMENT_SERVER_ID = UUID.nameUUIDFromBytes("devcloud-management-server".getBytes()).toString();

    @Inject
    private EntityManager entityManager;

    public AsyncJobResponse create(AsyncJob job) {
        AsyncJobResponse response = new AsyncJobResponse();
        response.setObjectName("asyncjobs");
        User user = entityManager.findByIdIncludingRemoved(User.class, job.getUserId());
        Account account = entityManager.findByIdIncludingRemoved(Account.class, job.getAccountId());
        if (user != null) {
            response.setUserId(user.getUuid());
        }
        if (account != null) {
            response.setAccountId(account.getUuid());
            response.setAccount(account.getAccountName());
            Domain domain = entityManager.findByIdIncludingRemoved(Domain.class, account.getDomainId());
            if (domain != null) {
                response.setDomainId(domain.getUuid());
                response.setDomainPath(DomainPaths.pretty(domain.getPath()));
            }
        }
        response.setJobId(job.getUuid());
        response.setCmd(job.getCmd());
        response.setCreated(job.getCreated());
        response.setCompleted(job.getCompleted());
        response.setJobStatus(job.getStatus().ordinal());
        response.setJobProcStatus(job.getProcessStatus());
        response.setJobResultCode(job.getResultCode());
        if (job.getStatus() != AsyncJob.Status.IN_PROGRESS && job.getResult() != null) {
            response.setJobResultType("object");
            response.setJobResult(job.getResult());
        }
        String instanceUuid = instanceUuid(job);
        if (instanceUuid != null) {
            response.setJobInstanceType(job.getInstanceType());
            response.setJobInstanceId(instanceUuid);
        }
        response.setManagementServerId(MANAGEMENT_SERVER_ID);
        return response;
    }

    /** The UUID of the entity a job acts on, or null. */
    public String instanceUuid(AsyncJob job) {
        if (job.getInstanceId() == null || job.getInstanceType() == null) {
            return null;
        }
        ApiCommandResourceType type = ApiCommandResourceType.fromString(job.getInstanceType());
        if (type == null || type.getAssociatedClass() == null) {
            return null;
        }
        Object entity = entityManager.findByIdIncludingRemoved(type.getAssociatedClass(), job.getInstanceId());
        return entity instanceof Identity ? ((Identity)entity).getUuid() : null;
    }
}
