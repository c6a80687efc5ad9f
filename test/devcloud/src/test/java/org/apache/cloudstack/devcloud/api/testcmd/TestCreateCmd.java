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

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseAsyncCreateCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.context.CallContext;

import com.cloud.exception.InvalidParameterValueException;

/** create() at once (its errors come back synchronously), execute() in the job. */
@APICommand(name = "testCreate", description = "creates a thing", responseObject = TestThingResponse.class,
    authorized = {RoleType.Admin, RoleType.ResourceAdmin, RoleType.DomainAdmin, RoleType.User})
public class TestCreateCmd extends BaseAsyncCreateCmd {

    static final AtomicLong IDS = new AtomicLong(100);
    /** id -> {uuid, name, executed?} */
    public static final Map<Long, String[]> THINGS = new ConcurrentHashMap<>();

    @Parameter(name = ApiConstants.NAME, type = CommandType.STRING, required = true, description = "the name")
    private String name;

    @Override
    public void create() {
        if (name.startsWith("bad")) {
            throw new InvalidParameterValueException("A thing may not be called " + name);
        }
        long id = IDS.incrementAndGet();
        String uuid = UUID.randomUUID().toString();
        THINGS.put(id, new String[] {uuid, name, "created"});
        setEntityId(id);
        setEntityUuid(uuid);
    }

    @Override
    public void execute() {
        String[] thing = THINGS.get(getEntityId());
        thing[2] = "executed";
        TestThingResponse r = new TestThingResponse();
        r.id = thing[0];
        r.name = thing[1];
        r.setResponseName(getCommandName());
        setResponseObject(r);
    }

    @Override
    public String getEventType() {
        return "TEST.CREATE";
    }

    @Override
    public String getEventDescription() {
        return "creating " + name;
    }

    @Override
    public long getEntityOwnerId() {
        return CallContext.current().getCallingAccountId();
    }
}
