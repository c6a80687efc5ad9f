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

import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.cloudstack.api.Identity;
import org.apache.cloudstack.api.InternalIdentity;
import org.apache.cloudstack.api.ResponseObject;

/**
 * One async API job, as CloudStack's async_job row carries it: the command class, its parameters,
 * who submitted it, its status and result.
 */
public class AsyncJob implements InternalIdentity, Identity {
    private static final long serialVersionUID = 1L;

    public enum Status {
        IN_PROGRESS, SUCCEEDED, FAILED, CANCELLED
    }

    private final long id;
    private final String uuid;
    private final long userId;
    private final long accountId;
    private final String cmd;
    private final Map<String, String> cmdInfo;
    private final String instanceType;
    private final Long instanceId;
    private final Date created = new Date();
    private final String syncKey;

    private volatile Status status = Status.IN_PROGRESS;
    private volatile int processStatus;
    private volatile int resultCode;
    private volatile transient ResponseObject result;
    private volatile Date completed;

    public AsyncJob(long id, long userId, long accountId, String cmd, Map<String, String> cmdInfo, String instanceType, Long instanceId, String syncKey) {
        this.id = id;
        this.uuid = UUID.randomUUID().toString();
        this.userId = userId;
        this.accountId = accountId;
        this.cmd = cmd;
        this.cmdInfo = Collections.unmodifiableMap(new LinkedHashMap<>(cmdInfo));
        this.instanceType = instanceType;
        this.instanceId = instanceId;
        this.syncKey = syncKey;
    }

    @Override
    public long getId() {
        return id;
    }

    @Override
    public String getUuid() {
        return uuid;
    }

    public long getUserId() {
        return userId;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getCmd() {
        return cmd;
    }

    public Map<String, String> getCmdInfo() {
        return cmdInfo;
    }

    public String getInstanceType() {
        return instanceType;
    }

    public Long getInstanceId() {
        return instanceId;
    }

    public Date getCreated() {
        return created;
    }

    public String getSyncKey() {
        return syncKey;
    }

    public Status getStatus() {
        return status;
    }

    public int getProcessStatus() {
        return processStatus;
    }

    public int getResultCode() {
        return resultCode;
    }

    public ResponseObject getResult() {
        return result;
    }

    public Date getCompleted() {
        return completed;
    }

    /**
     * Records the outcome; the completion time is set last so a reader that sees a final status also
     * sees the result.
     */
    synchronized void complete(Status finalStatus, int code, ResponseObject resultObject) {
        result = resultObject;
        resultCode = code;
        completed = new Date();
        status = finalStatus;
    }

    @Override
    public String toString() {
        return String.format("AsyncJob {\"id\": %d, \"uuid\": \"%s\", \"cmd\": \"%s\", \"status\": \"%s\"}", id, uuid, cmd, status);
    }
}
