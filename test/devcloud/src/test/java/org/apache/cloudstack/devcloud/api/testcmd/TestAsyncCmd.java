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
package org.apache.cloudstack.devcloud.api.testcmd;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.BaseAsyncCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.context.CallContext;

import com.cloud.exception.InvalidParameterValueException;
import com.cloud.exception.PermissionDeniedException;

/** An async command on a sync object; records when each run starts and ends. */
@APICommand(name = "testJob", description = "sleeps on a sync object", responseObject = TestThingResponse.class,
    authorized = {RoleType.Admin, RoleType.ResourceAdmin, RoleType.DomainAdmin, RoleType.User})
public class TestAsyncCmd extends BaseAsyncCmd {

    /** {tag, start nanos, end nanos} per finished run. */
    public static final List<Object[]> RUNS = Collections.synchronizedList(new ArrayList<>());

    @Parameter(name = "objectid", type = CommandType.LONG, description = "the sync object")
    private Long objectId;

    @Parameter(name = "sleepms", type = CommandType.INTEGER, description = "how long to run")
    private Integer sleepMs;

    @Parameter(name = "tag", type = CommandType.STRING, description = "names the run")
    private String tag;

    @Parameter(name = "fail", type = CommandType.STRING, description = "param, perm or internal: how to fail")
    private String fail;

    @Override
    public void execute() {
        long start = System.nanoTime();
        try {
            Thread.sleep(sleepMs == null ? 0 : sleepMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        RUNS.add(new Object[] {tag, start, System.nanoTime()});
        if ("param".equals(fail)) {
            throw new InvalidParameterValueException("the job found a bad value");
        } else if ("perm".equals(fail)) {
            throw new PermissionDeniedException("the job may not touch that");
        } else if ("internal".equals(fail)) {
            throw new IllegalStateException("the job broke inside");
        }
        TestThingResponse r = new TestThingResponse();
        r.name = tag;
        r.big = CallContext.current().getCallingAccountId();
        r.setResponseName(getCommandName());
        setResponseObject(r);
    }

    @Override
    public String getSyncObjType() {
        return objectId == null ? null : "testobject";
    }

    @Override
    public Long getSyncObjId() {
        return objectId;
    }

    @Override
    public String getEventType() {
        return "TEST.ASYNC";
    }

    @Override
    public String getEventDescription() {
        return "running test job " + tag;
    }

    @Override
    public long getEntityOwnerId() {
        return CallContext.current().getCallingAccountId();
    }
}
